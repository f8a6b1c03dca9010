// A body picker for forms and filters (a district has two or three bodies: no search needed).
// `forFilter` also offers inactive bodies, which old records still belong to.
import { Select, type SelectProps } from "antd";
import { useBodyOptions } from "../lib/useBodyOptions";

type Props = Omit<SelectProps<string>, "options" | "loading"> & { forFilter?: boolean };

export function BodySelect({ forFilter = false, ...props }: Props) {
  const bodies = useBodyOptions();
  const options = forFilter ? bodies.options.map((o) => ({ value: o.value, label: o.label })) : bodies.options;
  return <Select<string> {...props} options={options} loading={bodies.loading} />;
}
