import { Satisfaction } from "@jyta/domain";
import { IsBoolean, IsIn, IsOptional, Length } from "class-validator";
import { Field, InputType } from "type-graphql";

/** 征询意见: a proposer's rating of one reply. */
@InputType()
export class FeedbackInput {
  @Field(() => Boolean, { description: "Did the unit communicate with you (是否沟通)" })
  @IsBoolean()
  communicated: boolean;

  @Field(() => Satisfaction, { description: "办理态度" })
  @IsIn(Object.values(Satisfaction))
  attitude: Satisfaction;

  @Field(() => Satisfaction, { description: "办理结果: the rating the figures count" })
  @IsIn(Object.values(Satisfaction))
  result: Satisfaction;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 1000)
  comment?: string | null;
}
