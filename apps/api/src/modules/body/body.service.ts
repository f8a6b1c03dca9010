import { BatchLoader as DataLoader } from "../../graphql/dataloader";
import { In } from "typeorm";
import type { RequestContext } from "../../graphql/context";
import { conflict, notFound } from "../../graphql/errors";
import { byKeys, type LoaderFactory } from "../../graphql/loaders";
import { changedFields, recordEvent } from "../event/event.service";
import { definedOnly, requiredText, requiredValue } from "../../graphql/patch";
import { Body } from "./body.entity";
import type { BodyInput, BodyUpdateInput } from "./body.inputs";

export function listBodies(ctx: RequestContext): Promise<Body[]> {
  return ctx.em.getRepository(Body).find({ order: { kind: "ASC", name: "ASC" } });
}

export const bodyById: LoaderFactory<string, Body | null> = (ctx) =>
  new DataLoader(async (ids) => byKeys(ids, await ctx.em.getRepository(Body).findBy({ id: In([...ids]) }), (b) => b.id));

async function assertNameFree(ctx: RequestContext, name: string, exceptId?: string): Promise<void> {
  const existing = await ctx.em.getRepository(Body).findOne({ where: { name }, select: { id: true } });
  if (existing && existing.id !== exceptId) throw conflict(`A body named "${name}" already exists`);
}

export async function createBody(ctx: RequestContext, input: BodyInput): Promise<Body> {
  const name = input.name.trim();
  await assertNameFree(ctx, name);
  const repo = ctx.em.getRepository(Body);
  const body = await repo.save(repo.create({ name, kind: input.kind, level: input.level ?? "DISTRICT" }));
  await recordEvent(ctx, { entityType: "Body", entityId: body.id, action: "body.create", after: { name, kind: body.kind, level: body.level } });
  return body;
}

export async function updateBody(ctx: RequestContext, id: string, input: BodyUpdateInput): Promise<Body> {
  const repo = ctx.em.getRepository(Body);
  const body = await repo.findOne({ where: { id }, lock: { mode: "pessimistic_write" } });
  if (!body) throw notFound("Body");
  const patch: Partial<Body> = definedOnly({
    name: requiredText("name", input.name),
    level: requiredValue("level", input.level),
    active: requiredValue("active", input.active),
  });
  if (patch.name && patch.name !== body.name) await assertNameFree(ctx, patch.name, id);
  const diff = changedFields(body, patch);
  if (Object.keys(diff.after).length === 0) return body;
  const saved = await repo.save(Object.assign(body, patch));
  await recordEvent(ctx, { entityType: "Body", entityId: id, action: "body.update", ...diff });
  return saved;
}
