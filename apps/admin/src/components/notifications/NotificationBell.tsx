// The header bell: the unread count (polled every minute and refreshed when the window regains focus),
// a dropdown of the latest notifications with mark-as-read, and a link to the full list.
import { BellOutlined } from "@ant-design/icons";
import { useQuery } from "@apollo/client/react";
import { NotificationsDocument } from "@jyta/client";
import { Badge, Button, Divider, Empty, Flex, Popover, Typography } from "antd";
import { useEffect, useState } from "react";
import { Link } from "react-router";
import { paths } from "../../app/paths";
import { useT } from "../../i18n";
import { NotificationItem } from "./NotificationItem";
import { useMarkRead } from "./useMarkRead";

const LATEST = 8;
const POLL_MS = 60_000;

export function NotificationBell() {
  const t = useT();
  const [open, setOpen] = useState(false);
  const { data, previousData, refetch } = useQuery(NotificationsDocument, {
    variables: { options: { take: LATEST, sort: "CREATED_AT_DESC" } },
    pollInterval: POLL_MS,
  });
  const list = (data ?? previousData)?.notifications;
  const unread = list?.unreadCount ?? 0;
  const { markRead, loading } = useMarkRead();

  useEffect(() => {
    const onFocus = () => void refetch().catch(() => undefined);
    window.addEventListener("focus", onFocus);
    return () => window.removeEventListener("focus", onFocus);
  }, [refetch]);

  const content = (
    <Flex vertical style={{ width: 360, maxHeight: 440 }}>
      <Flex justify="space-between" align="center">
        <Typography.Text strong>{t.work.notifications.latest}</Typography.Text>
        <Button type="link" size="small" disabled={unread === 0} loading={loading} onClick={() => void markRead({ all: true })}>
          {t.work.notifications.markAllRead}
        </Button>
      </Flex>
      <Divider style={{ margin: "8px 0" }} />
      <div style={{ overflowY: "auto" }}>
        {list && list.items.length > 0 ? (
          <Flex vertical gap={10}>
            {list.items.map((n) => (
              <NotificationItem key={n.id} item={n} compact onMarkRead={(id) => void markRead({ id })} onOpen={() => setOpen(false)} />
            ))}
          </Flex>
        ) : (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t.work.notifications.empty} />
        )}
      </div>
      <Divider style={{ margin: "8px 0" }} />
      <Link to={paths.notifications} onClick={() => setOpen(false)} style={{ textAlign: "center" }}>
        {t.work.notifications.viewAll}
      </Link>
    </Flex>
  );

  return (
    <Popover content={content} trigger="click" placement="bottomRight" open={open} onOpenChange={setOpen} arrow={false}>
      <Button type="text" aria-label={t.work.notifications.bell(unread)} aria-haspopup="dialog" aria-expanded={open} data-testid="notification-bell">
        <Badge count={unread} size="small" overflowCount={99}>
          <BellOutlined style={{ fontSize: 18 }} />
        </Badge>
      </Button>
    </Popover>
  );
}
