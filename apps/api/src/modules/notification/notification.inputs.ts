import { NotificationKind } from "@jyta/domain";
import { IsBoolean, IsIn, IsOptional } from "class-validator";
import { Field, InputType, registerEnumType } from "type-graphql";
import { ListOptionsBase } from "../../graphql/list";
import "./notification.entity"; // registers the NotificationKind enum

export const NotificationSort = { CREATED_AT_DESC: "CREATED_AT_DESC", CREATED_AT_ASC: "CREATED_AT_ASC", UNREAD_FIRST: "UNREAD_FIRST" } as const;
export type NotificationSort = (typeof NotificationSort)[keyof typeof NotificationSort];
registerEnumType(NotificationSort, { name: "NotificationSort" });

@InputType()
export class NotificationFilter {
  @Field(() => Boolean, { nullable: true, description: "true: unread only; false: read only" })
  @IsOptional()
  @IsBoolean()
  unread?: boolean | null;

  @Field(() => NotificationKind, { nullable: true })
  @IsOptional()
  @IsIn(Object.values(NotificationKind))
  kind?: NotificationKind | null;
}

@InputType()
export class NotificationListOptions extends ListOptionsBase {
  @Field(() => NotificationSort, { nullable: true })
  @IsOptional()
  @IsIn(Object.values(NotificationSort))
  sort?: NotificationSort | null;

  @Field(() => NotificationFilter, { nullable: true })
  @IsOptional()
  filter?: NotificationFilter | null;
}
