// The item list (台账) in ONE statement, whatever the page size: the page of visible items (row rules
// of the policy module) by ORDER BY … LIMIT over the sort indexes, the count for totalItems (only when
// asked for), and what the list shows of each row prefetched as JSON (session, lead unit, proposers
// in order, due state). The Proposal field resolvers return those values; anything else the client asks for goes through batched loaders.
import type { DueState } from "@jyta/domain";
import type { RequestContext } from "../../graphql/context";
import { containsPattern, DEFAULT_TAKE, MAX_TAKE, type Page } from "../../graphql/list";
import { AssemblySession } from "../assembly-session/assembly-session.entity";
import { proposalVisibilitySql } from "../access/policy";
import { Member } from "../member/member.entity";
import { Unit } from "../unit/unit.entity";
import { dueStateParams, dueStateSql } from "./proposal-due-state";
import { leadUnitSql } from "./proposal-lead-unit";
import { hydrate, setPrefetched } from "./proposal-prefetch";
import { Proposal } from "./proposal.entity";
import type { ProposalFilter, ProposalListOptions, ProposalSort } from "./proposal.inputs";

/** Every order ends with the primary key so pages are stable. Titles sort by code point on every database. */
const ORDER_BY: Record<ProposalSort, string> = {
  NUMBER_ASC: `p.number ASC NULLS LAST, p.submitted_at ASC NULLS LAST, p.id ASC`,
  NUMBER_DESC: `p.number DESC NULLS LAST, p.submitted_at DESC NULLS LAST, p.id ASC`,
  SUBMITTED_AT_DESC: `p.submitted_at DESC NULLS LAST, p.id ASC`,
  REGISTERED_AT_DESC: `p.registered_at DESC NULLS LAST, p.id ASC`,
  UPDATED_AT_DESC: `p.updated_at DESC, p.id ASC`,
  TITLE_ASC: `p.title COLLATE "C" ASC, p.id ASC`,
};

const REPLIED_STATUSES = `('REPLIED', 'CLOSED')`;

/** WHERE conditions over `p` (proposal) and `s` (its session) with named parameters; the ledger export (台账) reuses them. */
export function filterSql(ctx: RequestContext, f: ProposalFilter | undefined): { where: string[]; params: Record<string, unknown> } {
  const visibility = proposalVisibilitySql(ctx.principal, "p");
  const where = [visibility.sql];
  const params: Record<string, unknown> = { ...visibility.params };
  if (!f) return { where, params };
  const add = (sql: string, values: Record<string, unknown> = {}): void => {
    where.push(sql);
    Object.assign(params, values);
  };
  if (f.sessionId) add(`p.session_id = :fSession`, { fSession: f.sessionId });
  if (f.bodyId) add(`s.body_id = :fBody`, { fBody: f.bodyId });
  if (f.kind) add(`p.kind = :fKind`, { fKind: f.kind });
  if (f.status?.length) add(`p.status = ANY(CAST(:fStatus AS varchar[]))`, { fStatus: f.status });
  if (f.unitId) add(`EXISTS (SELECT 1 FROM assignment fa WHERE fa.proposal_id = p.id AND fa.unit_id = :fUnit AND fa.voided_at IS NULL)`, { fUnit: f.unitId });
  if (f.category) add(`p.category = :fCategory`, { fCategory: f.category });
  if (f.isKey !== undefined && f.isKey !== null) add(`p.is_key = :fKey`, { fKey: f.isKey });
  if (f.dueState) add(`${dueStateSql("p")} = :fDue`, { ...dueStateParams(ctx), fDue: f.dueState });
  if (f.search?.trim()) {
    const text = f.search.trim();
    const byNumber = /^\d{1,9}$/.test(text) ? ` OR p.number = :fNumber` : "";
    add(`(p.title ILIKE :fText OR p.body ILIKE :fText${byNumber})`, { fText: containsPattern(text), ...(byNumber ? { fNumber: Number(text) } : {}) });
  }
  if (f.proposerId) add(`EXISTS (SELECT 1 FROM proposal_proposer fp WHERE fp.proposal_id = p.id AND fp.member_id = :fProposer)`, { fProposer: f.proposerId });
  if (f.year !== undefined && f.year !== null) add(`s.year = :fYear`, { fYear: f.year });
  if (f.replied === true) add(`p.status IN ${REPLIED_STATUSES}`);
  if (f.replied === false) add(`p.status NOT IN ${REPLIED_STATUSES}`);
  return { where, params };
}

