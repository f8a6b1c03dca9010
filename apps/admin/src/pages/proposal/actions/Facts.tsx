// A few labelled dates or values shown above a form (the window end, the due dates an action sets).
import { Descriptions } from "antd";
import type { ReactNode } from "react";

export function Facts({ items, title }: { items: { label: string; value: ReactNode }[]; title?: string }) {
  return (
    <Descriptions
      size="small"
      column={1}
      bordered
      title={title}
      items={items.map((i, n) => ({ key: String(n), label: i.label, children: i.value }))}
      style={{ marginBottom: 16 }}
    />
  );
}
