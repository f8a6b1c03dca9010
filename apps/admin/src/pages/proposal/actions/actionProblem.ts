// A failed workflow mutation as the sentence the user sees: rule codes and INVALID_TRANSITION by code
// (app/errors.ts), a CONFLICT as someone else's concurrent change, and the server's validation
// messages kept for the fields the form shows.
import { describeProblem, toProblem, type Problem } from "../../../app/errors";
import type { Messages } from "../../../i18n";

export function actionProblem(error: unknown, t: Messages): { problem: Problem; text: string } {
  const problem = toProblem(error);
  const text = problem.code === "CONFLICT" ? t.actions.conflict : describeProblem(problem, t);
  return { problem, text };
}
