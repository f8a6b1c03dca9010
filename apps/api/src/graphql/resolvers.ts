// Every resolver class, listed explicitly.
import type { NonEmptyArray } from "type-graphql";
import { AssemblySessionResolver } from "../modules/assembly-session/assembly-session.resolver";
import { AuthResolver } from "../modules/auth/auth.resolver";
import { BodyResolver } from "../modules/body/body.resolver";
import { MemberResolver } from "../modules/member/member.resolver";
import { UnitResolver } from "../modules/unit/unit.resolver";
import { UserResolver } from "../modules/user/user.resolver";

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const RESOLVERS: NonEmptyArray<Function> = [
  AuthResolver,
  BodyResolver,
  AssemblySessionResolver,
  MemberResolver,
  UnitResolver,
  UserResolver,
];