interface ListRow extends Record<string, unknown> {
  id: string | null;
  total_items?: number;
  session_json: Record<string, unknown> | null;
  lead_unit_json: Record<string, unknown> | null;
  proposers_json: Array<Record<string, unknown>>;
  due_state: DueState | null;
}

/** Whether the caller needs `totalItems`; without it the statement skips the count (a scan of every visible row). */
export interface ListProposalsMode {
  withTotal?: boolean;
}

/**
 * One statement: the page's ids by `ORDER BY … LIMIT … OFFSET …` (the sort indexes of the proposal
 * entity let PostgreSQL stop after the page instead of sorting every visible row), then what the list
 * shows of those rows only. With `withTotal`, the count of the same filter rides in the same
 * statement as a one-row derived table LEFT JOINed to the page, so it arrives even past the last page.
 */
export async function listProposals(ctx: RequestContext, options: ProposalListOptions | undefined, mode: ListProposalsMode = {}): Promise<Page<Proposal>> {
  const withTotal = mode.withTotal ?? true;
  const { where, params } = filterSql(ctx, options?.filter);
  const order = ORDER_BY[options?.sort ?? "NUMBER_ASC"];
  const skip = options?.skip ?? 0;
  const take = Math.min(options?.take ?? DEFAULT_TAKE, MAX_TAKE);
  const conditions = where.join(" AND ");
  const matching = `proposal p JOIN assembly_session s ON s.id = p.session_id WHERE ${conditions}`;
  // The session join is one-to-one (session_id is NOT NULL, a foreign key): the count scans only the
  // proposals when no condition reads the session.
  const counted = /\bs\./.test(conditions) ? matching : `proposal p WHERE ${conditions}`;
  const rowsOfPage = `page JOIN proposal p ON p.id = page.id JOIN assembly_session s ON s.id = p.session_id`;
  // The page is chosen on ids first, so the JSON for sessions, units and proposers is built for
  // the rows returned only, not for every row that matches. The outer ORDER BY re-sorts those rows
  // only (every order ends with the primary key, so it is the page's order).
  const sql = `
    WITH page AS (SELECT p.id FROM ${matching} ORDER BY ${order} LIMIT :pageTake OFFSET :pageSkip)
    SELECT ${withTotal ? "total.n AS total_items, " : ""}p.*, to_jsonb(s) AS session_json, ${leadUnitSql("p")} AS lead_unit_json,
           (SELECT COALESCE(jsonb_agg(to_jsonb(m) ORDER BY pp.position), '[]'::jsonb)
              FROM proposal_proposer pp JOIN member m ON m.id = pp.member_id WHERE pp.proposal_id = p.id) AS proposers_json,
           ${dueStateSql("p")} AS due_state
      FROM ${withTotal ? `(SELECT count(*) AS n FROM ${counted}) total LEFT JOIN (${rowsOfPage}) ON TRUE` : rowsOfPage}
     ORDER BY ${order}`;
  const [query, values] = ctx.em.connection.driver.escapeQueryWithParameters(sql, { ...params, ...dueStateParams(ctx), pageTake: take, pageSkip: skip });
  const rows: ListRow[] = await ctx.em.query(query, values);
  const items = rows
    .filter((row) => row.id !== null)
    .map((row) => {
      const proposal = hydrate(ctx.em, Proposal, row);
      setPrefetched(proposal, {
        session: hydrate(ctx.em, AssemblySession, row.session_json ?? {}),
        leadUnit: row.lead_unit_json ? hydrate(ctx.em, Unit, row.lead_unit_json) : null,
        proposers: row.proposers_json.map((m) => hydrate(ctx.em, Member, m)),
        dueState: row.due_state,
      });
      return proposal;
    });
  if (withTotal) return { items, totalItems: Number(rows[0]?.total_items ?? 0) };
  return {
    items,
    get totalItems(): number {
      throw new Error("listProposals: totalItems was not requested (withTotal: false)");
    },
  };
}
