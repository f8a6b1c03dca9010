// The assignments behind one number of a unit's score (an indicator's numerator or denominator, or
// a deduction's or bonus's cases), with what each contributed; rows link to the item.
import { useQuery } from "@apollo/client/react";
import { AssessmentItemsDocument, type AssessmentItemsQuery, type FigurePart } from "@jyta/client";
import { assignmentRoleLabels, proposalStatusLabels, satisfactionLabels } from "@jyta/domain";
import { Drawer, Segmented, Table, Tag, type TableColumnsType } from "antd";
import { useState } from "react";
import { Link } from "react-router";
import { LoadError } from "../../components/LoadError";
import { useT } from "../../i18n";
import { useDomainText } from "../dashboard/useDomainText";

export interface ItemsTarget {
  year: number;
  unitId: string;
  unitName: string;
  key: string;
  label: string;
  /** Indicators have two sides; deductions and bonuses only their cases. */
  sides: boolean;
}

type Row = AssessmentItemsQuery["assessmentItems"]["items"][number];
const PAGE_SIZE = 10;

function ItemsTable({ target }: { target: ItemsTarget }) {
  const t = useT();
  const a = t.assessment.items;
  const text = useDomainText();
  const [part, setPart] = useState<FigurePart>("NUMERATOR");
  const [page, setPage] = useState(1);
  const { data, previousData, loading, error, refetch } = useQuery(AssessmentItemsDocument, {
    variables: { year: target.year, unitId: target.unitId, indicator: target.key, part, options: { skip: (page - 1) * PAGE_SIZE, take: PAGE_SIZE } },
  });
  const list = (data ?? previousData)?.assessmentItems;

  const columns: TableColumnsType<Row> = [
    { key: "number", title: a.number, width: 70, render: (_: unknown, r) => r.number ?? t.common.none },
    { key: "title", title: a.title, render: (_: unknown, r) => <Link to={`/proposals/${r.proposalId}`}>{r.title}</Link> },
    { key: "role", title: a.role, width: 90, render: (_: unknown, r) => text(assignmentRoleLabels[r.role]) },
    { key: "status", title: a.status, width: 90, render: (_: unknown, r) => <Tag>{text(proposalStatusLabels[r.status])}</Tag> },
    { key: "due", title: a.due, width: 120, render: (_: unknown, r) => r.replyDueOn ?? t.common.none },
    { key: "sent", title: a.sent, width: 120, render: (_: unknown, r) => r.firstReplySentOn ?? t.common.none },
    { key: "late", title: a.late, width: 90, render: (_: unknown, r) => (r.daysLate === null || r.daysLate === undefined ? t.common.none : r.daysLate > 0 ? a.daysLate(r.daysLate) : a.onTime) },
    { key: "category", title: a.category, width: 70, render: (_: unknown, r) => r.category ?? t.common.none },
    { key: "rating", title: a.rating, width: 100, render: (_: unknown, r) => (r.rating ? text(satisfactionLabels[r.rating]) : t.common.none) },
    { key: "communicated", title: a.communicated, width: 80, render: (_: unknown, r) => (r.communicated ? t.common.yes : t.common.no) },
    { key: "quality", title: a.quality, width: 90, render: (_: unknown, r) => (r.qualityScores.length ? r.qualityScores.join("、") : t.common.none) },
    { key: "rework", title: a.rework, width: 70, render: (_: unknown, r) => r.reworkCount },
  ];

  return (
    <>
      {target.sides ? (
        <Segmented<FigurePart>
          aria-label={t.dashboard.drill.side}
          value={part}
          onChange={(v) => {
            setPart(v);
            setPage(1);
          }}
          options={[
            { value: "NUMERATOR", label: t.dashboard.drill.numerator },
            { value: "DENOMINATOR", label: t.dashboard.drill.denominator },
          ]}
          style={{ marginBottom: 12 }}
        />
      ) : null}
      {error ? <LoadError error={error} onRetry={() => void refetch()} /> : null}
      <Table<Row>
        rowKey="assignmentId"
        size="small"
        columns={columns}
        dataSource={list?.items ?? []}
        loading={loading}
        scroll={{ x: 1200 }}
        pagination={{ current: page, pageSize: PAGE_SIZE, total: list?.totalItems ?? 0, onChange: setPage, showSizeChanger: false, showTotal: (n) => t.common.total(n) }}
        aria-label={`${target.unitName} · ${target.label}`}
      />
    </>
  );
}

export function ItemsDrawer({ target, onClose }: { target: ItemsTarget | null; onClose: () => void }) {
  return (
    <Drawer open={target !== null} title={target ? `${target.unitName} · ${target.label}` : undefined} size={960} onClose={onClose} destroyOnHidden>
      {target ? <ItemsTable key={`${target.unitId}-${target.key}`} target={target} /> : null}
    </Drawer>
  );
}
