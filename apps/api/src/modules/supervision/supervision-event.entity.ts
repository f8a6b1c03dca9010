import { SupervisionKind } from "@jyta/domain";
import { Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from "typeorm";
import { CreatedAt, inList, lengthBetween } from "../../db/columns/common";
import { LocalDateScalar } from "../../graphql/scalars";
import { Assignment } from "../assignment/assignment.entity";
import { Proposal } from "../proposal/proposal.entity";
import { User } from "../user/user.entity";

registerEnumType(SupervisionKind, { name: "SupervisionKind", description: "催办, 检查, 抽查, 复查, 督办会议, 领导批示" });

/** 督办: a reminder, inspection, meeting or leader instruction on an item, or on one of its assignments. */
@ObjectType("SupervisionEvent", { simpleResolvers: true })
@Entity("supervision_event")
@Index("supervision_event_proposal_occurred", ["proposalId", "occurredOn"])
@Check("supervision_event_kind_check", inList("kind", SupervisionKind))
@Check("supervision_event_note_length", lengthBetween("note", 1, 2000))
export class SupervisionEvent {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id: string;

  /** Indexed by supervision_event_proposal_occurred. */
  @Column({ type: "uuid" })
  proposalId: string;

  @ManyToOne(() => Proposal, { onDelete: "CASCADE" })
  @JoinColumn({ name: "proposal_id" })
  proposal?: Relation<Proposal>;

  @Index()
  @Column({ type: "uuid", nullable: true })
  assignmentId: string | null;

  @ManyToOne(() => Assignment, { onDelete: "CASCADE" })
  @JoinColumn({ name: "assignment_id" })
  assignment?: Relation<Assignment>;

  @Field(() => SupervisionKind)
  @Column({ type: "varchar", length: 20 })
  kind: SupervisionKind;

  @Field(() => String, { nullable: true })
  @Column({ type: "text", nullable: true })
  note: string | null;

  @Field(() => LocalDateScalar)
  @Column({ type: "date" })
  occurredOn: string;

  @Index()
  @Column({ type: "uuid" })
  actorId: string;

  @ManyToOne(() => User, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "actor_id" })
  actor?: Relation<User>;

  @Field(() => Date)
  @CreatedAt()
  createdAt: Date;
}
