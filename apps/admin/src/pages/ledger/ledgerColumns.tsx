// Every column the ledger can show, with the defaults; the user picks which (ColumnChooser).
import type { ProposalSort, ProposalsQuery } from "@jyta/client";
import { Flex, Typography, type TableColumnsType } from "antd";
import { Link } from "react-router";
import { paths } from "../../app/paths";
import type { Messages } from "../../i18n";
import { columnSort } from "../../lib/tableSort";
import { dateOf, itemNumber } from "../proposal/common/format";
import { DueTag, FlagTags, StatusTag } from "../proposal/common/tags";
import type { Labels } from "../proposal/common/useLabels";
import { LEDGER_SORTS } from "./ledgerParams";

export type LedgerRow = ProposalsQuery["proposals"]["items"][number];
type Column = TableColumnsType<LedgerRow>[number] & { key: string; title: string };

export const DEFAULT_COLUMNS = ["number", "title", "proposer", "category", "status", "leadUnit", "coUnits", "replyDue", "dueState"] as const;
/** Always shown: a row without its title means nothing. */
export const LOCKED_COLUMNS = ["title"];

/** The earliest reply due date of the item's replying units. */
function replyDue(row: LedgerRow): string | undefined {
  return row.assignments
    .filter((a) => a.role !== "CO")
    .map((a) => a.replyDueOn)
    .sort()[0];
}

export function ledgerColumns(t: Messages, labels: Labels, sort: ProposalSort): Column[] {
  const none = t.common.none;
  return [
    {
      key: "number",
      title: t.work.ledger.numberColumn,
      width: 120,
      fixed: "left",
      render: (_: unknown, r) => (
        <Flex vertical>
          <span>{itemNumber(r.number, t)}</span>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {labels.kind(r.kind)}
          </Typography.Text>
        </Flex>
      ),
      ...columnSort(LEDGER_SORTS, "number", sort),
    },
    {
      key: "title",
      title: t.items.title,
      width: 340,
      render: (_: unknown, r) => (
        <Flex vertical gap={2}>
          <Link to={`${paths.proposal}/${r.id}`}>{r.title}</Link>
          {r.isKey || r.isNumberOne ? (
            <span>
              <FlagTags isKey={r.isKey} isNumberOne={r.isNumberOne} />
            </span>
          ) : null}
        </Flex>
      ),
      ...columnSort(LEDGER_SORTS, "title", sort),
    },
    { key: "kind", title: t.items.kind, width: 90, render: (_: unknown, r) => labels.kind(r.kind) },
    { key: "session", title: t.items.session, width: 150, render: (_: unknown, r) => r.session.name },
    { key: "proposer", title: t.work.ledger.proposer, width: 110, render: (_: unknown, r) => r.firstProposer?.name ?? none },
    { key: "submitterType", title: t.items.submitterType, width: 100, render: (_: unknown, r) => labels.submitterType(r.submitterType) },
    { key: "category", title: t.items.category, width: 130, render: (_: unknown, r) => r.categoryLabel ?? r.category ?? none },
    { key: "status", title: t.items.status, width: 100, render: (_: unknown, r) => <StatusTag status={r.status} /> },
    { key: "leadUnit", title: t.items.leadUnit, width: 180, render: (_: unknown, r) => r.leadUnit?.name ?? none },
    {
      key: "coUnits",
      title: t.work.ledger.coUnits,
      width: 180,
      render: (_: unknown, r) => {
        const names = r.assignments.filter((a) => a.unit.id !== r.leadUnit?.id).map((a) => a.unit.name);
        return names.length > 0 ? names.join("、") : none;
      },
    },
    { key: "replyDue", title: t.items.replyDueOn, width: 120, render: (_: unknown, r) => replyDue(r) ?? none },
    { key: "dueState", title: t.items.dueState, width: 110, render: (_: unknown, r) => <DueTag state={r.dueState} showOnTrack /> },
    { key: "supervisingLeader", title: t.items.supervisingLeader, width: 140, render: (_: unknown, r) => r.supervisingLeader ?? none },
    { key: "round", title: t.items.round, width: 90, render: (_: unknown, r) => t.items.roundOf(r.round) },
    {
      key: "submittedAt",
      title: t.items.submittedAt,
      width: 130,
      render: (_: unknown, r) => dateOf(r.submittedAt) ?? none,
      ...columnSort(LEDGER_SORTS, "submittedAt", sort),
    },
    {
      key: "registeredAt",
      title: t.items.registeredAt,
      width: 130,
      render: (_: unknown, r) => dateOf(r.registeredAt) ?? none,
      ...columnSort(LEDGER_SORTS, "registeredAt", sort),
    },
    { key: "closedAt", title: t.items.closedAt, width: 120, render: (_: unknown, r) => dateOf(r.closedAt) ?? none },
  ];
}
