// Editing and using the holiday calendar (DOMAIN.md §3): the calendar is data, so admins add next
// year's notice or correct a day here; working-day arithmetic reads the calendar in force.
import { addWorkingDays, isWeekend, type LocalDate } from "@jyta/domain";
import type { RequestContext } from "../../graphql/context";
import { badInput } from "../../graphql/errors";
import { recordEvent } from "../event/event.service";
import { CalendarDay, CalendarDayKind } from "./calendar-day.entity";
import { getCalendar } from "./calendar.service";

/** More than a few years of working days is a typo (and would make the day-by-day count long). */
export const MAX_WORKING_DAYS = 2000;

const DEFAULT_NAMES: Record<CalendarDayKind, string> = { HOLIDAY: "放假", WORKDAY: "调休上班" };

/** The exceptions of one year, or of every year, by date. */
export function listHolidays(ctx: RequestContext, year: number | null | undefined): Promise<CalendarDay[]> {
  return ctx.em.getRepository(CalendarDay).find({ where: year == null ? {} : { year }, order: { date: "ASC" } });
}

/**
 * Sets `date` to a holiday or a make-up working day, or (kind null) back to the plain week. Returns the
 * day as stored, or null when it follows the week. No change, no event.
 */
export async function setHoliday(ctx: RequestContext, date: LocalDate, kind: CalendarDayKind | null | undefined, name: string | null | undefined): Promise<CalendarDay | null> {
  const trimmed = name?.trim();
  if (name != null && (!trimmed || trimmed.length > 50)) throw badInput("The name must have 1 to 50 characters", { name: ["1 to 50 characters"] });
  if (kind === CalendarDayKind.WORKDAY && !isWeekend(date)) {
    throw badInput(`${date} is a weekday: only a Saturday or Sunday can be a make-up working day (调休上班)`, { kind: ["WORKDAY only on a weekend"] });
  }
  const repo = ctx.em.getRepository(CalendarDay);
  const existing = await repo.findOne({ where: { date }, lock: { mode: "pessimistic_write" } });
  const before = existing ? { kind: existing.kind, name: existing.name } : null;

  if (!kind) {
    if (!existing) return null;
    await repo.delete({ date });
    await recordEvent(ctx, { entityType: "CalendarDay", entityId: date, action: "calendar.remove", before });
    return null;
  }
  const after = { kind, name: trimmed ?? existing?.name ?? DEFAULT_NAMES[kind] };
  if (before && before.kind === after.kind && before.name === after.name) return existing;
  const saved = await repo.save(repo.create({ ...existing, date, year: Number(date.slice(0, 4)), ...after }));
  await recordEvent(ctx, { entityType: "CalendarDay", entityId: date, action: "calendar.set", before, after });
  return saved;
}

/** `days` working days after `from` (before it when negative), with the calendar in force. */
export async function workingDaysAfter(ctx: RequestContext, from: LocalDate, days: number): Promise<LocalDate> {
  if (Math.abs(days) > MAX_WORKING_DAYS) throw badInput(`days must be between -${MAX_WORKING_DAYS} and ${MAX_WORKING_DAYS}`, { days: ["out of range"] });
  return addWorkingDays(from, days, await getCalendar(ctx));
}
