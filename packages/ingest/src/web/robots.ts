import robotsParser from "robots-parser";
import { ReadError } from "../read/errors.ts";
import type { HostLimiter } from "./host-limiter.ts";
import type { HttpResponse } from "./http-get.ts";

type Robot = ReturnType<typeof robotsParser>;

/**
 * robots.txt per site (scheme, host and port), fetched once and kept for the run. A missing file (4xx) allows
 * everything; a site whose robots.txt fails (5xx, timeout) is left alone, as the major crawlers do.
 */
export class RobotsRules {
  private readonly bySite = new Map<string, Promise<Robot | "allow-all" | "unreachable">>();

  constructor(
    private readonly fetchRobots: (url: URL) => Promise<HttpResponse>,
    private readonly limiter: HostLimiter,
    private readonly agent: string,
  ) {}

  /** Why robots.txt forbids the URL, or null when it allows it. */
  async refusal(url: URL): Promise<string | null> {
    const rules = await this.rulesFor(url);
    if (rules === "allow-all") return null;
    if (rules === "unreachable")
      return `refused: ${url.origin}/robots.txt could not be read, so the site is left alone`;
    return rules.isAllowed(url.href, this.agent) === false ? "refused by the site's robots.txt" : null;
  }

  private rulesFor(url: URL): Promise<Robot | "allow-all" | "unreachable"> {
    const site = url.origin;
    let rules = this.bySite.get(site);
    if (!rules) {
      rules = this.load(new URL("/robots.txt", site));
      this.bySite.set(site, rules);
    }
    return rules;
  }

  private async load(robotsUrl: URL): Promise<Robot | "allow-all" | "unreachable"> {
    let response: HttpResponse;
    try {
      response = await this.limiter.run(robotsUrl.host, () => this.fetchRobots(robotsUrl));
    } catch (e) {
      // A refused address is the page's own refusal, not a site whose robots.txt is down.
      if (e instanceof ReadError && e.reason === "refused") throw e;
      return "unreachable";
    }
    if (response.status >= 500) return "unreachable";
    if (response.status !== 200) return "allow-all";
    const robot = robotsParser(robotsUrl.href, response.body.toString("utf8"));
    const delay = robot.getCrawlDelay(this.agent);
    if (delay && delay > 0) this.limiter.setHostInterval(robotsUrl.host, Math.min(delay, 60) * 1000);
    return robot;
  }
}
