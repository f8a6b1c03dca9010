import { DueState, ProposalKind, ProposalStatus, SubmitterType } from "@jyta/domain";
import { ArrayMaxSize, ArrayMinSize, IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUUID, Length, Max, Min, ValidateNested } from "class-validator";
import { Field, ID, InputType, Int, registerEnumType } from "type-graphql";
import { ListOptionsBase } from "../../graphql/list";

/** A joint item rarely has more than a few dozen co-proposers; the cap keeps one request bounded. */
export const MAX_PROPOSERS = 50;

@InputType()
export class SubmitProposalInput {
  @Field(() => ID)
  @IsUUID()
  sessionId: string;

  @Field(() => ProposalKind)
  @IsIn(Object.values(ProposalKind))
  kind: ProposalKind;

  @Field(() => String, { description: "案由; capped by the rule set of the kind" })
  @IsString()
  @Length(1, 200)
  title: string;

  @Field(() => String, { description: "Capped by the rule set of the kind (default 5,000 characters)" })
  @IsString()
  @Length(1, 20000)
  body: string;

  @Field(() => String, { nullable: true, description: "Subject area: code (ECONOMY) or label (经济发展) of the rule set" })
  @IsOptional()
  @IsString()
  @Length(1, 50)
  category?: string;

  @Field(() => SubmitterType)
  @IsIn(Object.values(SubmitterType))
  submitterType: SubmitterType;

  @Field(() => [ID], { description: "In order: the first is 第一提案人 / 领衔" })
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_PROPOSERS)
  @IsUUID("all", { each: true })
  proposerIds: string[];

  @Field(() => Boolean, { nullable: true, description: "Save as DRAFT instead of submitting" })
  @IsOptional()
  @IsBoolean()
  draft?: boolean;
}

/** Changes to a DRAFT; omitted fields stay as they are. */
@InputType()
export class UpdateDraftInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  title?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 20000)
  body?: string;

  @Field(() => String, { nullable: true, description: "Subject area code or label; empty string clears it" })
  @IsOptional()
  @IsString()
  @Length(0, 50)
  category?: string;

  @Field(() => SubmitterType, { nullable: true })
  @IsOptional()
  @IsIn(Object.values(SubmitterType))
  submitterType?: SubmitterType;

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_PROPOSERS)
  @IsUUID("all", { each: true })
  proposerIds?: string[];
}

export const ProposalSort = {
  NUMBER_ASC: "NUMBER_ASC",
  NUMBER_DESC: "NUMBER_DESC",
  SUBMITTED_AT_DESC: "SUBMITTED_AT_DESC",
  REGISTERED_AT_DESC: "REGISTERED_AT_DESC",
  UPDATED_AT_DESC: "UPDATED_AT_DESC",
  TITLE_ASC: "TITLE_ASC",
} as const;
export type ProposalSort = (typeof ProposalSort)[keyof typeof ProposalSort];
registerEnumType(ProposalSort, { name: "ProposalSort" });

@InputType()
export class ProposalFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  sessionId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  bodyId?: string;

  @Field(() => ProposalKind, { nullable: true })
  @IsOptional()
  @IsIn(Object.values(ProposalKind))
  kind?: ProposalKind;

  @Field(() => [ProposalStatus], { nullable: true, description: "Any of these statuses" })
  @IsOptional()
  @ArrayMaxSize(20)
  @IsIn(Object.values(ProposalStatus), { each: true })
  status?: ProposalStatus[];

  @Field(() => ID, { nullable: true, description: "Items with a live assignment of this unit" })
  @IsOptional()
  @IsUUID()
  unitId?: string;

  @Field(() => String, { nullable: true, description: "Subject-area code, exact" })
  @IsOptional()
  @Length(1, 50)
  category?: string;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  isKey?: boolean;

  @Field(() => DueState, { nullable: true, description: "Of the item's live replying assignments (the most urgent open one)" })
  @IsOptional()
  @IsIn(Object.values(DueState))
  dueState?: DueState;

  @Field(() => String, { nullable: true, description: "Part of the title or body, or the number" })
  @IsOptional()
  @Length(1, 100)
  search?: string;

  @Field(() => ID, { nullable: true, description: "Items this member is a proposer of" })
  @IsOptional()
  @IsUUID()
  proposerId?: string;

  @Field(() => Int, { nullable: true, description: "The session's year" })
  @IsOptional()
  @IsInt()
  @Min(1949)
  @Max(2200)
  year?: number;

  @Field(() => Boolean, { nullable: true, description: "true: every reply sent (REPLIED or CLOSED); false: not yet" })
  @IsOptional()
  @IsBoolean()
  replied?: boolean;
}

@InputType()
export class ProposalListOptions extends ListOptionsBase {
  @Field(() => ProposalSort, { nullable: true, description: "Default NUMBER_ASC" })
  @IsOptional()
  @IsIn(Object.values(ProposalSort))
  sort?: ProposalSort;

  @Field(() => ProposalFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  filter?: ProposalFilter;
}
