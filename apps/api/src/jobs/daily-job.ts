// The daily job: due-soon and overdue notices, closing items whose feedback window lapsed, purging
// expired login sessions. The business steps run in one transaction with a system context (no
// principal: events it causes have no actor). Every step is idempotent for the day, so the server's
// hourly timer and the `job:daily` command may both run it as often as they like.
import { randomUUID } from "node:crypto";
import { ProposalKind, type LocalDate, type RuleSet } from "@jyta/domain";
import type { DataSource } from "typeorm";
import type { AppConfig } from "../config";
import { RequestContext } from "../graphql/context";
import { purgeExpiredSessions } from "../modules/auth/login-session.service";
import { today as todayOf } from "../modules/calendar/calendar.service";
import { closeLapsedFeedback } from "../modules/feedback/feedback-lapse.service";
import { getRuleSet } from "../modules/rule-set/rule-set.service";
import { createDueNotices } from "./due-notices";

/** Serialises runs across server instances sharing one database (pg_advisory_xact_lock key). */
export const DAILY_JOB_LOCK_KEY = 7_310_001;

export interface DailyJobResult {
  /** The civil date (China) the run counted from. */
  today: LocalDate;
  dueSoonNotices: number;
  overdueNotices: number;
  lapsedFeedbackClosed: number;
  purgedSessions: number;
}

/** The context of the system acting on its own: no principal, the job's clock, the job's transaction. */
export function systemContext(dataSource: DataSource, config: AppConfig, now: Date): RequestContext {
  return new RequestContext(`daily-job-${randomUUID()}`, null, dataSource, config, { now: () => new Date(now) }, null);
}

export async function runDailyJob(dataSource: DataSource, config: AppConfig, now: Date): Promise<DailyJobResult> {
  const business = await dataSource.transaction(async (em) => {
    const ctx = systemContext(dataSource, config, now);
    ctx.transaction = em;
    // A second instance waits here, then finds nothing left to do.
    await em.query(`SELECT pg_advisory_xact_lock($1::bigint)`, [DAILY_JOB_LOCK_KEY]);
    const today = todayOf(ctx);
    const rules = new Map<ProposalKind, RuleSet>();
    for (const kind of Object.values(ProposalKind)) rules.set(kind, await getRuleSet(ctx, kind));

    const notices = await createDueNotices(em, now, today, rules);
    // Replied items whose feedback window lapsed close (as "no feedback" when nobody rated).
    const lapsedFeedbackClosed = (await closeLapsedFeedback(ctx)).length;
    return { today, ...notices, lapsedFeedbackClosed };
  });
  // Login sessions are not business data: purged after the commit, through the pool (inside the
  // transaction a second query runner would wait for PGlite's one session).
  const purgedSessions = await purgeExpiredSessions(dataSource, config, now);
  return { ...business, purgedSessions };
}
