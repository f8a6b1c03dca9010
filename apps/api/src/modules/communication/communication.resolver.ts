import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from "type-graphql";
import { Allow } from "../../graphql/access";
import type { RequestContext } from "../../graphql/context";
import { Assignment } from "../assignment/assignment.entity";
import { assignmentById } from "../assignment/assignment.loaders";
import { Communication } from "./communication.entity";
import { CommunicationInput } from "./communication.inputs";
import { logCommunication } from "./communication.service";

@Resolver(() => Communication)
export class CommunicationResolver {
  @Mutation(() => Communication, { description: "沟通记录 on the caller's unit's assignment" })
  @Allow("logCommunication")
  logCommunication(
    @Ctx() ctx: RequestContext,
    @Arg("assignmentId", () => ID) assignmentId: string,
    @Arg("input", () => CommunicationInput) input: CommunicationInput,
  ): Promise<Communication> {
    return logCommunication(ctx, assignmentId, input);
  }

  @FieldResolver(() => Assignment)
  async assignment(@Root() communication: Communication, @Ctx() ctx: RequestContext): Promise<Assignment> {
    const assignment = communication.assignment ?? (await ctx.loaders.get(assignmentById).load(communication.assignmentId));
    if (!assignment) throw new Error(`communication ${communication.id} has no assignment`);
    return assignment;
  }
}
