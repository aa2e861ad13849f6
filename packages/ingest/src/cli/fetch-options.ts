import type { Command } from "commander";
import type { FetcherOptions } from "../web/fetcher.ts";
import { parseCount, parseDuration, parseMaxBytes } from "./options.ts";

export interface FetchFlags {
  maxBytes?: string;
  timeout?: string;
  maxRedirects?: string;
  hostDelay?: string;
  concurrency?: string;
  allowPrivate?: boolean;
}

/** Collects a repeatable option's values. */
export function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

/** The web fetcher's options, shared by `ingest` and `watch`. */
export function addFetchOptions(command: Command): Command {
  return command
    .option("--max-bytes <n>", "refuse files, pages and records larger than this (bytes, or with K/M/G)", "10M")
    .option("--timeout <duration>", "give up on a page after this long (e.g. 30s, 2m)", "30s")
    .option("--max-redirects <n>", "follow at most this many redirects", "5")
    .option("--host-delay <duration>", "wait at least this long between requests to one host", "1s")
    .option("--concurrency <n>", "fetch at most this many pages at once", "4")
    .option("--allow-private", "allow loopback, private and link-local addresses (tests, intranets)");
}

/** Validated fetcher options from the flags; a bad value is a usage error. */
export function fetcherOptionsOf(flags: FetchFlags): FetcherOptions {
  return {
    maxBytes: parseMaxBytes(flags.maxBytes ?? "10M"),
    timeoutMs: parseDuration(flags.timeout ?? "30s", "--timeout"),
    maxRedirects: parseCount(flags.maxRedirects ?? "5", "--max-redirects", 0),
    hostIntervalMs: parseDuration(flags.hostDelay ?? "1s", "--host-delay"),
    concurrency: parseCount(flags.concurrency ?? "4", "--concurrency", 1),
    allowPrivate: flags.allowPrivate === true,
  };
}
