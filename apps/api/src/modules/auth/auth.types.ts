import { IsString, Length } from "class-validator";
import { Field, InputType, ObjectType } from "type-graphql";
import { ApiToken } from "./api-token.entity";
import { User } from "../user/user.entity";

@ObjectType("Viewer", { description: "The logged-in user" })
export class Viewer {
  @Field(() => User)
  user: User;

  @Field(() => Date, { nullable: true, description: "When the login session ends at the latest" })
  expiresAt?: Date | null;
}

@ObjectType("CreatedApiToken")
export class CreatedApiToken {
  @Field(() => ApiToken)
  token: ApiToken;

  @Field(() => String, { description: "The token itself, shown this once: send it as `Authorization: Bearer <secret>`" })
  secret: string;
}

@InputType()
export class ChangePasswordInput {
  @Field(() => String)
  @IsString()
  @Length(1, 200)
  currentPassword: string;

  @Field(() => String)
  @IsString()
  @Length(8, 200)
  newPassword: string;
}
