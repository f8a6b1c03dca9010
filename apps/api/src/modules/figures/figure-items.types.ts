import { AssignmentRole, ProposalKind, ProposalStatus } from "@jyta/domain";
import { Field, ID, Int, ObjectType } from "type-graphql";
import { PaginatedList } from "../../graphql/list";
// The enums are registered by their entity modules.
import "../assignment/assignment.entity";
import "../proposal/proposal.entity";

/**
 * One row behind a figure: an item, or for figures counted per assignment (on-time, communication,
 * return, …) one assignment of an item, so `totalItems` equals the figure's numerator or denominator.
 * An item may then appear once per unit: clients must not normalise these rows by `id` alone.
 */
@ObjectType()
export class FigureItem {
  @Field(() => ID, { description: "The item (Proposal) id" }) id: string;
  @Field(() => Int, { nullable: true }) number: number | null;
  @Field(() => String) title: string;
  @Field(() => ProposalStatus) status: ProposalStatus;
  @Field(() => ProposalKind) kind: ProposalKind;
  @Field(() => ID, { nullable: true, description: "Set for figures counted per assignment" }) assignmentId: string | null;
  @Field(() => AssignmentRole, { nullable: true }) role: AssignmentRole | null;
  @Field(() => ID, { nullable: true }) unitId: string | null;
}

export const FigureItemList = PaginatedList(FigureItem, "FigureItemList");
