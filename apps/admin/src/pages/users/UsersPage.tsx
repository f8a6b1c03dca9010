// 用户: logins with keyword, role, unit and status filters, server-side paging and sorting (kept in the
// URL), and a drawer to create or edit one, including its roles and the unit, member or body they need.
import { PlusOutlined } from "@ant-design/icons";
import { useMutation, useQuery } from "@apollo/client/react";
import { UpdateUserDocument, UsersDocument, type UserListOptions, type UserSort, type UsersQuery } from "@jyta/client";
import { Button, Select, Space, Table, Tag, Typography, type TableColumnsType } from "antd";
import { useState } from "react";
import { useViewer } from "../../app/viewer";
import { ActiveFilter, parseActive } from "../../components/ActiveFilter";
import { ActiveTag } from "../../components/ActiveTag";
import { ListToolbar } from "../../components/ListToolbar";
import { LoadError } from "../../components/LoadError";
import { PageContainer } from "../../components/PageContainer";
import { SearchBox } from "../../components/SearchBox";
import { ToggleActiveButton } from "../../components/ToggleActiveButton";
import { UnitSelect } from "../../components/UnitSelect";
import { useT } from "../../i18n";
import { formatDateTime } from "../../lib/dates";
import { oneOf, ROLES } from "../../lib/enums";
import { tablePagination } from "../../lib/pagination";
import { columnSort, sortFromTable, type SortBindings } from "../../lib/tableSort";
import { useClampPage } from "../../lib/useClampPage";
import { useListParams, type ListSpec } from "../../lib/useListParams";
import { UserFormDrawer } from "./UserFormDrawer";

export type UserRow = UsersQuery["users"]["items"][number];

type Filter = "q" | "role" | "unitId" | "active";
const SPEC: ListSpec<UserSort, Filter> = {
  sorts: ["CREATED_AT_DESC", "USERNAME_ASC", "DISPLAY_NAME_ASC"],
  // Newest first: the account just created is on top.
  defaultSort: "CREATED_AT_DESC",
  filters: ["q", "role", "unitId", "active"],
};
const SORTS: SortBindings<UserSort> = {
  username: { ascend: "USERNAME_ASC" },
  displayName: { ascend: "DISPLAY_NAME_ASC" },
};

export function UsersPage() {
  const t = useT();
  const { user: viewer } = useViewer();
  const { params, setFilters, setPage, setSort, reset } = useListParams(SPEC);
  const { filters } = params;
  const role = oneOf(ROLES, filters.role);

  const options: UserListOptions = {
    skip: params.skip,
    take: params.take,
    sort: params.sort,
    filter: { search: filters.q, role, unitId: filters.unitId, active: parseActive(filters.active) },
  };
  const { data, previousData, loading, error, refetch } = useQuery(UsersDocument, { variables: { options } });
  const list = (data ?? previousData)?.users;
  useClampPage(params.page, params.pageSize, list?.totalItems, setPage);

  const [updateUser] = useMutation(UpdateUserDocument);
  const [editing, setEditing] = useState<UserRow | null>(null);
  const [creating, setCreating] = useState(false);

  const columns: TableColumnsType<UserRow> = [
    { key: "username", dataIndex: "username", title: t.users.username, ...columnSort(SORTS, "username", params.sort) },
    { key: "displayName", dataIndex: "displayName", title: t.users.displayName, ...columnSort(SORTS, "displayName", params.sort) },
    {
      key: "roles",
      title: t.users.roles,
      render: (_: unknown, row) => (
        <Space size={[0, 4]} wrap>
          {row.roles.map((r) => (
            <Tag key={r} color={r === "ADMIN" ? "red" : "blue"}>
              {t.role[r]}
            </Tag>
          ))}
        </Space>
      ),
    },
    {
      key: "links",
      title: t.users.links,
      render: (_: unknown, row) => [row.unit?.name, row.member?.name, row.body?.name].filter(Boolean).join("、") || t.common.none,
    },
    { key: "phone", dataIndex: "phone", title: t.users.phone, render: (v: string | null) => v ?? t.common.none },
    {
      key: "lastLoginAt",
      dataIndex: "lastLoginAt",
      title: t.users.lastLoginAt,
      width: 150,
      render: (v: string | null) => formatDateTime(v) ?? <Typography.Text type="secondary">{t.users.neverLoggedIn}</Typography.Text>,
    },
    { key: "active", title: t.common.status, width: 90, render: (_: unknown, row) => <ActiveTag active={row.active} /> },
    {
      key: "actions",
      title: t.common.actions,
      width: 140,
      render: (_: unknown, row) => (
        <Space size={0}>
          <Button type="link" size="small" onClick={() => setEditing(row)} aria-label={`${t.common.edit} ${row.username}`}>
            {t.common.edit}
          </Button>
          {/* The API refuses to deactivate the account in use; do not offer it. */}
          {row.id === viewer?.id ? null : (
            <ToggleActiveButton
              name={row.displayName}
              active={row.active}
              onToggle={async (active) => {
                await updateUser({ variables: { id: row.id, input: { active } } });
                await refetch();
              }}
            />
          )}
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
      title={t.users.title}
      description={t.users.description}
      extra={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
          {t.common.create}
        </Button>
      }
    >
      <ListToolbar onReset={reset}>
        <SearchBox value={filters.q} onSearch={(q) => setFilters({ q })} placeholder={t.users.searchPlaceholder} />
        <Select
          aria-label={t.users.roles}
          placeholder={t.users.roles}
          allowClear
          value={role}
          onChange={(v: string | undefined) => setFilters({ role: v })}
          options={ROLES.map((r) => ({ value: r, label: t.role[r] }))}
          style={{ width: 170 }}
        />
        <UnitSelect
          forFilter
          aria-label={t.users.unit}
          placeholder={t.users.unit}
          allowClear
          value={filters.unitId}
          onChange={(unitId: string | undefined) => setFilters({ unitId })}
          style={{ width: 200 }}
        />
        <ActiveFilter value={filters.active} onChange={(active) => setFilters({ active })} />
      </ListToolbar>
      {error ? <LoadError error={error} onRetry={() => void refetch()} /> : null}
      <Table<UserRow>
        rowKey="id"
        columns={columns}
        dataSource={list?.items ?? []}
        loading={loading}
        pagination={tablePagination(params.page, params.pageSize, list?.totalItems ?? 0, t)}
        onChange={(pagination, _filters, sorter, extra) => {
          if (extra.action === "sort") setSort(sortFromTable(SORTS, sorter));
          else if (extra.action === "paginate") setPage(pagination.current ?? 1, pagination.pageSize ?? params.pageSize);
        }}
        scroll={{ x: 1100 }}
        aria-label={t.users.title}
      />
      <UserFormDrawer
        open={creating || editing !== null}
        user={editing}
        isSelf={editing !== null && editing.id === viewer?.id}
        onClose={closeForm}
        onSaved={async () => {
          closeForm();
          await refetch();
        }}
      />
    </PageContainer>
  );
}
