// Marks one notification (or all of them) read and refreshes every notification list on the page,
// the header bell included.
import { useMutation } from "@apollo/client/react";
import { MarkNotificationReadDocument } from "@jyta/client";
import { App } from "antd";
import { useCallback } from "react";
import { describeProblem, toProblem } from "../../app/errors";
import { useT } from "../../i18n";

export function useMarkRead() {
  const t = useT();
  const { message } = App.useApp();
  const [mutate, { loading }] = useMutation(MarkNotificationReadDocument, { refetchQueries: ["Notifications"] });

  const markRead = useCallback(
    async (variables: { id?: string; all?: boolean }): Promise<number | undefined> => {
      try {
        const result = await mutate({ variables });
        return result.data?.markNotificationRead;
      } catch (error) {
        message.error(describeProblem(toProblem(error), t));
        return undefined;
      }
    },
    [mutate, message, t],
  );
  return { markRead, loading };
}
