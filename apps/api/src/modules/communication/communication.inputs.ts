import { CommunicationMethod, CommunicationStage } from "@jyta/domain";
import { IsIn, IsOptional, IsString, Length } from "class-validator";
import { Field, InputType } from "type-graphql";
import { LocalDateScalar } from "../../graphql/scalars";

/** 沟通记录: one contact with the proposers. */
@InputType()
export class CommunicationInput {
  @Field(() => CommunicationMethod)
  @IsIn(Object.values(CommunicationMethod))
  method: CommunicationMethod;

  @Field(() => CommunicationStage, { description: "办前, 办中 or 办后" })
  @IsIn(Object.values(CommunicationStage))
  stage: CommunicationStage;

  @Field(() => LocalDateScalar, { description: "When it took place (not in the future)" })
  occurredOn: string;

  @Field(() => String)
  @IsString()
  @Length(1, 2000)
  summary: string;

  @Field(() => String, { nullable: true, description: "Who took part" })
  @IsOptional()
  @Length(1, 200)
  participants?: string | null;
}
