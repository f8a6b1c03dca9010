import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import { Allow } from "../../graphql/access";
import type { RequestContext } from "../../graphql/context";
import { Body } from "../body/body.entity";
import { bodyById } from "../body/body.service";
import { AssemblySession } from "./assembly-session.entity";
import { SessionInput, SessionUpdateInput } from "./assembly-session.inputs";
import { createSession, listSessions, updateSession } from "./assembly-session.service";

@Resolver(() => AssemblySession)
export class AssemblySessionResolver {
  @Query(() => [AssemblySession], { description: "届次会议, newest first" })
  @Allow("sessions")
  sessions(@Ctx() ctx: RequestContext, @Arg("bodyId", () => ID, { nullable: true }) bodyId?: string): Promise<AssemblySession[]> {
    return listSessions(ctx, bodyId);
  }

  @Mutation(() => AssemblySession)
  @Allow("createSession")
  createSession(@Ctx() ctx: RequestContext, @Arg("input", () => SessionInput) input: SessionInput): Promise<AssemblySession> {
    return createSession(ctx, input);
  }

  @Mutation(() => AssemblySession)
  @Allow("updateSession")
  updateSession(@Ctx() ctx: RequestContext, @Arg("id", () => ID) id: string, @Arg("input", () => SessionUpdateInput) input: SessionUpdateInput): Promise<AssemblySession> {
    return updateSession(ctx, id, input);
  }

  @FieldResolver(() => Body)
  async body(@Root() session: AssemblySession, @Ctx() ctx: RequestContext): Promise<Body> {
    const body = session.body ?? (await ctx.loaders.get(bodyById).load(session.bodyId));
    if (!body) throw new Error(`session ${session.id} has no body`);
    return body;
  }
}
