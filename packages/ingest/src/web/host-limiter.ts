/**
 * Politeness: at most `concurrency` requests at once over all hosts, and request starts to one host at least
 * `intervalMs` apart (longer when the host's robots.txt asks for a Crawl-delay).
 */
export class HostLimiter {
  /** Per host: the last request's start time, and the chain every next request of that host waits on. */
  private readonly lastStart = new Map<string, number>();
  private readonly gate = new Map<string, Promise<void>>();
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
    // Requests to one host pass its gate one by one, each measured from the previous one's real start (timers
    // that fire late on a busy machine never bunch requests). Other hosts never wait on this one.
    const previous = this.gate.get(host) ?? Promise.resolve();
    const started = previous.then(async () => {
      const wait = (this.lastStart.get(host) ?? 0) + (this.hostInterval.get(host) ?? this.intervalMs) - Date.now();
      if (wait > 0) await sleep(wait, this.signal);
      await this.acquire();
      this.lastStart.set(host, Date.now());
    });
    this.gate.set(host, started);
    await started;
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
