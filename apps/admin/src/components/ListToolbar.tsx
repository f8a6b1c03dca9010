// The filter row above a table: the filters on the left, Reset at the end; a search landmark for
// screen readers.
import { Button, Flex } from "antd";
import type { ReactNode } from "react";
import { useT } from "../i18n";

export function ListToolbar({ children, onReset }: { children: ReactNode; onReset: () => void }) {
  const t = useT();
  return (
    <Flex role="search" aria-label={t.common.filters} wrap gap={12} className="list-toolbar">
      {children}
      <Button onClick={onReset}>{t.common.reset}</Button>
    </Flex>
  );
}
