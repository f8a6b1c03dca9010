import { Field, ID, ObjectType } from "type-graphql";
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from "typeorm";
import { CreatedAt, lengthBetween, UpdatedAt } from "../../db/columns/common";
import { Body } from "../body/body.entity";

/** 委员 / 代表: a person of a body. Contacts are visible to staff only (see member.resolver). */
@ObjectType("Member", { simpleResolvers: true })
@Entity("member")
@Index("member_body_name", ["bodyId", "name"])
@Index("member_body_active", ["bodyId", "active"])
@Check("member_name_length", lengthBetween("name", 1, 50))
export class Member {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Column({ type: "uuid" })
  @Index()
  bodyId: string;

  @ManyToOne(() => Body, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "body_id" })
  body?: Relation<Body>;

  @Field(() => String)
  @Column({ type: "varchar", length: 50 })
  name: string;

  @Field(() => String, { nullable: true, description: "界别 (CPPCC) or 代表团 (People's Congress)" })
  @Index()
  @Column({ type: "varchar", length: 50, nullable: true })
  sector: string | null;

  @Field(() => String, { nullable: true, description: "党派" })
  @Column({ type: "varchar", length: 50, nullable: true })
  party: string | null;

  @Field(() => String, { nullable: true, description: "工作单位及职务" })
  @Column({ type: "varchar", length: 200, nullable: true })
  workplace: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: "varchar", length: 30, nullable: true })
  phone: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: "varchar", length: 100, nullable: true })
  email: string | null;

  @Field(() => Boolean)
  @Column({ type: "boolean", default: true })
  active: boolean;

  @CreatedAt() createdAt: Date;
  @UpdatedAt() updatedAt: Date;
}
