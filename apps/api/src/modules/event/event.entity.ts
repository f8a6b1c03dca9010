import { Field, ID, ObjectType } from "type-graphql";
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from "typeorm";
import { lengthBetween } from "../../db/columns/common";
import { Proposal } from "../proposal/proposal.entity";
import { User } from "../user/user.entity";

/** A JSON object snapshot of the changed fields. */
export type EventSnapshot = Record<string, unknown>;

/**
 * 操作记录: append-only record of every state change, written in the same transaction as the change.
 * Append-only is enforced by the database, not by this class: the migration adds a trigger that
 * raises on UPDATE and DELETE of event rows (and the application role gets no UPDATE/DELETE grant).
 *
 * entityId is text, not uuid: a few audited rows have natural keys (calendar date, rule-set kind,
 * assessment year). proposalId is set whenever the change concerns an item, for its timeline; the
 * foreign key has no cascade, so an item with history cannot be deleted.
 */
@ObjectType("Event", { simpleResolvers: true })
@Entity("event")
@Index("event_proposal_at", ["proposalId", "at"])
@Index("event_entity_at", ["entityType", "entityId", "at"])
@Check("event_action_length", lengthBetween("action", 1, 50))
@Check("event_entity_type_length", lengthBetween("entity_type", 1, 50))
export class Event {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Field(() => Date)
  @Index()
  @Column({ type: "timestamptz", default: () => "now()" })
  at: Date;

  /** Null for the system (scheduled jobs: feedback window lapse, due-soon notices). */
  @Index()
  @Column({ type: "uuid", nullable: true })
  actorId: string | null;

  @ManyToOne(() => User, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "actor_id" })
  actor?: Relation<User>;

  /** Indexed by event_proposal_at. */
  @Column({ type: "uuid", nullable: true })
  proposalId: string | null;

  @ManyToOne(() => Proposal, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "proposal_id" })
  proposal?: Relation<Proposal>;

  @Field(() => String, { description: "The kind of row changed, e.g. Proposal, Assignment, Reply" })
  @Column({ type: "varchar", length: 50 })
  entityType: string;

  @Field(() => ID)
  @Column({ type: "varchar", length: 100 })
  entityId: string;

  @Field(() => String, { description: "The action, e.g. register, decideReturn, signOff" })
  @Column({ type: "varchar", length: 50 })
  action: string;

  @Column({ type: "jsonb", nullable: true })
  before: EventSnapshot | null;

  @Column({ type: "jsonb", nullable: true })
  after: EventSnapshot | null;

  @Field(() => String, { nullable: true })
  @Column({ type: "text", nullable: true })
  note: string | null;

  @Field(() => String, { name: "before", nullable: true, description: "The changed fields before, as JSON" })
  get beforeJson(): string | null {
    return this.before == null ? null : JSON.stringify(this.before);
  }

  @Field(() => String, { name: "after", nullable: true, description: "The changed fields after, as JSON" })
  get afterJson(): string | null {
    return this.after == null ? null : JSON.stringify(this.after);
  }
}
