import { FigureKey, ProposalKind } from "@jyta/domain";
import { IsBoolean, IsIn, IsInt, IsOptional, IsUUID, Length, Max, Min } from "class-validator";
import { Field, ID, InputType, Int, registerEnumType } from "type-graphql";
import { ListOptionsBase } from "../../graphql/list";
// ProposalKind is registered as a GraphQL enum by the proposal entity module.
import "../proposal/proposal.entity";

// Names HANDLED, REPLY_RATE, …; values are the domain's keys ("handled", "replyRate", …).
registerEnumType(FigureKey, { name: "FigureKey", description: "A named figure of DOMAIN.md §4" });

export const FigurePart = { NUMERATOR: "NUMERATOR", DENOMINATOR: "DENOMINATOR" } as const;
export type FigurePart = (typeof FigurePart)[keyof typeof FigurePart];
registerEnumType(FigurePart, { name: "FigurePart", description: "Which side of a figure to list the items of" });

/** A slice of the data (DOMAIN.md §4: every figure can be asked for any slice). */
@InputType()
export class FigureScope {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  sessionId?: string | null;

  @Field(() => ID, { nullable: true, description: "The items' body (forced to their own for committee staff)" })
  @IsOptional()
  @IsUUID()
  bodyId?: string | null;

  @Field(() => Int, { nullable: true, description: "The sessions' year" })
  @IsOptional()
  @IsInt()
  @Min(1949)
  @Max(2200)
  year?: number | null;

  @Field(() => ID, { nullable: true, description: "A handling unit (forced to their own for unit users)" })
  @IsOptional()
  @IsUUID()
  unitId?: string | null;

  @Field(() => ProposalKind, { nullable: true })
  @IsOptional()
  @IsIn(Object.values(ProposalKind))
  kind?: ProposalKind | null;

  @Field(() => Boolean, { nullable: true, description: "Key items (重点) only" })
  @IsOptional()
  @IsBoolean()
  keyOnly?: boolean | null;

  @Field(() => String, { nullable: true, description: "The item's subject area code (Proposal.category), e.g. URBAN_RURAL" })
  @IsOptional()
  @Length(1, 50)
  subjectArea?: string | null;

  @Field(() => String, { nullable: true, description: "The item's outcome category (A–D): replied items with that outcome" })
  @IsOptional()
  @Length(1, 10)
  category?: string | null;
}

@InputType()
export class FigureItemsOptions extends ListOptionsBase {}
