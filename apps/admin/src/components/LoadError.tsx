// A list or page that could not load: say why in the user's language and offer a retry.
import { Alert, Button } from "antd";
import { describeProblem, toProblem } from "../app/errors";
import { useT } from "../i18n";

export function LoadError({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const t = useT();
  return (
    <Alert
      type="error"
      showIcon
      title={t.errors.loadFailed}
      description={describeProblem(toProblem(error), t)}
      action={
        <Button size="small" onClick={onRetry}>
          {t.common.retry}
        </Button>
      }
      style={{ marginBottom: 16 }}
    />
  );
}
