// The domain's zh/en labels for every enumeration (@jyta/domain labels.ts), in the console's current
// language: a status reads the same here as in the spreadsheets and the report.
import {
  assignmentRoleLabels,
  assignmentStatusLabels,
  communicationMethodLabels,
  communicationStageLabels,
  declineReasonLabels,
  dueStateLabels,
  localize,
  notificationKindLabels,
  proposalKindLabels,
  proposalStatusLabels,
  replyStatusLabels,
  satisfactionLabels,
  submitterTypeLabels,
  supervisionKindLabels,
  type LocalizedText,
} from "@jyta/domain";
import { useMemo } from "react";
import { useI18n } from "../../../i18n";

type Labeller<T extends string> = (value: T) => string;

function labeller<T extends string>(table: Readonly<Record<T, LocalizedText>>, lang: "zh" | "en"): Labeller<T> {
  return (value) => (table[value] ? localize(table[value], lang) : value);
}

export function useLabels() {
  const { locale } = useI18n();
  return useMemo(() => {
    const lang = locale === "en" ? "en" : "zh";
    return {
      lang,
      kind: labeller(proposalKindLabels, lang),
      status: labeller(proposalStatusLabels, lang),
      submitterType: labeller(submitterTypeLabels, lang),
      assignmentRole: labeller(assignmentRoleLabels, lang),
      assignmentStatus: labeller(assignmentStatusLabels, lang),
      dueState: labeller(dueStateLabels, lang),
      replyStatus: labeller(replyStatusLabels, lang),
      satisfaction: labeller(satisfactionLabels, lang),
      method: labeller(communicationMethodLabels, lang),
      stage: labeller(communicationStageLabels, lang),
      declineReason: labeller(declineReasonLabels, lang),
      notificationKind: labeller(notificationKindLabels, lang),
      supervisionKind: labeller(supervisionKindLabels, lang),
    } as const;
  }, [locale]);
}

export type Labels = ReturnType<typeof useLabels>;
