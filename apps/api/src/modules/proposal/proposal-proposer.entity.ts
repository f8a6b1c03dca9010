import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, Unique, type Relation } from "typeorm";
import { Member } from "../member/member.entity";
import { Proposal } from "./proposal.entity";

/** A proposer of an item, in order: position 1 is the first proposer (第一提案人 / 领衔代表). */
@Entity("proposal_proposer")
@Unique("proposal_proposer_position", ["proposalId", "position"])
@Check("proposal_proposer_position_check", "position >= 1")
export class ProposalProposer {
  @PrimaryColumn({ type: "uuid" })
  proposalId: string;

  @ManyToOne(() => Proposal, { onDelete: "CASCADE" })
  @JoinColumn({ name: "proposal_id" })
  proposal?: Relation<Proposal>;

  @Index()
  @PrimaryColumn({ type: "uuid" })
  memberId: string;

  @ManyToOne(() => Member, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "member_id" })
  member?: Relation<Member>;

  @Column({ type: "int" })
  position: number;
}
