import { IsOptional, IsString, Length } from "class-validator";
import { Field, InputType } from "type-graphql";
import { LocalDateScalar } from "../../graphql/scalars";

/** The report's narrative: omitted fields stay as they are; null or blank text goes back to the default wording. */
@InputType()
export class ReportNarrativeInput {
  @Field(() => String, { nullable: true, description: "二、工作措施和主要成效; one paragraph per line, （一）… lines are sub-headings" })
  @IsOptional()
  @IsString()
  @Length(0, 20000)
  measures?: string | null;

  @Field(() => String, { nullable: true, description: "三、存在问题及努力方向: the problems" })
  @IsOptional()
  @IsString()
  @Length(0, 20000)
  problems?: string | null;

  @Field(() => String, { nullable: true, description: "三、存在问题及努力方向: the next steps" })
  @IsOptional()
  @IsString()
  @Length(0, 20000)
  nextSteps?: string | null;

  @Field(() => String, { nullable: true, description: "主送, e.g. 区政协常委会" })
  @IsOptional()
  @IsString()
  @Length(0, 100)
  addressee?: string | null;

  @Field(() => String, { nullable: true, description: "Issuing body, e.g. 滨江区人民政府" })
  @IsOptional()
  @IsString()
  @Length(0, 100)
  issuer?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: "Date printed under the issuer (default: today)" })
  @IsOptional()
  issuedOn?: string | null;
}
