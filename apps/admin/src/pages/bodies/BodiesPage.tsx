// 提出机关: the bodies. The API returns them all (a district has two or three), so filtering, sorting
// and paging happen here; they are still kept in the URL like every other list.
import { PlusOutlined } from "@ant-design/icons";
import { useMutation, useQuery } from "@apollo/client/react";
import { BodiesDocument, UpdateBodyDocument, type BodiesQuery } from "@jyta/client";
import { Button, Select, Space, Table, Tag, type TableColumnsType } from "antd";
import { useMemo, useState } from "react";
import { ActiveFilter, parseActive } from "../../components/ActiveFilter";
import { ActiveTag } from "../../components/ActiveTag";
import { ListToolbar } from "../../components/ListToolbar";
import { LoadError } from "../../components/LoadError";
import { PageContainer } from "../../components/PageContainer";
import { SearchBox } from "../../components/SearchBox";
import { ToggleActiveButton } from "../../components/ToggleActiveButton";
import { useT } from "../../i18n";
import { BODY_KINDS, oneOf } from "../../lib/enums";
import { tablePagination } from "../../lib/pagination";
import { columnSort, sortFromTable, type SortBindings } from "../../lib/tableSort";
import { useClampPage } from "../../lib/useClampPage";
import { useListParams, type ListSpec } from "../../lib/useListParams";
import { BodyFormDrawer } from "./BodyFormDrawer";

export type BodyRow = BodiesQuery["bodies"][number];

type BodySort = "NAME_ASC" | "NAME_DESC";
type Filter = "q" | "kind" | "active";
const SPEC: ListSpec<BodySort, Filter> = { sorts: ["NAME_ASC", "NAME_DESC"], defaultSort: "NAME_ASC", filters: ["q", "kind", "active"] };
const SORTS: SortBindings<BodySort> = { name: { ascend: "NAME_ASC", descend: "NAME_DESC" } };
const collator = new Intl.Collator("zh-CN");

export function BodiesPage() {
  const t = useT();
  const { params, setFilters, setPage, setSort, reset } = useListParams(SPEC);
  const { filters } = params;
  const kind = oneOf(BODY_KINDS, filters.kind);
  const active = parseActive(filters.active);
  const { data, previousData, loading, error, refetch } = useQuery(BodiesDocument);
  const [updateBody] = useMutation(UpdateBodyDocument);
  const [editing, setEditing] = useState<BodyRow | null>(null);
  const [creating, setCreating] = useState(false);

  const rows = useMemo(() => {
    const all = (data ?? previousData)?.bodies ?? [];
    const q = filters.q?.toLowerCase();
    const kept = all.filter((b) => (!q || b.name.toLowerCase().includes(q)) && (!kind || b.kind === kind) && (active === undefined || b.active === active));
    const sign = params.sort === "NAME_DESC" ? -1 : 1;
    return [...kept].sort((a, b) => sign * collator.compare(a.name, b.name));
  }, [data, previousData, filters.q, kind, active, params.sort]);
  useClampPage(params.page, params.pageSize, data || previousData ? rows.length : undefined, setPage);

  const columns: TableColumnsType<BodyRow> = [
    { key: "name", dataIndex: "name", title: t.bodies.name, ...columnSort(SORTS, "name", params.sort) },
    { key: "kind", title: t.bodies.kind, render: (_: unknown, row) => <Tag color={row.kind === "CPPCC" ? "volcano" : "geekblue"}>{t.bodyKind[row.kind]}</Tag> },
    { key: "level", title: t.bodies.level, render: (_: unknown, row) => t.bodyLevel[row.level] },
    { key: "active", title: t.common.status, width: 90, render: (_: unknown, row) => <ActiveTag active={row.active} /> },
    {
      key: "actions",
      title: t.common.actions,
      width: 140,
      render: (_: unknown, row) => (
        <Space size={0}>
          <Button type="link" size="small" onClick={() => setEditing(row)} aria-label={`${t.common.edit} ${row.name}`}>
            {t.common.edit}
          </Button>
          <ToggleActiveButton
            name={row.name}
            active={row.active}
            onToggle={async (next) => {
              await updateBody({ variables: { id: row.id, input: { active: next } } });
              await refetch();
            }}
          />
        </Space>
      ),
    },
  ];

  const closeForm = () => {
    setCreating(false);
    setEditing(null);
  };

  return (
    <PageContainer
      title={t.bodies.title}
      description={t.bodies.description}
      extra={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
          {t.common.create}
        </Button>
      }
    >
      <ListToolbar onReset={reset}>
        <SearchBox value={filters.q} onSearch={(q) => setFilters({ q })} placeholder={t.bodies.searchPlaceholder} />
        <Select
          aria-label={t.bodies.kind}
          placeholder={t.bodies.kind}
          allowClear
          value={kind}
          onChange={(v: string | undefined) => setFilters({ kind: v })}
          options={BODY_KINDS.map((k) => ({ value: k, label: t.bodyKind[k] }))}
          style={{ width: 140 }}
        />
        <ActiveFilter value={filters.active} onChange={(v) => setFilters({ active: v })} />
      </ListToolbar>
      {error ? <LoadError error={error} onRetry={() => void refetch()} /> : null}
      <Table<BodyRow>
        rowKey="id"
        columns={columns}
        dataSource={rows.slice(params.skip, params.skip + params.take)}
        loading={loading}
        pagination={tablePagination(params.page, params.pageSize, rows.length, t)}
        onChange={(pagination, _filters, sorter, extra) => {
          if (extra.action === "sort") setSort(sortFromTable(SORTS, sorter));
          else if (extra.action === "paginate") setPage(pagination.current ?? 1, pagination.pageSize ?? params.pageSize);
        }}
        aria-label={t.bodies.title}
      />
      <BodyFormDrawer
        open={creating || editing !== null}
        body={editing}
        onClose={closeForm}
        onSaved={async () => {
          closeForm();
          await refetch();
        }}
      />
    </PageContainer>
  );
}

