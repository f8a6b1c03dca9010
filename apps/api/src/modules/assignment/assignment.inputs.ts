import { AssignmentRole } from "@jyta/domain";
import { IsIn, IsInt, IsOptional, IsUUID, Max, Min } from "class-validator";
import { Field, ID, InputType, Int } from "type-graphql";

/** One line of the office's assignment plan (交办方案): a unit, its role and optional share. */
@InputType()
export class AssignmentInput {
  @Field(() => ID)
  @IsUUID()
  unitId: string;

  @Field(() => AssignmentRole)
  @IsIn(Object.values(AssignmentRole))
  role: AssignmentRole;

  @Field(() => Int, { nullable: true, description: "职能比重, percent; give it for every unit or for none (sum 100)" })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100)
  share?: number | null;
}
