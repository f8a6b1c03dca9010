import { AssignmentRole, AssignmentStatus, DueState } from "@jyta/domain";
import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from "typeorm";
import { CreatedAt, inList, lengthBetween, UpdatedAt } from "../../db/columns/common";
import { LocalDateScalar } from "../../graphql/scalars";
import { Proposal } from "../proposal/proposal.entity";
import { Unit } from "../unit/unit.entity";
import { User } from "../user/user.entity";

registerEnumType(AssignmentRole, { name: "AssignmentRole", description: "单独办理, 主办, 会办 or 分办" });
registerEnumType(AssignmentStatus, { name: "AssignmentStatus" });
// Derived, never stored (DOMAIN.md §2); registered here because Assignment.dueState uses it.
registerEnumType(DueState, { name: "DueState" });

/**
 * 交办: one unit's duty on one item. Due dates are civil dates computed by the domain package at
 * assignment time (working days for the return window, calendar months for the rest). An approved
 * return voids the row (voidedAt, status RETURNED); voided rows stay for the return-rate figure.
 */
@ObjectType("Assignment", { simpleResolvers: true })
@Entity("assignment")
@Index("assignment_one_lead_per_proposal", ["proposalId"], { unique: true, where: "role = 'LEAD' AND voided_at IS NULL" })
@Index("assignment_unit_once_per_proposal", ["proposalId", "unitId"], { unique: true, where: "voided_at IS NULL" })
@Index("assignment_unit_status", ["unitId", "status"])
// Partial indexes for the office's workbench groups (tasks/task-groups.ts: toAssign's probe,
// overdueAssignments, coOpinionsOverdue). Each holds only the rows its group can match, so a group reads
// a few thousand entries, not every assignment of every year. Their WHERE repeats the group's
// predicates word for word: the planner uses a partial index only when it can prove it applies.
@Index("assignment_live_replying", ["proposalId"], { where: "voided_at IS NULL AND role <> 'CO'" })
@Index("assignment_open_reply_due", ["replyDueOn"], {
  where: "voided_at IS NULL AND role <> 'CO' AND status IN ('PENDING', 'RECEIVED', 'RETURN_REQUESTED')",
})
@Index("assignment_open_co_opinion_due", ["coOpinionDueOn"], {
  where: "voided_at IS NULL AND role = 'CO' AND status IN ('PENDING', 'RECEIVED', 'RETURN_REQUESTED') AND co_opinion_waived_at IS NULL",
})
@Check("assignment_role_check", inList("role", AssignmentRole))
@Check("assignment_status_check", inList("status", AssignmentStatus))
@Check("assignment_share_check", "share IS NULL OR share BETWEEN 1 AND 100")
@Check("assignment_co_opinion_due_only_co", "co_opinion_due_on IS NULL OR role = 'CO'")
@Check(
  "assignment_co_opinion_only_co",
  "role = 'CO' OR (co_opinion IS NULL AND co_opinion_sent_at IS NULL AND co_opinion_waived_at IS NULL)",
)
@Check("assignment_co_opinion_waiver_reason", "co_opinion_waived_at IS NULL OR co_opinion_waiver_reason IS NOT NULL")
@Check("assignment_voided_check", "(status = 'RETURNED') = (voided_at IS NOT NULL)")
@Check(
  "assignment_dates_check",
  "return_window_ends_on >= assigned_on AND reply_due_on >= assigned_on AND original_reply_due_on >= assigned_on" +
    " AND extension_limit_on >= original_reply_due_on",
)
@Check("assignment_reminder_count_check", "reminder_count >= 0")
@Check("assignment_co_opinion_length", lengthBetween("co_opinion", 1, 20000))
@Check("assignment_co_opinion_waiver_reason_length", lengthBetween("co_opinion_waiver_reason", 1, 500))
export class Assignment {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Index()
  @Column({ type: "uuid" })
  proposalId: string;

  @ManyToOne(() => Proposal, { onDelete: "CASCADE" })
  @JoinColumn({ name: "proposal_id" })
  proposal?: Relation<Proposal>;

  /** Indexed by assignment_unit_status. */
  @Column({ type: "uuid" })
  unitId: string;

  @ManyToOne(() => Unit, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "unit_id" })
  unit?: Relation<Unit>;

  @Field(() => AssignmentRole)
  @Column({ type: "varchar", length: 10 })
  role: AssignmentRole;

  @Field(() => Int, { nullable: true, description: "职能比重, percent; shares of an item sum to 100 where given" })
  @Column({ type: "int", nullable: true })
  share: number | null;

  @Field(() => AssignmentStatus)
  @Column({ type: "varchar", length: 20, default: AssignmentStatus.PENDING })
  status: AssignmentStatus;

  @Field(() => Date)
  @Column({ type: "timestamptz" })
  assignedAt: Date;

  @Field(() => LocalDateScalar, { description: "The civil date of assignment that deadlines count from" })
  @Column({ type: "date" })
  assignedOn: string;

  @Field(() => Date, { nullable: true, description: "签收" })
  @Column({ type: "timestamptz", nullable: true })
  receivedAt: Date | null;

  @Field(() => LocalDateScalar, { description: "Last day a return (退回) may be requested" })
  @Column({ type: "date" })
  returnWindowEndsOn: string;

  @Field(() => LocalDateScalar, { nullable: true, description: "CO units only: 会办意见 due" })
  @Column({ type: "date", nullable: true })
  coOpinionDueOn: string | null;

  @Field(() => LocalDateScalar, { description: "Reply due date in force (after any approved extension)" })
  @Index()
  @Column({ type: "date" })
  replyDueOn: string;

  @Field(() => LocalDateScalar, { description: "Reply due date before any extension, for the on-time figures" })
  @Column({ type: "date" })
  originalReplyDueOn: string;

  @Field(() => LocalDateScalar, { description: "No extension may go beyond this date" })
  @Column({ type: "date" })
  extensionLimitOn: string;

  @Field(() => String, { nullable: true, description: "会办意见 sent to the LEAD unit" })
  @Column({ type: "text", nullable: true })
  coOpinion: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: "timestamptz", nullable: true })
  coOpinionSentAt: Date | null;

  @Field(() => Date, { nullable: true, description: "The office waived the missing co-opinion" })
  @Column({ type: "timestamptz", nullable: true })
  coOpinionWaivedAt: Date | null;

  @Field(() => String, { nullable: true })
  @Column({ type: "varchar", length: 500, nullable: true })
  coOpinionWaiverReason: string | null;

  @Field(() => Date, { nullable: true, description: "Set when a return is approved: the duty is void" })
  @Column({ type: "timestamptz", nullable: true })
  voidedAt: Date | null;

  @Field(() => Int, { description: "催办 count" })
  @Column({ type: "int", default: 0 })
  reminderCount: number;

  @Index()
  @Column({ type: "uuid" })
  assignedById: string;

  @ManyToOne(() => User, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "assigned_by_id" })
  assignedBy?: Relation<User>;

  /** Compare-and-set by hand in services (`… WHERE version = $n`), bumped on every state change. */
  @Column({ type: "int", default: 1 })
  version: number;

  @CreatedAt() createdAt: Date;
  @UpdatedAt() updatedAt: Date;
}
