// Per-request DataLoaders, created lazily the first time a field asks for one. A module declares a
// loader as a factory `(ctx) => new DataLoader(...)`; `ctx.loaders.get(factory)` returns the one
// instance for this request. No central list to edit, fully typed, nothing built that is not used.
import type DataLoader from "dataloader";
import type { RequestContext } from "./context";

export type LoaderFactory<K, V> = (ctx: RequestContext) => DataLoader<K, V>;

export class Loaders {
  private readonly instances = new Map<LoaderFactory<unknown, unknown>, DataLoader<unknown, unknown>>();
  constructor(private readonly ctx: RequestContext) {}

  get<K, V>(factory: LoaderFactory<K, V>): DataLoader<K, V> {
    let loader = this.instances.get(factory as LoaderFactory<unknown, unknown>);
    if (!loader) {
      loader = factory(this.ctx) as DataLoader<unknown, unknown>;
      this.instances.set(factory as LoaderFactory<unknown, unknown>, loader);
    }
    return loader as DataLoader<K, V>;
  }

  /** After a mutation commits, what was cached before it may be stale. */
  clear(): void {
    this.instances.clear();
  }
}

/** Orders loaded rows to match the requested keys (DataLoader's contract); missing keys get null. */
export function byKeys<K, V>(keys: readonly K[], rows: V[], keyOf: (row: V) => K): Array<V | null> {
  const map = new Map<K, V>();
  for (const row of rows) map.set(keyOf(row), row);
  return keys.map((k) => map.get(k) ?? null);
}

/** Groups loaded rows by key, for to-many relations; keys with no rows get []. */
export function groupByKeys<K, V>(keys: readonly K[], rows: V[], keyOf: (row: V) => K): V[][] {
  const map = new Map<K, V[]>();
  for (const row of rows) {
    const k = keyOf(row);
    const list = map.get(k);
    if (list) list.push(row);
    else map.set(k, [row]);
  }
  return keys.map((k) => map.get(k) ?? []);
}
