import { Role } from "@jyta/domain";
import { ArrayMaxSize, ArrayMinSize, IsBoolean, IsIn, IsOptional, IsString, IsUUID, Length, Matches } from "class-validator";
import { Field, ID, InputType, registerEnumType } from "type-graphql";
import { ListOptionsBase } from "../../graphql/list";

export const UserSort = { USERNAME_ASC: "USERNAME_ASC", DISPLAY_NAME_ASC: "DISPLAY_NAME_ASC", CREATED_AT_DESC: "CREATED_AT_DESC" } as const;
export type UserSort = (typeof UserSort)[keyof typeof UserSort];
registerEnumType(UserSort, { name: "UserSort" });

const USERNAME = /^[a-zA-Z0-9][a-zA-Z0-9._-]{2,49}$/;

@InputType()
export class UserFilter {
  @Field(() => String, { nullable: true, description: "Part of the username or display name" })
  @IsOptional()
  @Length(1, 50)
  search?: string;

  @Field(() => Role, { nullable: true })
  @IsOptional()
  @IsIn(Object.values(Role))
  role?: Role;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  unitId?: string;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  active?: boolean;
}

@InputType()
export class UserListOptions extends ListOptionsBase {
  @Field(() => UserSort, { nullable: true })
  @IsOptional()
  @IsIn(Object.values(UserSort))
  sort?: UserSort;

  @Field(() => UserFilter, { nullable: true })
  @IsOptional()
  filter?: UserFilter;
}

@InputType()
export class UserInput {
  @Field(() => String, { description: "3–50 characters: letters, digits, . _ -; stored lower-case" })
  @Matches(USERNAME, { message: "username must be 3–50 letters, digits, '.', '_' or '-'" })
  username: string;

  @Field(() => String)
  @IsString()
  @Length(8, 200)
  password: string;

  @Field(() => String)
  @IsString()
  @Length(1, 50)
  displayName: string;

  @Field(() => [Role])
  @ArrayMinSize(1)
  @ArrayMaxSize(8)
  @IsIn(Object.values(Role), { each: true })
  roles: Role[];

  @Field(() => ID, { nullable: true, description: "Required for UNIT_HANDLER / UNIT_LEADER" })
  @IsOptional()
  @IsUUID()
  unitId?: string;

  @Field(() => ID, { nullable: true, description: "Required for MEMBER" })
  @IsOptional()
  @IsUUID()
  memberId?: string;

  @Field(() => ID, { nullable: true, description: "Required for COMMITTEE (the body whose items they register)" })
  @IsOptional()
  @IsUUID()
  bodyId?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(3, 30)
  phone?: string;
}

@InputType()
export class UserUpdateInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 50)
  displayName?: string;

  @Field(() => [Role], { nullable: true })
  @IsOptional()
  @ArrayMinSize(1)
  @ArrayMaxSize(8)
  @IsIn(Object.values(Role), { each: true })
  roles?: Role[];

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  unitId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  memberId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  bodyId?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(0, 30)
  phone?: string;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  active?: boolean;

  @Field(() => String, { nullable: true, description: "Sets a new password; the user's sessions end" })
  @IsOptional()
  @Length(8, 200)
  password?: string;
}
