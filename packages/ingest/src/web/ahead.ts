/**
 * Runs `work` on up to `width` items ahead of the consumer and yields results in input order: fetches overlap
 * while articles are still stored one at a time, and no more than `width` bodies wait in memory.
 * `work` must not reject (turn errors into values).
 */
export async function* ahead<T, R>(items: Iterable<T>, width: number, work: (item: T) => Promise<R>) {
  const queue: Promise<[T, R]>[] = [];
  const source = items[Symbol.iterator]();
  const refill = () => {
    while (queue.length < Math.max(1, width)) {
      const next = source.next();
      if (next.done) return;
      const item = next.value;
      queue.push(work(item).then((r) => [item, r] as [T, R]));
    }
  };
  refill();
  while (queue.length > 0) {
    const result = await (queue.shift() as Promise<[T, R]>);
    refill();
    yield result;
  }
}
