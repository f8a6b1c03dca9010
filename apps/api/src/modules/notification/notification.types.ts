import { Field, Int, ObjectType } from "type-graphql";
import { Notification } from "./notification.entity";

@ObjectType("NotificationList")
export class NotificationList {
  @Field(() => [Notification])
  items: Notification[];

  @Field(() => Int, { description: "Notifications matching the filter" })
  totalItems: number;

  @Field(() => Int, { description: "All the viewer's unread notifications, whatever the filter" })
  unreadCount: number;
}
