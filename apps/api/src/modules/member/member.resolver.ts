import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import { Allow } from "../../graphql/access";
import type { RequestContext } from "../../graphql/context";
import { PaginatedList, type Page } from "../../graphql/list";
import { Body } from "../body/body.entity";
import { bodyById } from "../body/body.service";
import { Member } from "./member.entity";
import { MemberInput, MemberListOptions, MemberUpdateInput } from "./member.inputs";
import { createMember, listMembers, mayReadMemberContacts, updateMember } from "./member.service";

const MemberList = PaginatedList(Member, "MemberList");

@Resolver(() => Member)
export class MemberResolver {
  @Query(() => MemberList, { description: "委员 / 代表" })
  @Allow("members")
  members(@Ctx() ctx: RequestContext, @Arg("options", () => MemberListOptions, { nullable: true }) options?: MemberListOptions): Promise<Page<Member>> {
    return listMembers(ctx, options);
  }

  @Mutation(() => Member)
  @Allow("createMember")
  createMember(@Ctx() ctx: RequestContext, @Arg("input", () => MemberInput) input: MemberInput): Promise<Member> {
    return createMember(ctx, input);
  }

  @Mutation(() => Member)
  @Allow("updateMember")
  updateMember(@Ctx() ctx: RequestContext, @Arg("id", () => ID) id: string, @Arg("input", () => MemberUpdateInput) input: MemberUpdateInput): Promise<Member> {
    return updateMember(ctx, id, input);
  }

  @FieldResolver(() => Body)
  async body(@Root() member: Member, @Ctx() ctx: RequestContext): Promise<Body> {
    const body = member.body ?? (await ctx.loaders.get(bodyById).load(member.bodyId));
    if (!body) throw new Error(`member ${member.id} has no body`);
    return body;
  }

  @FieldResolver(() => String, { nullable: true, description: "Visible to staff, handling units and the member" })
  phone(@Root() member: Member, @Ctx() ctx: RequestContext): string | null {
    return mayReadMemberContacts(ctx, member) ? member.phone : null;
  }

  @FieldResolver(() => String, { nullable: true, description: "Visible to staff, handling units and the member" })
  email(@Root() member: Member, @Ctx() ctx: RequestContext): string | null {
    return mayReadMemberContacts(ctx, member) ? member.email : null;
  }
}
