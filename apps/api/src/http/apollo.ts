// Apollo Server 5 with the protections the foundation asks for: CSRF prevention, no introspection
// in production, limits on depth, aliases, tokens and cost (graphql-armor), masked internal errors,
// and no cache-control plugin (it costs ~30% on lists and we set no cache hints).
import { ApolloServer, type ApolloServerPlugin } from "@apollo/server";
import { ApolloServerPluginCacheControlDisabled } from "@apollo/server/plugin/disabled";
import { ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { ApolloArmor } from "@escape.tech/graphql-armor";
import type { GraphQLSchema } from "graphql";
import type { RequestContext } from "../graphql/context";
import { formatError } from "../graphql/errors";
import { currentScope } from "../request-scope";

export const LIMITS = { maxDepth: 15, maxAliases: 15, maxTokens: 4000, maxCost: 50000, maxDirectives: 20 } as const;

/** Reports the request id, and the SQL statement count when enabled, in response headers. */
function scopeHeaders(exposeSqlCount: boolean): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          // A query rejected by a limit while parsing is the client's fault, not a server error.
          const body = response.body;
          if (body.kind === "single" && body.singleResult.errors?.some((e) => e.extensions?.code === "GRAPHQL_VALIDATION_FAILED") && !body.singleResult.data) {
            response.http.status = 400;
          }
          const scope = currentScope();
          if (!scope) return;
          response.http.headers.set("x-request-id", scope.requestId);
          if (exposeSqlCount) response.http.headers.set("x-sql-count", String(scope.sqlCount));
        },
      };
    },
  };
}

export function createApollo(schema: GraphQLSchema, production: boolean, exposeSqlCount: boolean): ApolloServer<RequestContext> {
  const armor = new ApolloArmor({
    maxDepth: { n: LIMITS.maxDepth, ignoreIntrospection: false },
    maxAliases: { n: LIMITS.maxAliases },
    // Tokens are capped by graphql-js' own parser (parseOptions below): a 400 parse error, not a 500.
    maxTokens: { enabled: false },
    maxDirectives: { n: LIMITS.maxDirectives },
    costLimit: { maxCost: LIMITS.maxCost },
    blockFieldSuggestion: { enabled: production },
  });
  const protection = armor.protect();
  return new ApolloServer<RequestContext>({
    schema,
    introspection: !production,
    csrfPrevention: true,
    parseOptions: { maxTokens: LIMITS.maxTokens },
    includeStacktraceInErrorResponses: false,
    formatError: (formatted, error) => formatError(formatted, error),
    validationRules: [...protection.validationRules],
    plugins: [...protection.plugins, ApolloServerPluginCacheControlDisabled(), ApolloServerPluginLandingPageDisabled(), scopeHeaders(exposeSqlCount)],
    allowBatchedHttpRequests: false,
  });
}
