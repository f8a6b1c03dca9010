import { Ctx, Query, Resolver } from "type-graphql";
import { Allow } from "../../graphql/access";
import type { RequestContext } from "../../graphql/context";
import { myTasks } from "./tasks.service";
import { Tasks } from "./tasks.types";

@Resolver(() => Tasks)
export class TasksResolver {
  @Query(() => Tasks, { description: "What needs the viewer now (待办), by role: counts and the most urgent items of each group" })
  @Allow("myTasks")
  myTasks(@Ctx() ctx: RequestContext): Promise<Tasks> {
    return myTasks(ctx);
  }
}
