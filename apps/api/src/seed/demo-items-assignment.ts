// One unit's duty on a demo item (交办): receipt, communications, return and extension requests,
// reminders, the CO opinion and the reply, each checked against the domain's transition table.
import {
  addCalendarMonths,
  assignmentTransition,
  compareLocalDates,
  dueDates,
  isReplyingRole,
  localDateAt,
  type AssignmentAction,
  type AssignmentRole,
  type CommunicationMethod,
  type CommunicationStage,
  type LocalDate,
} from "@jyta/domain";
import type { Assignment } from "../modules/assignment/assignment.entity";
import type { Unit } from "../modules/unit/unit.entity";
import type { EventSnapshot } from "../modules/event/event.entity";
import type { Actor } from "./demo-items-book";
import type { ItemStory, PlannedAssignment } from "./demo-items-item";
import { ReplyStory } from "./demo-items-reply";
import type { Row } from "./demo-items-rows";
import { coOpinionText, communicationSummary } from "./demo-items-texts";
import { at } from "./demo-items-world";

export class AssignmentStory {
  readonly row: Row<Assignment>;
  readonly unit: Unit;
  readonly role: AssignmentRole;
  reply: ReplyStory | null = null;

  constructor(
    readonly item: ItemStory,
    plan: PlannedAssignment,
    assignedAt: Date,
  ) {
    const { book } = item;
    this.unit = plan.unit;
    this.role = plan.role;
    const assignedOn = localDateAt(assignedAt);
    const due = dueDates(assignedOn, book.world.rules[item.spec.kind], book.world.calendar, plan.role);
    this.row = {
      id: book.id(),
      proposalId: item.row.id,
      unitId: plan.unit.id,
      role: plan.role,
      share: plan.share ?? null,
      status: "PENDING",
      assignedAt,
      assignedOn,
      returnWindowEndsOn: due.returnWindowEndsOn,
      coOpinionDueOn: due.coOpinionDueOn,
      replyDueOn: due.replyDueOn,
      originalReplyDueOn: due.replyDueOn,
      extensionLimitOn: due.extensionLimitOn,
      assignedById: book.world.users.office.id,
      createdAt: assignedAt,
      updatedAt: assignedAt,
    };
    book.rows.assignments.push(this.row);
    book.event({
      at: assignedAt,
      actor: book.office,
      proposalId: item.row.id,
      entityType: "Assignment",
      entityId: this.row.id,
      action: "assign",
      after: { status: "PENDING", unitId: plan.unit.id, role: plan.role, replyDueOn: due.replyDueOn },
    });
  }

  get replying(): boolean {
    return isReplyingRole(this.role);
  }

  get handler(): Actor {
    return this.item.book.unitActor(this.unit);
  }

  /** Moves the assignment by `action` (refused if not allowed) and records it. */
  change(action: AssignmentAction, when: Date, actor: Actor, patch: Partial<Assignment> = {}, snapshots?: { before: EventSnapshot; after: EventSnapshot }): void {
    const before = this.row.status!;
    const to = assignmentTransition(action, before, this.role);
    Object.assign(this.row, patch, { status: to, updatedAt: when, version: (this.row.version ?? 1) + 1 });
    this.item.book.event({
      at: when,
      actor,
      proposalId: this.item.row.id,
      entityType: "Assignment",
      entityId: this.row.id,
      action,
      before: snapshots?.before ?? { status: before },
      after: snapshots?.after ?? { status: to },
    });
  }

  receive(when: Date): this {
    this.change("receive", when, this.handler, { receivedAt: when });
    return this;
  }

  /** 沟通记录 with the proposers, logged the same evening. */
  communicate(on: LocalDate, method: CommunicationMethod, stage: CommunicationStage): this {
    const { book } = this.item;
    const who = this.item.addressee.replace(/等\d+位/, "等");
    const contact = book.contact(this.unit);
    const id = book.id();
    const recorded = at(on, "17:30");
    book.event({ at: recorded, actor: this.handler, proposalId: this.item.row.id, entityType: "Communication", entityId: id, action: "logCommunication", after: { assignmentId: this.row.id, method, stage, occurredOn: on } });
    book.rows.communications.push({
      id,
      assignmentId: this.row.id,
      method,
      stage,
      occurredOn: on,
      participants: `${who}；${this.unit.name} ${contact.name}`,
      summary: communicationSummary(method, stage, who),
      createdById: this.handler.user!.id,
      createdAt: recorded,
    });
    return this;
  }

  /** 申请退回, left undecided for the office. */
  requestReturn(when: Date, reason: string): this {
    if (compareLocalDates(localDateAt(when), this.row.returnWindowEndsOn!) > 0) throw new Error(`Demo items: return requested after the window (${this.item.row.title})`);
    const actor = this.handler;
    this.item.book.rows.returnRequests.push({ id: this.item.book.id(), assignmentId: this.row.id, reason, requestedAt: when, requestedById: actor.user!.id });
    this.change("requestReturn", when, actor);
    return this;
  }

  /** 申请延期 by one month (never beyond the limit), left undecided for the office. */
  requestExtension(when: Date, reason: string): this {
    const wanted = addCalendarMonths(this.row.replyDueOn!, 1);
    const until = compareLocalDates(wanted, this.row.extensionLimitOn!) > 0 ? this.row.extensionLimitOn! : wanted;
    const actor = this.handler;
    this.item.book.rows.extensionRequests.push({ id: this.item.book.id(), assignmentId: this.row.id, reason, requestedUntil: until, requestedAt: when, requestedById: actor.user!.id });
    this.change("requestExtension", when, actor);
    return this;
  }

  /** 催办 by the office: counted on the assignment and kept as a supervision event. */
  remind(when: Date, note: string): this {
    const { book } = this.item;
    const id = book.id();
    const count = this.row.reminderCount ?? 0;
    this.change("remind", when, book.office, { reminderCount: count + 1 }, { before: { reminderCount: count }, after: { reminderCount: count + 1, supervisionEventId: id } });
    book.rows.supervision.push({
      id,
      proposalId: this.item.row.id,
      assignmentId: this.row.id,
      kind: "REMINDER",
      note,
      occurredOn: localDateAt(when),
      actorId: book.world.users.office.id,
      createdAt: when,
    });
    return this;
  }

  /** 会办意见 to the LEAD unit, with its 函 number. */
  sendCoOpinion(when: Date): this {
    const { book } = this.item;
    const number = book.documentNumber(this.unit, "CO_OPINION", Number(localDateAt(when).slice(0, 4)));
    this.change("sendCoOpinion", when, this.handler, { coOpinion: coOpinionText(number, this.item.row.title!, this.unit.name), coOpinionSentAt: when });
    return this;
  }

  /** The reply draft (saveReply); `done` lists what the unit did, for the reply text. */
  draftReply(when: Date, category: string, done: readonly string[]): ReplyStory {
    if (!this.replying) throw new Error("Demo items: only SOLE, LEAD and SPLIT units reply");
    this.reply = new ReplyStory(this, when, category, done);
    return this.reply;
  }
}
