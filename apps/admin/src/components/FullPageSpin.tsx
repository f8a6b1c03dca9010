// Shown while the console learns who is logged in, or while a page's code loads.
import { Flex, Spin } from "antd";
import { useT } from "../i18n";

export function FullPageSpin({ inline = false }: { inline?: boolean }) {
  const t = useT();
  return (
    <Flex align="center" justify="center" style={{ minHeight: inline ? 240 : "100vh" }} role="status" aria-label={t.app.loading}>
      <Spin size="large" />
    </Flex>
  );
}
