// 台账: placeholder until the items slice lands; the route and menu entry are already real.
import { ComingSoon } from "../../components/ComingSoon";
import { useT } from "../../i18n";

export function LedgerPage() {
  const t = useT();
  return <ComingSoon title={t.nav.ledger} description={t.comingSoon.ledger} />;
}
