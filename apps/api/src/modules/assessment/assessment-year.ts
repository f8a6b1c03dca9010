// Guards every change of a year's assessment shares: the year is sane, changes of one year are
// serialised, and nothing changes once the year is published (the snapshot must stay the truth).
import { DomainError, ErrorCode } from "@jyta/domain";
import type { RequestContext } from "../../graphql/context";
import { badInput } from "../../graphql/errors";
import { PublishedAssessment } from "./published-assessment.entity";

/** pg_advisory_xact_lock(class, year): publish, adjust and scheme edits of one year wait for each other. */
const ASSESSMENT_LOCK_CLASS = 7_310_002;

/** The tables' CHECK (year BETWEEN 2000 AND 2200), as a clear input error. */
export function assertYear(year: number): void {
  if (!Number.isInteger(year) || year < 2000 || year > 2200) throw badInput("year must be a whole number from 2000 to 2200", { year: ["2000–2200"] });
}

/**
 * Inside the mutation's transaction: an adjustment committed while a publish computes would otherwise
 * be missing from the snapshot yet count afterwards.
 */
export async function lockYear(ctx: RequestContext, year: number): Promise<void> {
  await ctx.em.query(`SELECT pg_advisory_xact_lock($1::int, $2::int)`, [ASSESSMENT_LOCK_CLASS, year]);
}

export async function publishedOf(ctx: RequestContext, year: number): Promise<PublishedAssessment | null> {
  return ctx.em.getRepository(PublishedAssessment).findOneBy({ year });
}

export async function assertNotPublished(ctx: RequestContext, year: number): Promise<void> {
  const exists = await ctx.em.getRepository(PublishedAssessment).exists({ where: { year } });
  if (exists) throw new DomainError(ErrorCode.ASSESSMENT_PUBLISHED, `The ${year} assessment is published and cannot be changed`, { year });
}
