// The staff-edited parts of a session's report (report_narrative.sections): the measures, problems
// and next steps, and the addressee, issuer and date. A missing or blank entry means "use the default
// wording"; the figures are never stored, they are recomputed on every call.
import type { RequestContext } from "../../graphql/context";
import { changedFields, recordEvent } from "../event/event.service";
import { ReportNarrative } from "./report-narrative.entity";
import type { ReportNarrativeInput } from "./report.inputs";

export const NARRATIVE_FIELDS = ["measures", "problems", "nextSteps", "addressee", "issuer", "issuedOn"] as const;
export type NarrativeField = (typeof NARRATIVE_FIELDS)[number];
export type StoredNarrative = Partial<Record<NarrativeField, string>>;

export interface NarrativeState {
  sections: StoredNarrative;
  updatedAt: Date | null;
}

/** Only the known fields, only non-blank text (the jsonb may hold older keys). */
function clean(sections: Record<string, unknown>): StoredNarrative {
  const out: StoredNarrative = {};
  for (const field of NARRATIVE_FIELDS) {
    const value = sections[field];
    if (typeof value === "string" && value.trim()) out[field] = value;
  }
  return out;
}

export async function loadNarrative(ctx: RequestContext, sessionId: string): Promise<NarrativeState> {
  const row = await ctx.em.getRepository(ReportNarrative).findOneBy({ sessionId });
  return row ? { sections: clean(row.sections), updatedAt: row.updatedAt } : { sections: {}, updatedAt: null };
}

/** The sections after applying `input`: undefined keeps, null or blank clears, text is trimmed at the ends. */
function patched(before: StoredNarrative, input: ReportNarrativeInput): StoredNarrative {
  const next: StoredNarrative = { ...before };
  for (const field of NARRATIVE_FIELDS) {
    const value = input[field];
    if (value === undefined) continue;
    const text = value?.trim();
    if (text) next[field] = text;
    else delete next[field];
  }
  return next;
}

/** Writes the narrative of a session (the caller has checked the session exists) and records the change. */
export async function saveNarrative(ctx: RequestContext, sessionId: string, input: ReportNarrativeInput): Promise<void> {
  const repo = ctx.em.getRepository(ReportNarrative);
  // Create the row if missing without racing a concurrent first edit, then lock it for this transaction.
  await ctx.em.query(
    `INSERT INTO report_narrative (session_id, sections, updated_by_id) VALUES ($1, '{}'::jsonb, $2) ON CONFLICT (session_id) DO NOTHING`,
    [sessionId, ctx.principal?.userId ?? null],
  );
  const rows: Array<{ sections: Record<string, unknown> }> = await ctx.em.query(`SELECT sections FROM report_narrative WHERE session_id = $1 FOR UPDATE`, [
    sessionId,
  ]);
  const before = clean(rows[0]?.sections ?? {});
  const after = patched(before, input);
  const all = (n: StoredNarrative): Record<NarrativeField, string | null> =>
    Object.fromEntries(NARRATIVE_FIELDS.map((f) => [f, n[f] ?? null])) as Record<NarrativeField, string | null>;
  const diff = changedFields(all(before), all(after));
  if (Object.keys(diff.after).length === 0) return;
  await repo.update({ sessionId }, { sections: after, updatedById: ctx.principal?.userId ?? null, updatedAt: ctx.now() });
  await recordEvent(ctx, { entityType: "ReportNarrative", entityId: sessionId, action: "updateReportNarrative", ...diff });
}
