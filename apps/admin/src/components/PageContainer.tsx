// The frame of every console page: a heading (the page's one <h1>), a line saying what the page is
// for, the page's main actions on the right, then its content on a card.
import { Card, Flex, Typography } from "antd";
import type { ReactNode } from "react";

interface Props {
  title: string;
  description?: string;
  extra?: ReactNode;
  children: ReactNode;
}

export function PageContainer({ title, description, extra, children }: Props) {
  return (
    <div className="page">
      <Flex justify="space-between" align="flex-start" gap={16} wrap className="page-heading">
        <div>
          <Typography.Title level={1} className="page-title">
            {title}
          </Typography.Title>
          {description ? <Typography.Text type="secondary">{description}</Typography.Text> : null}
        </div>
        {extra ? <Flex gap={8}>{extra}</Flex> : null}
      </Flex>
      <Card variant="borderless" className="page-card">
        {children}
      </Card>
    </div>
  );
}
