import { CommunicationMethod, CommunicationStage } from "@jyta/domain";
import { Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from "typeorm";
import { CreatedAt, inList, lengthBetween } from "../../db/columns/common";
import { LocalDateScalar } from "../../graphql/scalars";
import { Assignment } from "../assignment/assignment.entity";
import { User } from "../user/user.entity";

registerEnumType(CommunicationMethod, { name: "CommunicationMethod", description: "上门走访, 实地调研, 电话, 信函, 当面座谈, 网络" });
registerEnumType(CommunicationStage, { name: "CommunicationStage", description: "办前, 办中, 办后" });

/** 沟通记录: one contact between the handling unit and the proposers, logged on an assignment. */
@ObjectType("Communication", { simpleResolvers: true })
@Entity("communication")
@Index("communication_assignment_occurred", ["assignmentId", "occurredOn"])
@Check("communication_method_check", inList("method", CommunicationMethod))
@Check("communication_stage_check", inList("stage", CommunicationStage))
@Check("communication_participants_length", lengthBetween("participants", 1, 200))
@Check("communication_summary_length", lengthBetween("summary", 1, 2000))
export class Communication {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id: string;

  /** Indexed by communication_assignment_occurred. */
  @Column({ type: "uuid" })
  assignmentId: string;

  @ManyToOne(() => Assignment, { onDelete: "CASCADE" })
  @JoinColumn({ name: "assignment_id" })
  assignment?: Relation<Assignment>;

  @Field(() => CommunicationMethod)
  @Column({ type: "varchar", length: 20 })
  method: CommunicationMethod;

  @Field(() => CommunicationStage)
  @Column({ type: "varchar", length: 10 })
  stage: CommunicationStage;

  @Field(() => LocalDateScalar)
  @Column({ type: "date" })
  occurredOn: string;

  @Field(() => String, { nullable: true, description: "Who took part" })
  @Column({ type: "varchar", length: 200, nullable: true })
  participants: string | null;

  @Field(() => String)
  @Column({ type: "text" })
  summary: string;

  @Index()
  @Column({ type: "uuid" })
  createdById: string;

  @ManyToOne(() => User, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "created_by_id" })
  createdBy?: Relation<User>;

  @Field(() => Date)
  @CreatedAt()
  createdAt: Date;
}
