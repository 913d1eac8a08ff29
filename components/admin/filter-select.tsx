// A labelled <select> for the admin pages' GET filter forms; an empty first option means "no filter".
import styles from "./admin.module.css";

export interface FilterSelectProps {
  id: string;
  name: string;
  label: string;
  value: string | undefined;
  options: readonly { value: string; label: string }[];
  /** The "no filter" option's label; omit when every option is a real choice. */
  anyLabel?: string;
}

export function FilterSelect({ id, name, label, value, options, anyLabel }: FilterSelectProps) {
  return (
    <div className={styles.field}>
      <label className={styles.label} htmlFor={id}>
        {label}
      </label>
      <select id={id} name={name} className={styles.select} defaultValue={value ?? ""}>
        {anyLabel !== undefined ? <option value="">{anyLabel}</option> : null}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
