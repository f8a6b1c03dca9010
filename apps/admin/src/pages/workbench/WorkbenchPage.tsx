// 工作台: placeholder until the items slice lands; the route and menu entry are already real.
import { ComingSoon } from "../../components/ComingSoon";
import { useT } from "../../i18n";

export function WorkbenchPage() {
  const t = useT();
  return <ComingSoon title={t.nav.workbench} description={t.comingSoon.workbench} />;
}
