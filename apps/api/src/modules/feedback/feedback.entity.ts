import { Satisfaction } from "@jyta/domain";
import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique, type Relation } from "typeorm";
import { inList, lengthBetween } from "../../db/columns/common";
import { Member } from "../member/member.entity";
import { Proposal } from "../proposal/proposal.entity";
import { Reply } from "../reply/reply.entity";

registerEnumType(Satisfaction, { name: "Satisfaction", description: "满意, 基本满意, 不满意" });

/**
 * 反馈 / 征询意见: one proposer's rating of one reply, once per round. proposalId is the reply's item,
 * copied for the figures (a merged item's proposers rate the primary item's reply).
 */
@ObjectType("Feedback", { simpleResolvers: true })
@Entity("feedback")
@Unique("feedback_reply_member_round", ["replyId", "memberId", "round"])
@Check("feedback_attitude_check", inList("attitude", Satisfaction))
@Check("feedback_result_check", inList("result", Satisfaction))
@Check("feedback_round_check", "round IN (1, 2)")
@Check("feedback_comment_length", lengthBetween("comment", 1, 1000))
export class Feedback {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id: string;

  /** Indexed by feedback_reply_member_round. */
  @Column({ type: "uuid" })
  replyId: string;

  @ManyToOne(() => Reply, { onDelete: "CASCADE" })
  @JoinColumn({ name: "reply_id" })
  reply?: Relation<Reply>;

  @Index()
  @Column({ type: "uuid" })
  proposalId: string;

  @ManyToOne(() => Proposal, { onDelete: "CASCADE" })
  @JoinColumn({ name: "proposal_id" })
  proposal?: Relation<Proposal>;

  @Index()
  @Column({ type: "uuid" })
  memberId: string;

  @ManyToOne(() => Member, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "member_id" })
  member?: Relation<Member>;

  @Field(() => Int)
  @Column({ type: "int", default: 1 })
  round: number;

  @Field(() => Boolean, { description: "Did the unit communicate with the proposer" })
  @Column({ type: "boolean" })
  communicated: boolean;

  @Field(() => Satisfaction, { description: "办理态度" })
  @Column({ type: "varchar", length: 20 })
  attitude: Satisfaction;

  @Field(() => Satisfaction, { description: "办理结果" })
  @Column({ type: "varchar", length: 20 })
  result: Satisfaction;

  @Field(() => String, { nullable: true })
  @Column({ type: "varchar", length: 1000, nullable: true })
  comment: string | null;

  @Field(() => Date)
  @Column({ type: "timestamptz", default: () => "now()" })
  givenAt: Date;
}
