// A page the user's roles do not open (the API would refuse its data anyway). Its own chunk, with
// antd's Result illustrations, so the login page and the workbench do not load them.
import { Result } from "antd";
import { useT } from "../../i18n";

export function ForbiddenPage() {
  const t = useT();
  return <Result status="403" title="403" subTitle={t.errors.forbiddenPage} />;
}
