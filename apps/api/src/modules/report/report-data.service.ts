// The rows the report quotes besides the figures: the session and its body, the key items with what
// was done (their sent replies and follow-up notes), the units' names, and the year's published
// assessment grades. One statement each, whatever the number of items.
import type { BodyKind, ProposalKind } from "@jyta/domain";
import type { RequestContext } from "../../graphql/context";
import { notFound } from "../../graphql/errors";
import { isUuid, proposalVisibilitySql } from "../access/policy";
import { AssemblySession } from "../assembly-session/assembly-session.entity";
import { SqlParams } from "../figures/sql-params";

export interface ReportSessionInfo {
  session: AssemblySession;
  body: { id: string; name: string; kind: BodyKind };
}

/** The session and its body; NOT_FOUND when missing, malformed, or of another body for committee staff. */
export async function loadReportSession(ctx: RequestContext, sessionId: string): Promise<ReportSessionInfo> {
  if (!isUuid(sessionId)) throw notFound("Session");
  const session = await ctx.em.getRepository(AssemblySession).findOneBy({ id: sessionId });
  if (!session) throw notFound("Session");
  const rows: Array<{ id: string; name: string; kind: BodyKind }> = await ctx.em.query(`SELECT id, name, kind FROM body WHERE id = $1`, [session.bodyId]);
  const body = rows[0];
  if (!body) throw notFound("Session");
  return { session, body };
}

export interface KeyItemReply {
  unit: string;
  category: string;
  content: string;
}

export interface KeyItem {
  id: string;
  number: number | null;
  title: string;
  isNumberOne: boolean;
  supervisingLeader: string | null;
  proposers: string[];
  replies: KeyItemReply[];
  notes: string[];
  followUpOutcome: string | null;
}

/** At most this many key items are told in full; the count of all of them comes from the figures. */
export const MAX_KEY_ITEMS = 10;

/** The handled key items (重点, 一号) of a session and kind, the 一号提案 first, with what was done. */
export async function loadKeyItems(ctx: RequestContext, sessionId: string, kind: ProposalKind): Promise<KeyItem[]> {
  const params = new SqlParams();
  const visible = params.inline(proposalVisibilitySql(ctx.principal, "p", "annualReport"));
  const rows: Array<{
    id: string;
    number: number | null;
    title: string;
    is_number_one: boolean;
    supervising_leader: string | null;
    follow_up_outcome: string | null;
    proposers: string[];
    replies: KeyItemReply[];
    notes: string[];
  }> = await ctx.em.query(
    `SELECT p.id, p.number, p.title, p.is_number_one, p.supervising_leader, p.follow_up_outcome,
            (SELECT COALESCE(json_agg(m.name ORDER BY pp.position), '[]'::json)
               FROM proposal_proposer pp JOIN member m ON m.id = pp.member_id WHERE pp.proposal_id = p.id) AS proposers,
            (SELECT COALESCE(json_agg(json_build_object('unit', u.name, 'category', lr.category, 'content', lr.content)
                                      ORDER BY (a.role = 'SPLIT'), u.sort_order, u.name), '[]'::json)
               FROM assignment a JOIN unit u ON u.id = a.unit_id
               JOIN LATERAL (SELECT r.category, r.content FROM reply r
                              WHERE r.assignment_id = a.id AND r.status = 'SENT' ORDER BY r.round DESC LIMIT 1) lr ON TRUE
              WHERE a.proposal_id = p.id AND a.voided_at IS NULL AND a.role <> 'CO') AS replies,
            (SELECT COALESCE(json_agg(n.note ORDER BY n.created_at, n.id), '[]'::json)
               FROM follow_up_note n WHERE n.proposal_id = p.id) AS notes
       FROM proposal p
      WHERE p.session_id = ${params.add(sessionId)}::uuid AND p.kind = ${params.add(kind)}
        AND p.status IN ('REGISTERED', 'HANDLING', 'REPLIED', 'CLOSED') AND (p.is_key OR p.is_number_one)
        AND ${visible}
      ORDER BY p.is_number_one DESC, p.number ASC NULLS LAST, p.id
      LIMIT ${MAX_KEY_ITEMS}`,
    params.values,
  );
  return rows.map((r) => ({
    id: r.id,
    number: r.number,
    title: r.title,
    isNumberOne: r.is_number_one,
    supervisingLeader: r.supervising_leader,
    proposers: r.proposers,
    replies: r.replies,
    notes: r.notes,
    followUpOutcome: r.follow_up_outcome,
  }));
}

export async function loadUnitNames(ctx: RequestContext, unitIds: readonly string[]): Promise<Map<string, string>> {
  if (unitIds.length === 0) return new Map();
  const rows: Array<{ id: string; name: string }> = await ctx.em.query(`SELECT id, name FROM unit WHERE id = ANY($1::uuid[])`, [unitIds]);
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** Units graded 优秀 in the year's published assessment (frozen snapshot), best rank first; empty when unpublished. */
export async function loadExcellentUnits(ctx: RequestContext, year: number): Promise<string[]> {
  const rows: Array<{ name: string }> = await ctx.em.query(
    `SELECT u.name FROM published_unit_score s JOIN unit u ON u.id = s.unit_id
      WHERE s.year = $1 AND s.grade = '优秀' ORDER BY s.rank ASC NULLS LAST, u.sort_order, u.name`,
    [year],
  );
  return rows.map((r) => r.name);
}
