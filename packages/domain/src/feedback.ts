// What a proposer's rating means for the item (DOMAIN.md §2): satisfied or basically satisfied closes
// it; dissatisfied leaves it for the office to order re-handling; in round 2 any rating closes it.
import { Satisfaction } from "./enums";

/** The rating the figures use: the result (结果) dimension; attitude (态度) is shown, not counted. */
export function countsAsSatisfied(result: Satisfaction): boolean {
  return result === Satisfaction.SATISFIED || result === Satisfaction.BASICALLY_SATISFIED;
}

/** Whether the first proposer's rating of the current round closes the item. */
export function feedbackClosesItem(result: Satisfaction, round: number): boolean {
  return countsAsSatisfied(result) || round >= 2;
}
