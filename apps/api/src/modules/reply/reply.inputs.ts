import { IsOptional, IsString, Length } from "class-validator";
import { Field, InputType } from "type-graphql";

/** 答复 draft: the handler's text; the category is a code of the rule set's outcome categories (A–D). */
@InputType()
export class ReplyInput {
  @Field(() => String, { description: "Outcome category code of the rule set, e.g. A" })
  @IsString()
  @Length(1, 10)
  category: string;

  @Field(() => String)
  @IsString()
  @Length(1, 20000)
  content: string;

  @Field(() => String, { nullable: true, description: "文号, e.g. 滨住建提〔2025〕12号" })
  @IsOptional()
  @Length(1, 50)
  documentNumber?: string | null;

  @Field(() => String, { nullable: true, description: "Contact person (联系人)" })
  @IsOptional()
  @Length(1, 50)
  contact?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(3, 30)
  contactPhone?: string | null;

  @Field(() => String, { nullable: true, description: "签发人" })
  @IsOptional()
  @Length(1, 50)
  signer?: string | null;
}
