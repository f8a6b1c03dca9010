import type { Role } from "@jyta/domain";
import { BatchLoader as DataLoader } from "../../graphql/dataloader";
import { In } from "typeorm";
import type { RequestContext } from "../../graphql/context";
import { badInput, conflict, notFound } from "../../graphql/errors";
import { applyListOptions, containsPattern, page, type Page, type SortSpec } from "../../graphql/list";
import { byKeys, type LoaderFactory } from "../../graphql/loaders";
import { revokeUserSessions } from "../auth/login-session.service";
import { hashPassword, passwordProblem } from "../auth/password";
import { Body } from "../body/body.entity";
import { changedFields, recordEvent } from "../event/event.service";
import { definedOnly, optionalText, requiredText, requiredValue } from "../../graphql/patch";
import { Member } from "../member/member.entity";
import { Unit } from "../unit/unit.entity";
import { User } from "./user.entity";
import type { UserInput, UserListOptions, UserSort, UserUpdateInput } from "./user.inputs";

const SORTS: Record<UserSort, SortSpec> = {
  USERNAME_ASC: [["username", "ASC"]],
  DISPLAY_NAME_ASC: [["displayName", "ASC"]],
  CREATED_AT_DESC: [["createdAt", "DESC"]],
};

export function listUsers(ctx: RequestContext, options: UserListOptions | undefined): Promise<Page<User>> {
  const qb = ctx.em.getRepository(User).createQueryBuilder("user");
  const f = options?.filter;
  if (f?.search) qb.andWhere("(user.username ILIKE :q OR user.display_name ILIKE :q)", { q: containsPattern(f.search) });
  if (f?.role) qb.andWhere(":role = ANY(user.roles)", { role: f.role });
  if (f?.unitId) qb.andWhere("user.unit_id = :unitId", { unitId: f.unitId });
  if (f?.active !== undefined && f.active !== null) qb.andWhere("user.active = :active", { active: f.active });
  return page(applyListOptions(qb, options, SORTS, "USERNAME_ASC"));
}

export const userById: LoaderFactory<string, User | null> = (ctx) =>
  new DataLoader(async (ids) => byKeys(ids, await ctx.em.getRepository(User).findBy({ id: In([...ids]) }), (u) => u.id));

interface Links {
  roles: readonly Role[];
  unitId: string | null;
  memberId: string | null;
  bodyId: string | null;
}

/** The role ⇒ link rules of DOMAIN.md §1, checked with clear messages (the database CHECKs are the backstop). */
async function checkLinks(ctx: RequestContext, links: Links): Promise<void> {
  const fields: Record<string, string[]> = {};
  const needsUnit = links.roles.includes("UNIT_HANDLER") || links.roles.includes("UNIT_LEADER");
  if (needsUnit && !links.unitId) fields.unitId = ["a unit user must belong to a unit"];
  if (links.roles.includes("MEMBER") && !links.memberId) fields.memberId = ["a MEMBER user must be linked to a member"];
  if (links.roles.includes("COMMITTEE") && !links.bodyId) fields.bodyId = ["committee staff must belong to a body"];
  if (links.roles.includes("API_CLIENT")) fields.roles = ["API_CLIENT is for API tokens, not for logins"];
  if (links.unitId && !(await ctx.em.getRepository(Unit).exists({ where: { id: links.unitId } }))) fields.unitId = ["unit does not exist"];
  if (links.memberId && !(await ctx.em.getRepository(Member).exists({ where: { id: links.memberId } }))) fields.memberId = ["member does not exist"];
  if (links.bodyId && !(await ctx.em.getRepository(Body).exists({ where: { id: links.bodyId } }))) fields.bodyId = ["body does not exist"];
  if (Object.keys(fields).length) throw badInput("The user's roles and links do not fit", fields);
}

function checkPassword(password: string): void {
  const problem = passwordProblem(password);
  if (problem) throw badInput(problem, { password: [problem] });
}

export async function createUser(ctx: RequestContext, input: UserInput): Promise<User> {
  const username = input.username.toLowerCase();
  const roles = [...new Set(input.roles)];
  const links = { roles, unitId: input.unitId ?? null, memberId: input.memberId ?? null, bodyId: input.bodyId ?? null };
  await checkLinks(ctx, links);
  checkPassword(input.password);
  const repo = ctx.em.getRepository(User);
  if (await repo.exists({ where: { username } })) throw conflict(`The username "${username}" is taken`);
  const user = await repo.save(
    repo.create({
      username,
      displayName: input.displayName.trim(),
      passwordHash: await hashPassword(input.password),
      ...links,
      phone: input.phone?.trim() || null,
    }),
  );
  await recordEvent(ctx, { entityType: "User", entityId: user.id, action: "user.create", after: { username, ...links } });
  return user;
}

export async function updateUser(ctx: RequestContext, id: string, input: UserUpdateInput): Promise<User> {
  const repo = ctx.em.getRepository(User);
  const user = await repo.findOne({ where: { id }, lock: { mode: "pessimistic_write" } });
  if (!user) throw notFound("User");
  const roles = requiredValue("roles", input.roles);
  const patch: Partial<User> = definedOnly({
    displayName: requiredText("displayName", input.displayName),
    roles: roles ? [...new Set(roles)] : undefined,
    // null unlinks (e.g. a user who is no longer a unit handler)
    unitId: input.unitId,
    memberId: input.memberId,
    bodyId: input.bodyId,
    phone: optionalText(input.phone),
    active: requiredValue("active", input.active),
  });
  const next = { ...user, ...patch };
  await checkLinks(ctx, { roles: next.roles, unitId: next.unitId, memberId: next.memberId, bodyId: next.bodyId });
  if (ctx.principal?.userId === id && (patch.active === false || (patch.roles && !patch.roles.includes("ADMIN") && user.roles.includes("ADMIN")))) {
    throw badInput("You cannot deactivate yourself or drop your own ADMIN role");
  }
  const diff = changedFields(user, patch);
  const passwordChanged = input.password !== undefined;
  if (passwordChanged) {
    checkPassword(input.password!);
    patch.passwordHash = await hashPassword(input.password!);
    patch.passwordChangedAt = ctx.now();
  }
  if (Object.keys(diff.after).length === 0 && !passwordChanged) return user;
  const saved = await repo.save(Object.assign(user, patch));
  // A change of roles, links, activity or password ends every session the user has open.
  const accessChanged = ["roles", "unitId", "memberId", "bodyId", "active"].some((k) => k in diff.after);
  if (accessChanged || passwordChanged) await revokeUserSessions(ctx.em, id);
  await recordEvent(ctx, {
    entityType: "User",
    entityId: id,
    action: "user.update",
    before: diff.before,
    after: { ...diff.after, ...(passwordChanged ? { password: "(changed)" } : {}) },
  });
  return saved;
}
