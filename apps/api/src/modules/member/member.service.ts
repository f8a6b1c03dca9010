import { BatchLoader as DataLoader } from "../../graphql/dataloader";
import { In } from "typeorm";
import type { RequestContext } from "../../graphql/context";
import { badInput, forbidden, notFound } from "../../graphql/errors";
import { applyListOptions, containsPattern, page, type Page, type SortSpec } from "../../graphql/list";
import { byKeys, type LoaderFactory } from "../../graphql/loaders";
import { hasRole } from "../auth/principal";
import { Body } from "../body/body.entity";
import { changedFields, recordEvent } from "../event/event.service";
import { definedOnly, optionalText, requiredText, requiredValue } from "../../graphql/patch";
import { Member } from "./member.entity";
import type { MemberInput, MemberListOptions, MemberSort, MemberUpdateInput } from "./member.inputs";

const SORTS: Record<MemberSort, SortSpec> = {
  NAME_ASC: [["name", "ASC"]],
  NAME_DESC: [["name", "DESC"]],
  SECTOR_ASC: [["sector", "ASC"], ["name", "ASC"]],
  CREATED_AT_DESC: [["createdAt", "DESC"]],
};

export function listMembers(ctx: RequestContext, options: MemberListOptions | undefined): Promise<Page<Member>> {
  const qb = ctx.em.getRepository(Member).createQueryBuilder("member");
  const f = options?.filter;
  if (f?.bodyId) qb.andWhere("member.body_id = :bodyId", { bodyId: f.bodyId });
  if (f?.search) qb.andWhere("(member.name ILIKE :q OR member.workplace ILIKE :q)", { q: containsPattern(f.search) });
  if (f?.sector) qb.andWhere("member.sector = :sector", { sector: f.sector });
  if (f?.active !== undefined && f.active !== null) qb.andWhere("member.active = :active", { active: f.active });
  return page(applyListOptions(qb, options, SORTS, "NAME_ASC"));
}

export const memberById: LoaderFactory<string, Member | null> = (ctx) =>
  new DataLoader(async (ids) => byKeys(ids, await ctx.em.getRepository(Member).findBy({ id: In([...ids]) }), (m) => m.id));

/**
 * A member's phone and e-mail are for staff and handling units (they contact proposers) and for the
 * member themself; other members see names only.
 */
export function mayReadMemberContacts(ctx: RequestContext, member: Member): boolean {
  const p = ctx.principal;
  if (!p) return false;
  if (p.memberId === member.id) return true;
  return hasRole(p, "ADMIN", "COMMITTEE", "OFFICE", "LEADER", "UNIT_HANDLER", "UNIT_LEADER");
}

/**
 * Committee staff keep the roll of their own body only (the matrix grants COMMITTEE with OWN_BODY);
 * admins keep every roll. Members are visible to all, so another body's member is FORBIDDEN, not hidden.
 */
function assertMayKeepRoll(ctx: RequestContext, bodyId: string): void {
  const p = ctx.principal;
  if (hasRole(p, "ADMIN")) return;
  if (hasRole(p, "COMMITTEE") && p?.bodyId === bodyId) return;
  throw forbidden("Committee staff may only keep the members of their own body");
}

export async function createMember(ctx: RequestContext, input: MemberInput): Promise<Member> {
  if (!(await ctx.em.getRepository(Body).exists({ where: { id: input.bodyId } }))) throw badInput("Unknown body", { bodyId: ["does not exist"] });
  assertMayKeepRoll(ctx, input.bodyId);
  const repo = ctx.em.getRepository(Member);
  const member = await repo.save(
    repo.create({
      bodyId: input.bodyId,
      name: input.name.trim(),
      sector: input.sector?.trim() || null,
      party: input.party?.trim() || null,
      workplace: input.workplace?.trim() || null,
      phone: input.phone?.trim() || null,
      email: input.email?.trim() || null,
    }),
  );
  await recordEvent(ctx, { entityType: "Member", entityId: member.id, action: "member.create", after: { name: member.name, bodyId: member.bodyId } });
  return member;
}

export async function updateMember(ctx: RequestContext, id: string, input: MemberUpdateInput): Promise<Member> {
  const repo = ctx.em.getRepository(Member);
  const member = await repo.findOne({ where: { id }, lock: { mode: "pessimistic_write" } });
  if (!member) throw notFound("Member");
  assertMayKeepRoll(ctx, member.bodyId);
  const patch: Partial<Member> = definedOnly({
    name: requiredText("name", input.name),
    sector: optionalText(input.sector),
    party: optionalText(input.party),
    workplace: optionalText(input.workplace),
    phone: optionalText(input.phone),
    email: optionalText(input.email),
    active: requiredValue("active", input.active),
  });
  const diff = changedFields(member, patch);
  if (Object.keys(diff.after).length === 0) return member;
  const saved = await repo.save(Object.assign(member, patch));
  await recordEvent(ctx, { entityType: "Member", entityId: id, action: "member.update", ...diff });
  return saved;
}
