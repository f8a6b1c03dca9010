// The workbench (待办): what needs the viewer now, grouped, each group with its count and first items.
import { DueState, ProposalKind } from "@jyta/domain";
import { Field, ID, Int, ObjectType } from "type-graphql";
import { LocalDateScalar } from "../../graphql/scalars";
// The entities own the registrations of the ProposalKind and DueState enums.
import "../assignment/assignment.entity";
import "../proposal/proposal.entity";

@ObjectType("TaskItem")
export class TaskItem {
  @Field(() => ID)
  proposalId: string;

  @Field(() => ID, { nullable: true, description: "The assignment the task is about, when it is about one" })
  assignmentId: string | null;

  @Field(() => Int, { nullable: true, description: "Null until registered" })
  number: number | null;

  @Field(() => String)
  title: string;

  @Field(() => ProposalKind)
  kind: ProposalKind;

  @Field(() => String, { nullable: true, description: "The handling unit, when the task is about an assignment or reply" })
  unitName: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: "The deadline that matters for this task, if any" })
  dueOn: string | null;

  @Field(() => DueState, { nullable: true })
  dueState: DueState | null;
}

@ObjectType("TaskGroup")
export class TaskGroup {
  @Field(() => String, { description: "Stable key, e.g. toRegister, toReceive, repliesToReview" })
  key: string;

  @Field(() => String, { description: "Chinese label, e.g. 待立案" })
  label: string;

  @Field(() => Int)
  count: number;

  @Field(() => [TaskItem], { description: "The first items, most urgent first" })
  items: TaskItem[];
}

@ObjectType("Tasks")
export class Tasks {
  @Field(() => [TaskGroup], { description: "The groups of the viewer's roles (also those with nothing to do)" })
  groups: TaskGroup[];
}
