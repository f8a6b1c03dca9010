// DataLoader with one batching rule for the whole API: a batch is dispatched with setImmediate, after
// every pending promise job has run, instead of DataLoader's default (right after the current job
// queue). Field resolvers await at different depths (rule sets, row facts, …), so with the default a
// relation's loads could split into two batches depending on timing; waiting for the queue to drain
// makes the statement count of a request a function of its shape, not of its timing.
import DataLoaderBase from "dataloader";

export class BatchLoader<K, V, C = K> extends DataLoaderBase<K, V, C> {
  constructor(batch: DataLoaderBase.BatchLoadFn<K, V>, options: DataLoaderBase.Options<K, V, C> = {}) {
    super(batch, { batchScheduleFn: (callback) => setImmediate(callback), ...options });
  }
}
