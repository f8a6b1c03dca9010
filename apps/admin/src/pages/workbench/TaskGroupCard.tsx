// One workbench group: its most urgent items in a compact table, each one click from its item (or
// straight from the form the task needs).
import type { MyTasksQuery } from "@jyta/client";
import { Button, Card, Table, Typography, type TableColumnsType } from "antd";
import { Link, useNavigate } from "react-router";
import { paths } from "../../app/paths";
import { useT } from "../../i18n";
import { itemNumber } from "../proposal/common/format";
import { DueTag } from "../proposal/common/tags";
import { useLabels } from "../proposal/common/useLabels";
import { TASK_ACTIONS, taskHref } from "./taskActions";

export type TaskGroup = MyTasksQuery["myTasks"]["groups"][number];
type TaskItem = TaskGroup["items"][number];

export function TaskGroupCard({ group, label }: { group: TaskGroup; label: string }) {
  const t = useT();
  const labels = useLabels();
  const navigate = useNavigate();
  const hasUnits = group.items.some((i) => i.unitName);
  const hasDue = group.items.some((i) => i.dueOn);
  const actionable = TASK_ACTIONS[group.key] !== undefined;
  const href = (i: TaskItem) => taskHref(paths.proposal, group.key, i.proposalId, i.assignmentId);

  const columns: TableColumnsType<TaskItem> = [
    { key: "number", title: t.items.number, width: 130, render: (_: unknown, i) => `${labels.kind(i.kind)} ${itemNumber(i.number, t)}` },
    {
      key: "title",
      title: t.items.title,
      render: (_: unknown, i) => (
        <Link to={`${paths.proposal}/${i.proposalId}`} aria-label={t.items.openItem(i.title)}>
          {i.title}
        </Link>
      ),
    },
  ];
  if (hasUnits) columns.push({ key: "unit", title: t.work.workbench.unit, width: 200, render: (_: unknown, i) => i.unitName ?? t.common.none });
  if (hasDue) {
    columns.push({
      key: "due",
      title: t.work.workbench.dueOn,
      width: 190,
      render: (_: unknown, i) => (
        <span style={{ whiteSpace: "nowrap" }}>
          {i.dueOn ?? t.common.none} <DueTag state={i.dueState} />
        </span>
      ),
    });
  }
  if (actionable) {
    columns.push({
      key: "action",
      title: t.common.actions,
      width: 90,
      render: (_: unknown, i) => (
        <Button type="link" size="small" onClick={() => navigate(href(i))} aria-label={t.work.workbench.handleItem(i.title)}>
          {t.work.workbench.handle}
        </Button>
      ),
    });
  }

  return (
    <Card
      id={`task-${group.key}`}
      tabIndex={-1}
      size="small"
      title={label}
      extra={<Typography.Text type="secondary">{t.common.total(group.count)}</Typography.Text>}
      data-testid={`task-group-${group.key}`}
    >
      <Table<TaskItem>
        rowKey={(i) => `${i.proposalId}-${i.assignmentId ?? ""}`}
        size="small"
        columns={columns}
        dataSource={group.items}
        pagination={false}
        scroll={{ x: 640 }}
        aria-label={label}
      />
      {group.count > group.items.length ? (
        <Typography.Paragraph type="secondary" style={{ margin: "8px 0 0" }}>
          <Link to={paths.ledger}>{t.work.workbench.moreInLedger(group.items.length)}</Link>
        </Typography.Paragraph>
      ) : null}
    </Card>
  );
}
