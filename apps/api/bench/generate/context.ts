// What every part of the generator shares: the generator, the buffers, the reference data, the rules
// and calendar in force, the fixed "today" of the data set, and running document numbers.
import type { HolidayCalendar, LocalDate, ProposalKind, RuleSet } from "@jyta/domain";
import type { Prng } from "../lib/prng";
import type { BenchReference, BenchSession } from "./reference";
import type { BenchTables } from "./tables";

export interface GenContext {
  prng: Prng;
  tables: BenchTables;
  ref: BenchReference;
  rules: Readonly<Record<ProposalKind, RuleSet>>;
  calendar: HolidayCalendar;
  /** The data set's today: the current year's items stop here (fixed, so runs are reproducible). */
  asOf: LocalDate;
  documentCounters: Map<string, number>;
}

/** One generated item before its rows are written. */
export interface PlannedItem {
  id: string;
  session: BenchSession;
  kind: ProposalKind;
  status: string;
  submittedOn: LocalDate;
  registeredOn: LocalDate | null;
  number: number | null;
  proposers: string[];
  currentYear: boolean;
  isKey: boolean;
  isNumberOne: boolean;
}

/** Appends one event row (actor: the bench office user, or null for the system). */
export function event(
  ctx: GenContext,
  at: string,
  item: PlannedItem,
  entityType: string,
  entityId: string,
  action: string,
  before: Record<string, unknown> | null,
  after: Record<string, unknown> | null,
  system = false,
): void {
  ctx.tables.event.push(
    ctx.prng.uuid(),
    at,
    system ? null : ctx.ref.officeUserId,
    item.id,
    entityType,
    entityId,
    action,
    before ? JSON.stringify(before) : null,
    after ? JSON.stringify(after) : null,
  );
}

/** 滨单位12提〔2024〕3号: running per unit, series and year. */
export function documentNumber(ctx: GenContext, unit: number, series: string, year: number): string {
  const key = `${unit}|${series}|${year}`;
  const next = (ctx.documentCounters.get(key) ?? 0) + 1;
  ctx.documentCounters.set(key, next);
  return `滨${ctx.ref.unitShortNames[unit]}${series}〔${year}〕${next}号`;
}
