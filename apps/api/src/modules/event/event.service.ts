// The append-only record of every state change (操作记录). Written in the same transaction as the
// change it records, through the request's EntityManager.
import type { RequestContext } from "../../graphql/context";
import { Event } from "./event.entity";

export interface EventInput {
  entityType: string;
  entityId: string;
  action: string;
  proposalId?: string | null;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
  note?: string | null;
}

export async function recordEvent(ctx: RequestContext, input: EventInput): Promise<Event> {
  const repo = ctx.em.getRepository(Event);
  const event = repo.create({
    entityType: input.entityType,
    entityId: input.entityId,
    action: input.action,
    proposalId: input.proposalId ?? null,
    actorId: ctx.principal?.userId ?? null,
    at: ctx.now(),
    before: input.before ?? null,
    after: input.after ?? null,
    note: input.note ?? null,
  });
  return repo.save(event);
}

/** The fields of `after` that differ from `before`, for compact update events. */
export function changedFields<T extends object>(before: T, patch: Partial<T>): { before: Record<string, unknown>; after: Record<string, unknown> } {
  const b: Record<string, unknown> = {};
  const a: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) continue;
    const old = (before as Record<string, unknown>)[key];
    if (JSON.stringify(old) !== JSON.stringify(value)) {
      b[key] = old;
      a[key] = value;
    }
  }
  return { before: b, after: a };
}
