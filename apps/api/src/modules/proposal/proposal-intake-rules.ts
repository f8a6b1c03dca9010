// What a submitted item must satisfy (DOMAIN.md §2 "Submit"), checked before anything is written:
// who may enter it (the member themself, or committee staff of the body: 代录), the kind fits the
// body, title and body caps and subject areas from the rule set of the kind, and the proposers
// (count per submitter type, active members of the session's body, no repeats).
import { type BodyKind, characterCount, ProposalKind, resolveSubjectArea, SubmitterType } from "@jyta/domain";
import { In } from "typeorm";
import type { RequestContext } from "../../graphql/context";
import { badInput, forbidden } from "../../graphql/errors";
import { AssemblySession } from "../assembly-session/assembly-session.entity";
import { hasRole } from "../auth/principal";
import { type Body } from "../body/body.entity";
import { Member } from "../member/member.entity";
import { getRuleSet } from "../rule-set/rule-set.service";

export interface IntakeContent {
  sessionId: string;
  kind: ProposalKind;
  title: string;
  body: string;
  /** Code or label as typed; null or empty for none. */
  category: string | null;
  submitterType: SubmitterType;
  proposerIds: readonly string[];
}

export interface CheckedIntake {
  session: AssemblySession;
  title: string;
  body: string;
  /** The subject-area code, or null. */
  category: string | null;
  /** Staff entry (代录): the user who entered it; null when a member entered their own item. */
  enteredById: string | null;
}

/** Which body may send which kind: 提案 come from the CPPCC, 建议 from the People's Congress, 微建议 from either. */
const KINDS_OF_BODY: Record<BodyKind, readonly ProposalKind[]> = {
  CPPCC: [ProposalKind.PROPOSAL, ProposalKind.MICRO_SUGGESTION],
  PEOPLES_CONGRESS: [ProposalKind.SUGGESTION, ProposalKind.MICRO_SUGGESTION],
};

async function loadSession(ctx: RequestContext, sessionId: string): Promise<{ session: AssemblySession; body: Body }> {
  const session = await ctx.em.getRepository(AssemblySession).findOne({ where: { id: sessionId }, relations: { body: true } });
  if (!session?.body) throw badInput("Unknown session", { sessionId: ["does not exist"] });
  return { session, body: session.body };
}

/**
 * Who is entering the item: committee staff of the session's body (代录), or a member who is among
 * the proposers, of that body, filing into its current session. Anyone else is FORBIDDEN.
 */
function checkEntrant(ctx: RequestContext, session: AssemblySession, proposerIds: readonly string[], members: ReadonlyMap<string, Member>): string | null {
  const p = ctx.principal;
  if (!p) throw forbidden();
  if (hasRole(p, "COMMITTEE") && p.bodyId === session.bodyId) return p.userId;
  if (hasRole(p, "MEMBER") && p.memberId && proposerIds.includes(p.memberId)) {
    const self = members.get(p.memberId);
    if (!self || self.bodyId !== session.bodyId) throw forbidden("You are not a member of this session's body");
    if (!session.isCurrent) throw badInput("Members file into the current session", { sessionId: ["is not the current session"] });
    return null;
  }
  if (hasRole(p, "MEMBER")) throw forbidden("You can only submit items you are a proposer of");
  throw forbidden("Committee staff enter items for members of their own body only");
}

function checkProposerCount(submitterType: SubmitterType, count: number, fields: Record<string, string[]>): void {
  if (submitterType === SubmitterType.INDIVIDUAL && count !== 1) fields.proposerIds = ["an individual item has exactly one proposer"];
  if (submitterType === SubmitterType.JOINT && count < 2) fields.proposerIds = ["a joint item (联名) has at least two proposers"];
}

function checkProposers(session: AssemblySession, ids: readonly string[], members: ReadonlyMap<string, Member>, fields: Record<string, string[]>): void {
  const problems: string[] = [];
  if (new Set(ids).size !== ids.length) problems.push("a proposer is listed twice");
  for (const id of ids) {
    const m = members.get(id);
    if (!m) problems.push(`${id} is not a member`);
    else if (m.bodyId !== session.bodyId) problems.push(`${m.name} is not a member of this session's body`);
    else if (!m.active) problems.push(`${m.name} is no longer an active member`);
  }
  if (problems.length) fields.proposerIds = [...(fields.proposerIds ?? []), ...problems];
}

/** Checks an item's content and entrant; throws FORBIDDEN or BAD_USER_INPUT (with fields) and writes nothing. */
export async function checkIntake(ctx: RequestContext, input: IntakeContent): Promise<CheckedIntake> {
  const { session, body } = await loadSession(ctx, input.sessionId);
  const memberRows = await ctx.em.getRepository(Member).findBy({ id: In([...new Set(input.proposerIds)]) });
  const members = new Map(memberRows.map((m) => [m.id, m]));
  const enteredById = checkEntrant(ctx, session, input.proposerIds, members);

  const rules = await getRuleSet(ctx, input.kind);
  const fields: Record<string, string[]> = {};
  if (!KINDS_OF_BODY[body.kind].includes(input.kind)) fields.kind = [`${body.name} does not file items of kind ${input.kind}`];
  const title = input.title.trim();
  const text = input.body.trim();
  if (!title) fields.title = ["is required"];
  else if (characterCount(title) > rules.titleMaxLength) fields.title = [`at most ${rules.titleMaxLength} characters`];
  if (!text) fields.body = ["is required"];
  else if (characterCount(text) > rules.bodyMaxLength) fields.body = [`at most ${rules.bodyMaxLength} characters`];
  let category: string | null = null;
  if (input.category?.trim()) {
    category = resolveSubjectArea(rules, input.category) ?? null;
    if (!category) fields.category = [`unknown subject area; one of ${rules.subjectAreas.map((a) => a.code).join(", ")}`];
  }
  checkProposerCount(input.submitterType, input.proposerIds.length, fields);
  checkProposers(session, input.proposerIds, members, fields);
  if (Object.keys(fields).length) throw badInput("The item cannot be filed as it is", fields);
  return { session, title, body: text, category, enteredById };
}
