import { Arg, Ctx, ID, Mutation, Resolver } from "type-graphql";
import { Allow } from "../../graphql/access";
import type { RequestContext } from "../../graphql/context";
import { LocalDateScalar } from "../../graphql/scalars";
import { Proposal } from "../proposal/proposal.entity";
import { Assignment } from "./assignment.entity";
import { AssignmentInput } from "./assignment.inputs";
import { decideExtension, requestExtension } from "./assignment-extension.service";
import { assignProposal } from "./assignment-plan.service";
import { decideReturn, receiveAssignment, requestReturn } from "./assignment-return.service";
import { sendCoOpinion, waiveCoOpinion } from "./co-opinion.service";

@Resolver(() => Assignment)
export class AssignmentResolver {
  @Mutation(() => Proposal, { description: "交办 a registered item; on an item in handling, replaces a returned assignment" })
  @Allow("assignProposal")
  assignProposal(
    @Ctx() ctx: RequestContext,
    @Arg("id", () => ID) id: string,
    @Arg("assignments", () => [AssignmentInput]) assignments: AssignmentInput[],
  ): Promise<Proposal> {
    return assignProposal(ctx, id, assignments);
  }

  @Mutation(() => Assignment, { description: "签收" })
  @Allow("receiveAssignment")
  receiveAssignment(@Ctx() ctx: RequestContext, @Arg("id", () => ID) id: string): Promise<Assignment> {
    return receiveAssignment(ctx, id);
  }

  @Mutation(() => Assignment, { description: "申请退回, inside the return window" })
  @Allow("requestReturn")
  requestReturn(@Ctx() ctx: RequestContext, @Arg("id", () => ID) id: string, @Arg("reason", () => String) reason: string): Promise<Assignment> {
    return requestReturn(ctx, id, reason);
  }

  @Mutation(() => Assignment, { description: "The office approves (assignment void) or rejects a return request" })
  @Allow("decideReturn")
  decideReturn(
    @Ctx() ctx: RequestContext,
    @Arg("id", () => ID) id: string,
    @Arg("approve", () => Boolean) approve: boolean,
    @Arg("comment", () => String, { nullable: true }) comment?: string | null,
  ): Promise<Assignment> {
    return decideReturn(ctx, id, approve, comment);
  }

  @Mutation(() => Assignment, { description: "申请延期 of the reply due date, never beyond extensionLimitOn" })
  @Allow("requestExtension")
  requestExtension(
    @Ctx() ctx: RequestContext,
    @Arg("id", () => ID) id: string,
    @Arg("until", () => LocalDateScalar) until: string,
    @Arg("reason", () => String) reason: string,
  ): Promise<Assignment> {
    return requestExtension(ctx, id, until, reason);
  }

  @Mutation(() => Assignment, { description: "The office decides the open extension request" })
  @Allow("decideExtension")
  decideExtension(
    @Ctx() ctx: RequestContext,
    @Arg("id", () => ID) id: string,
    @Arg("approve", () => Boolean) approve: boolean,
    @Arg("comment", () => String, { nullable: true }) comment?: string | null,
  ): Promise<Assignment> {
    return decideExtension(ctx, id, approve, comment);
  }

  @Mutation(() => Assignment, { description: "会办意见 of a CO unit to the LEAD unit" })
  @Allow("sendCoOpinion")
  sendCoOpinion(@Ctx() ctx: RequestContext, @Arg("assignmentId", () => ID) assignmentId: string, @Arg("content", () => String) content: string): Promise<Assignment> {
    return sendCoOpinion(ctx, assignmentId, content);
  }

  @Mutation(() => Assignment, { description: "The office waives a missing co-handling opinion (recorded)" })
  @Allow("waiveCoOpinion")
  waiveCoOpinion(@Ctx() ctx: RequestContext, @Arg("assignmentId", () => ID) assignmentId: string, @Arg("reason", () => String) reason: string): Promise<Assignment> {
    return waiveCoOpinion(ctx, assignmentId, reason);
  }
}
