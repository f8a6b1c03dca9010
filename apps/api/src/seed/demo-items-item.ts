// One demo item told step by step, the way the services would have changed it: each step checks the
// move against the domain's transition table (so the demo never shows a state the product cannot
// reach), patches the row and records one event.
import {
  proposalTransition,
  SubmitterType,
  type AssignmentRole,
  type DeclineReason,
  type ProposalAction,
  type ProposalKind,
  type ProposalStatus,
  type Satisfaction,
  validateAssignmentPlan,
} from "@jyta/domain";
import type { AssemblySession } from "../modules/assembly-session/assembly-session.entity";
import type { Event, EventSnapshot } from "../modules/event/event.entity";
import type { Member } from "../modules/member/member.entity";
import type { Proposal, ProposalCloseReason } from "../modules/proposal/proposal.entity";
import type { Unit } from "../modules/unit/unit.entity";
import { AssignmentStory } from "./demo-items-assignment";
import type { Actor, DemoBook } from "./demo-items-book";
import type { Row } from "./demo-items-rows";
import { honorific, itemBody, type DemoItemText } from "./demo-items-texts";
import type { ReplyStory } from "./demo-items-reply";

export interface ItemSpec {
  session: AssemblySession;
  kind: ProposalKind;
  text: DemoItemText;
  /** In order: the first is 第一提案人 / 领衔代表. */
  proposers: readonly Member[];
  submitterType?: SubmitterType;
  /** When the item was written (drafted, or entered by staff). */
  createdAt: Date;
}

export interface PlannedAssignment {
  unit: Unit;
  role: AssignmentRole;
  share?: number;
}

export class ItemStory {
  readonly row: Row<Proposal>;
  readonly assignments: AssignmentStory[] = [];
  /** The member's own login when it has one; otherwise committee staff entered the item (代录). */
  readonly author: Actor;

  constructor(
    readonly book: DemoBook,
    readonly spec: ItemSpec,
  ) {
    const own = book.loginOf(spec.proposers[0]!);
    const staff = book.committee(spec.session);
    this.author = own ? { user: own, note: null } : { user: staff, note: "提案委代录" };
    this.row = {
      id: book.id(),
      kind: spec.kind,
      sessionId: spec.session.id,
      title: spec.text.title,
      body: itemBody(spec.text),
      submitterType: spec.submitterType ?? (spec.proposers.length > 1 ? SubmitterType.JOINT : SubmitterType.INDIVIDUAL),
      status: "DRAFT",
      round: 1,
      enteredById: own ? null : staff.id,
      createdById: (own ?? staff).id,
      createdAt: spec.createdAt,
      updatedAt: spec.createdAt,
    };
    book.rows.proposals.push(this.row);
    spec.proposers.forEach((m, i) => book.rows.proposers.push({ proposalId: this.row.id, memberId: m.id, position: i + 1 }));
    // A member writes a draft first; staff enter a paper item and submit it in one go.
    if (own) this.record("createDraft", spec.createdAt, this.author, null, { status: "DRAFT", kind: spec.kind, title: spec.text.title, proposerIds: spec.proposers.map((m) => m.id) });
  }

  private record(action: string, when: Date, actor: Actor, before: EventSnapshot | null, after: EventSnapshot): Row<Event> {
    return this.book.event({ at: when, actor, proposalId: this.row.id, entityType: "Proposal", entityId: this.row.id, action, before, after });
  }

  get status(): ProposalStatus {
    return this.row.status!;
  }

  get firstProposer(): Member {
    return this.spec.proposers[0]!;
  }

  /** How replies address the proposers: 王晓东委员, or 王晓东等3位委员 for a joint item. */
  get addressee(): string {
    const title = honorific(this.spec.session.bodyId === this.book.world.cppcc.id ? "CPPCC" : "PEOPLES_CONGRESS");
    const n = this.spec.proposers.length;
    return n > 1 ? `${this.firstProposer.name}等${n}位${title}` : `${this.firstProposer.name}${title}`;
  }

  /** Moves the item by `action` (refused if the transition table does not allow it) and records it. */
  change(action: ProposalAction, at: Date, actor: Actor, patch: Partial<Proposal> = {}, extra: EventSnapshot = {}): void {
    const before = this.status;
    const to = proposalTransition(action, before);
    Object.assign(this.row, patch, { status: to, updatedAt: at, version: (this.row.version ?? 1) + 1 });
    const event = this.record(action, at, actor, { status: before }, { status: to, ...extra });
    if (action === "register") this.book.rows.registerEvents.set(this.row.id, event);
  }

