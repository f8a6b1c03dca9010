// A reply as the signer or reviewer reads it: category, document number, signer, then the text with
// its line breaks.
import type { ProposalKind } from "@jyta/client";
import { Descriptions, Typography } from "antd";
import { useT } from "../../../i18n";
import type { ReplyView } from "../common/types";
import { useCategories } from "../common/useCategoryLabel";

export function ReplyPreview({ reply, kind }: { reply: ReplyView; kind: ProposalKind }) {
  const t = useT();
  const { label } = useCategories(kind);
  const none = t.common.none;
  return (
    <>
      <Descriptions
        size="small"
        column={2}
        bordered
        items={[
          { key: "category", label: t.proposal.reply.category, children: label(reply.category) },
          { key: "doc", label: t.proposal.reply.documentNumber, children: reply.documentNumber ?? none },
          { key: "signer", label: t.proposal.reply.signer, children: reply.signer ?? none },
          { key: "contact", label: t.proposal.reply.contact, children: [reply.contactName, reply.contactPhone].filter(Boolean).join(" ") || none },
        ]}
      />
      <Typography.Paragraph style={{ whiteSpace: "pre-wrap", maxHeight: 280, overflowY: "auto", marginTop: 12, padding: 12, background: "#fafbfc", border: "1px solid #eef0f3" }}>
        {reply.content}
      </Typography.Paragraph>
    </>
  );
}
