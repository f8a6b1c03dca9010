import type { RequestContext } from "../../graphql/context";
import { conflict, notFound } from "../../graphql/errors";
import { applyListOptions, containsPattern, page, type Page, type SortSpec } from "../../graphql/list";
import { changedFields, recordEvent } from "../event/event.service";
import { definedOnly, optionalText, requiredText, requiredValue } from "../../graphql/patch";
import { Unit } from "./unit.entity";
import type { UnitInput, UnitListOptions, UnitSort, UnitUpdateInput } from "./unit.inputs";

const SORTS: Record<UnitSort, SortSpec> = {
  SORT_ORDER_ASC: [["sortOrder", "ASC"], ["name", "ASC"]],
  NAME_ASC: [["name", "ASC"]],
  NAME_DESC: [["name", "DESC"]],
  CREATED_AT_DESC: [["createdAt", "DESC"]],
};

export function listUnits(ctx: RequestContext, options: UnitListOptions | undefined): Promise<Page<Unit>> {
  const qb = ctx.em.getRepository(Unit).createQueryBuilder("unit");
  const f = options?.filter;
  if (f?.search) qb.andWhere("(unit.name ILIKE :q OR unit.short_name ILIKE :q)", { q: containsPattern(f.search) });
  if (f?.kind) qb.andWhere("unit.kind = :kind", { kind: f.kind });
  if (f?.active !== undefined && f.active !== null) qb.andWhere("unit.active = :active", { active: f.active });
  return page(applyListOptions(qb, options, SORTS, "SORT_ORDER_ASC"));
}

async function assertNameFree(ctx: RequestContext, name: string, exceptId?: string): Promise<void> {
  const existing = await ctx.em.getRepository(Unit).findOne({ where: { name }, select: { id: true } });
  if (existing && existing.id !== exceptId) throw conflict(`A unit named "${name}" already exists`);
}

export async function createUnit(ctx: RequestContext, input: UnitInput): Promise<Unit> {
  const name = input.name.trim();
  await assertNameFree(ctx, name);
  const repo = ctx.em.getRepository(Unit);
  const unit = await repo.save(
    repo.create({
      name,
      shortName: input.shortName?.trim() || null,
      kind: input.kind ?? "DEPARTMENT",
      contactName: input.contactName ?? null,
      contactPhone: input.contactPhone ?? null,
      sortOrder: input.sortOrder ?? 0,
    }),
  );
  await recordEvent(ctx, { entityType: "Unit", entityId: unit.id, action: "unit.create", after: { name: unit.name, kind: unit.kind } });
  return unit;
}

export async function updateUnit(ctx: RequestContext, id: string, input: UnitUpdateInput): Promise<Unit> {
  const repo = ctx.em.getRepository(Unit);
  const unit = await repo.findOne({ where: { id }, lock: { mode: "pessimistic_write" } });
  if (!unit) throw notFound("Unit");
  const patch: Partial<Unit> = definedOnly({
    name: requiredText("name", input.name),
    shortName: optionalText(input.shortName),
    kind: requiredValue("kind", input.kind),
    contactName: optionalText(input.contactName),
    contactPhone: optionalText(input.contactPhone),
    sortOrder: requiredValue("sortOrder", input.sortOrder),
    active: requiredValue("active", input.active),
  });
  if (patch.name && patch.name !== unit.name) await assertNameFree(ctx, patch.name, id);
  const diff = changedFields(unit, patch);
  if (Object.keys(diff.after).length === 0) return unit;
  Object.assign(unit, patch);
  const saved = await repo.save(unit);
  await recordEvent(ctx, { entityType: "Unit", entityId: id, action: "unit.update", ...diff });
  return saved;
}
