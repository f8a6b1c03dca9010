// 消息通知: the viewer's notifications with unread/kind filters and paging in the URL, mark one or
// all read, and a link to each item.
import { useQuery } from "@apollo/client/react";
import { NotificationsDocument, type NotificationKind, type NotificationSort } from "@jyta/client";
import { Badge, Button, Checkbox, Select, Table, Tag, Typography, type TableColumnsType } from "antd";
import { Link } from "react-router";
import { paths } from "../../app/paths";
import type { NotificationRow } from "../../components/notifications/NotificationItem";
import { useMarkRead } from "../../components/notifications/useMarkRead";
import { ListToolbar } from "../../components/ListToolbar";
import { LoadError } from "../../components/LoadError";
import { PageContainer } from "../../components/PageContainer";
import { useT } from "../../i18n";
import { formatDateTime } from "../../lib/dates";
import { oneOf } from "../../lib/enums";
import { tablePagination } from "../../lib/pagination";
import { useClampPage } from "../../lib/useClampPage";
import { useListParams, type ListSpec } from "../../lib/useListParams";
import { NOTIFICATION_KINDS } from "../proposal/common/enums";
import { itemNumber } from "../proposal/common/format";
import { useLabels } from "../proposal/common/useLabels";

type Filter = "unread" | "kind";
const SPEC: ListSpec<NotificationSort, Filter> = {
  sorts: ["CREATED_AT_DESC", "CREATED_AT_ASC", "UNREAD_FIRST"],
  defaultSort: "CREATED_AT_DESC",
  filters: ["unread", "kind"],
};

export function NotificationsPage() {
  const t = useT();
  const labels = useLabels();
  const { params, setFilters, setPage, reset } = useListParams(SPEC);
  const kind = oneOf<NotificationKind>(NOTIFICATION_KINDS, params.filters.kind);
  const onlyUnread = params.filters.unread === "true";
  const { data, previousData, loading, error, refetch } = useQuery(NotificationsDocument, {
    variables: { options: { skip: params.skip, take: params.take, sort: params.sort, filter: { kind, unread: onlyUnread ? true : undefined } } },
  });
  const list = (data ?? previousData)?.notifications;
  useClampPage(params.page, params.pageSize, list?.totalItems, setPage);
  const { markRead, loading: marking } = useMarkRead();

  const columns: TableColumnsType<NotificationRow> = [
    {
      key: "read",
      title: t.common.status,
      width: 90,
      render: (_: unknown, n) => (n.readAt ? <Typography.Text type="secondary">{t.work.notifications.read}</Typography.Text> : <Badge status="processing" text={t.work.notifications.unread} />),
    },
    { key: "kind", title: t.work.notifications.kind, width: 150, render: (_: unknown, n) => <Tag>{labels.notificationKind(n.kind)}</Tag> },
    {
      key: "title",
      title: t.items.title,
      render: (_: unknown, n) => (
        <div>
          <Typography.Text strong={!n.readAt}>{n.title}</Typography.Text>
          {n.body ? (
            <div>
              <Typography.Text type="secondary">{n.body}</Typography.Text>
            </div>
          ) : null}
        </div>
      ),
    },
    {
      key: "item",
      title: t.work.notifications.item,
      render: (_: unknown, n) =>
        n.proposal ? (
          <Link to={`${paths.proposal}/${n.proposal.id}`} onClick={() => (n.readAt ? undefined : void markRead({ id: n.id }))}>
            {`${labels.kind(n.proposal.kind)} ${itemNumber(n.proposal.number, t)} ${n.proposal.title}`}
          </Link>
        ) : (
          <Typography.Text type="secondary">{t.work.notifications.itemGone}</Typography.Text>
        ),
    },
    { key: "time", title: t.work.notifications.time, width: 160, render: (_: unknown, n) => formatDateTime(n.createdAt) },
    {
      key: "actions",
      title: t.common.actions,
      width: 110,
      render: (_: unknown, n) =>
        n.readAt ? null : (
          <Button type="link" size="small" onClick={() => void markRead({ id: n.id })} aria-label={t.work.notifications.markReadOne(n.title)}>
            {t.work.notifications.markRead}
          </Button>
        ),
    },
  ];

  return (
    <PageContainer
      title={t.work.notifications.title}
      description={t.work.notifications.description}
      extra={
        <Button onClick={() => void markRead({ all: true })} loading={marking} disabled={(list?.unreadCount ?? 0) === 0}>
          {t.work.notifications.markAllRead}
        </Button>
      }
    >
      <ListToolbar onReset={reset}>
        <Checkbox checked={onlyUnread} onChange={(e) => setFilters({ unread: e.target.checked ? "true" : undefined })}>
          {t.work.notifications.onlyUnread}
        </Checkbox>
        <Select
          aria-label={t.work.notifications.kind}
          placeholder={t.work.notifications.kind}
          allowClear
          value={kind}
          onChange={(v: string | undefined) => setFilters({ kind: v })}
          options={NOTIFICATION_KINDS.map((k) => ({ value: k, label: labels.notificationKind(k) }))}
          style={{ width: 180 }}
        />
      </ListToolbar>
      {error ? <LoadError error={error} onRetry={() => void refetch()} /> : null}
      <Table<NotificationRow>
        rowKey="id"
        columns={columns}
        dataSource={list?.items ?? []}
        loading={loading}
        pagination={tablePagination(params.page, params.pageSize, list?.totalItems ?? 0, t)}
        onChange={(pagination, _f, _s, extra) => {
          if (extra.action === "paginate") setPage(pagination.current ?? 1, pagination.pageSize ?? params.pageSize);
        }}
        scroll={{ x: 900 }}
        aria-label={t.work.notifications.title}
      />
    </PageContainer>
  );
}
