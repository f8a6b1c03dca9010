// API 令牌: read-only tokens for other government apps; created with a name (the secret shown once),
// listed by prefix and last use, revoked with a confirmation.
import { PlusOutlined } from "@ant-design/icons";
import { useMutation, useQuery } from "@apollo/client/react";
import { ApiTokensDocument, RevokeApiTokenDocument, type ApiTokensQuery } from "@jyta/client";
import { Alert, App, Button, Empty, Popconfirm, Table, Tag, type TableColumnsType } from "antd";
import { useState } from "react";
import { describeProblem, toProblem } from "../../../app/errors";
import { LoadError } from "../../../components/LoadError";
import { PageContainer } from "../../../components/PageContainer";
import { useT } from "../../../i18n";
import { formatDateTime } from "../../../lib/dates";
import { CreateTokenModal } from "./CreateTokenModal";

type Token = ApiTokensQuery["apiTokens"][number];

export function ApiTokensPage() {
  const t = useT();
  const a = t.apiTokens;
  const { message } = App.useApp();
  const { data, loading, error, refetch } = useQuery(ApiTokensDocument);
  const [revoke] = useMutation(RevokeApiTokenDocument);
  const [creating, setCreating] = useState(false);

  const onRevoke = async (token: Token) => {
    try {
      await revoke({ variables: { id: token.id } });
      message.success(a.revoked(token.name));
      await refetch();
    } catch (e) {
      message.error(describeProblem(toProblem(e), t));
    }
  };

  const columns: TableColumnsType<Token> = [
    { key: "name", dataIndex: "name", title: a.name },
    { key: "prefix", title: a.prefix, width: 160, render: (_: unknown, r) => <code>{r.prefix}…</code> },
    { key: "createdAt", title: a.createdAt, width: 170, render: (_: unknown, r) => formatDateTime(r.createdAt) },
    { key: "lastUsedAt", title: a.lastUsedAt, width: 170, render: (_: unknown, r) => formatDateTime(r.lastUsedAt) ?? a.neverUsed },
    {
      key: "status",
      title: t.common.status,
      width: 180,
      render: (_: unknown, r) => (r.revokedAt ? <Tag>{a.revokedAt(formatDateTime(r.revokedAt) ?? "")}</Tag> : <Tag color="green">{a.active}</Tag>),
    },
    {
      key: "actions",
      title: t.common.actions,
      width: 100,
      render: (_: unknown, r) =>
        r.revokedAt ? null : (
          <Popconfirm title={a.confirmRevoke(r.name)} okText={a.revoke} okButtonProps={{ danger: true }} cancelText={t.common.cancel} onConfirm={() => onRevoke(r)}>
            <Button type="link" size="small" danger aria-label={`${a.revoke} ${r.name}`}>
              {a.revoke}
            </Button>
          </Popconfirm>
        ),
    },
  ];

  return (
    <PageContainer
      title={a.title}
      description={a.description}
      extra={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
          {a.create}
        </Button>
      }
    >
      <Alert type="info" showIcon title={a.scopeNote} style={{ marginBottom: 16 }} />
      {error ? <LoadError error={error} onRetry={() => void refetch()} /> : null}
      <Table<Token> rowKey="id" columns={columns} dataSource={data?.apiTokens ?? []} loading={loading} pagination={false} aria-label={a.title} locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={a.empty} /> }} scroll={{ x: 900 }} />
      <CreateTokenModal open={creating} onClose={() => setCreating(false)} onCreated={() => refetch()} />
    </PageContainer>
  );
}
