// The coloured tags an item carries everywhere: its status, its deadline state (orange due soon, red
// overdue), key and No. 1 flags.
import type { DueState, ProposalStatus } from "@jyta/client";
import { Tag } from "antd";
import { useT } from "../../../i18n";
import { useLabels } from "./useLabels";

const STATUS_COLOURS: Record<ProposalStatus, string> = {
  DRAFT: "default",
  SUBMITTED: "processing",
  REGISTERED: "cyan",
  NOT_REGISTERED: "default",
  MERGED: "default",
  WITHDRAWN: "default",
  HANDLING: "blue",
  REPLIED: "purple",
  CLOSED: "success",
};

export function StatusTag({ status }: { status: ProposalStatus }) {
  const labels = useLabels();
  return (
    <Tag key={status} color={STATUS_COLOURS[status]}>
      {labels.status(status)}
    </Tag>
  );
}

const DUE_COLOURS: Record<DueState, string | undefined> = {
  ON_TRACK: "green",
  DUE_SOON: "orange",
  OVERDUE: "red",
  DONE: undefined,
};

/**
 * Nothing for ON_TRACK and DONE unless `showOnTrack`: beside an item's status the tag only matters when
 * the deadline is near or past; a unit's own card shows every state.
 */
export function DueTag({ state, showOnTrack = false }: { state: DueState | null | undefined; showOnTrack?: boolean }) {
  const labels = useLabels();
  if (!state || ((state === "ON_TRACK" || state === "DONE") && !showOnTrack)) return null;
  return (
    <Tag key={state} color={DUE_COLOURS[state]} data-due={state}>
      {labels.dueState(state)}
    </Tag>
  );
}

export function FlagTags({ isKey, isNumberOne }: { isKey: boolean; isNumberOne: boolean }) {
  const t = useT();
  return (
    <>
      {isNumberOne ? <Tag color="gold">{t.items.numberOne}</Tag> : null}
      {isKey ? <Tag color="volcano">{t.items.keyItem}</Tag> : null}
    </>
  );
}
