import { IsBoolean, IsEmail, IsIn, IsOptional, IsString, IsUUID, Length } from "class-validator";
import { Field, ID, InputType, registerEnumType } from "type-graphql";
import { ListOptionsBase } from "../../graphql/list";

export const MemberSort = { NAME_ASC: "NAME_ASC", NAME_DESC: "NAME_DESC", SECTOR_ASC: "SECTOR_ASC", CREATED_AT_DESC: "CREATED_AT_DESC" } as const;
export type MemberSort = (typeof MemberSort)[keyof typeof MemberSort];
registerEnumType(MemberSort, { name: "MemberSort" });

@InputType()
export class MemberFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  bodyId?: string;

  @Field(() => String, { nullable: true, description: "Part of the name or workplace" })
  @IsOptional()
  @Length(1, 100)
  search?: string;

  @Field(() => String, { nullable: true, description: "界别 / 代表团, exact" })
  @IsOptional()
  @Length(1, 50)
  sector?: string;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  active?: boolean;
}

@InputType()
export class MemberListOptions extends ListOptionsBase {
  @Field(() => MemberSort, { nullable: true })
  @IsOptional()
  @IsIn(Object.values(MemberSort))
  sort?: MemberSort;

  @Field(() => MemberFilter, { nullable: true })
  @IsOptional()
  filter?: MemberFilter;
}

@InputType()
export class MemberInput {
  @Field(() => ID)
  @IsUUID()
  bodyId: string;

  @Field(() => String)
  @IsString()
  @Length(1, 50)
  name: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 50)
  sector?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 50)
  party?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 200)
  workplace?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(3, 30)
  phone?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsEmail()
  @Length(3, 100)
  email?: string;
}

@InputType()
export class MemberUpdateInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 50)
  name?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(0, 50)
  sector?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(0, 50)
  party?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(0, 200)
  workplace?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(0, 30)
  phone?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(0, 100)
  email?: string;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  active?: boolean;
}
