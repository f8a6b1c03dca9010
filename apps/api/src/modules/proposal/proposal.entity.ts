import { DeclineReason, ProposalKind, ProposalStatus, SubmitterType } from "@jyta/domain";
import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique, type Relation } from "typeorm";
import { CreatedAt, inList, lengthBetween, UpdatedAt } from "../../db/columns/common";
import { AssemblySession } from "../assembly-session/assembly-session.entity";
import { User } from "../user/user.entity";

registerEnumType(ProposalKind, { name: "ProposalKind", description: "提案, 建议 or 微建议" });
registerEnumType(SubmitterType, { name: "SubmitterType", description: "Individual, joint (联名), party group or committee" });
registerEnumType(ProposalStatus, { name: "ProposalStatus" });
registerEnumType(DeclineReason, { name: "DeclineReason", description: "不予立案 reason codes" });

/** Why an item closed: good feedback, the feedback window lapsed, round 2 ended, or the office closed it. */
export const ProposalCloseReason = {
  FEEDBACK: "FEEDBACK",
  NO_FEEDBACK: "NO_FEEDBACK",
  ROUND_TWO: "ROUND_TWO",
  OFFICE: "OFFICE",
} as const;
export type ProposalCloseReason = (typeof ProposalCloseReason)[keyof typeof ProposalCloseReason];
registerEnumType(ProposalCloseReason, { name: "ProposalCloseReason" });

/** Statuses that exist only after registration (立案): the item has a number. */
const NUMBERED_STATUSES = "'REGISTERED', 'HANDLING', 'REPLIED', 'CLOSED'";

/**
 * An item (提案 / 建议 / 微建议). The per-kind body cap of the rule set is enforced in code; the CHECK
 * is the absolute backstop. `number` is drawn from proposal_number_counter when the item is registered.
 * Proposers live in proposal_proposer (ordered).
 */
@ObjectType("Proposal", { simpleResolvers: true })
@Entity("proposal")
@Unique("proposal_session_kind_number", ["sessionId", "kind", "number"])
@Index("proposal_session_kind_status", ["sessionId", "kind", "status"])
// Sort indexes of the item list (proposal-list.service ORDER_BY), so a page is an index scan that stops
// after LIMIT rows. The default order (number, submitted_at, id, all ASC NULLS LAST) TypeORM can
// express; the descending / NULLS LAST / collated ones it cannot: they are created by the
// ProposalListIndexes migration and declared here only so schema sync leaves them alone.
@Index("proposal_list_number", ["number", "submittedAt", "id"])
@Index("proposal_list_number_desc", { synchronize: false })
@Index("proposal_list_submitted_at", { synchronize: false })
@Index("proposal_list_registered_at", { synchronize: false })
@Index("proposal_list_updated_at", { synchronize: false })
@Index("proposal_list_title", { synchronize: false })
@Check("proposal_kind_check", inList("kind", ProposalKind))
@Check("proposal_submitter_type_check", inList("submitter_type", SubmitterType))
@Check("proposal_status_check", inList("status", ProposalStatus))
@Check("proposal_decline_reason_code_check", inList("decline_reason_code", DeclineReason, true))
@Check("proposal_close_reason_check", inList("close_reason", ProposalCloseReason, true))
@Check("proposal_title_length", lengthBetween("title", 1, 200))
@Check("proposal_body_length", lengthBetween("body", 1, 20000))
@Check("proposal_category_length", lengthBetween("category", 1, 50))
@Check("proposal_round_check", "round IN (1, 2)")
@Check("proposal_number_check", "number IS NULL OR number > 0")
@Check("proposal_numbered_when_registered", `status NOT IN (${NUMBERED_STATUSES}) OR (number IS NOT NULL AND registered_at IS NOT NULL)`)
@Check("proposal_merged_check", "(status = 'MERGED') = (merged_into_id IS NOT NULL) AND (merged_into_id IS NULL OR merged_into_id <> id)")
@Check("proposal_declined_check", "status <> 'NOT_REGISTERED' OR (decline_reason_code IS NOT NULL AND decline_reason IS NOT NULL)")
@Check("proposal_closed_check", "status <> 'CLOSED' OR (closed_at IS NOT NULL AND close_reason IS NOT NULL)")
@Check("proposal_decline_reason_length", lengthBetween("decline_reason", 1, 1000))
@Check("proposal_follow_up_outcome_length", lengthBetween("follow_up_outcome", 1, 5000))
export class Proposal {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Field(() => ProposalKind)
  @Column({ type: "varchar", length: 20 })
  kind: ProposalKind;

