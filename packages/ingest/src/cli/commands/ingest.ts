import type { Command } from "commander";
import type { CliEnv } from "../env.ts";
import { UsageError } from "../exit-codes.ts";
import { addFetchOptions, collect, fetcherOptionsOf } from "../fetch-options.ts";
import type { IngestFlags } from "./run-ingest.ts";

export function ingestCommand(program: Command, env: CliEnv): void {
  const command = program
    .command("ingest")
    .summary("read articles from files, web pages, feeds and web archives into the database")
    .description(
      "Read .txt, .md and .html articles (folders are walked recursively), web pages by URL, RSS and Atom feeds " +
        "(each item's page is fetched) and WARC archives; extract events, forces, casualties and claims, and store " +
        "them. A folder's manifest.jsonl supplies outlet, date, title and URL. Articles already stored are skipped " +
        "(content hash, or a 304 for a page fetched before); a changed one has its extractions replaced.",
    )
    .argument("[inputs...]", "article files, corpus folders, http(s) URLs, or .warc / .warc.gz archives")
    .option("--manifest <file>", "a manifest.jsonl whose metadata beats each folder's own")
    .option("--feed <url-or-file>", "an RSS or Atom feed whose items' pages are fetched (repeatable)", collect)
    .option("--urls <file>", "a file of URLs, one a line, # comments allowed (repeatable)", collect)
    .option("--db <file>", "database file (default: $DECONFLICT_DB, else data/deconflict.db at the repo root)");
  addFetchOptions(command)
    .addHelpText(
      "after",
      `
Examples:
  $ npx deconflict ingest corpus/at-tanf-2017
  $ npx deconflict ingest article.html notes.md --db /tmp/x.db
  $ npx deconflict ingest scraped/ --manifest scraped/meta.jsonl --max-bytes 2M
  $ npx deconflict ingest https://example.org/news/strike.html
  $ npx deconflict ingest --feed https://example.org/world/rss.xml --feed saved-atom.xml
  $ npx deconflict ingest --urls links.txt --host-delay 2s --timeout 20s
  $ npx deconflict ingest crawl.warc.gz

Web pages go through Mozilla Readability; metadata comes from the manifest, then JSON-LD NewsArticle,
OpenGraph, <meta> and <time>, then a feed item's date, then the text. The fetcher sends a User-Agent
naming deconflict, obeys robots.txt, makes conditional requests (ETag / Last-Modified) for pages stored
before, fetches http and https only, and refuses loopback, private and link-local addresses (after DNS
too) unless --allow-private.

Exit status: 0 all good, 1 some input failed (every good one is still stored) or the database
cannot be written, 2 bad usage, 130 interrupted (Ctrl-C finishes the current article first).`,
    )
    .action(async (inputs: string[], flags: IngestFlags) => {
      // Usage is checked before the database and extractor modules load.
      if (inputs.length === 0 && !flags.manifest && !flags.feed?.length && !flags.urls?.length)
        throw new UsageError("ingest needs at least one file, folder, URL, --feed or --urls");
      const fetcher = fetcherOptionsOf(flags);
      const { runIngest } = await import("./run-ingest.ts");
      process.exitCode = await runIngest(inputs, { ...flags, fetcher }, env);
    });
}
