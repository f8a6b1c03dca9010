import { UnitKind } from "@jyta/domain";
import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from "typeorm";
import { CreatedAt, inList, lengthBetween, UpdatedAt } from "../../db/columns/common";

registerEnumType(UnitKind, { name: "UnitKind", description: "Department, town, street or other organisation" });

/** 承办单位: a department, town/street or other organisation that handles items. */
@ObjectType("Unit", { simpleResolvers: true })
@Entity("unit")
@Index("unit_active_sort", ["active", "sortOrder"])
@Check("unit_kind_check", inList("kind", UnitKind))
@Check("unit_name_length", lengthBetween("name", 1, 100))
export class Unit {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Field(() => String)
  @Column({ type: "varchar", length: 100, unique: true })
  name: string;

  @Field(() => String, { nullable: true, description: "Short name used in document numbers, e.g. 住建" })
  @Column({ type: "varchar", length: 30, nullable: true })
  shortName: string | null;

  @Field(() => UnitKind)
  @Index()
  @Column({ type: "varchar", length: 20, default: UnitKind.DEPARTMENT })
  kind: UnitKind;

  @Field(() => String, { nullable: true, description: "Contact person for proposal work" })
  @Column({ type: "varchar", length: 50, nullable: true })
  contactName: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: "varchar", length: 30, nullable: true })
  contactPhone: string | null;

  @Field(() => Int)
  @Column({ type: "int", default: 0 })
  sortOrder: number;

  @Field(() => Boolean)
  @Column({ type: "boolean", default: true })
  active: boolean;

  @CreatedAt() createdAt: Date;
  @UpdatedAt() updatedAt: Date;
}
