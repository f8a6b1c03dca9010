// 操作记录: every event of the item, oldest first — what happened (translated), to which unit, who did
// it and when, and any note given.
import { Card, Empty, Timeline, Typography } from "antd";
import { useT } from "../../../i18n";
import { formatDateTime } from "../../../lib/dates";
import type { EventView, ProposalView } from "../common/types";

export function TimelineSection({ proposal: p }: { proposal: ProposalView }) {
  const t = useT();
  const events = t.items.events;
  const name = (e: EventView) => events[`${e.entityType}.${e.action}`] ?? events[`Proposal.${e.action}`] ?? t.items.otherEvent(e.action);
  const unitOf = (e: EventView): string | undefined => {
    if (e.entityType === "Assignment") return p.assignments.find((a) => a.id === e.entityId)?.unit.name;
    if (e.entityType === "Reply") return p.replies.find((r) => r.id === e.entityId)?.unit.name;
    return undefined;
  };
  return (
    <Card title={t.proposal.sections.timeline} size="small">
      {p.events.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t.proposal.timeline.none} />
      ) : (
        <Timeline
          items={p.events.map((e) => {
            const unit = unitOf(e);
            return {
              key: e.id,
              title: formatDateTime(e.at),
              content: (
                <div data-testid="event">
                  <Typography.Text strong>{name(e)}</Typography.Text>
                  {unit ? <Typography.Text>（{unit}）</Typography.Text> : null}
                  <div>
                    <Typography.Text type="secondary">{t.proposal.timeline.by(e.actor?.displayName ?? t.items.systemActor)}</Typography.Text>
                  </div>
                  {e.note ? <div style={{ whiteSpace: "pre-wrap" }}>{e.note}</div> : null}
                </div>
              ),
            };
          })}
        />
      )}
    </Card>
  );
}
