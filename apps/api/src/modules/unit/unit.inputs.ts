import { UnitKind } from "@jyta/domain";
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, Length, Max, Min } from "class-validator";
import { Field, InputType, Int, registerEnumType } from "type-graphql";
import { ListOptionsBase } from "../../graphql/list";

export const UnitSort = { SORT_ORDER_ASC: "SORT_ORDER_ASC", NAME_ASC: "NAME_ASC", NAME_DESC: "NAME_DESC", CREATED_AT_DESC: "CREATED_AT_DESC" } as const;
export type UnitSort = (typeof UnitSort)[keyof typeof UnitSort];
registerEnumType(UnitSort, { name: "UnitSort" });

@InputType()
export class UnitFilter {
  @Field(() => String, { nullable: true, description: "Part of the name or short name" })
  @IsOptional()
  @Length(1, 100)
  search?: string;

  @Field(() => UnitKind, { nullable: true })
  @IsOptional()
  @IsIn(Object.values(UnitKind))
  kind?: UnitKind;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  active?: boolean;
}

@InputType()
export class UnitListOptions extends ListOptionsBase {
  @Field(() => UnitSort, { nullable: true })
  @IsOptional()
  @IsIn(Object.values(UnitSort))
  sort?: UnitSort;

  @Field(() => UnitFilter, { nullable: true })
  @IsOptional()
  filter?: UnitFilter;
}

@InputType()
export class UnitInput {
  @Field(() => String)
  @IsString()
  @Length(1, 100)
  name: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 30)
  shortName?: string;

  @Field(() => UnitKind, { nullable: true })
  @IsOptional()
  @IsIn(Object.values(UnitKind))
  kind?: UnitKind;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 50)
  contactName?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(3, 30)
  contactPhone?: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100000)
  sortOrder?: number;
}

@InputType()
export class UnitUpdateInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 100)
  name?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(0, 30)
  shortName?: string;

  @Field(() => UnitKind, { nullable: true })
  @IsOptional()
  @IsIn(Object.values(UnitKind))
  kind?: UnitKind;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(0, 50)
  contactName?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(0, 30)
  contactPhone?: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100000)
  sortOrder?: number;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  active?: boolean;
}
