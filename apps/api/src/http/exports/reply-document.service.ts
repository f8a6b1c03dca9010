// One reply (复文) with what its document prints, if the caller may read it. The rules are those of
// Proposal.replies: the caller must see the item (members their own items, committee staff their
// body's, unit users only through their own unit's assignment), and a reply not yet sent is for the
// writing unit, the office, admins and district leaders only. Anything else answers as a missing reply.
import { ReplyStatus, type BodyKind, type ProposalKind } from "@jyta/domain";
import type { RequestContext } from "../../graphql/context";
import { notFound } from "../../graphql/errors";
import { canSee, isUuid, loadRowFacts } from "../../modules/access/policy";
import { mayReadUnsentReplies } from "../../modules/assignment/assignment-visibility";
import { getRuleSet } from "../../modules/rule-set/rule-set.service";

export interface ReplyDocumentData {
  id: string;
  status: ReplyStatus;
  round: number;
  category: string;
  categoryLabel: string | null;
  content: string;
  documentNumber: string | null;
  signer: string | null;
  contactName: string | null;
  contactPhone: string | null;
  sentAt: Date | null;
  unitName: string;
  proposal: { number: number | null; title: string; kind: ProposalKind };
  sessionName: string;
  body: { name: string; kind: BodyKind };
  /** The first proposer (第一提案人 / 领衔代表): the addressee. */
  firstProposer: string | null;
}

interface Raw {
  id: string;
  proposal_id: string;
  unit_id: string;
  status: ReplyStatus;
  round: number;
  category: string;
  content: string;
  document_number: string | null;
  signer: string | null;
  contact_name: string | null;
  contact_phone: string | null;
  sent_at: Date | null;
  unit_name: string;
  number: number | null;
  title: string;
  kind: ProposalKind;
  session_name: string;
  body_name: string;
  body_kind: BodyKind;
  first_proposer: string | null;
}

export async function loadReplyDocument(ctx: RequestContext, replyId: string): Promise<ReplyDocumentData> {
  const principal = ctx.principal;
  if (!principal || !isUuid(replyId)) throw notFound("Reply");
  const rows: Raw[] = await ctx.em.query(
    `SELECT r.id, r.proposal_id, r.unit_id, r.status, r.round, r.category, r.content, r.document_number, r.signer,
            r.contact_name, r.contact_phone, r.sent_at, u.name AS unit_name, p.number, p.title, p.kind,
            s.name AS session_name, b.name AS body_name, b.kind AS body_kind,
            (SELECT m.name FROM proposal_proposer pp JOIN member m ON m.id = pp.member_id
              WHERE pp.proposal_id = p.id ORDER BY pp.position LIMIT 1) AS first_proposer
       FROM reply r
       JOIN unit u ON u.id = r.unit_id
       JOIN proposal p ON p.id = r.proposal_id
       JOIN assembly_session s ON s.id = p.session_id
       JOIN body b ON b.id = s.body_id
      WHERE r.id = $1`,
    [replyId],
  );
  const r = rows[0];
  if (!r) throw notFound("Reply");
  const facts = (await loadRowFacts(ctx, [r.proposal_id])).get(r.proposal_id);
  // The reply hangs off its unit's assignment: unit users see it only if that is their unit's.
  const visible = !!facts && canSee(principal, { ...facts, assignment: { unitId: r.unit_id, replying: true } });
  if (!visible || (r.status !== ReplyStatus.SENT && !mayReadUnsentReplies(principal, r.unit_id))) throw notFound("Reply");
  return {
    id: r.id,
    status: r.status,
    round: r.round,
    category: r.category,
    categoryLabel: (await getRuleSet(ctx, r.kind)).categories.find((c) => c.code === r.category)?.zh ?? null,
    content: r.content,
    documentNumber: r.document_number,
    signer: r.signer,
    contactName: r.contact_name,
    contactPhone: r.contact_phone,
    sentAt: r.sent_at,
    unitName: r.unit_name,
    proposal: { number: r.number, title: r.title, kind: r.kind },
    sessionName: r.session_name,
    body: { name: r.body_name, kind: r.body_kind },
    firstProposer: r.first_proposer,
  };
}
