// Filing an item (DOMAIN.md §2 "Submit"): a member or committee staff (代录) submits it, or saves a
// DRAFT to edit and submit later; the first proposer may withdraw it until it is registered.
import { DomainError, ErrorCode, proposalTransition, ProposalStatus } from "@jyta/domain";
import type { RequestContext } from "../../graphql/context";
import { forbidden } from "../../graphql/errors";
import { compareAndSet } from "../access/compare-and-set";
import { changedFields, recordEvent } from "../event/event.service";
import { actorUserId, proposalForAction, reloadProposal } from "./proposal-access";
import { checkIntake, type IntakeContent } from "./proposal-intake-rules";
import { ProposalProposer } from "./proposal-proposer.entity";
import { Proposal } from "./proposal.entity";
import type { SubmitProposalInput, UpdateDraftInput } from "./proposal.inputs";

async function proposerIdsOf(ctx: RequestContext, proposalId: string): Promise<string[]> {
  const rows = await ctx.em.getRepository(ProposalProposer).find({ where: { proposalId }, order: { position: "ASC" } });
  return rows.map((r) => r.memberId);
}

async function writeProposers(ctx: RequestContext, proposalId: string, memberIds: readonly string[]): Promise<void> {
  const repo = ctx.em.getRepository(ProposalProposer);
  await repo.delete({ proposalId });
  await repo.insert(memberIds.map((memberId, i) => ({ proposalId, memberId, position: i + 1 })));
}

export async function submitProposal(ctx: RequestContext, input: SubmitProposalInput): Promise<Proposal> {
  const checked = await checkIntake(ctx, { ...input, category: input.category ?? null });
  // The item is born a DRAFT; submitting is the domain's DRAFT → SUBMITTED, recorded as one event.
  const status = input.draft ? ProposalStatus.DRAFT : proposalTransition("submit", ProposalStatus.DRAFT);
  const repo = ctx.em.getRepository(Proposal);
  const proposal = await repo.save(
    repo.create({
      kind: input.kind,
      sessionId: checked.session.id,
      title: checked.title,
      body: checked.body,
      category: checked.category,
      submitterType: input.submitterType,
      status,
      submittedAt: status === ProposalStatus.SUBMITTED ? ctx.now() : null,
      enteredById: checked.enteredById,
      createdById: actorUserId(ctx),
    }),
  );
  await writeProposers(ctx, proposal.id, input.proposerIds);
  await recordEvent(ctx, {
    entityType: "Proposal",
    entityId: proposal.id,
    proposalId: proposal.id,
    action: input.draft ? "createDraft" : "submit",
    after: { status, kind: input.kind, title: checked.title, proposerIds: input.proposerIds, ...(checked.enteredById ? { enteredById: checked.enteredById } : {}) },
  });
  return proposal;
}

function assertDraft(proposal: Proposal, action: string): void {
  if (proposal.status !== ProposalStatus.DRAFT) {
    throw new DomainError(ErrorCode.INVALID_TRANSITION, `Cannot ${action} an item in status ${proposal.status}`, { action, from: proposal.status, allowedFrom: [ProposalStatus.DRAFT] });
  }
}

function contentOf(proposal: Proposal, proposerIds: readonly string[]): IntakeContent {
  return {
    sessionId: proposal.sessionId,
    kind: proposal.kind,
    title: proposal.title,
    body: proposal.body,
    category: proposal.category,
    submitterType: proposal.submitterType,
    proposerIds,
  };
}

export async function updateDraft(ctx: RequestContext, id: string, input: UpdateDraftInput): Promise<Proposal> {
  const { proposal } = await proposalForAction(ctx, id, "updateDraft");
  assertDraft(proposal, "edit");
  const oldProposerIds = await proposerIdsOf(ctx, id);
  const next: IntakeContent = {
    ...contentOf(proposal, input.proposerIds ?? oldProposerIds),
    ...(input.title !== undefined ? { title: input.title } : {}),
    ...(input.body !== undefined ? { body: input.body } : {}),
    ...(input.category !== undefined ? { category: input.category } : {}),
    ...(input.submitterType !== undefined ? { submitterType: input.submitterType } : {}),
  };
  const checked = await checkIntake(ctx, next);
  const patch: Partial<Proposal> = { title: checked.title, body: checked.body, category: checked.category, submitterType: next.submitterType };
  const diff = changedFields(proposal, patch);
  const proposersChanged = oldProposerIds.join() !== next.proposerIds.join();
  if (proposersChanged) {
    diff.before.proposerIds = oldProposerIds;
    diff.after.proposerIds = next.proposerIds;
  }
  if (Object.keys(diff.after).length === 0) return proposal;
  await compareAndSet(ctx, Proposal, id, { version: proposal.version, status: ProposalStatus.DRAFT }, patch);
  if (proposersChanged) await writeProposers(ctx, id, next.proposerIds);
  await recordEvent(ctx, { entityType: "Proposal", entityId: id, proposalId: id, action: "updateDraft", ...diff });
  return reloadProposal(ctx, id);
}

export async function submitDraft(ctx: RequestContext, id: string): Promise<Proposal> {
  const { proposal } = await proposalForAction(ctx, id, "submitDraft");
  const to = proposalTransition("submit", proposal.status);
  // Rules and rolls may have changed since the draft was saved: check it again as if new.
  await checkIntake(ctx, contentOf(proposal, await proposerIdsOf(ctx, id)));
  await compareAndSet(ctx, Proposal, id, { version: proposal.version, status: proposal.status }, { status: to, submittedAt: ctx.now() });
  await recordEvent(ctx, { entityType: "Proposal", entityId: id, proposalId: id, action: "submit", before: { status: proposal.status }, after: { status: to } });
  return reloadProposal(ctx, id);
}

/** Only the first proposer (领衔) withdraws: on a joint item a co-proposer cannot withdraw it for all. */
export async function withdrawProposal(ctx: RequestContext, id: string): Promise<Proposal> {
  const { proposal } = await proposalForAction(ctx, id, "withdrawProposal");
  const [first] = await proposerIdsOf(ctx, id);
  if (!first || first !== ctx.principal?.memberId) throw forbidden("Only the first proposer may withdraw the item");
  const to = proposalTransition("withdraw", proposal.status);
  await compareAndSet(ctx, Proposal, id, { version: proposal.version, status: proposal.status }, { status: to });
  await recordEvent(ctx, { entityType: "Proposal", entityId: id, proposalId: id, action: "withdraw", before: { status: proposal.status }, after: { status: to } });
  return reloadProposal(ctx, id);
}
