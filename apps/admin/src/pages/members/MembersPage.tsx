// 委员代表: members and deputies with keyword, body, sector and status filters, server-side paging and
// sorting (kept in the URL), and a drawer to create or edit one.
import { PlusOutlined } from "@ant-design/icons";
import { useMutation, useQuery } from "@apollo/client/react";
import { MembersDocument, UpdateMemberDocument, type MemberListOptions, type MemberSort, type MembersQuery } from "@jyta/client";
import { AutoComplete, Button, Space, Table, type TableColumnsType } from "antd";
import { useState } from "react";
import { ActiveFilter, parseActive } from "../../components/ActiveFilter";
import { ActiveTag } from "../../components/ActiveTag";
import { BodySelect } from "../../components/BodySelect";
import { ListToolbar } from "../../components/ListToolbar";
import { LoadError } from "../../components/LoadError";
import { PageContainer } from "../../components/PageContainer";
import { SearchBox } from "../../components/SearchBox";
import { ToggleActiveButton } from "../../components/ToggleActiveButton";
import { useT } from "../../i18n";
import { tablePagination } from "../../lib/pagination";
import { SECTORS, suggest } from "../../lib/suggestions";
import { columnSort, sortFromTable, type SortBindings } from "../../lib/tableSort";
import { useClampPage } from "../../lib/useClampPage";
import { useListParams, type ListSpec } from "../../lib/useListParams";
import { MemberFormDrawer } from "./MemberFormDrawer";

export type MemberRow = MembersQuery["members"]["items"][number];

type Filter = "q" | "bodyId" | "sector" | "active";
const SPEC: ListSpec<MemberSort, Filter> = {
  sorts: ["CREATED_AT_DESC", "NAME_ASC", "NAME_DESC", "SECTOR_ASC"],
  // Newest first: what was just entered is on top.
  defaultSort: "CREATED_AT_DESC",
  filters: ["q", "bodyId", "sector", "active"],
};
const SORTS: SortBindings<MemberSort> = {
  name: { ascend: "NAME_ASC", descend: "NAME_DESC" },
  sector: { ascend: "SECTOR_ASC" },
};

export function MembersPage() {
  const t = useT();
  const { params, setFilters, setPage, setSort, reset } = useListParams(SPEC);
  const { filters } = params;
  const [sectorText, setSectorText] = useState<string | undefined>(undefined);

  const options: MemberListOptions = {
    skip: params.skip,
    take: params.take,
    sort: params.sort,
    filter: { search: filters.q, bodyId: filters.bodyId, sector: filters.sector, active: parseActive(filters.active) },
  };
  const { data, previousData, loading, error, refetch } = useQuery(MembersDocument, { variables: { options } });
  const list = (data ?? previousData)?.members;
  useClampPage(params.page, params.pageSize, list?.totalItems, setPage);

  const [updateMember] = useMutation(UpdateMemberDocument);
  const [editing, setEditing] = useState<MemberRow | null>(null);
  const [creating, setCreating] = useState(false);

  const none = (v: string | null) => v ?? t.common.none;
  const columns: TableColumnsType<MemberRow> = [
    { key: "name", dataIndex: "name", title: t.members.name, width: 120, ...columnSort(SORTS, "name", params.sort) },
    { key: "body", title: t.members.body, render: (_: unknown, row) => row.body.name },
    { key: "sector", dataIndex: "sector", title: t.members.sector, render: none, ...columnSort(SORTS, "sector", params.sort) },
    { key: "party", dataIndex: "party", title: t.members.party, render: none },
    { key: "workplace", dataIndex: "workplace", title: t.members.workplace, ellipsis: true, render: none },
    { key: "phone", dataIndex: "phone", title: t.members.phone, render: none },
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
            onToggle={async (active) => {
              await updateMember({ variables: { id: row.id, input: { active } } });
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
      title={t.members.title}
      description={t.members.description}
      extra={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
          {t.common.create}
        </Button>
      }
    >
      <ListToolbar onReset={reset}>
        <SearchBox value={filters.q} onSearch={(q) => setFilters({ q })} placeholder={t.members.searchPlaceholder} />
        <BodySelect
          forFilter
          aria-label={t.members.body}
          placeholder={t.members.body}
          allowClear
          value={filters.bodyId}
          onChange={(bodyId: string | undefined) => setFilters({ bodyId })}
          style={{ width: 180 }}
        />
        <AutoComplete
          aria-label={t.members.sector}
          placeholder={t.members.sectorPlaceholder}
          allowClear
          value={sectorText ?? filters.sector ?? ""}
          options={suggest(SECTORS, sectorText ?? filters.sector)}
          onChange={(v: string) => setSectorText(v)}
          onSelect={(sector: string) => {
            setSectorText(undefined);
            setFilters({ sector });
          }}
          onBlur={() => {
            if (sectorText !== undefined) setFilters({ sector: sectorText });
            setSectorText(undefined);
          }}
          style={{ width: 180 }}
        />
        <ActiveFilter value={filters.active} onChange={(active) => setFilters({ active })} />
      </ListToolbar>
      {error ? <LoadError error={error} onRetry={() => void refetch()} /> : null}
      <Table<MemberRow>
        rowKey="id"
        columns={columns}
        dataSource={list?.items ?? []}
        loading={loading}
        pagination={tablePagination(params.page, params.pageSize, list?.totalItems ?? 0, t)}
        onChange={(pagination, _filters, sorter, extra) => {
          if (extra.action === "sort") setSort(sortFromTable(SORTS, sorter));
          else if (extra.action === "paginate") setPage(pagination.current ?? 1, pagination.pageSize ?? params.pageSize);
        }}
        scroll={{ x: 1000 }}
        aria-label={t.members.title}
      />
      <MemberFormDrawer
        open={creating || editing !== null}
        member={editing}
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
