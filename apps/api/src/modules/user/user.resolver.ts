import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import { Allow } from "../../graphql/access";
import type { RequestContext } from "../../graphql/context";
import { PaginatedList, type Page } from "../../graphql/list";
import { Body } from "../body/body.entity";
import { bodyById } from "../body/body.service";
import { Member } from "../member/member.entity";
import { memberById } from "../member/member.service";
import { Unit } from "../unit/unit.entity";
import { unitById } from "../unit/unit.loaders";
import { User } from "./user.entity";
import { UserInput, UserListOptions, UserUpdateInput } from "./user.inputs";
import { createUser, listUsers, updateUser } from "./user.service";

const UserList = PaginatedList(User, "UserList");

@Resolver(() => User)
export class UserResolver {
  @Query(() => UserList)
  @Allow("users")
  users(@Ctx() ctx: RequestContext, @Arg("options", () => UserListOptions, { nullable: true }) options?: UserListOptions): Promise<Page<User>> {
    return listUsers(ctx, options);
  }

  @Mutation(() => User)
  @Allow("createUser")
  createUser(@Ctx() ctx: RequestContext, @Arg("input", () => UserInput) input: UserInput): Promise<User> {
    return createUser(ctx, input);
  }

  @Mutation(() => User, { description: "Changing roles, links, activity or the password ends the user's sessions" })
  @Allow("updateUser")
  updateUser(@Ctx() ctx: RequestContext, @Arg("id", () => ID) id: string, @Arg("input", () => UserUpdateInput) input: UserUpdateInput): Promise<User> {
    return updateUser(ctx, id, input);
  }

  @FieldResolver(() => Unit, { nullable: true })
  unit(@Root() user: User, @Ctx() ctx: RequestContext): Promise<Unit | null> | null {
    return user.unitId ? ctx.loaders.get(unitById).load(user.unitId) : null;
  }

  @FieldResolver(() => Member, { nullable: true })
  member(@Root() user: User, @Ctx() ctx: RequestContext): Promise<Member | null> | null {
    return user.memberId ? ctx.loaders.get(memberById).load(user.memberId) : null;
  }

  @FieldResolver(() => Body, { nullable: true, description: "The body a COMMITTEE user works for" })
  body(@Root() user: User, @Ctx() ctx: RequestContext): Promise<Body | null> | null {
    return user.bodyId ? ctx.loaders.get(bodyById).load(user.bodyId) : null;
  }
}
