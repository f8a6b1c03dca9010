// The 状态 filter every settings list has: all, active only, inactive only (kept as "true"/"false"
// in the URL).
import { Select } from "antd";
import { useT } from "../i18n";

interface Props {
  value: string | undefined;
  onChange: (value: string | undefined) => void;
}

export function ActiveFilter({ value, onChange }: Props) {
  const t = useT();
  return (
    <Select
      aria-label={t.common.status}
      placeholder={t.common.status}
      allowClear
      value={value === "true" || value === "false" ? value : undefined}
      onChange={(v: string | undefined) => onChange(v)}
      options={[
        { value: "true", label: t.common.active },
        { value: "false", label: t.common.inactive },
      ]}
      style={{ width: 120 }}
    />
  );
}

/** The URL's "true"/"false" as the API's Boolean filter; anything else means no filter. */
export function parseActive(raw: string | undefined): boolean | undefined {
  return raw === "true" ? true : raw === "false" ? false : undefined;
}
