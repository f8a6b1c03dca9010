// 提案详情 (/proposals/:id): the item's content, its units' handling, replies and ratings, the
// timeline, and ONLY the actions the viewer may take now, each a form. A workbench link
// `?do=<action>&on=<assignment id>` opens that form at once.
import { useQuery } from "@apollo/client/react";
import { ProposalDocument } from "@jyta/client";
import { Button, Card, Col, Empty, Flex, Result, Row, Skeleton, Typography } from "antd";
import { useCallback, useEffect, useState } from "react";
import { Link, useParams, useSearchParams } from "react-router";
import { paths } from "../../app/paths";
import { useViewer } from "../../app/viewer";
import { LoadError } from "../../components/LoadError";
import { useT } from "../../i18n";
import { ActionHost } from "./actions/ActionHost";
import { assignmentActions, itemActions, targetFromLink, type ActionTarget, type Viewer } from "./actions/available";
import { itemNumber } from "./common/format";
import { useLabels } from "./common/useLabels";
import { useRuleSets } from "./common/useRuleSets";
import { ActionButtons } from "./sections/ActionButtons";
import { AssignmentCard } from "./sections/AssignmentCard";
import { InfoSection } from "./sections/InfoSection";
import { RepliesSection } from "./sections/RepliesSection";
import { TimelineSection } from "./sections/TimelineSection";

export function ProposalPage() {
  const t = useT();
  const labels = useLabels();
  const { id = "" } = useParams();
  const [search, setSearch] = useSearchParams();
  const { user } = useViewer();
  const { ruleFor } = useRuleSets();
  const { data, previousData, loading, error, refetch } = useQuery(ProposalDocument, { variables: { id }, fetchPolicy: "cache-and-network" });
  const proposal = (data ?? previousData)?.proposal;
  const [target, setTarget] = useState<ActionTarget | null>(null);
  const viewer: Viewer = { roles: user?.roles ?? [], unitId: user?.unit?.id };
  const rules = proposal ? ruleFor(proposal.kind) : undefined;

  // A deep link opens its form once the item is loaded, then leaves the address clean.
  const linked = search.get("do");
  const linkedOn = search.get("on");
  useEffect(() => {
    if (!linked || !data?.proposal || loading) return;
    setTarget(targetFromLink(data.proposal, viewer, rules, linked, linkedOn));
    setSearch(new URLSearchParams(), { replace: true });
  }, [linked, linkedOn, data, loading]);

  const refresh = useCallback(() => void refetch().catch(() => undefined), [refetch]);

  if (error && !proposal) {
    return (
      <div className="page">
        <LoadError error={error} onRetry={refresh} />
      </div>
    );
  }
  if (!proposal) {
    if (loading || !data) return <Skeleton active style={{ padding: 24 }} />;
    return (
      <Result
        status="404"
        title={t.proposal.notFound}
        extra={
          <Link to={paths.ledger}>
            <Button tabIndex={-1}>{t.proposal.backToLedger}</Button>
          </Link>
        }
      />
    );
  }

  const p = proposal;
  const actions = itemActions(p, viewer, rules);
  const heading = `${labels.kind(p.kind)} ${itemNumber(p.number, t)}`;

  return (
    <div className="page">
      <Flex justify="space-between" align="flex-start" gap={16} wrap className="page-heading">
        <div style={{ minWidth: 0, flex: 1 }}>
          <Typography.Text type="secondary">{`${p.session.body.name} ${p.session.name} · ${heading}`}</Typography.Text>
          <Typography.Title level={1} className="page-title" style={{ marginTop: 4 }}>
            {p.title}
          </Typography.Title>
        </div>
        <ActionButtons actions={actions} onPick={(action) => setTarget({ action })} label={t.proposal.actionsLabel} />
      </Flex>
      {error ? <LoadError error={error} onRetry={refresh} /> : null}
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={16}>
          <Flex vertical gap={16}>
            <InfoSection proposal={p} />
            {p.assignments.length > 0 ? (
              <Card title={t.proposal.sections.assignments} size="small">
                <Flex vertical gap={12}>
                  {p.assignments.map((a) => (
                    <AssignmentCard
                      key={a.id}
                      internal={!viewer.roles.every((r) => r === "MEMBER")}
                      assignment={a}
                      actions={assignmentActions(p, a, viewer, rules)}
                      hasDraft={p.replies.some((r) => r.assignment.id === a.id && r.round === p.round)}
                      onPick={(action) => setTarget({ action, assignmentId: a.id })}
                    />
                  ))}
                </Flex>
              </Card>
            ) : null}
            {p.replies.length > 0 || p.assignments.length > 0 ? <RepliesSection proposal={p} onPick={setTarget} /> : null}
          </Flex>
        </Col>
        <Col xs={24} xl={8}>
          {p.events.length > 0 || viewer.roles.some((r) => r !== "MEMBER") ? (
            <TimelineSection proposal={p} />
          ) : (
            <Card size="small">
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t.proposal.timeline.none} />
            </Card>
          )}
        </Col>
      </Row>
      {target ? <ActionHost proposal={p} target={target} onClose={() => setTarget(null)} onDone={refresh} /> : null}
    </div>
  );
}
