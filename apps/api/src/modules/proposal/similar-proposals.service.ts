// Merge hints (并案): items like this one, best first, scored by the domain's `similarity` (character
// bigrams of title and body). Candidates are the body's items of this session and the two sessions
// before it that have been filed (SUBMITTED too: staff merge before registering), compared on the
// title plus the first 500 characters of the body, at most MAX_CANDIDATES of the newest.
import { rankBySimilarity } from "@jyta/domain";
import { Field, Float, ObjectType } from "type-graphql";
import type { RequestContext } from "../../graphql/context";
import { authorizeRow, rowFacts } from "../access/policy";
import { Proposal } from "./proposal.entity";
import { visibleProposalById } from "./proposal.loaders";

@ObjectType("SimilarProposal")
export class SimilarProposal {
  @Field(() => Proposal)
  proposal: Proposal;

  @Field(() => Float, { description: "0–1: Dice coefficient of the character bigrams" })
  score: number;
}

const SESSIONS_BACK = 3;
const BODY_PREFIX = 500;
const MAX_CANDIDATES = 3000;
export const DEFAULT_SIMILAR_LIMIT = 10;
const MAX_SIMILAR_LIMIT = 50;

const CANDIDATES_SQL = `
  WITH me AS (
    SELECT p.id, s.body_id, s.year, s.term, s.number FROM proposal p JOIN assembly_session s ON s.id = p.session_id WHERE p.id = $1),
  sessions AS (
    SELECT s.id FROM assembly_session s, me
     WHERE s.body_id = me.body_id AND (s.year, s.term, s.number) <= (me.year, me.term, me.number)
     ORDER BY s.year DESC, s.term DESC, s.number DESC LIMIT ${SESSIONS_BACK})
  SELECT c.id, c.title || ' ' || left(c.body, ${BODY_PREFIX}) AS text
    FROM proposal c
   WHERE c.session_id IN (SELECT id FROM sessions) AND c.id <> $1
     AND c.status IN ('SUBMITTED', 'REGISTERED', 'HANDLING', 'REPLIED', 'CLOSED')
   ORDER BY c.submitted_at DESC NULLS LAST, c.id
   LIMIT ${MAX_CANDIDATES}`;

export async function similarProposals(ctx: RequestContext, id: string, limit: number | null | undefined): Promise<SimilarProposal[]> {
  const facts = await rowFacts(ctx, id);
  authorizeRow(ctx, "similarProposals", facts);
  const n = Math.max(1, Math.min(limit ?? DEFAULT_SIMILAR_LIMIT, MAX_SIMILAR_LIMIT));
  const own: Array<{ text: string }> = await ctx.em.query(`SELECT title || ' ' || left(body, ${BODY_PREFIX}) AS text FROM proposal WHERE id = $1`, [id]);
  const candidates: Array<{ id: string; text: string }> = await ctx.em.query(CANDIDATES_SQL, [id]);
  const ranked = rankBySimilarity(own[0]?.text ?? "", candidates, n);
  const loader = ctx.loaders.get(visibleProposalById);
  const found = await Promise.all(ranked.map(async (r) => ({ proposal: await loader.load(r.id), score: r.score })));
  return found.filter((f): f is SimilarProposal => f.proposal !== null);
}
