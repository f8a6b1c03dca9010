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
import { jsonRowSql, selectColumnsSql } from "../../db/json-row";
import { PROPOSAL_RESOLVER_COLUMNS } from "./proposal-fields.resolver";
import { queryNamed } from "../../db/named-statement";
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
  session_json?: Record<string, unknown> | null;
  lead_unit_json?: Record<string, unknown> | null;
  proposers_json?: Array<Record<string, unknown>> | null;
  due_state?: DueState | null;
}

/**
 * What the caller shows, so the statement computes only that. `withTotal`: the count (a scan of every
 * visible row). The relations: `undefined` = not shown (its field resolver loads it if asked after
 * all), otherwise the GraphQL fields shown of it (see jsonRowSql). Omitted mode = everything.
 */
export interface ListProposalsMode {
  withTotal?: boolean;
  /** The GraphQL fields shown of each item (undefined: every column). */
  item?: ReadonlySet<string>;
  session?: ReadonlySet<string>;
  leadUnit?: ReadonlySet<string>;
  proposers?: ReadonlySet<string>;
  dueState?: boolean;
}

/** A field no entity has: jsonRowSql answers with whole rows. */
const EVERYTHING = new Set(["__whole_row__"]);
const FULL_MODE: ListProposalsMode = { withTotal: true, session: EVERYTHING, leadUnit: EVERYTHING, proposers: EVERYTHING, dueState: true };

/**
 * One statement: the page's ids by `ORDER BY … LIMIT … OFFSET …` (the sort indexes of the proposal
 * entity let PostgreSQL stop after the page instead of sorting every visible row), then what the list
 * shows of those rows only. With `withTotal`, the count of the same filter rides in the same
 * statement as a one-row derived table LEFT JOINed to the page, so it arrives even past the last page.
 */
export async function listProposals(ctx: RequestContext, options: ProposalListOptions | undefined, mode: ListProposalsMode = FULL_MODE): Promise<Page<Proposal>> {
  const withTotal = mode.withTotal ?? true;
  const { where, params } = filterSql(ctx, options?.filter);
  const order = ORDER_BY[options?.sort ?? "NUMBER_ASC"];
  // Integers by validation (ListOptionsBase); truncated again because they are written into the SQL.
  const skip = Number.isSafeInteger(options?.skip) ? Math.max(0, options!.skip!) : 0;
  const take = Number.isSafeInteger(options?.take) ? Math.max(1, Math.min(options!.take!, MAX_TAKE)) : DEFAULT_TAKE;
  const conditions = where.join(" AND ");
  const matching = `proposal p JOIN assembly_session s ON s.id = p.session_id WHERE ${conditions}`;
  // The session join is one-to-one (session_id is NOT NULL, a foreign key): the count scans only the
  // proposals when no condition reads the session, and so does the page.
  const readsSession = /\bs\./.test(conditions);
  const filtered = readsSession ? matching : `proposal p WHERE ${conditions}`;
  const dataSource = ctx.em.connection;
  const shown: string[] = [];
  if (mode.session) shown.push(`(SELECT ${jsonRowSql(dataSource, AssemblySession, "s", mode.session)} FROM assembly_session s WHERE s.id = p.session_id) AS session_json`);
  if (mode.leadUnit) shown.push(`${leadUnitSql("p", jsonRowSql(dataSource, Unit, "lu", mode.leadUnit))} AS lead_unit_json`);
  if (mode.proposers) {
    shown.push(`(SELECT COALESCE(json_agg(${jsonRowSql(dataSource, Member, "m", mode.proposers)} ORDER BY pp.position), '[]'::json)
              FROM proposal_proposer pp JOIN member m ON m.id = pp.member_id WHERE pp.proposal_id = p.id) AS proposers_json`);
  }
  if (mode.dueState) shown.push(`${dueStateSql("p")} AS due_state`);
  const rowsOfPage = `page JOIN proposal p ON p.id = page.id`;
  // The page is chosen on ids first, so the JSON for sessions, units and proposers is built for
  // the rows returned only, not for every row that matches. The outer ORDER BY re-sorts those rows
  // only (every order ends with the primary key, so it is the page's order).
  const sql = `
    WITH page AS (SELECT p.id FROM ${filtered} ORDER BY ${order} LIMIT ${take} OFFSET ${skip})
    SELECT ${withTotal ? "total.n AS total_items, " : ""}${[mode.item ? selectColumnsSql(dataSource, Proposal, "p", mode.item, PROPOSAL_RESOLVER_COLUMNS) : "p.*", ...shown].join(", ")}
      FROM ${withTotal ? `(SELECT count(*) AS n FROM ${filtered}) total LEFT JOIN (${rowsOfPage}) ON TRUE` : rowsOfPage}
     ORDER BY ${order}`;
  const [query, values] = dataSource.driver.escapeQueryWithParameters(sql, { ...params, ...(mode.dueState ? dueStateParams(ctx) : {}) });
  // The first page (what the ledger and the workbench open with) runs as a named statement, planned
  // once per connection; other pages are planned per request. Page bounds are literals (validated
  // integers) because a generic plan with LIMIT/OFFSET parameters assumes 10% of the rows and
  // PostgreSQL then re-plans every execution; literal offsets would make one statement per page.
  const rows: ListRow[] = skip === 0 ? await queryNamed<ListRow>(ctx.em, query, values) : await ctx.em.query(query, values);
  const items = rows
    .filter((row) => row.id !== null)
    .map((row) => {
      const proposal = hydrate(ctx.em, Proposal, row);
      setPrefetched(proposal, {
        ...(mode.session ? { session: hydrate(ctx.em, AssemblySession, row.session_json ?? {}) } : {}),
        ...(mode.leadUnit ? { leadUnit: row.lead_unit_json ? hydrate(ctx.em, Unit, row.lead_unit_json) : null } : {}),
        ...(mode.proposers ? { proposers: (row.proposers_json ?? []).map((m) => hydrate(ctx.em, Member, m)) } : {}),
        ...(mode.dueState ? { dueState: row.due_state } : {}),
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
