/** A labelled menu for a GET filter form: "any" first, then the offered values. */
export function SelectField({
  name,
  label,
  value,
  values,
  format = (x) => x,
}: {
  name: string;
  label: string;
  value?: string;
  values: readonly string[];
  format?: (value: string) => string;
}) {
  // A value from the URL that the menu does not offer is kept, so the form shows what is applied.
  const all = value && !values.includes(value) ? [value, ...values] : values;
  return (
    <label className="field">
      {label}
      <select className="input" name={name} defaultValue={value ?? ""}>
        <option value="">any</option>
        {all.map((x) => (
          <option key={x} value={x}>
            {format(x)}
          </option>
        ))}
      </select>
    </label>
  );
}
