// The item's rating is its first proposer's (DOMAIN.md §2). An item answers through one reply per
// replying unit (SOLE/LEAD: one; SPLIT: several), so "the rating" of a round is the first proposer's
// ratings of every sent reply of that round:
//   - it closes the item when every reply is rated and every rating closes (domain feedbackClosesItem:
//     satisfied / basically satisfied, or any rating in round 2);
//   - when the feedback window of the round's last reply lapses, an item the first proposer did not
//     rate at all closes as NO_FEEDBACK; one rated only in part closes on those ratings when none is
//     DISSATISFIED (or in round 2), and otherwise waits for the office (re-handling or closing).
import {
  countsAsSatisfied,
  feedbackClosesItem,
  feedbackWindowEndsOn,
  localDateAt,
  type HolidayCalendar,
  type LocalDate,
  type RuleSet,
  type Satisfaction,
} from "@jyta/domain";
import type { RequestContext } from "../../graphql/context";
import { ProposalCloseReason } from "../proposal/proposal.entity";

export interface ReplyRating {
  replyId: string;
  sentAt: Date;
  /** The first proposer's result rating of this reply, or null while unrated. */
  result: Satisfaction | null;
}

interface RatingRow {
  proposal_id: string;
  reply_id: string;
  sent_at: Date;
  result: Satisfaction | null;
}

/** For each item, its current round's sent replies (of live assignments) with the first proposer's rating. */
export async function firstProposerRatings(ctx: RequestContext, proposalIds: readonly string[]): Promise<Map<string, ReplyRating[]>> {
  const rows: RatingRow[] = await ctx.em.query(
    `SELECT r.proposal_id, r.id AS reply_id, r.sent_at, f.result
       FROM reply r
       JOIN proposal p ON p.id = r.proposal_id AND p.round = r.round
       JOIN assignment a ON a.id = r.assignment_id AND a.voided_at IS NULL
       LEFT JOIN feedback f ON f.reply_id = r.id AND f.round = r.round
            AND f.member_id = (SELECT pp.member_id FROM proposal_proposer pp WHERE pp.proposal_id = p.id ORDER BY pp.position LIMIT 1)
      WHERE r.proposal_id = ANY($1::uuid[]) AND r.status = 'SENT'
      ORDER BY r.sent_at, r.id`,
    [proposalIds],
  );
  const map = new Map<string, ReplyRating[]>();
  for (const row of rows) {
    const list = map.get(row.proposal_id) ?? [];
    list.push({ replyId: row.reply_id, sentAt: new Date(row.sent_at), result: row.result });
    map.set(row.proposal_id, list);
  }
  return map;
}

function reasonOf(results: readonly Satisfaction[]): ProposalCloseReason {
  return results.every(countsAsSatisfied) ? ProposalCloseReason.FEEDBACK : ProposalCloseReason.ROUND_TWO;
}

/** The close reason when the first proposer's ratings close the item now, else null. */
export function closeOnFeedback(round: number, ratings: readonly ReplyRating[]): ProposalCloseReason | null {
  if (ratings.length === 0 || ratings.some((r) => r.result === null)) return null;
  const results = ratings.map((r) => r.result as Satisfaction);
  return results.every((r) => feedbackClosesItem(r, round)) ? reasonOf(results) : null;
}

/** The close reason once the feedback window has lapsed, or null when the office must decide. */
export function closeOnLapse(round: number, ratings: readonly ReplyRating[]): ProposalCloseReason | null {
  const results = ratings.map((r) => r.result).filter((r): r is Satisfaction => r !== null);
  if (results.length === 0) return ProposalCloseReason.NO_FEEDBACK;
  if (round >= 2 || results.every(countsAsSatisfied)) return reasonOf(results);
  return null;
}

/** The last day of the round's feedback window: that of its last reply sent. */
export function roundWindowEndsOn(ratings: readonly ReplyRating[], rules: Pick<RuleSet, "feedbackWindowWorkingDays">, calendar: HolidayCalendar): LocalDate | null {
  const ends = ratings.map((r) => feedbackWindowEndsOn(localDateAt(r.sentAt), rules, calendar)).sort();
  return ends[ends.length - 1] ?? null;
}

/** Whether the first proposer rated any reply of the round DISSATISFIED (what re-handling follows). */
export function anyDissatisfied(ratings: readonly ReplyRating[]): boolean {
  return ratings.some((r) => r.result !== null && !countsAsSatisfied(r.result));
}
