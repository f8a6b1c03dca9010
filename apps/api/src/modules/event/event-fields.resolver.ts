import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { RequestContext } from "../../graphql/context";
import { User } from "../user/user.entity";
import { userById } from "../user/user.service";
import { Event } from "./event.entity";

@Resolver(() => Event)
export class EventFieldsResolver {
  @FieldResolver(() => User, { nullable: true, description: "Who made the change; null for the system (scheduled jobs)" })
  actor(@Root() event: Event, @Ctx() ctx: RequestContext): Promise<User | null> | null {
    return event.actorId ? ctx.loaders.get(userById).load(event.actorId) : null;
  }
}
