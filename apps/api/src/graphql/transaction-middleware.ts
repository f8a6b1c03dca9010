// One transaction per mutation: every root Mutation field runs inside `dataSource.transaction`, with
// the transaction's EntityManager in `ctx.transaction`, so the state change, its event row and its
// side rows commit together or not at all. Fields that must write even when they fail (login's
// throttle bookkeeping) opt out with `@OwnTransaction()` and manage their own.
//
// Applied by wrapping the Mutation fields of the built schema, not as a type-graphql global
// middleware: that would also run (and cost CPU) on every output field of every query.
import { defaultFieldResolver, type GraphQLSchema } from "graphql";
import type { RequestContext } from "./context";
import { AppError } from "./errors";

const ownTransaction = new Set<string>();

export function OwnTransaction(): MethodDecorator {
  return (_target, propertyKey) => {
    ownTransaction.add(String(propertyKey));
  };
}

export function wrapMutationsInTransactions(schema: GraphQLSchema): GraphQLSchema {
  const mutation = schema.getMutationType();
  if (!mutation) return schema;
  for (const field of Object.values(mutation.getFields())) {
    const resolve = field.resolve ?? defaultFieldResolver;
    field.resolve = (source, args, context: RequestContext, info) =>
      runMutation(context, info.fieldName, () => resolve(source, args, context, info));
  }
  return schema;
}

async function runMutation(context: RequestContext, fieldName: string, next: () => unknown): Promise<unknown> {
  if (context.principal?.kind === "token") throw new AppError("FORBIDDEN", "API tokens are read-only");
  if (ownTransaction.has(fieldName)) return next();
  if (context.transaction) throw new Error("nested mutation transaction");
  try {
    return await context.dataSource.transaction(async (em) => {
      context.transaction = em;
      try {
        return await next();
      } finally {
        context.transaction = null;
      }
    });
  } finally {
    // Whatever the loaders cached before or during the mutation may no longer be true.
    context.loaders.clear();
  }
}
