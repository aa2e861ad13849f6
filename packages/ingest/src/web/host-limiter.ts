/**
 * Politeness: at most `concurrency` requests at once over all hosts, and request starts to one host at least
 * `intervalMs` apart (longer when the host's robots.txt asks for a Crawl-delay).
 */
export class HostLimiter {
  private readonly nextStart = new Map<string, number>();
  private readonly hostInterval = new Map<string, number>();
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(
    private readonly intervalMs: number,
    private readonly concurrency: number,
    private readonly signal?: AbortSignal,
  ) {}

  /** A host's own minimum interval, such as robots.txt's Crawl-delay; the larger of the two applies. */
  setHostInterval(host: string, ms: number): void {
    this.hostInterval.set(host, Math.max(ms, this.intervalMs));
  }

  async run<T>(host: string, task: () => Promise<T>): Promise<T> {
    // Reserve the host's next start time first, so waiting on one slow host never holds a concurrency slot.
    const now = Date.now();
    const start = Math.max(now, this.nextStart.get(host) ?? 0);
    this.nextStart.set(host, start + (this.hostInterval.get(host) ?? this.intervalMs));
    if (start > now) await sleep(start - now, this.signal);
    await this.acquire();
    try {
      return await task();
    } finally {
      this.release();
    }
  }

  private acquire(): Promise<void> {
    if (this.running < this.concurrency) {
      this.running++;
      return Promise.resolve();
    }
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  private release(): void {
    const next = this.waiting.shift();
    if (next) next();
    else this.running--;
  }
}

export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal?.removeEventListener("abort", done);
      resolve();
    }
    signal?.addEventListener("abort", done, { once: true });
  });
}
