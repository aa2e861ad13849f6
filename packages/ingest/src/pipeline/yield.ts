/**
 * Lets the event loop turn once. libsql frees a query's native memory in a finalizer that only runs when the
 * loop turns; a loop of awaits that never does (all microtasks) grows by about 1 KB per query. Also lets
 * Ctrl-C and progress output through between articles.
 */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
