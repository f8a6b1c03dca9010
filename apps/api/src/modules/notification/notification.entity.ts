import { NotificationKind } from "@jyta/domain";
import { Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from "typeorm";
import { CreatedAt, inList, lengthBetween } from "../../db/columns/common";
import { Assignment } from "../assignment/assignment.entity";
import { Proposal } from "../proposal/proposal.entity";
import { User } from "../user/user.entity";

registerEnumType(NotificationKind, { name: "NotificationKind" });

/**
 * An in-app notice to one user. The daily due-soon/overdue job inserts with a dedupeKey (e.g.
 * `due-soon:<assignmentId>:<replyDueOn>:<userId>`) and `ON CONFLICT (dedupe_key) DO NOTHING`, so
 * re-running it adds nothing; notices from user actions usually leave dedupeKey null.
 */
@ObjectType("Notification", { simpleResolvers: true })
@Entity("notification")
@Index("notification_user_read_created", ["userId", "readAt", "createdAt"])
@Check("notification_kind_check", inList("kind", NotificationKind))
@Check("notification_title_length", lengthBetween("title", 1, 200))
@Check("notification_body_length", lengthBetween("body", 1, 2000))
export class Notification {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id: string;

  /** Indexed by notification_user_read_created. */
  @Column({ type: "uuid" })
  userId: string;

  @ManyToOne(() => User, { onDelete: "CASCADE" })
  @JoinColumn({ name: "user_id" })
  user?: Relation<User>;

  @Field(() => NotificationKind)
  @Column({ type: "varchar", length: 30 })
  kind: NotificationKind;

  @Index()
  @Column({ type: "uuid", nullable: true })
  proposalId: string | null;

  @ManyToOne(() => Proposal, { onDelete: "CASCADE" })
  @JoinColumn({ name: "proposal_id" })
  proposal?: Relation<Proposal>;

  @Field(() => ID, { nullable: true, description: "The assignment it concerns, if any" })
  @Index()
  @Column({ type: "uuid", nullable: true })
  assignmentId: string | null;

  @ManyToOne(() => Assignment, { onDelete: "CASCADE" })
  @JoinColumn({ name: "assignment_id" })
  assignment?: Relation<Assignment>;

  @Field(() => String)
  @Column({ type: "varchar", length: 200 })
  title: string;

  @Field(() => String, { nullable: true })
  @Column({ type: "text", nullable: true })
  body: string | null;

  @Field(() => Date)
  @CreatedAt()
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  @Column({ type: "timestamptz", nullable: true })
  readAt: Date | null;

  @Column({ type: "varchar", length: 200, nullable: true, unique: true })
  dedupeKey: string | null;
}
