import { BodyKind } from "@jyta/domain";
import { Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { Check, Column, Entity, PrimaryGeneratedColumn } from "typeorm";
import { CreatedAt, inList, lengthBetween, UpdatedAt } from "../../db/columns/common";

registerEnumType(BodyKind, { name: "BodyKind", description: "CPPCC committee (政协) or People's Congress (人大)" });

export const BodyLevel = { CITY: "CITY", DISTRICT: "DISTRICT", COUNTY: "COUNTY", TOWN: "TOWN" } as const;
export type BodyLevel = (typeof BodyLevel)[keyof typeof BodyLevel];
registerEnumType(BodyLevel, { name: "BodyLevel" });

/** 提出机关: the assembly items come from. */
@ObjectType("Body", { simpleResolvers: true })
@Entity("body")
@Check("body_kind_check", inList("kind", BodyKind))
@Check("body_level_check", inList("level", BodyLevel))
@Check("body_name_length", lengthBetween("name", 1, 100))
export class Body {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Field(() => String)
  @Column({ type: "varchar", length: 100, unique: true })
  name: string;

  @Field(() => BodyKind)
  @Column({ type: "varchar", length: 20 })
  kind: BodyKind;

  @Field(() => BodyLevel)
  @Column({ type: "varchar", length: 10, default: BodyLevel.DISTRICT })
  level: BodyLevel;

  @Field(() => Boolean)
  @Column({ type: "boolean", default: true })
  active: boolean;

  @CreatedAt() createdAt: Date;
  @UpdatedAt() updatedAt: Date;
}
