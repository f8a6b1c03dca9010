import { Role } from "@jyta/domain";
import { Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from "typeorm";
import { CreatedAt, UpdatedAt } from "../../db/columns/common";
import { Body } from "../body/body.entity";
import { Member } from "../member/member.entity";
import { Unit } from "../unit/unit.entity";

registerEnumType(Role, { name: "Role" });

const ROLE_ARRAY = `ARRAY[${Object.values(Role).map((r) => `'${r}'`).join(", ")}]::varchar[]`;

/** A login. A UNIT_* user belongs to exactly one unit, a MEMBER user is one member (DOMAIN.md §1). */
@ObjectType("User", { simpleResolvers: true })
@Entity("app_user")
@Check("app_user_roles_known", `roles <@ ${ROLE_ARRAY} AND cardinality(roles) >= 1`)
@Check("app_user_unit_roles_need_unit", `NOT (roles && ARRAY['UNIT_HANDLER','UNIT_LEADER']::varchar[]) OR unit_id IS NOT NULL`)
@Check("app_user_member_role_needs_member", `NOT ('MEMBER' = ANY(roles)) OR member_id IS NOT NULL`)
@Check("app_user_committee_needs_body", `NOT ('COMMITTEE' = ANY(roles)) OR body_id IS NOT NULL`)
@Check("app_user_username_format", `username ~ '^[a-z0-9][a-z0-9._-]{2,49}$'`)
export class User {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id: string;

  /** Stored lower-case; login compares lower-case. */
  @Field(() => String)
  @Column({ type: "varchar", length: 50, unique: true })
  username: string;

  @Field(() => String)
  @Column({ type: "varchar", length: 50 })
  displayName: string;

  /** argon2id PHC string; never exposed. */
  @Column({ type: "varchar", length: 200 })
  passwordHash: string;

  @Field(() => [Role])
  @Column({ type: "varchar", array: true, length: 20 })
  roles: Role[];

  @Index()
  @Column({ type: "uuid", nullable: true })
  unitId: string | null;

  @ManyToOne(() => Unit, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "unit_id" })
  unit?: Relation<Unit>;

  @Index()
  @Column({ type: "uuid", nullable: true })
  memberId: string | null;

  @ManyToOne(() => Member, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "member_id" })
  member?: Relation<Member>;

  /** The body a COMMITTEE user works for (提案委 of the CPPCC, 选联工委 of the People's Congress). */
  @Index()
  @Column({ type: "uuid", nullable: true })
  bodyId: string | null;

  @ManyToOne(() => Body, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "body_id" })
  body?: Relation<Body>;

  @Field(() => String, { nullable: true })
  @Column({ type: "varchar", length: 30, nullable: true })
  phone: string | null;

  @Field(() => Boolean)
  @Index()
  @Column({ type: "boolean", default: true })
  active: boolean;

  @Column({ type: "timestamptz", default: () => "now()" })
  passwordChangedAt: Date;

  @Field(() => Date, { nullable: true })
  @Column({ type: "timestamptz", nullable: true })
  lastLoginAt: Date | null;

  @CreatedAt() createdAt: Date;
  @UpdatedAt() updatedAt: Date;
}
