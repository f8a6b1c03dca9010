// A clearly labelled placeholder for a page a later release fills in, so the menu is already real.
import { ClockCircleOutlined } from "@ant-design/icons";
import { Result, Tag } from "antd";
import { PageContainer } from "./PageContainer";
import { useT } from "../i18n";

export function ComingSoon({ title, description }: { title: string; description: string }) {
  const t = useT();
  return (
    <PageContainer title={title} extra={<Tag color="processing">{t.comingSoon.badge}</Tag>}>
      <Result icon={<ClockCircleOutlined />} title={t.comingSoon.title} subTitle={description} />
    </PageContainer>
  );
}
