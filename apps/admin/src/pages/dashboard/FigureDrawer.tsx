// The items behind a figure, in a drawer: for a rate its numerator or denominator (switchable), for
// a count its items, for a status of the funnel the items in that status. Each row links to the item.
import { useQuery } from "@apollo/client/react";
import { FigureItemsDocument, StatusItemsDocument, type FigurePart, type ProposalKind, type ProposalStatus, type AssignmentRole } from "@jyta/client";
import { assignmentRoleLabels, proposalKindLabels, proposalStatusLabels } from "@jyta/domain";
import { Drawer, Segmented, Table, Tag, type TableColumnsType } from "antd";
import { useState } from "react";
import { Link } from "react-router";
import { LoadError } from "../../components/LoadError";
import { useT } from "../../i18n";
import type { Drill } from "./drill";
import { useDomainText } from "./useDomainText";

export interface DrillRow {
  id: string;
  key: string;
  kind: ProposalKind;
  number: number | null | undefined;
  title: string;
  status: ProposalStatus;
  role?: AssignmentRole | null;
  unitName?: string | null;
}

const PAGE_SIZE = 10;

type FigureDrill = Extract<Drill, { kind: "figure" }>;
type StatusDrill = Extract<Drill, { kind: "status" }>;

function useFigureRows(drill: FigureDrill, part: FigurePart, page: number) {
  const { data, previousData, loading, error, refetch } = useQuery(FigureItemsDocument, {
    variables: { scope: drill.scope, figure: drill.figure, part, options: { skip: (page - 1) * PAGE_SIZE, take: PAGE_SIZE } },
  });
  const list = (data ?? previousData)?.figureItems;
  const rows: DrillRow[] = (list?.items ?? []).map((i) => ({
    id: i.id,
    key: i.assignmentId ?? i.id,
    kind: i.kind,
    number: i.number,
    title: i.title,
    status: i.status,
    role: i.role,
    unitName: i.unit?.name,
  }));
  return { rows, total: list?.totalItems ?? 0, loading, error, refetch };
}

function useStatusRows(drill: StatusDrill, page: number) {
  const { scope } = drill;
  const { data, previousData, loading, error, refetch } = useQuery(StatusItemsDocument, {
    variables: {
      options: {
        skip: (page - 1) * PAGE_SIZE,
        take: PAGE_SIZE,
        filter: {
          status: [drill.status],
          sessionId: scope.sessionId,
          bodyId: scope.bodyId,
          year: scope.year,
          unitId: scope.unitId,
          kind: scope.kind,
          isKey: scope.keyOnly ? true : undefined,
        },
      },
    },
  });
  const list = (data ?? previousData)?.proposals;
  const rows: DrillRow[] = (list?.items ?? []).map((i) => ({ id: i.id, key: i.id, kind: i.kind, number: i.number, title: i.title, status: i.status }));
  return { rows, total: list?.totalItems ?? 0, loading, error, refetch };
}

function FigureDrillTable({ drill }: { drill: FigureDrill }) {
  const t = useT();
  const [part, setPart] = useState<FigurePart>(drill.parts[0] ?? "NUMERATOR");
  const [page, setPage] = useState(1);
  const result = useFigureRows(drill, part, page);
  return (
    <>
      {drill.parts.length > 1 ? (
        <Segmented<FigurePart>
          aria-label={t.dashboard.drill.side}
          value={part}
          onChange={(v) => {
            setPart(v);
            setPage(1);
          }}
          options={drill.parts.map((p) => ({ value: p, label: p === "NUMERATOR" ? t.dashboard.drill.numerator : t.dashboard.drill.denominator }))}
          style={{ marginBottom: 12 }}
        />
      ) : null}
      <RowsTable title={drill.title} page={page} onPage={setPage} {...result} />
    </>
  );
}

function StatusDrillTable({ drill }: { drill: StatusDrill }) {
  const [page, setPage] = useState(1);
  const result = useStatusRows(drill, page);
  return <RowsTable title={drill.title} page={page} onPage={setPage} {...result} />;
}

interface RowsProps {
  title: string;
  rows: DrillRow[];
  total: number;
  loading: boolean;
  error: unknown;
  refetch: () => unknown;
  page: number;
  onPage: (page: number) => void;
}

function RowsTable({ title, rows, total, loading, error, refetch, page, onPage }: RowsProps) {
  const t = useT();
  const text = useDomainText();
  const perAssignment = rows.some((r) => r.unitName);

  const columns: TableColumnsType<DrillRow> = [
    { key: "number", title: t.dashboard.drill.number, width: 80, render: (_: unknown, r) => r.number ?? t.common.none },
    {
      key: "title",
      title: t.dashboard.drill.title,
      render: (_: unknown, r) => <Link to={`/proposals/${r.id}`}>{r.title}</Link>,
    },
    { key: "kind", title: t.dashboard.drill.kind, width: 90, render: (_: unknown, r) => text(proposalKindLabels[r.kind]) },
    { key: "status", title: t.dashboard.drill.status, width: 100, render: (_: unknown, r) => <Tag>{text(proposalStatusLabels[r.status])}</Tag> },
  ];
  if (perAssignment) {
    columns.push(
      { key: "unit", title: t.dashboard.drill.unit, render: (_: unknown, r) => r.unitName ?? t.common.none },
      { key: "role", title: t.dashboard.drill.role, width: 100, render: (_: unknown, r) => (r.role ? text(assignmentRoleLabels[r.role]) : t.common.none) },
    );
  }

  return (
    <>
      {error ? <LoadError error={error} onRetry={() => void refetch()} /> : null}
      <Table<DrillRow>
        rowKey="key"
        size="small"
        columns={columns}
        dataSource={rows}
        loading={loading}
        pagination={{ current: page, pageSize: PAGE_SIZE, total, onChange: onPage, showTotal: (n) => t.common.total(n), showSizeChanger: false }}
        aria-label={title}
      />
    </>
  );
}

export function FigureDrawer({ drill, onClose }: { drill: Drill | null; onClose: () => void }) {
  return (
    <Drawer open={drill !== null} title={drill?.title} size={760} onClose={onClose} destroyOnHidden>
      {drill?.kind === "figure" ? <FigureDrillTable key={JSON.stringify(drill)} drill={drill} /> : null}
      {drill?.kind === "status" ? <StatusDrillTable key={JSON.stringify(drill)} drill={drill} /> : null}
    </Drawer>
  );
}
