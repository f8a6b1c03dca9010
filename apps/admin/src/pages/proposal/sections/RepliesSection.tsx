// 答复 and 评价: each unit's reply per round — category mark, document number, signer, status, dates,
// the office's quality score and comment — with its text, the proposers' ratings, a download of the
// official document once sent, and the reply's actions (submit, sign off, review, rate).
import { DownloadOutlined } from "@ant-design/icons";
import { Button, Card, Descriptions, Empty, Flex, Table, Tag, Typography, type DescriptionsProps } from "antd";
import { useT } from "../../../i18n";
import { formatDateTime } from "../../../lib/dates";
import { replyActions, type ActionKey, type ActionTarget } from "../actions/available";
import type { FeedbackView, ProposalView, ReplyView } from "../common/types";
import { useCategories } from "../common/useCategoryLabel";
import { useLabels } from "../common/useLabels";
import { ActionButtons } from "./ActionButtons";

interface Props {
  proposal: ProposalView;
  onPick: (target: ActionTarget) => void;
}

const STATUS_COLOURS = { DRAFT: "default", AWAITING_SIGNOFF: "processing", AWAITING_REVIEW: "warning", SENT: "success" } as const;

export function RepliesSection({ proposal: p, onPick }: Props) {
  const t = useT();
  const labels = useLabels();
  const { label } = useCategories(p.kind);
  const r = t.proposal.reply;
  const none = t.common.none;
  const replies = [...p.replies].sort((a, b) => b.round - a.round);

  const feedbackOf = (reply: ReplyView): FeedbackView[] => p.feedback.filter((f) => f.reply.id === reply.id);

  const card = (reply: ReplyView) => {
    const facts: NonNullable<DescriptionsProps["items"]> = [
      { key: "category", label: r.category, children: <Tag color="blue">{label(reply.category)}</Tag> },
      { key: "doc", label: r.documentNumber, children: reply.documentNumber ?? none },
      { key: "signer", label: r.signer, children: reply.signer ?? none },
      { key: "contact", label: r.contact, children: [reply.contactName, reply.contactPhone].filter(Boolean).join(" ") || none },
      { key: "signedOff", label: r.signedOffAt, children: formatDateTime(reply.signedOffAt) ?? none },
      { key: "sent", label: r.sentAt, children: formatDateTime(reply.sentAt) ?? none },
    ];
    if (reply.qualityScore !== null && reply.qualityScore !== undefined) facts.push({ key: "score", label: r.qualityScore, children: reply.qualityScore });
    if (reply.reworkCount > 0) facts.push({ key: "rework", label: r.reworkCount, children: reply.reworkCount });
    if (reply.reviewComment) facts.push({ key: "review", label: r.reviewComment, span: 2, children: reply.reviewComment });
    if (reply.feedbackWindowEndsOn && reply.status === "SENT") facts.push({ key: "window", label: r.feedbackWindowEndsOn, children: reply.feedbackWindowEndsOn });
    const ratings = feedbackOf(reply);
    const actions: ActionKey[] = replyActions(reply);
    return (
      <Card
        key={reply.id}
        size="small"
        type="inner"
        data-testid={`reply-${reply.unit.name}`}
        title={
          <Flex gap={8} align="center" wrap>
            <span>{r.unitReply(reply.unit.name, reply.round)}</span>
            <Tag color={STATUS_COLOURS[reply.status]}>{labels.replyStatus(reply.status)}</Tag>
          </Flex>
        }
        extra={
          reply.status === "SENT" ? (
            <Button type="link" size="small" icon={<DownloadOutlined />} href={`/export/replies/${reply.id}.docx`} download>
              {r.download}
            </Button>
          ) : null
        }
      >
        <Flex vertical gap={12}>
          <ActionButtons actions={actions} onPick={(action) => onPick({ action, replyId: reply.id })} label={r.unitReply(reply.unit.name, reply.round)} size="small" />
          <Descriptions size="small" column={{ xs: 1, sm: 2, lg: 3 }} items={facts} />
          <div>
            <Typography.Title level={5}>{r.content}</Typography.Title>
            <Typography.Paragraph style={{ whiteSpace: "pre-wrap", lineHeight: 1.9 }}>{reply.content}</Typography.Paragraph>
          </div>
          {ratings.length > 0 ? (
            <div>
              <Typography.Title level={5}>{t.proposal.sections.feedback}</Typography.Title>
              <Table<FeedbackView>
                size="small"
                rowKey="id"
                pagination={false}
                dataSource={ratings}
                aria-label={t.proposal.sections.feedback}
                columns={[
                  { key: "member", title: t.proposal.feedback.member, render: (_: unknown, f) => f.member.name },
                  { key: "communicated", title: t.proposal.feedback.communicated, render: (_: unknown, f) => (f.communicated ? t.common.yes : t.common.no) },
                  { key: "attitude", title: t.proposal.feedback.attitude, render: (_: unknown, f) => labels.satisfaction(f.attitude) },
                  {
                    key: "result",
                    title: t.proposal.feedback.result,
                    render: (_: unknown, f) => <Tag color={f.result === "DISSATISFIED" ? "error" : "success"}>{labels.satisfaction(f.result)}</Tag>,
                  },
                  { key: "comment", title: t.proposal.feedback.comment, render: (_: unknown, f) => f.comment ?? none },
                  { key: "at", title: t.proposal.feedback.givenAt, render: (_: unknown, f) => formatDateTime(f.givenAt) },
                ]}
              />
            </div>
          ) : null}
        </Flex>
      </Card>
    );
  };

  return (
    <Card title={t.proposal.sections.replies} size="small">
      {replies.length === 0 ? <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={r.none} /> : <Flex vertical gap={12}>{replies.map(card)}</Flex>}
    </Card>
  );
}
