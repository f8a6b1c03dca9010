// A demo reply (答复 / 复文) from draft to sent: the handler drafts and submits, the unit leader signs
// off (签发), the office reviews where the rule set asks for it, and sending marks the assignment (and,
// with the last reply, the item) replied.
import { localDateAt, officeReviewApplies, replyTransition, type ReplyAction } from "@jyta/domain";
import type { Reply } from "../modules/reply/reply.entity";
import type { AssignmentStory } from "./demo-items-assignment";
import type { Actor } from "./demo-items-book";
import type { Row } from "./demo-items-rows";
import { replyContent } from "./demo-items-texts";

export class ReplyStory {
  readonly row: Row<Reply>;

  constructor(
    readonly assignment: AssignmentStory,
    drafted: Date,
    category: string,
    done: readonly string[],
  ) {
    const { item, unit } = assignment;
    const { book } = item;
    const contact = book.contact(unit);
    const handler = assignment.handler;
    this.row = {
      id: book.id(),
      proposalId: item.row.id,
      assignmentId: assignment.row.id,
      unitId: unit.id,
      round: item.row.round ?? 1,
      category,
      content: replyContent({ addressee: item.addressee, title: item.row.title!, area: item.spec.text.area, done, category, unitName: unit.name }),
      documentNumber: null,
      signer: book.signer(unit),
      contactName: contact.name,
      contactPhone: contact.phone,
      status: "DRAFT",
      createdById: handler.user!.id,
      createdAt: drafted,
      updatedAt: drafted,
    };
    book.rows.replies.push(this.row);
    book.event({ at: drafted, actor: handler, proposalId: item.row.id, entityType: "Reply", entityId: this.row.id, action: "save", after: { status: "DRAFT", round: this.row.round, category } });
  }

  private get officeReview(): boolean {
    const { item } = this.assignment;
    return officeReviewApplies(item.book.world.rules[item.spec.kind], item.row.isKey ?? false);
  }

  private change(action: ReplyAction, when: Date, actor: Actor, patch: Partial<Reply>): void {
    const before = this.row.status!;
    const to = replyTransition(action, before, { officeReview: this.officeReview });
    Object.assign(this.row, patch, { status: to, updatedAt: when, version: (this.row.version ?? 1) + 1 });
    const { item } = this.assignment;
    item.book.event({ at: when, actor, proposalId: item.row.id, entityType: "Reply", entityId: this.row.id, action, before: { status: before }, after: { status: to } });
    if (to === "SENT") this.sent(when, actor);
  }

  /** The handler submits the draft for sign-off; the 文号 is given now. */
  submit(when: Date): this {
    const { item, unit } = this.assignment;
    const documentNumber = item.book.documentNumber(unit, item.spec.kind, Number(localDateAt(when).slice(0, 4)));
    this.change("submit", when, this.assignment.handler, { submittedAt: when, documentNumber });
    return this;
  }

  /** 签发 by the unit leader: sent at once, or on to the office's review (key items by default). */
  signOff(when: Date, qualityScore: number | null = null): this {
    const leader = this.assignment.item.book.unitActor(this.assignment.unit, true);
    const patch: Partial<Reply> = { signedOffAt: when, signedOffById: leader.user!.id };
    if (!this.officeReview) Object.assign(patch, { sentAt: when, qualityScore });
    this.change("signOff", when, leader, patch);
    return this;
  }

  /** The office approves the reviewed reply with a quality rating; it is sent. */
  approve(when: Date, qualityScore: number): this {
    const { book } = this.assignment.item;
    this.change("approveReview", when, book.office, { reviewedAt: when, reviewedById: book.world.users.office.id, qualityScore, sentAt: when });
    return this;
  }

  /** Sending marks the assignment replied, and the item once its last reply is out. */
  private sent(when: Date, actor: Actor): void {
    const before = this.assignment.row.status!;
    this.assignment.change("markReplied", when, actor, {}, { before: { status: before }, after: { status: "REPLIED", replyId: this.row.id } });
    this.assignment.item.replySent(when, actor);
  }
}
