// A unit picker for forms and filters: searches units on the server as the user types. Used inside a
// Form.Item, which supplies value/onChange; rendered only where a unit is asked for, so a closed form
// fetches nothing.
import { Select, type SelectProps } from "antd";
import { useUnitOptions } from "../lib/useUnitOptions";

type Props = Omit<SelectProps<string>, "options" | "showSearch" | "loading"> & {
  /** A unit already chosen that the first page of results may not contain. */
  keep?: { id: string; name: string } | null;
  /** Filters also offer inactive units, which old records still belong to. */
  forFilter?: boolean;
};

export function UnitSelect({ keep, forFilter = false, ...props }: Props) {
  const units = useUnitOptions(keep);
  const options = forFilter ? units.options.map((o) => ({ value: o.value, label: o.label })) : units.options;
  return <Select<string> {...props} showSearch={{ filterOption: false, onSearch: units.onSearch }} options={options} loading={units.loading} />;
}
