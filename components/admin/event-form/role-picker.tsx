"use client";
// The role picker: for each chosen country, "No role" or actor, target, supplier or recipient (PARTICIPANT_ROLES).
// One react-hook-form field holds them all (country code to role), so the shared schema's roles rule
// (lib/domain/direction.ts rolesProblem) lands on it as one message, as the server's 400 would. It is checked
// when focus leaves the group, not between its selects: an editor picks the supplier before the recipient.
import { useTranslations } from "next-intl";
import { useController, useFormContext, useWatch } from "react-hook-form";
import { PARTICIPANT_ROLES, type ParticipantRole } from "@/lib/domain/vocabulary";
import type { EventFormValues } from "@/lib/forms/event-form-values";
import type { CountryOption } from "../types";
import { FieldMessage, errorId, fieldId, hintId, useFieldError } from "./field-bits";
import styles from "../admin.module.css";

/** The id of a country's role select; the first one's is the field's own, where the error summary sends focus. */
const roleSelectId = (index: number, code: string) => (index === 0 ? fieldId("roles") : `${fieldId("roles")}-${code}`);

/** A "Roles" group with one select per chosen country, its hint, and the roles message. */
export function RolePicker({ countries }: { countries: CountryOption[] }) {
  const { control } = useFormContext<EventFormValues>();
  const { field } = useController({ control, name: "roles" });
  const chosen = useWatch<EventFormValues, "countries">({ name: "countries" });
  const error = useFieldError("roles");
  const t = useTranslations("adminForm");
  const nameOf = (code: string) => countries.find((c) => c.id === code)?.name ?? code;

  return (
    <fieldset
      className={styles.fieldset}
      aria-describedby={[hintId("roles"), error ? errorId("roles") : ""].filter(Boolean).join(" ")}
      onBlur={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) field.onBlur();
      }}
    >
      <legend className={styles.legend}>
        {t("field.roles")} <span className={styles.optional}>{t("optional")}</span>
      </legend>
      <p id={hintId("roles")} className={styles.hint}>
        {t("rolesHint")}
      </p>
      {chosen.length === 0 ? <p className={styles.hint}>{t("rolesChooseFirst")}</p> : null}
      {chosen.length ? (
        <div className={styles.grid2}>
          {chosen.map((code, index) => (
            <div key={code} className={styles.field}>
              <label className={styles.label} htmlFor={roleSelectId(index, code)}>
                {t.rich("roleOf", { country: nameOf(code), hidden: (chunks) => <span className="visually-hidden">{chunks}</span> })}
              </label>
              <select
                id={roleSelectId(index, code)}
                className={styles.select}
                value={field.value[code] ?? ""}
                aria-invalid={error ? true : undefined}
                aria-describedby={error ? errorId("roles") : undefined}
                onChange={(e) => field.onChange({ ...field.value, [code]: e.target.value as ParticipantRole | "" })}
              >
                <option value="">{t("noRole")}</option>
                {PARTICIPANT_ROLES.map((role) => (
                  <option key={role} value={role}>
                    {t(`role.${role}`)}
                  </option>
                ))}
              </select>
            </div>
          ))}
        </div>
      ) : null}
      <FieldMessage name="roles" error={error} />
    </fieldset>
  );
}
