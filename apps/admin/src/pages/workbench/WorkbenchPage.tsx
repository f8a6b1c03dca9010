// 工作台: what needs the viewer now (myTasks), by role — a statistic card per group with its count,
// then each group with work in it as a compact table, most urgent first.
import { EditOutlined, ReloadOutlined } from "@ant-design/icons";
import { useQuery } from "@apollo/client/react";
import { MyTasksDocument } from "@jyta/client";
import { Button, Card, Col, Empty, Flex, Row, Skeleton, Statistic } from "antd";
import { Link } from "react-router";
import { paths } from "../../app/paths";
import { hasAnyRole, useViewer } from "../../app/viewer";
import { LoadError } from "../../components/LoadError";
import { PageContainer } from "../../components/PageContainer";
import { useT } from "../../i18n";
import { TaskGroupCard, type TaskGroup } from "./TaskGroupCard";

const URGENT = new Set(["overdue", "overdueAssignments", "coOpinionsOverdue", "dissatisfied"]);
const SOON = new Set(["dueSoon"]);

function countColour(group: TaskGroup): string | undefined {
  if (group.count === 0) return undefined;
  if (URGENT.has(group.key)) return "#cf1322";
  if (SOON.has(group.key)) return "#d46b08";
  return "#1e5bb8";
}

export function WorkbenchPage() {
  const t = useT();
  const { user } = useViewer();
  const { data, previousData, loading, error, refetch } = useQuery(MyTasksDocument);
  const groups = (data ?? previousData)?.myTasks.groups;
  const label = (g: TaskGroup) => t.work.workbench.groups[g.key] ?? g.label;
  const busy = groups?.filter((g) => g.count > 0) ?? [];
  const show = (g: TaskGroup) => {
    if (g.count === 0) return;
    const section = document.getElementById(`task-${g.key}`);
    section?.scrollIntoView({ behavior: "smooth", block: "start" });
    section?.focus({ preventScroll: true });
  };

  const submit = hasAnyRole(user, ["MEMBER", "COMMITTEE"]) ? (
    <Link to={paths.submit}>
      <Button type="primary" icon={<EditOutlined />} tabIndex={-1}>
        {hasAnyRole(user, ["MEMBER"]) ? t.work.workbench.submit : t.work.workbench.enter}
      </Button>
    </Link>
  ) : null;

  return (
    <div>
      <PageContainer
        title={t.work.workbench.title}
        description={t.work.workbench.description}
        extra={
          <>
            {submit}
            <Button icon={<ReloadOutlined />} onClick={() => void refetch()} loading={loading && !!groups}>
              {t.common.refresh}
            </Button>
          </>
        }
      >
        {error ? <LoadError error={error} onRetry={() => void refetch()} /> : null}
        {!groups ? (
          <Skeleton active />
        ) : (
          <Row gutter={[16, 16]} role="list" aria-label={t.work.workbench.title}>
            {groups.map((g) => (
              <Col key={g.key} xs={12} sm={8} md={6} xl={4} role="listitem">
                <Card
                  size="small"
                  hoverable={g.count > 0}
                  tabIndex={g.count > 0 ? 0 : undefined}
                  role={g.count > 0 ? "button" : undefined}
                  aria-label={t.work.workbench.groupCount(label(g), g.count)}
                  onClick={() => show(g)}
                  onKeyDown={(e) => {
                    if (e.key === "Enter" || e.key === " ") {
                      e.preventDefault();
                      show(g);
                    }
                  }}
                  data-testid={`task-count-${g.key}`}
                >
                  <Statistic title={label(g)} value={g.count} styles={{ content: { color: countColour(g) } }} />
                </Card>
              </Col>
            ))}
          </Row>
        )}
      </PageContainer>
      {groups && busy.length === 0 ? (
        <Card variant="borderless" style={{ marginTop: 16 }}>
          <Empty description={t.work.workbench.nothingToDo} />
        </Card>
      ) : null}
      <Flex vertical gap={16} style={{ marginTop: 16 }}>
        {busy.map((g) => (
          <TaskGroupCard key={g.key} group={g} label={label(g)} />
        ))}
      </Flex>
    </div>
  );
}
