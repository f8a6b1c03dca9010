import { Arg, Ctx, ID, Mutation, Query, Resolver } from "type-graphql";
import { Allow, Public } from "../../graphql/access";
import type { RequestContext } from "../../graphql/context";
import { badInput, notFound } from "../../graphql/errors";
import { OwnTransaction } from "../../graphql/transaction-middleware";
import { recordEvent } from "../event/event.service";
import { User } from "../user/user.entity";
import { ApiToken } from "./api-token.entity";
import { createApiToken, listApiTokens, revokeApiToken } from "./api-token.service";
import { ChangePasswordInput, CreatedApiToken, Viewer } from "./auth.types";
import { login } from "./login.service";
import { createLoginSession, deleteLoginSession, revokeUserSessions } from "./login-session.service";
import { hashPassword, passwordProblem, verifyPassword } from "./password";
import { clearSessionCookie, readSessionCookie, setSessionCookie } from "./session-cookie";

@Resolver()
export class AuthResolver {
  @Query(() => Viewer, { nullable: true, description: "The logged-in user, or null" })
  @Public()
  async viewer(@Ctx() ctx: RequestContext): Promise<Viewer | null> {
    if (!ctx.principal?.userId) return null;
    const user = await ctx.em.getRepository(User).findOneBy({ id: ctx.principal.userId });
    return user ? { user } : null;
  }

  @Mutation(() => Viewer, { description: "Logs in and sets an HttpOnly session cookie" })
  @Public()
  @OwnTransaction()
  async login(
    @Ctx() ctx: RequestContext,
    @Arg("username", () => String) username: string,
    @Arg("password", () => String) password: string,
  ): Promise<Viewer> {
    if (username.length > 100 || password.length > 200) throw badInput("Username or password too long");
    const req = ctx.http?.req;
    const result = await login(ctx.dataSource, ctx.config, username, password, ctx.now(), {
      userAgent: req?.headers["user-agent"] ?? null,
      ip: req?.ip ?? null,
    });
    if (ctx.http) setSessionCookie(ctx.http.req, ctx.http.res, result.token, result.expiresAt);
    return { user: result.user, expiresAt: result.expiresAt };
  }

  @Mutation(() => Boolean, { description: "Ends the current login session" })
  @Public()
  async logout(@Ctx() ctx: RequestContext): Promise<boolean> {
    const token = ctx.http ? readSessionCookie(ctx.http.req) : undefined;
    if (token) await deleteLoginSession(ctx.em, token);
    if (ctx.http) clearSessionCookie(ctx.http.req, ctx.http.res);
    return true;
  }

  @Mutation(() => Viewer, { description: "Changes the viewer's own password; other sessions end, this one is renewed" })
  @Allow("changePassword")
  async changePassword(@Ctx() ctx: RequestContext, @Arg("input", () => ChangePasswordInput) input: ChangePasswordInput): Promise<Viewer> {
    const repo = ctx.em.getRepository(User);
    const user = await repo.findOneBy({ id: ctx.principal!.userId! });
    if (!user) throw notFound("User");
    if (!(await verifyPassword(user.passwordHash, input.currentPassword))) throw badInput("The current password is wrong", { currentPassword: ["wrong password"] });
    const problem = passwordProblem(input.newPassword, user.roles.includes("ADMIN"));
    if (problem) throw badInput(problem, { newPassword: [problem] });
    user.passwordHash = await hashPassword(input.newPassword);
    user.passwordChangedAt = ctx.now();
    await repo.save(user);
    await revokeUserSessions(ctx.em, user.id);
    const session = await createLoginSession(ctx.em, ctx.config, user.id, ctx.now(), { userAgent: ctx.http?.req.headers["user-agent"] ?? null, ip: ctx.http?.req.ip ?? null });
    if (ctx.http) setSessionCookie(ctx.http.req, ctx.http.res, session.token, session.expiresAt);
    await recordEvent(ctx, { entityType: "User", entityId: user.id, action: "user.changePassword" });
    return { user, expiresAt: session.expiresAt };
  }

  @Query(() => [ApiToken], { description: "API tokens for other apps (secrets are never shown again)" })
  @Allow("apiTokens")
  apiTokens(@Ctx() ctx: RequestContext): Promise<ApiToken[]> {
    return listApiTokens(ctx);
  }

  @Mutation(() => CreatedApiToken, { description: "Creates a read-only API token; its secret is shown once" })
  @Allow("createApiToken")
  async createApiToken(@Ctx() ctx: RequestContext, @Arg("name", () => String) name: string): Promise<CreatedApiToken> {
    if (!name.trim() || name.length > 100) throw badInput("Token name must be 1–100 characters", { name: ["1–100 characters"] });
    return createApiToken(ctx, name);
  }

  @Mutation(() => ApiToken)
  @Allow("revokeApiToken")
  revokeApiToken(@Ctx() ctx: RequestContext, @Arg("id", () => ID) id: string): Promise<ApiToken> {
    return revokeApiToken(ctx, id);
  }
}