  /** Indexed by proposal_session_kind_status (and the unique number key). */
  @Column({ type: "uuid" })
  sessionId: string;

  @ManyToOne(() => AssemblySession, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "session_id" })
  session?: Relation<AssemblySession>;

  @Field(() => Int, { nullable: true, description: "Sequential per session and kind; null until registered (立案)" })
  @Column({ type: "int", nullable: true })
  number: number | null;

  @Field(() => String, { description: "案由" })
  @Column({ type: "varchar", length: 200 })
  title: string;

  @Field(() => String)
  @Column({ type: "text" })
  body: string;

  @Field(() => String, { nullable: true, description: "Subject area, e.g. 城市建设" })
  @Index()
  @Column({ type: "varchar", length: 50, nullable: true })
  category: string | null;

  @Field(() => SubmitterType)
  @Column({ type: "varchar", length: 20 })
  submitterType: SubmitterType;

  @Field(() => ProposalStatus)
  @Index()
  @Column({ type: "varchar", length: 20, default: ProposalStatus.DRAFT })
  status: ProposalStatus;

  @Field(() => Int, { description: "1, or 2 after re-handling (重新办理)" })
  @Column({ type: "int", default: 1 })
  round: number;

  @Field(() => Boolean, { description: "重点提案" })
  @Index()
  @Column({ type: "boolean", default: false })
  isKey: boolean;

  @Field(() => Boolean, { description: "一号提案" })
  @Column({ type: "boolean", default: false })
  isNumberOne: boolean;

  @Field(() => String, { nullable: true, description: "领办 / 督办领导" })
  @Column({ type: "varchar", length: 50, nullable: true })
  supervisingLeader: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: "timestamptz", nullable: true })
  submittedAt: Date | null;

  @Field(() => Date, { nullable: true })
  @Index()
  @Column({ type: "timestamptz", nullable: true })
  registeredAt: Date | null;

  @Field(() => DeclineReason, { nullable: true })
  @Column({ type: "varchar", length: 20, nullable: true })
  declineReasonCode: DeclineReason | null;

  @Field(() => String, { nullable: true, description: "不予立案 reason, shown to the proposers" })
  @Column({ type: "text", nullable: true })
  declineReason: string | null;

  @Field(() => String, { nullable: true, description: "Channel a declined item went to (委员来信, 社情民意)" })
  @Column({ type: "varchar", length: 50, nullable: true })
  transferredTo: string | null;

  @Index()
  @Column({ type: "uuid", nullable: true })
  mergedIntoId: string | null;

  @ManyToOne(() => Proposal, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "merged_into_id" })
  mergedInto?: Relation<Proposal>;

  @Field(() => Date, { nullable: true })
  @Column({ type: "timestamptz", nullable: true })
  closedAt: Date | null;

  @Field(() => ProposalCloseReason, { nullable: true })
  @Column({ type: "varchar", length: 20, nullable: true })
  closeReason: ProposalCloseReason | null;

  @Field(() => Date, { nullable: true, description: "跟踪办理 marked resolved (成果转化)" })
  @Column({ type: "timestamptz", nullable: true })
  followUpResolvedAt: Date | null;

  @Field(() => String, { nullable: true, description: "What was achieved (成果转化)" })
  @Column({ type: "text", nullable: true })
  followUpOutcome: string | null;

  /** Staff who entered the item on a member's behalf (代录); null when the member did. */
  @Index()
  @Column({ type: "uuid", nullable: true })
  enteredById: string | null;

  @ManyToOne(() => User, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "entered_by_id" })
  enteredBy?: Relation<User>;

  @Index()
  @Column({ type: "uuid" })
  createdById: string;

  @ManyToOne(() => User, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "created_by_id" })
  createdBy?: Relation<User>;

  /** Compare-and-set by hand in services (`… WHERE version = $n`), bumped on every state change. */
  @Column({ type: "int", default: 1 })
  version: number;

  @CreatedAt() createdAt: Date;
  @UpdatedAt() updatedAt: Date;
}
