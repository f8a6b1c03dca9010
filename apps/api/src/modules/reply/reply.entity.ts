import { ReplyStatus } from "@jyta/domain";
import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique, type Relation } from "typeorm";
import { CreatedAt, inList, lengthBetween, UpdatedAt } from "../../db/columns/common";
import { Assignment } from "../assignment/assignment.entity";
import { Proposal } from "../proposal/proposal.entity";
import { Unit } from "../unit/unit.entity";
import { User } from "../user/user.entity";

registerEnumType(ReplyStatus, { name: "ReplyStatus" });

/**
 * 答复 / 复文: the official answer of a SOLE, LEAD or SPLIT assignment, one row per round. proposalId and
 * unitId are copied from the assignment for the figures. The outcome category (A–D by default) is a
 * configurable code list, so it is checked in code, not by a CHECK.
 */
@ObjectType("Reply", { simpleResolvers: true })
@Entity("reply")
@Unique("reply_assignment_round", ["assignmentId", "round"])
@Index("reply_unit_status", ["unitId", "status"])
@Check("reply_status_check", inList("status", ReplyStatus))
@Check("reply_round_check", "round IN (1, 2)")
@Check("reply_category_length", lengthBetween("category", 1, 10))
@Check("reply_content_length", lengthBetween("content", 1, 20000))
@Check("reply_document_number_length", lengthBetween("document_number", 1, 50))
@Check("reply_review_comment_length", lengthBetween("review_comment", 1, 2000))
@Check("reply_quality_score_check", "quality_score IS NULL OR quality_score BETWEEN 0 AND 100")
@Check("reply_rework_count_check", "rework_count >= 0")
@Check("reply_sent_check", "(status = 'SENT') = (sent_at IS NOT NULL)")
export class Reply {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Index()
  @Column({ type: "uuid" })
  proposalId: string;

  @ManyToOne(() => Proposal, { onDelete: "CASCADE" })
  @JoinColumn({ name: "proposal_id" })
  proposal?: Relation<Proposal>;

  /** Indexed by reply_assignment_round. */
  @Column({ type: "uuid" })
  assignmentId: string;

  @ManyToOne(() => Assignment, { onDelete: "CASCADE" })
  @JoinColumn({ name: "assignment_id" })
  assignment?: Relation<Assignment>;

  /** Indexed by reply_unit_status. */
  @Column({ type: "uuid" })
  unitId: string;

  @ManyToOne(() => Unit, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "unit_id" })
  unit?: Relation<Unit>;

  @Field(() => Int, { description: "1, or 2 after re-handling" })
  @Column({ type: "int", default: 1 })
  round: number;

  @Field(() => String, { description: "Outcome category: A 已解决或基本解决, B, C, D (configurable)" })
  @Column({ type: "varchar", length: 10 })
  category: string;

  @Field(() => String)
  @Column({ type: "text" })
  content: string;

  @Field(() => String, { nullable: true, description: "文号" })
  @Column({ type: "varchar", length: 50, nullable: true })
  documentNumber: string | null;

  @Field(() => String, { nullable: true, description: "签发人" })
  @Column({ type: "varchar", length: 50, nullable: true })
  signer: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: "varchar", length: 50, nullable: true })
  contactName: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: "varchar", length: 30, nullable: true })
  contactPhone: string | null;

  @Field(() => ReplyStatus)
  @Column({ type: "varchar", length: 20, default: ReplyStatus.DRAFT })
  status: ReplyStatus;

  @Field(() => Date, { nullable: true, description: "Submitted for sign-off (latest time)" })
  @Column({ type: "timestamptz", nullable: true })
  submittedAt: Date | null;

  @Field(() => Date, { nullable: true, description: "签发 by the unit leader" })
  @Column({ type: "timestamptz", nullable: true })
  signedOffAt: Date | null;

  @Index()
  @Column({ type: "uuid", nullable: true })
  signedOffById: string | null;

  @ManyToOne(() => User, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "signed_off_by_id" })
  signedOffBy?: Relation<User>;

  @Field(() => Date, { nullable: true, description: "Last office review" })
  @Column({ type: "timestamptz", nullable: true })
  reviewedAt: Date | null;

  @Index()
  @Column({ type: "uuid", nullable: true })
  reviewedById: string | null;

  @ManyToOne(() => User, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "reviewed_by_id" })
  reviewedBy?: Relation<User>;

  @Field(() => Int, { description: "Times the office sent the reply back (退改)" })
  @Column({ type: "int", default: 0 })
  reworkCount: number;

  @Field(() => Int, { nullable: true, description: "Office quality rating, 0–100" })
  @Column({ type: "int", nullable: true })
  qualityScore: number | null;

  @Field(() => String, { nullable: true, description: "The office's review comment" })
  @Column({ type: "text", nullable: true })
  reviewComment: string | null;

  @Field(() => Date, { nullable: true })
  @Index()
  @Column({ type: "timestamptz", nullable: true })
  sentAt: Date | null;

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