  submit(at: Date): this {
    this.change("submit", at, this.author, { submittedAt: at });
    return this;
  }

  withdraw(at: Date): this {
    this.change("withdraw", at, this.author);
    return this;
  }

  register(at: Date): this {
    const staff = { user: this.book.committee(this.spec.session), note: null };
    this.change("register", at, staff, { registeredAt: at, category: this.spec.text.area }, { category: this.spec.text.area });
    return this;
  }

  decline(at: Date, code: DeclineReason, reason: string, transferredTo: string | null): this {
    const staff = { user: this.book.committee(this.spec.session), note: null };
    this.change("decline", at, staff, { declineReasonCode: code, declineReason: reason, transferredTo }, { declineReasonCode: code, declineReason: reason, ...(transferredTo ? { transferredTo } : {}) });
    return this;
  }

  mergeInto(primary: ItemStory, at: Date): this {
    const staff = { user: this.book.committee(this.spec.session), note: null };
    this.change("merge", at, staff, { mergedIntoId: primary.row.id }, { mergedIntoId: primary.row.id });
    return this;
  }

  /** 重点提案 with its supervising leader (领办领导), and the 一号提案 flag. */
  markKey(at: Date, leader: string, numberOne = false): this {
    Object.assign(this.row, { isKey: true, supervisingLeader: leader, isNumberOne: numberOne });
    this.record("markKey", at, this.book.office, { isKey: false, supervisingLeader: null }, { isKey: true, supervisingLeader: leader });
    if (numberOne) this.record("markNumberOne", at, this.book.office, { isNumberOne: false }, { isNumberOne: true });
    return this;
  }

  /** 交办 by the office: one assignment per unit, due dates from the rule set and the calendar. */
  assign(at: Date, plan: readonly PlannedAssignment[]): AssignmentStory[] {
    const units = plan.map((p) => ({ unitId: p.unit.id, role: p.role, share: p.share ?? null }));
    const mode = validateAssignmentPlan(units);
    this.change("assign", at, this.book.office, {}, { mode, assignments: units });
    const created = plan.map((p) => new AssignmentStory(this, p, at));
    this.assignments.push(...created);
    return created;
  }

  /** Called when a reply is sent: the item is REPLIED once every replying assignment has sent its reply. */
  replySent(at: Date, actor: Actor): void {
    const replying = this.assignments.filter((a) => a.replying && a.row.status !== "RETURNED");
    if (this.status === "HANDLING" && replying.every((a) => a.row.status === "REPLIED")) this.change("markReplied", at, actor, {}, { round: this.row.round ?? 1 });
  }

  /** Who records a proposer's rating: their own login, or committee staff from the paper form (征询意见表). */
  feedbackActor(member: Member): Actor {
    const own = this.book.loginOf(member);
    return own ? { user: own, note: null } : { user: this.book.committee(this.spec.session), note: "提案委代录征询意见表" };
  }

  /** A proposer rates a reply; the first proposer's satisfied rating closes the item (round 1). */
  rate(reply: ReplyStory, member: Member, result: Satisfaction, at: Date, options: { attitude?: Satisfaction; comment?: string } = {}): this {
    const actor = this.feedbackActor(member);
    const id = this.book.id();
    const attitude = options.attitude ?? (result === "DISSATISFIED" ? "BASICALLY_SATISFIED" : "SATISFIED");
    this.book.rows.feedback.push({
      id,
      replyId: reply.row.id,
      proposalId: this.row.id,
      memberId: member.id,
      round: this.row.round ?? 1,
      communicated: true,
      attitude,
      result,
      comment: options.comment ?? null,
      givenAt: at,
    });
    this.book.event({ at, actor, proposalId: this.row.id, entityType: "Feedback", entityId: id, action: "giveFeedback", after: { replyId: reply.row.id, attitude, result } });
    return this;
  }

  close(action: "closeOnFeedback" | "closeOnLapse" | "close", at: Date, reason: ProposalCloseReason, actor: Actor): this {
    this.change(action, at, actor, { closedAt: at, closeReason: reason }, { closeReason: reason });
    return this;
  }
}
