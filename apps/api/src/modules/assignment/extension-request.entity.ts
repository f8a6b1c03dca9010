import { Field, ID, ObjectType } from "type-graphql";
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from "typeorm";
import { lengthBetween } from "../../db/columns/common";
import { LocalDateScalar } from "../../graphql/scalars";
import { User } from "../user/user.entity";
import { Assignment } from "./assignment.entity";

/**
 * 申请延期: a unit asks for a later reply due date; approval replaces Assignment.replyDueOn (never
 * beyond extensionLimitOn, checked in code). At most one undecided request per assignment; deciding is
 * a compare-and-set on `decided_at IS NULL AND version = $n`.
 */
@ObjectType("ExtensionRequest", { simpleResolvers: true })
@Entity("extension_request")
@Index("extension_request_assignment_requested", ["assignmentId", "requestedAt"])
@Index("extension_request_one_open", ["assignmentId"], { unique: true, where: "decided_at IS NULL" })
@Check("extension_request_reason_length", lengthBetween("reason", 1, 500))
@Check("extension_request_comment_length", lengthBetween("comment", 1, 500))
@Check(
  "extension_request_decision_check",
  "(decided_at IS NULL) = (approved IS NULL) AND (decided_at IS NULL) = (decided_by_id IS NULL)",
)
export class ExtensionRequest {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id: string;

  /** Indexed by extension_request_assignment_requested. */
  @Column({ type: "uuid" })
  assignmentId: string;

  @ManyToOne(() => Assignment, { onDelete: "CASCADE" })
  @JoinColumn({ name: "assignment_id" })
  assignment?: Relation<Assignment>;

  @Field(() => String)
  @Column({ type: "varchar", length: 500 })
  reason: string;

  @Field(() => LocalDateScalar, { description: "The reply due date asked for" })
  @Column({ type: "date" })
  requestedUntil: string;

  @Field(() => Date)
  @Column({ type: "timestamptz", default: () => "now()" })
  requestedAt: Date;

  @Index()
  @Column({ type: "uuid" })
  requestedById: string;

  @ManyToOne(() => User, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "requested_by_id" })
  requestedBy?: Relation<User>;

  @Field(() => Date, { nullable: true })
  @Column({ type: "timestamptz", nullable: true })
  decidedAt: Date | null;

  @Index()
  @Column({ type: "uuid", nullable: true })
  decidedById: string | null;

  @ManyToOne(() => User, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "decided_by_id" })
  decidedBy?: Relation<User>;

  @Field(() => Boolean, { nullable: true, description: "null while undecided" })
  @Column({ type: "boolean", nullable: true })
  approved: boolean | null;

  @Field(() => String, { nullable: true, description: "The office's comment on its decision" })
  @Column({ type: "varchar", length: 500, nullable: true })
  comment: string | null;

  @Column({ type: "int", default: 1 })
  version: number;
}
