// A small GraphQL-over-HTTP client for tests: keeps the session cookie like a browser, sends the
// typed documents of @jyta/client (or plain strings), and returns data, errors and headers.
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { print, type DocumentNode } from "graphql";

export interface GraphQLResult<T> {
  data: T | null;
  errors?: Array<{ message: string; extensions?: { code?: string; [k: string]: unknown }; path?: Array<string | number> }>;
  status: number;
  headers: Headers;
}

export class GraphQLClient {
  private cookie: string | undefined;
  bearer: string | undefined;

  constructor(readonly baseUrl: string) {}

  async request<TData = Record<string, unknown>, TVars = Record<string, unknown>>(
    document: TypedDocumentNode<TData, TVars> | DocumentNode | string,
    variables?: TVars,
    init: { headers?: Record<string, string> } = {},
  ): Promise<GraphQLResult<TData>> {
    const query = typeof document === "string" ? document : print(document);
    const response = await fetch(`${this.baseUrl}/graphql`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        ...(this.cookie ? { cookie: this.cookie } : {}),
        ...(this.bearer ? { authorization: `Bearer ${this.bearer}` } : {}),
        ...init.headers,
      },
      body: JSON.stringify({ query, variables }),
    });
    const setCookie = response.headers.getSetCookie();
    for (const c of setCookie) {
      const [pair] = c.split(";");
      if (!pair) continue;
      const [, value] = pair.split("=");
      this.cookie = value ? pair : undefined;
    }
    const body = (await response.json()) as { data?: TData | null; errors?: GraphQLResult<TData>["errors"] };
    return { data: body.data ?? null, ...(body.errors ? { errors: body.errors } : {}), status: response.status, headers: response.headers };
  }

  /** The data, or a thrown error listing the GraphQL errors (for steps that must succeed). */
  async ok<TData = Record<string, unknown>, TVars = Record<string, unknown>>(document: TypedDocumentNode<TData, TVars> | DocumentNode | string, variables?: TVars): Promise<TData> {
    const result = await this.request(document, variables);
    if (result.errors?.length || !result.data) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
    return result.data;
  }

  /** The first error's code (for steps that must fail). */
  async errorCode<TData, TVars>(document: TypedDocumentNode<TData, TVars> | DocumentNode | string, variables?: TVars): Promise<string | undefined> {
    const result = await this.request(document, variables);
    return result.errors?.[0]?.extensions?.code;
  }

  get hasSession(): boolean {
    return !!this.cookie;
  }
}
