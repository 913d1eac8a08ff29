"use client";
// Which countries took part, and (new with roles) who did what to whom. The picker and the roles are two
// react-hook-form fields; a role belongs to a chosen country, so changing the countries drops the roles of
// those removed, and checks the roles again when their message is showing (it may no longer apply).
import { useTranslations } from "next-intl";
import { useController, useFormContext, useFormState } from "react-hook-form";
import { pruneRoles, type EventFormValues } from "@/lib/forms/event-form-values";
import { CountryPicker } from "../country-picker";
import type { CountryOption } from "../types";
import { FieldMessage, errorId, fieldId, hintId, useFieldError } from "./field-bits";
import { RolePicker } from "./role-picker";
import styles from "../admin.module.css";

/** The countries picker with its hint and message, then the role picker for the countries chosen. */
export function CountriesField({ countries }: { countries: CountryOption[] }) {
  const { control, getValues, setValue, getFieldState } = useFormContext<EventFormValues>();
  const { field } = useController({ control, name: "countries" });
  const { isSubmitted } = useFormState({ control });
  const error = useFieldError("countries");
  const t = useTranslations("adminForm");

  function onChange(next: string[]) {
    // As in the other fields, a message shows once the field has been used: here, once two are chosen (the
    // least that is valid) or after the picker was left, and from then on it follows every change.
    const check = isSubmitted || getFieldState("countries").isTouched || next.length >= 2;
    setValue("countries", next, { shouldDirty: true, shouldTouch: check, shouldValidate: check });
    const roles = getFieldState("roles");
    setValue("roles", pruneRoles(getValues("roles"), next), { shouldDirty: true, shouldValidate: !!roles.error || roles.isTouched });
  }

  return (
    <>
      <div className={styles.field}>
        <label className={styles.label} htmlFor={fieldId("countries")} id={`${fieldId("countries")}-label`}>
          {t("field.countries")}
        </label>
        <p id={hintId("countries")} className={styles.hint}>
          {t("countriesHint")}
        </p>
        <CountryPicker
          inputId={fieldId("countries")}
          countries={countries}
          value={field.value}
          onChange={onChange}
          onBlur={field.onBlur}
          invalid={!!error}
          describedBy={[hintId("countries"), error ? errorId("countries") : ""].filter(Boolean).join(" ")}
        />
        <FieldMessage name="countries" error={error} />
      </div>
      <RolePicker countries={countries} />
    </>
  );
}
