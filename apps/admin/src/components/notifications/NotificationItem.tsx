// One notification: its kind, title, text, time and item link; unread ones are bold with a dot and a
// "mark read" button. Opening the item marks it read.
import type { NotificationsQuery } from "@jyta/client";
import { Badge, Button, Flex, Tag, Typography } from "antd";
import { Link } from "react-router";
import { paths } from "../../app/paths";
import { useT } from "../../i18n";
import { formatDateTime } from "../../lib/dates";
import { useLabels } from "../../pages/proposal/common/useLabels";

export type NotificationRow = NotificationsQuery["notifications"]["items"][number];

interface Props {
  item: NotificationRow;
  onMarkRead: (id: string) => void;
  /** Called after the item link is followed (e.g. to close the dropdown). */
  onOpen?: () => void;
  compact?: boolean;
}

export function NotificationItem({ item, onMarkRead, onOpen, compact = false }: Props) {
  const t = useT();
  const labels = useLabels();
  const unread = !item.readAt;
  const open = () => {
    if (unread) onMarkRead(item.id);
    onOpen?.();
  };
  return (
    <Flex vertical gap={2} className={`notification-item${unread ? " notification-unread" : ""}`} data-testid="notification">
      <Flex align="center" gap={6} wrap>
        {unread ? <Badge status="processing" aria-label={t.work.notifications.unread} /> : null}
        <Tag color={unread ? "blue" : undefined}>{labels.notificationKind(item.kind)}</Tag>
        <Typography.Text strong={unread} ellipsis={compact ? { tooltip: item.title } : false} style={{ flex: 1, minWidth: 0 }}>
          {item.proposal ? (
            <Link to={`${paths.proposal}/${item.proposal.id}`} onClick={open}>
              {item.title}
            </Link>
          ) : (
            item.title
          )}
        </Typography.Text>
      </Flex>
      {item.body && !compact ? <Typography.Text type="secondary">{item.body}</Typography.Text> : null}
      <Flex align="center" justify="space-between" gap={8}>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {formatDateTime(item.createdAt)}
          {item.proposal ? null : ` · ${t.work.notifications.itemGone}`}
        </Typography.Text>
        {unread ? (
          <Button type="link" size="small" onClick={() => onMarkRead(item.id)} aria-label={t.work.notifications.markReadOne(item.title)}>
            {t.work.notifications.markRead}
          </Button>
        ) : null}
      </Flex>
    </Flex>
  );
}
