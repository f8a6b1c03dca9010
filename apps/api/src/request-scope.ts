// Per-request state that must reach code with no access to the GraphQL context (the TypeORM logger,
// Apollo's formatError): the request id and the SQL statement count. Carried by AsyncLocalStorage.
import { AsyncLocalStorage } from "node:async_hooks";
import { randomUUID } from "node:crypto";

export interface RequestScope {
  requestId: string;
  sqlCount: number;
  /** Statement texts, kept only when a test or benchmark asks for them. */
  statements?: string[];
}

const storage = new AsyncLocalStorage<RequestScope>();

export function runInScope<T>(fn: () => T, init: Partial<RequestScope> = {}): { scope: RequestScope; result: T } {
  const scope: RequestScope = { requestId: init.requestId ?? randomUUID(), sqlCount: 0, ...(init.statements ? { statements: init.statements } : {}) };
  return { scope, result: storage.run(scope, fn) };
}

export function currentScope(): RequestScope | undefined {
  return storage.getStore();
}
