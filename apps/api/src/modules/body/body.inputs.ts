import { BodyKind } from "@jyta/domain";
import { IsBoolean, IsIn, IsOptional, IsString, Length } from "class-validator";
import { Field, InputType } from "type-graphql";
import { BodyLevel } from "./body.entity";

@InputType()
export class BodyInput {
  @Field(() => String)
  @IsString()
  @Length(1, 100)
  name: string;

  @Field(() => BodyKind)
  @IsIn(Object.values(BodyKind))
  kind: BodyKind;

  @Field(() => BodyLevel, { nullable: true })
  @IsOptional()
  @IsIn(Object.values(BodyLevel))
  level?: BodyLevel;
}

@InputType()
export class BodyUpdateInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 100)
  name?: string;

  @Field(() => BodyLevel, { nullable: true })
  @IsOptional()
  @IsIn(Object.values(BodyLevel))
  level?: BodyLevel;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  active?: boolean;
}
