// 承办单位: the units list with keyword, kind and status filters, server-side paging and sorting
// (all kept in the URL), and a drawer to create or edit a unit.
import { PlusOutlined } from "@ant-design/icons";
import { useMutation, useQuery } from "@apollo/client/react";
import { UnitsDocument, UpdateUnitDocument, type UnitListOptions, type UnitSort, type UnitsQuery } from "@jyta/client";
import { Button, Select, Space, Table, Tag, type TableColumnsType } from "antd";
import { useState } from "react";
import { ActiveFilter, parseActive } from "../../components/ActiveFilter";
import { ActiveTag } from "../../components/ActiveTag";
import { ListToolbar } from "../../components/ListToolbar";
import { LoadError } from "../../components/LoadError";
import { PageContainer } from "../../components/PageContainer";
import { SearchBox } from "../../components/SearchBox";
import { ToggleActiveButton } from "../../components/ToggleActiveButton";
import { useT } from "../../i18n";
import { oneOf, UNIT_KINDS } from "../../lib/enums";
import { tablePagination } from "../../lib/pagination";
import { columnSort, sortFromTable, type SortBindings } from "../../lib/tableSort";
import { useClampPage } from "../../lib/useClampPage";
import { useListParams, type ListSpec } from "../../lib/useListParams";
import { UnitFormDrawer } from "./UnitFormDrawer";

export type UnitRow = UnitsQuery["units"]["items"][number];

type Filter = "q" | "kind" | "active";
const SPEC: ListSpec<UnitSort, Filter> = {
  sorts: ["SORT_ORDER_ASC", "NAME_ASC", "NAME_DESC", "CREATED_AT_DESC"],
  defaultSort: "SORT_ORDER_ASC",
  filters: ["q", "kind", "active"],
};
const SORTS: SortBindings<UnitSort> = {
  name: { ascend: "NAME_ASC", descend: "NAME_DESC" },
  sortOrder: { ascend: "SORT_ORDER_ASC" },
};

export function UnitsPage() {
  const t = useT();
  const { params, setFilters, setPage, setSort, reset } = useListParams(SPEC);
  const { filters } = params;
  const kind = oneOf(UNIT_KINDS, filters.kind);

  const options: UnitListOptions = {
    skip: params.skip,
    take: params.take,
    sort: params.sort,
    filter: { search: filters.q, kind, active: parseActive(filters.active) },
  };
  const { data, previousData, loading, error, refetch } = useQuery(UnitsDocument, { variables: { options } });
  const list = (data ?? previousData)?.units;
  useClampPage(params.page, params.pageSize, list?.totalItems, setPage);

  const [updateUnit] = useMutation(UpdateUnitDocument);
  const [editing, setEditing] = useState<UnitRow | null>(null);
  const [creating, setCreating] = useState(false);

  const columns: TableColumnsType<UnitRow> = [
    { key: "name", dataIndex: "name", title: t.units.name, ...columnSort(SORTS, "name", params.sort) },
    { key: "shortName", dataIndex: "shortName", title: t.units.shortName, render: (v: string | null) => v ?? t.common.none },
    { key: "kind", dataIndex: "kind", title: t.units.kind, render: (_: unknown, row) => <Tag>{t.unitKind[row.kind]}</Tag> },
    { key: "contactName", dataIndex: "contactName", title: t.units.contactName, render: (v: string | null) => v ?? t.common.none },
    { key: "contactPhone", dataIndex: "contactPhone", title: t.units.contactPhone, render: (v: string | null) => v ?? t.common.none },
    { key: "sortOrder", dataIndex: "sortOrder", title: t.units.sortOrder, width: 110, align: "right", ...columnSort(SORTS, "sortOrder", params.sort) },
    { key: "active", dataIndex: "active", title: t.common.status, width: 90, render: (_: unknown, row) => <ActiveTag active={row.active} /> },
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
            onToggle={async (active) => {
              await updateUnit({ variables: { id: row.id, input: { active } } });
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
      title={t.units.title}
      description={t.units.description}
      extra={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
          {t.common.create}
        </Button>
      }
    >
      <ListToolbar onReset={reset}>
        <SearchBox value={filters.q} onSearch={(q) => setFilters({ q })} placeholder={t.units.searchPlaceholder} />
        <Select
          aria-label={t.units.kind}
          placeholder={t.units.kind}
          allowClear
          value={kind}
          onChange={(v: string | undefined) => setFilters({ kind: v })}
          options={UNIT_KINDS.map((k) => ({ value: k, label: t.unitKind[k] }))}
          style={{ width: 140 }}
        />
        <ActiveFilter value={filters.active} onChange={(active) => setFilters({ active })} />
      </ListToolbar>
      {error ? <LoadError error={error} onRetry={() => void refetch()} /> : null}
      <Table<UnitRow>
        rowKey="id"
        columns={columns}
        dataSource={list?.items ?? []}
        loading={loading}
        pagination={tablePagination(params.page, params.pageSize, list?.totalItems ?? 0, t)}
        onChange={(pagination, _filters, sorter, extra) => {
          if (extra.action === "sort") setSort(sortFromTable(SORTS, sorter));
          else if (extra.action === "paginate") setPage(pagination.current ?? 1, pagination.pageSize ?? params.pageSize);
        }}
        scroll={{ x: 900 }}
        aria-label={t.units.title}
      />
      <UnitFormDrawer
        open={creating || editing !== null}
        unit={editing}
        onClose={closeForm}
        onSaved={async () => {
          closeForm();
          await refetch();
        }}
      />
    </PageContainer>
  );
}
