import { Arg, Ctx, ID, Mutation, Query, Resolver } from "type-graphql";
import { Allow } from "../../graphql/access";
import type { RequestContext } from "../../graphql/context";
import { Body } from "./body.entity";
import { BodyInput, BodyUpdateInput } from "./body.inputs";
import { createBody, listBodies, updateBody } from "./body.service";

@Resolver(() => Body)
export class BodyResolver {
  @Query(() => [Body], { description: "提出机关: the assemblies items come from" })
  @Allow("bodies")
  bodies(@Ctx() ctx: RequestContext): Promise<Body[]> {
    return listBodies(ctx);
  }

  @Mutation(() => Body)
  @Allow("createBody")
  createBody(@Ctx() ctx: RequestContext, @Arg("input", () => BodyInput) input: BodyInput): Promise<Body> {
    return createBody(ctx, input);
  }

  @Mutation(() => Body)
  @Allow("updateBody")
  updateBody(@Ctx() ctx: RequestContext, @Arg("id", () => ID) id: string, @Arg("input", () => BodyUpdateInput) input: BodyUpdateInput): Promise<Body> {
    return updateBody(ctx, id, input);
  }
}
