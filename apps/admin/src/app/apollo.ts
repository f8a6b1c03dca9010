// The one Apollo Client of the console: same-origin `/graphql` with the session cookie.
import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from "@apollo/client";
import { ErrorLink } from "@apollo/client/link/error";
import { ViewerDocument } from "@jyta/client";
import { toProblem } from "./errors";

/**
 * When any operation other than the login itself says UNAUTHENTICATED, the session has ended (idle or
 * absolute expiry, or logout elsewhere): mark the viewer as nobody so the auth guard sends the user
 * to the login page, remembering where they were.
 */
function sessionEndedLink(getClient: () => ApolloClient): ApolloLink {
  return new ErrorLink(({ error, operation }) => {
    if (operation.operationName === "Login") return;
    if (toProblem(error).code !== "UNAUTHENTICATED") return;
    getClient().cache.writeQuery({ query: ViewerDocument, data: { viewer: null } });
  });
}

export function createApolloClient(): ApolloClient {
  // The API serves this console on the same origin, and `vite dev` proxies /graphql to it.
  const http = new HttpLink({ uri: "/graphql", credentials: "same-origin" });
  const client: ApolloClient = new ApolloClient({
    link: ApolloLink.from([sessionEndedLink(() => client), http]),
    cache: new InMemoryCache({
      typePolicies: {
        // The viewer has no id of its own: keep it as one root field, replaced wholesale.
        Query: { fields: { viewer: { merge: false } } },
      },
    }),
    defaultOptions: {
      // Lists are edited by several administrators: show the cache at once, then the server's truth.
      watchQuery: { fetchPolicy: "cache-and-network" },
    },
  });
  return client;
}
