import { BatchLoader as DataLoader } from "../../graphql/dataloader";
import { In } from "typeorm";
import type { RequestContext } from "../../graphql/context";
import { badInput, conflict, notFound } from "../../graphql/errors";
import { byKeys, type LoaderFactory } from "../../graphql/loaders";
import { Body } from "../body/body.entity";
import { changedFields, recordEvent } from "../event/event.service";
import { definedOnly, requiredText, requiredValue } from "../../graphql/patch";
import { AssemblySession } from "./assembly-session.entity";
import type { SessionInput, SessionUpdateInput } from "./assembly-session.inputs";
import { defaultSessionName } from "./session-name";

export function listSessions(ctx: RequestContext, bodyId?: string): Promise<AssemblySession[]> {
  return ctx.em.getRepository(AssemblySession).find({
    where: bodyId ? { bodyId } : {},
    order: { year: "DESC", term: "DESC", number: "DESC" },
  });
}

export const sessionById: LoaderFactory<string, AssemblySession | null> = (ctx) =>
  new DataLoader(async (ids) => byKeys(ids, await ctx.em.getRepository(AssemblySession).findBy({ id: In([...ids]) }), (s) => s.id));

/** Only one current session per body: making one current retires the previous one, in the same transaction. */
async function retireCurrent(ctx: RequestContext, bodyId: string, exceptId?: string): Promise<void> {
  const qb = ctx.em.createQueryBuilder().update(AssemblySession).set({ isCurrent: false }).where("body_id = :bodyId AND is_current", { bodyId });
  if (exceptId) qb.andWhere("id <> :exceptId", { exceptId });
  await qb.execute();
}

function checkDates(startsOn: string | null | undefined, endsOn: string | null | undefined): void {
  if (startsOn && endsOn && endsOn < startsOn) throw badInput("The session cannot end before it starts", { endsOn: ["must not be before startsOn"] });
}

export async function createSession(ctx: RequestContext, input: SessionInput): Promise<AssemblySession> {
  const body = await ctx.em.getRepository(Body).findOneBy({ id: input.bodyId });
  if (!body) throw badInput("Unknown body", { bodyId: ["does not exist"] });
  checkDates(input.startsOn, input.endsOn);
  const repo = ctx.em.getRepository(AssemblySession);
  const duplicate = await repo.findOne({ where: { bodyId: input.bodyId, term: input.term, number: input.number }, select: { id: true } });
  if (duplicate) throw conflict(`${body.name} already has session ${input.term}-${input.number}`);
  if (input.isCurrent) await retireCurrent(ctx, input.bodyId);
  const session = await repo.save(
    repo.create({
      bodyId: input.bodyId,
      term: input.term,
      number: input.number,
      year: input.year,
      name: input.name?.trim() || defaultSessionName(input.term, input.number),
      startsOn: input.startsOn ?? null,
      endsOn: input.endsOn ?? null,
      isCurrent: input.isCurrent ?? false,
    }),
  );
  await recordEvent(ctx, { entityType: "Session", entityId: session.id, action: "session.create", after: { name: session.name, year: session.year, bodyId: session.bodyId } });
  return session;
}

export async function updateSession(ctx: RequestContext, id: string, input: SessionUpdateInput): Promise<AssemblySession> {
  const repo = ctx.em.getRepository(AssemblySession);
  const session = await repo.findOne({ where: { id }, lock: { mode: "pessimistic_write" } });
  if (!session) throw notFound("Session");
  const patch: Partial<AssemblySession> = definedOnly({
    name: requiredText("name", input.name),
    year: requiredValue("year", input.year),
    startsOn: input.startsOn,
    endsOn: input.endsOn,
    isCurrent: requiredValue("isCurrent", input.isCurrent),
  });
  checkDates(patch.startsOn ?? session.startsOn, patch.endsOn ?? session.endsOn);
  const diff = changedFields(session, patch);
  if (Object.keys(diff.after).length === 0) return session;
  if (patch.isCurrent) await retireCurrent(ctx, session.bodyId, id);
  const saved = await repo.save(Object.assign(session, patch));
  await recordEvent(ctx, { entityType: "Session", entityId: id, action: "session.update", ...diff });
  return saved;
}
