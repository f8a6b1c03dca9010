import { Field, ID, ObjectType } from "type-graphql";
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from "typeorm";
import { CreatedAt, lengthBetween } from "../../db/columns/common";
import { LocalDateScalar } from "../../graphql/scalars";
import { Assignment } from "../assignment/assignment.entity";
import { Proposal } from "../proposal/proposal.entity";
import { User } from "../user/user.entity";

/**
 * 跟踪办理: progress on an item closed with B or C. A note with isResolution marks the item resolved
 * (成果转化) and says when it was achieved (the item's followUpResolvedAt/followUpOutcome are set with it).
 */
@ObjectType("FollowUpNote", { simpleResolvers: true })
@Entity("follow_up_note")
@Index("follow_up_note_proposal_created", ["proposalId", "createdAt"])
@Check("follow_up_note_note_length", lengthBetween("note", 1, 2000))
@Check("follow_up_note_resolution_check", "is_resolution = (achieved_on IS NOT NULL)")
export class FollowUpNote {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id: string;

  /** Indexed by follow_up_note_proposal_created. */
  @Column({ type: "uuid" })
  proposalId: string;

  @ManyToOne(() => Proposal, { onDelete: "CASCADE" })
  @JoinColumn({ name: "proposal_id" })
  proposal?: Relation<Proposal>;

  @Index()
  @Column({ type: "uuid" })
  assignmentId: string;

  @ManyToOne(() => Assignment, { onDelete: "CASCADE" })
  @JoinColumn({ name: "assignment_id" })
  assignment?: Relation<Assignment>;

  @Field(() => String)
  @Column({ type: "text" })
  note: string;

  @Field(() => Boolean, { description: "Marks the item resolved (成果转化)" })
  @Column({ type: "boolean", default: false })
  isResolution: boolean;

  @Field(() => LocalDateScalar, { nullable: true, description: "When the result was achieved (resolution notes only)" })
  @Column({ type: "date", nullable: true })
  achievedOn: string | null;

  @Index()
  @Column({ type: "uuid" })
  authorId: string;

  @ManyToOne(() => User, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "author_id" })
  author?: Relation<User>;

  @Field(() => Date)
  @CreatedAt()
  createdAt: Date;
}
