import { IsBoolean, IsInt, IsOptional, IsString, IsUUID, Length, Max, Min } from "class-validator";
import { Field, ID, InputType, Int } from "type-graphql";
import { LocalDateScalar } from "../../graphql/scalars";

@InputType()
export class SessionInput {
  @Field(() => ID)
  @IsUUID()
  bodyId: string;

  @Field(() => Int, { description: "届" })
  @IsInt()
  @Min(1)
  @Max(99)
  term: number;

  @Field(() => Int, { description: "次" })
  @IsInt()
  @Min(1)
  @Max(99)
  number: number;

  @Field(() => Int)
  @IsInt()
  @Min(1949)
  @Max(2200)
  year: number;

  @Field(() => String, { nullable: true, description: "Defaults to the customary name, e.g. 五届四次会议" })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  name?: string;

  @Field(() => LocalDateScalar, { nullable: true })
  @IsOptional()
  startsOn?: string;

  @Field(() => LocalDateScalar, { nullable: true })
  @IsOptional()
  endsOn?: string;

  @Field(() => Boolean, { nullable: true, description: "Make this the body's current session" })
  @IsOptional()
  @IsBoolean()
  isCurrent?: boolean;
}

@InputType()
export class SessionUpdateInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 100)
  name?: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1949)
  @Max(2200)
  year?: number;

  @Field(() => LocalDateScalar, { nullable: true })
  @IsOptional()
  startsOn?: string;

  @Field(() => LocalDateScalar, { nullable: true })
  @IsOptional()
  endsOn?: string;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  isCurrent?: boolean;
}
