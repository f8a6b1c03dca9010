// 届次: the plenaries of each body. The API filters by body and returns the whole list (a body has
// a few sessions a term), so the keyword, sorting and paging happen here, kept in the URL.
import { PlusOutlined } from "@ant-design/icons";
import { useQuery } from "@apollo/client/react";
import { SessionsDocument, type SessionsQuery } from "@jyta/client";
import { Button, Select, Table, Tag, type TableColumnsType } from "antd";
import { useMemo, useState } from "react";
import { BodySelect } from "../../components/BodySelect";
import { ListToolbar } from "../../components/ListToolbar";
import { LoadError } from "../../components/LoadError";
import { PageContainer } from "../../components/PageContainer";
import { SearchBox } from "../../components/SearchBox";
import { useT } from "../../i18n";
import { tablePagination } from "../../lib/pagination";
import { columnSort, sortFromTable, type SortBindings } from "../../lib/tableSort";
import { useClampPage } from "../../lib/useClampPage";
import { useListParams, type ListSpec } from "../../lib/useListParams";
import { SessionFormDrawer } from "./SessionFormDrawer";

export type SessionRow = SessionsQuery["sessions"][number];

type SessionSort = "YEAR_DESC" | "YEAR_ASC" | "TERM_DESC" | "TERM_ASC";
type Filter = "q" | "bodyId" | "current";
const SPEC: ListSpec<SessionSort, Filter> = {
  sorts: ["YEAR_DESC", "YEAR_ASC", "TERM_DESC", "TERM_ASC"],
  // The latest plenary first: that is the one being worked on.
  defaultSort: "YEAR_DESC",
  filters: ["q", "bodyId", "current"],
};
const SORTS: SortBindings<SessionSort> = {
  year: { ascend: "YEAR_ASC", descend: "YEAR_DESC" },
  term: { ascend: "TERM_ASC", descend: "TERM_DESC" },
};

function compare(sort: SessionSort, a: SessionRow, b: SessionRow): number {
  const byTerm = a.term - b.term || a.number - b.number;
  switch (sort) {
    case "YEAR_ASC":
      return a.year - b.year || byTerm;
    case "YEAR_DESC":
      return b.year - a.year || -byTerm;
    case "TERM_ASC":
      return byTerm;
    case "TERM_DESC":
      return -byTerm;
  }
}

export function SessionsPage() {
  const t = useT();
  const { params, setFilters, setPage, setSort, reset } = useListParams(SPEC);
  const { filters } = params;
  const { data, previousData, loading, error, refetch } = useQuery(SessionsDocument, { variables: { bodyId: filters.bodyId } });
  const [editing, setEditing] = useState<SessionRow | null>(null);
  const [creating, setCreating] = useState(false);

  const rows = useMemo(() => {
    const all = (data ?? previousData)?.sessions ?? [];
    const q = filters.q?.toLowerCase();
    const kept = all.filter((s) => (!q || s.name.toLowerCase().includes(q)) && (filters.current !== "true" || s.isCurrent));
    return [...kept].sort((a, b) => compare(params.sort, a, b));
  }, [data, previousData, filters.q, filters.current, params.sort]);
  useClampPage(params.page, params.pageSize, data || previousData ? rows.length : undefined, setPage);

  const columns: TableColumnsType<SessionRow> = [
    {
      key: "name",
      title: t.sessions.name,
      render: (_: unknown, row) => (
        <>
          {row.name}
          {row.isCurrent ? (
            <Tag color="green" style={{ marginInlineStart: 8 }}>
              {t.sessions.current}
            </Tag>
          ) : null}
        </>
      ),
    },
    { key: "body", title: t.sessions.body, render: (_: unknown, row) => row.body.name },
    { key: "term", title: `${t.sessions.term} / ${t.sessions.number}`, width: 120, render: (_: unknown, row) => `${row.term} / ${row.number}`, ...columnSort(SORTS, "term", params.sort) },
    { key: "year", dataIndex: "year", title: t.sessions.year, width: 100, ...columnSort(SORTS, "year", params.sort) },
    {
      key: "dates",
      title: t.sessions.dates,
      render: (_: unknown, row) => (row.startsOn || row.endsOn ? `${row.startsOn ?? "?"} ~ ${row.endsOn ?? "?"}` : t.common.none),
    },
    {
      key: "actions",
      title: t.common.actions,
      width: 90,
      render: (_: unknown, row) => (
        <Button type="link" size="small" onClick={() => setEditing(row)} aria-label={`${t.common.edit} ${row.body.name} ${row.name}`}>
          {t.common.edit}
        </Button>
      ),
    },
  ];

  const closeForm = () => {
    setCreating(false);
    setEditing(null);
  };

  return (
    <PageContainer
      title={t.sessions.title}
      description={t.sessions.description}
      extra={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
          {t.common.create}
        </Button>
      }
    >
      <ListToolbar onReset={reset}>
        <SearchBox value={filters.q} onSearch={(q) => setFilters({ q })} placeholder={t.sessions.searchPlaceholder} />
        <BodySelect
          forFilter
          aria-label={t.sessions.body}
          placeholder={t.sessions.body}
          allowClear
          value={filters.bodyId}
          onChange={(bodyId: string | undefined) => setFilters({ bodyId })}
          style={{ width: 200 }}
        />
        <Select
          aria-label={t.sessions.isCurrent}
          placeholder={t.sessions.isCurrent}
          allowClear
          value={filters.current === "true" ? "true" : undefined}
          onChange={(current: string | undefined) => setFilters({ current })}
          options={[{ value: "true", label: t.sessions.isCurrent }]}
          style={{ width: 140 }}
        />
      </ListToolbar>
      {error ? <LoadError error={error} onRetry={() => void refetch()} /> : null}
      <Table<SessionRow>
        rowKey="id"
        columns={columns}
        dataSource={rows.slice(params.skip, params.skip + params.take)}
        loading={loading}
        pagination={tablePagination(params.page, params.pageSize, rows.length, t)}
        onChange={(pagination, _filters, sorter, extra) => {
          if (extra.action === "sort") setSort(sortFromTable(SORTS, sorter));
          else if (extra.action === "paginate") setPage(pagination.current ?? 1, pagination.pageSize ?? params.pageSize);
        }}
        aria-label={t.sessions.title}
      />
      <SessionFormDrawer
        open={creating || editing !== null}
        session={editing}
        defaultBodyId={filters.bodyId}
        onClose={closeForm}
        onSaved={async () => {
          closeForm();
          await refetch();
        }}
      />
    </PageContainer>
  );
}
