import { Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from "typeorm";
import { CreatedAt } from "../../db/columns/common";
import { User } from "../user/user.entity";

/** A read-only token for another app (role API_CLIENT): shown once, stored as SHA-256, revocable. */
@ObjectType("ApiToken", { simpleResolvers: true })
@Entity("api_token")
export class ApiToken {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Field(() => String)
  @Column({ type: "varchar", length: 100 })
  name: string;

  @Column({ type: "bytea", unique: true })
  tokenHash: Buffer;

  @Field(() => String, { description: "First characters of the token, to tell tokens apart" })
  @Column({ type: "varchar", length: 12 })
  prefix: string;

  @Index()
  @Column({ type: "uuid" })
  createdById: string;

  @ManyToOne(() => User, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "created_by_id" })
  createdBy?: Relation<User>;

  @Field(() => Date)
  @CreatedAt()
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  @Column({ type: "timestamptz", nullable: true })
  lastUsedAt: Date | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: "timestamptz", nullable: true })
  revokedAt: Date | null;
}
