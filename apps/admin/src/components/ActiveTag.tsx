// 启用 / 停用 shown the same way in every list.
import { Tag } from "antd";
import { useT } from "../i18n";

export function ActiveTag({ active }: { active: boolean }) {
  const t = useT();
  return active ? <Tag color="success">{t.common.active}</Tag> : <Tag>{t.common.inactive}</Tag>;
}
