// One transaction per mutation: every root Mutation field runs inside `dataSource.transaction`, with
// the transaction's EntityManager in `ctx.transaction`, so the state change, its event row and its
// side rows commit together or not at all. Fields that must write even when they fail (login's
// throttle bookkeeping) opt out with `@OwnTransaction()` and manage their own.
import type { MiddlewareFn } from "type-graphql";
import type { RequestContext } from "./context";
import { AppError } from "./errors";

const ownTransaction = new Set<string>();

export function OwnTransaction(): MethodDecorator {
  return (_target, propertyKey) => {
    ownTransaction.add(String(propertyKey));
  };
}

export const TransactionMiddleware: MiddlewareFn<RequestContext> = async ({ context, info }, next) => {
  if (info.parentType.name !== "Mutation") return next();
  if (context.principal?.kind === "token") throw new AppError("FORBIDDEN", "API tokens are read-only");
  if (ownTransaction.has(info.fieldName)) return next();
  if (context.transaction) throw new Error("nested mutation transaction");
  try {
    const result = await context.dataSource.transaction(async (em) => {
      context.transaction = em;
      try {
        return await next();
      } finally {
        context.transaction = null;
      }
    });
    return result;
  } finally {
    // Whatever the loaders cached before or during the mutation may no longer be true.
    context.loaders.clear();
  }
};
