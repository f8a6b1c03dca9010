import { SupervisionKind } from "@jyta/domain";
import { IsIn, IsOptional, IsString, IsUUID, Length } from "class-validator";
import { Field, ID, InputType } from "type-graphql";
import { LocalDateScalar } from "../../graphql/scalars";

/** Reminders (催办) go through `remind`; the other kinds of 督办 are recorded with this. */
export const RECORDED_SUPERVISION_KINDS = Object.values(SupervisionKind).filter((k) => k !== SupervisionKind.REMINDER);

@InputType()
export class SupervisionInput {
  @Field(() => SupervisionKind, { description: "INSPECTION, SPOT_CHECK, RECHECK, MEETING or LEADER_INSTRUCTION (reminders: use remind)" })
  @IsIn(RECORDED_SUPERVISION_KINDS)
  kind: SupervisionKind;

  @Field(() => String, { description: "What was checked, found or instructed" })
  @IsString()
  @Length(1, 2000)
  note: string;

  @Field(() => LocalDateScalar, { nullable: true, description: "Defaults to today; not in the future" })
  @IsOptional()
  occurredOn?: string | null;

  @Field(() => ID, { nullable: true, description: "One assignment of the item, when the event concerns one unit" })
  @IsOptional()
  @IsUUID()
  assignmentId?: string | null;
}
