// 启用 / 停用 shown the same way in every list.
import { Tag } from "antd";
import { useT } from "../i18n";

export function ActiveTag({ active }: { active: boolean }) {
  const t = useT();
  // Distinct keys: a fresh tag instead of a colour transition from green to grey.
  return active ? (
    <Tag key="active" color="success">
      {t.common.active}
    </Tag>
  ) : (
    <Tag key="inactive">{t.common.inactive}</Tag>
  );
}
