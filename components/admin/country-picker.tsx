"use client";
// A searchable, keyboard-operable country picker (the ARIA 1.2 combobox + listbox pattern): type to filter
// the 197 countries by name or code, arrows to move, Enter to add or remove, Escape to close, Backspace in
// an empty box to drop the last chip. Chosen countries show as chips with a remove button each.
import { useLocale, useTranslations } from "next-intl";
import { useId, useMemo, useRef, useState } from "react";
import { Flag } from "@/components/flag";
import type { CountryOption } from "./types";
import styles from "./admin.module.css";

const MAX_OPTIONS = 60;

/** The countries whose name (as shown, in the reader's language) or code matches `query`, best first. */
function matches(countries: CountryOption[], query: string, locale: string): CountryOption[] {
  const q = query.trim().toLocaleLowerCase(locale);
  if (!q) return countries.slice(0, MAX_OPTIONS);
  const starts: CountryOption[] = [];
  const contains: CountryOption[] = [];
  for (const c of countries) {
    const name = c.name.toLocaleLowerCase(locale);
    if (c.id.toLowerCase() === q || name.startsWith(q) || name.split(/[\s-]+/).some((w) => w.startsWith(q))) starts.push(c);
    else if (name.includes(q)) contains.push(c);
  }
  return [...starts, ...contains].slice(0, MAX_OPTIONS);
}

export function CountryPicker({
  inputId,
  countries,
  value,
  onChange,
  onBlur,
  describedBy,
  invalid,
}: {
  inputId: string;
  countries: CountryOption[];
  value: string[];
  onChange: (next: string[]) => void;
  onBlur: () => void;
  describedBy?: string;
  invalid: boolean;
}) {
  const uid = useId();
  const listboxId = `${uid}-listbox`;
  const labelId = `${inputId}-label`;
  const [query, setQuery] = useState("");
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const inputRef = useRef<HTMLInputElement>(null);
  const wrapRef = useRef<HTMLDivElement>(null);
  const byId = useMemo(() => new Map(countries.map((c) => [c.id, c])), [countries]);
  const locale = useLocale();
  const t = useTranslations("adminForm.picker");
  const options = useMemo(() => matches(countries, query, locale), [countries, query, locale]);
  const activeOption = open ? options[Math.min(active, options.length - 1)] : undefined;
  const [announcement, setAnnouncement] = useState("");

  function toggle(country: CountryOption) {
    if (value.includes(country.id)) {
      onChange(value.filter((id) => id !== country.id));
      setAnnouncement(t("removed", { name: country.name }));
    } else {
      onChange([...value, country.id]);
      setAnnouncement(t("added", { name: country.name, count: value.length + 1 }));
    }
    setQuery("");
    setActive(0);
    // Close after a pick so the list does not cover the fields below; typing or ArrowDown opens it again.
    setOpen(false);
  }

  function remove(id: string) {
    onChange(value.filter((v) => v !== id));
    setAnnouncement(t("removed", { name: byId.get(id)?.name ?? id }));
    inputRef.current?.focus();
  }

  function onKeyDown(event: React.KeyboardEvent<HTMLInputElement>) {
    switch (event.key) {
      case "ArrowDown":
        event.preventDefault();
        if (!open) setOpen(true);
        else setActive((i) => Math.min(i + 1, options.length - 1));
        break;
      case "ArrowUp":
        event.preventDefault();
        setActive((i) => Math.max(i - 1, 0));
        break;
      case "Home":
        if (open) { event.preventDefault(); setActive(0); }
        break;
      case "End":
        if (open) { event.preventDefault(); setActive(options.length - 1); }
        break;
      case "Enter":
        if (open && activeOption) {
          event.preventDefault();
          toggle(activeOption);
        }
        break;
      case "Escape":
        if (open) {
          event.preventDefault();
          setOpen(false);
        } else if (query) {
          setQuery("");
        }
        break;
      case "Backspace":
        if (!query && value.length) remove(value[value.length - 1]!);
        break;
    }
  }

  function onBlurWithin(event: React.FocusEvent) {
    if (wrapRef.current?.contains(event.relatedTarget as Node | null)) return;
    setOpen(false);
    onBlur();
  }

  return (
    <div className={styles.field} ref={wrapRef} onBlur={onBlurWithin}>
      {value.length ? (
        <ul className={styles.chips} aria-label={t("chosen")}>
          {value.map((id) => {
            const country = byId.get(id);
            return (
              <li key={id} className={styles.chip}>
                {country ? <Flag emoji={country.flag} code={country.id} /> : null}
                <span>{country?.name ?? id}</span>
                <button type="button" className={styles.chipRemove} aria-label={t("remove", { name: country?.name ?? id })} onClick={() => remove(id)}>
                  ×
                </button>
              </li>
            );
          })}
        </ul>
      ) : null}
      <div className={styles.comboWrap}>
        <input
          ref={inputRef}
          id={inputId}
          className={styles.input}
          type="text"
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={open}
          aria-controls={listboxId}
          aria-activedescendant={activeOption ? `${uid}-opt-${activeOption.id}` : undefined}
          aria-invalid={invalid || undefined}
          aria-describedby={describedBy}
          autoComplete="off"
          spellCheck={false}
          placeholder={value.length ? t("addAnother") : t("placeholder")}
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
            setActive(0);
            setOpen(true);
          }}
          onClick={() => setOpen((o) => !o)}
          onKeyDown={onKeyDown}
        />
        {open ? (
          <ul id={listboxId} role="listbox" aria-labelledby={labelId} aria-multiselectable="true" className={styles.listbox}>
            {options.length === 0 ? (
              <li className={styles.optionEmpty} role="presentation">
                {t("noMatch", { query })}
              </li>
            ) : (
              options.map((country) => {
                const selected = value.includes(country.id);
                return (
                  <li
                    key={country.id}
                    id={`${uid}-opt-${country.id}`}
                    role="option"
                    aria-selected={selected}
                    className={`${styles.option} ${activeOption?.id === country.id ? styles.optionActive : ""}`}
                    // mousedown, not click, so the input keeps focus and the list does not close first.
                    onMouseDown={(e) => {
                      e.preventDefault();
                      toggle(country);
                    }}
                    onMouseMove={() => setActive(options.indexOf(country))}
                  >
                    <span className={styles.check} aria-hidden="true">
                      {selected ? "✓" : ""}
                    </span>
                    <Flag emoji={country.flag} code={country.id} />
                    <span>{country.name}</span>
                  </li>
                );
              })
            )}
          </ul>
        ) : null}
      </div>
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </div>
  );
}
