import { Field, ID, Int, ObjectType } from "type-graphql";
import { LocalDateScalar } from "../../graphql/scalars";
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique, type Relation } from "typeorm";
import { CreatedAt, lengthBetween, UpdatedAt } from "../../db/columns/common";
import { Body } from "../body/body.entity";

/**
 * 届次会议: one plenary of a body (term 5, number 4 → 五届四次会议). Called "Session" in the API; the
 * class name avoids confusion with login sessions.
 */
@ObjectType("Session", { simpleResolvers: true })
@Entity("assembly_session")
@Unique("assembly_session_body_term_number", ["bodyId", "term", "number"])
@Index("assembly_session_one_current_per_body", ["bodyId"], { unique: true, where: "is_current" })
@Check("assembly_session_term_check", "term BETWEEN 1 AND 99 AND number BETWEEN 1 AND 99")
@Check("assembly_session_year_check", "year BETWEEN 1949 AND 2200")
@Check("assembly_session_name_length", lengthBetween("name", 1, 100))
@Check("assembly_session_dates_check", "ends_on IS NULL OR starts_on IS NULL OR ends_on >= starts_on")
export class AssemblySession {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Index()
  @Column({ type: "uuid" })
  bodyId: string;

  @ManyToOne(() => Body, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "body_id" })
  body?: Relation<Body>;

  @Field(() => String)
  @Column({ type: "varchar", length: 100 })
  name: string;

  @Field(() => Int)
  @Column({ type: "int" })
  term: number;

  @Field(() => Int)
  @Column({ type: "int" })
  number: number;

  @Field(() => Int)
  @Index()
  @Column({ type: "int" })
  year: number;

  @Field(() => LocalDateScalar, { nullable: true, description: "Date the plenary opens" })
  @Column({ type: "date", nullable: true })
  startsOn: string | null;

  @Field(() => LocalDateScalar, { nullable: true })
  @Column({ type: "date", nullable: true })
  endsOn: string | null;

  @Field(() => Boolean, { description: "Items filed now belong to this session (平时提案 included)" })
  @Column({ type: "boolean", default: false })
  isCurrent: boolean;

  @CreatedAt() createdAt: Date;
  @UpdatedAt() updatedAt: Date;
}
