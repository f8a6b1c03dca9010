// One unit's duty on the item: role, share, status and deadline state; assigned / received dates, the
// return window, the co-opinion and reply due dates (original and extended); its co-opinion,
// communications, return and extension requests and follow-up notes; and the unit's actions.
import { Card, Descriptions, Flex, Table, Tag, Typography, type DescriptionsProps } from "antd";
import { useT } from "../../../i18n";
import { formatDateTime } from "../../../lib/dates";
import type { ActionKey } from "../actions/available";
import { dateOf } from "../common/format";
import { DueTag } from "../common/tags";
import type { AssignmentView } from "../common/types";
import { useLabels } from "../common/useLabels";
import { ActionButtons } from "./ActionButtons";

interface Props {
  /** Members do not see the units' internal exchange (co-handling opinions). */
  internal: boolean;
  assignment: AssignmentView;
  actions: readonly ActionKey[];
  hasDraft: boolean;
  onPick: (action: ActionKey) => void;
}

type Request = { id: string; reason: string; requestedAt: string; approved?: boolean | null; comment?: string | null; requestedUntil?: string };

export function AssignmentCard({ internal, assignment: a, actions, hasDraft, onPick }: Props) {
  const t = useT();
  const labels = useLabels();
  const s = t.proposal.assignment;
  const none = t.common.none;
  const extended = a.replyDueOn !== a.originalReplyDueOn;

  const facts: NonNullable<DescriptionsProps["items"]> = [
    { key: "assignedOn", label: s.assignedOn, children: a.assignedOn },
    { key: "receivedAt", label: s.receivedAt, children: formatDateTime(a.receivedAt) ?? none },
    { key: "returnWindow", label: s.returnWindowEndsOn, children: a.returnWindowEndsOn },
  ];
  if (a.role === "CO") {
    facts.push({ key: "coDue", label: s.coOpinionDueOn, children: a.coOpinionDueOn ?? none });
  } else {
    facts.push({
      key: "replyDue",
      label: s.replyDueOn,
      children: (
        <span>
          {a.replyDueOn}
          {extended ? <Typography.Text type="secondary">（{s.originalReplyDueOn(a.originalReplyDueOn)}）</Typography.Text> : null}
        </span>
      ),
    });
    facts.push({ key: "limit", label: s.extensionLimitOn, children: a.extensionLimitOn });
  }
  if (a.share) facts.push({ key: "share", label: s.share, children: `${a.share}%` });
  if (a.reminderCount > 0) facts.push({ key: "reminders", label: s.reminders, children: a.reminderCount });

  const decision = (r: Request) => (r.approved === true ? s.approved : r.approved === false ? s.rejected : s.pending);
  const requests = (title: string, rows: Request[], withDate: boolean) =>
    rows.length === 0 ? null : (
      <div>
        <Typography.Title level={5}>{title}</Typography.Title>
        <Table<Request>
          size="small"
          rowKey="id"
          pagination={false}
          dataSource={rows}
          aria-label={title}
          columns={[
            { key: "at", title: s.requestedAt, width: 150, render: (_: unknown, r) => formatDateTime(r.requestedAt) },
            ...(withDate ? [{ key: "until", title: s.requestedUntil, width: 120, render: (_: unknown, r: Request) => r.requestedUntil }] : []),
            { key: "reason", title: s.reason, render: (_: unknown, r) => <span style={{ whiteSpace: "pre-wrap" }}>{r.reason}</span> },
            {
              key: "decision",
              title: s.decision,
              width: 90,
              render: (_: unknown, r) => <Tag color={r.approved === true ? "success" : r.approved === false ? "error" : "processing"}>{decision(r)}</Tag>,
            },
            { key: "comment", title: s.comment, render: (_: unknown, r) => r.comment ?? none },
          ]}
        />
      </div>
    );

  return (
    <Card
      size="small"
      data-testid={`assignment-${a.unit.name}`}
      title={
        <Flex gap={8} align="center" wrap>
          <span>{a.unit.name}</span>
          <Tag color={a.role === "CO" ? "default" : "blue"}>{labels.assignmentRole(a.role)}</Tag>
          <Tag>{labels.assignmentStatus(a.status)}</Tag>
          <DueTag state={a.dueState} showOnTrack />
        </Flex>
      }
    >
      <Flex vertical gap={12}>
        <ActionButtons
          actions={actions}
          onPick={onPick}
          label={s.unitActions(a.unit.name)}
          size="small"
          names={hasDraft ? { saveReply: t.actions.reply.titleEdit } : {}}
        />
        <Descriptions size="small" column={{ xs: 1, sm: 2, lg: 3 }} items={facts} />
        {a.role === "CO" && internal ? (
          <div>
            <Typography.Title level={5}>{s.coOpinion}</Typography.Title>
            {a.coOpinion ? (
              <>
                <Typography.Paragraph style={{ whiteSpace: "pre-wrap" }}>{a.coOpinion}</Typography.Paragraph>
                <Typography.Text type="secondary">
                  {s.coOpinionSentAt}：{formatDateTime(a.coOpinionSentAt)}
                </Typography.Text>
              </>
            ) : a.coOpinionWaivedAt ? (
              <Typography.Text type="warning">{s.coOpinionWaived(a.coOpinionWaiverReason ?? "")}</Typography.Text>
            ) : (
              <Typography.Text type="secondary">{s.noCoOpinion}</Typography.Text>
            )}
          </div>
        ) : null}
        <div>
          <Typography.Title level={5}>{s.communications}</Typography.Title>
          {a.communications.length === 0 ? (
            <Typography.Text type="secondary">{s.noCommunications}</Typography.Text>
          ) : (
            <Table
              size="small"
              rowKey="id"
              pagination={false}
              dataSource={a.communications}
              aria-label={`${a.unit.name} ${s.communications}`}
              columns={[
                { key: "on", title: t.proposal.communication.occurredOn, width: 110, render: (_: unknown, c) => c.occurredOn },
                { key: "method", title: t.proposal.communication.method, width: 100, render: (_: unknown, c) => labels.method(c.method) },
                { key: "stage", title: t.proposal.communication.stage, width: 80, render: (_: unknown, c) => labels.stage(c.stage) },
                { key: "who", title: t.proposal.communication.participants, width: 160, render: (_: unknown, c) => c.participants ?? none },
                { key: "summary", title: t.proposal.communication.summary, render: (_: unknown, c) => <span style={{ whiteSpace: "pre-wrap" }}>{c.summary}</span> },
              ]}
            />
          )}
        </div>
        {requests(s.returnRequests, a.returnRequests, false)}
        {requests(s.extensionRequests, a.extensionRequests, true)}
        {a.followUpNotes.length > 0 ? (
          <div>
            <Typography.Title level={5}>{s.followUpNotes}</Typography.Title>
            <Flex vertical gap={6}>
              {a.followUpNotes.map((n) => (
                <div key={n.id}>
                  <Typography.Text type="secondary">{dateOf(n.createdAt)}</Typography.Text>
                  {n.isResolution ? (
                    <Tag color="success" style={{ marginLeft: 8 }}>
                      {s.resolution}
                      {n.achievedOn ? ` ${n.achievedOn}` : ""}
                    </Tag>
                  ) : null}
                  <div style={{ whiteSpace: "pre-wrap" }}>{n.note}</div>
                </div>
              ))}
            </Flex>
          </div>
        ) : null}
      </Flex>
    </Card>
  );
}
