import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { Allow } from "../../graphql/access";
import type { RequestContext } from "../../graphql/context";
import { Proposal } from "../proposal/proposal.entity";
import { visibleProposalById } from "../proposal/proposal.loaders";
import { Notification } from "./notification.entity";
import { NotificationListOptions } from "./notification.inputs";
import { listNotifications, markNotificationRead } from "./notification.service";
import { NotificationList } from "./notification.types";

@Resolver(() => Notification)
export class NotificationResolver {
  @Query(() => NotificationList, { description: "The viewer's own notifications, newest first by default" })
  @Allow("notifications")
  notifications(
    @Ctx() ctx: RequestContext,
    @Arg("options", () => NotificationListOptions, { nullable: true }) options?: NotificationListOptions | null,
  ): Promise<NotificationList> {
    return listNotifications(ctx, options);
  }

  @Mutation(() => Int, { description: "Marks one of the viewer's notifications (id) or all of them (all: true) read; returns how many changed" })
  @Allow("markNotificationRead")
  markNotificationRead(
    @Ctx() ctx: RequestContext,
    @Arg("id", () => ID, { nullable: true }) id?: string | null,
    @Arg("all", () => Boolean, { nullable: true }) all?: boolean | null,
  ): Promise<number> {
    return markNotificationRead(ctx, id, all);
  }

  @FieldResolver(() => Proposal, { nullable: true, description: "The item, or null when the viewer can no longer see it" })
  proposal(@Root() notification: Notification, @Ctx() ctx: RequestContext): Promise<Proposal | null> | null {
    return notification.proposalId ? ctx.loaders.get(visibleProposalById).load(notification.proposalId) : null;
  }
}
