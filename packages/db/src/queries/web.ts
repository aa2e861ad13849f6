import { and, eq, inArray } from "drizzle-orm";
import type { Conn } from "../client.ts";
import { feedItems, httpValidators, sourceOrigins } from "../schema/index.ts";

export interface StoredValidators {
  etag: string | null;
  lastModified: string | null;
  checkedAt: string;
}

/** The validators kept for a URL from its last fetch, or null when it was never fetched. */
export async function validatorsOf(conn: Conn, params: { url: string }): Promise<StoredValidators | null> {
  const [row] = await conn
    .select({
      etag: httpValidators.etag,
      lastModified: httpValidators.lastModified,
      checkedAt: httpValidators.checkedAt,
    })
    .from(httpValidators)
    .where(eq(httpValidators.url, params.url));
  return row ?? null;
}

/** Keeps a URL's validators (replacing older ones) after a fetch whose result was stored. */
export async function saveValidators(conn: Conn, params: { url: string } & StoredValidators): Promise<void> {
  const { url, ...values } = params;
  await conn
    .insert(httpValidators)
    .values({ url, ...values })
    .onConflictDoUpdate({ target: httpValidators.url, set: values });
}

/** True when some source was stored from this path or URL. */
export async function originExists(conn: Conn, params: { path: string }): Promise<boolean> {
  const [row] = await conn
    .select({ id: sourceOrigins.sourceId })
    .from(sourceOrigins)
    .where(eq(sourceOrigins.path, params.path));
  return row !== undefined;
}

// Stays under every engine's limit on bound parameters.
const KEYS_PER_QUERY = 500;

/** Which of these item keys a feed has already had handled. */
export async function seenItemKeys(
  conn: Conn,
  params: { feedUrl: string; keys: readonly string[] },
): Promise<Set<string>> {
  const seen = new Set<string>();
  for (let i = 0; i < params.keys.length; i += KEYS_PER_QUERY) {
    const rows = await conn
      .select({ key: feedItems.itemKey })
      .from(feedItems)
      .where(
        and(
          eq(feedItems.feedUrl, params.feedUrl),
          inArray(feedItems.itemKey, params.keys.slice(i, i + KEYS_PER_QUERY)),
        ),
      );
    for (const row of rows) seen.add(row.key);
  }
  return seen;
}

/** Records feed items as handled; an item seen before keeps its first date. */
export async function markItemsSeen(
  conn: Conn,
  params: { feedUrl: string; items: readonly { key: string; link: string | null }[]; seenAt: string },
): Promise<void> {
  for (let i = 0; i < params.items.length; i += KEYS_PER_QUERY) {
    const rows = params.items.slice(i, i + KEYS_PER_QUERY).map((item) => ({
      feedUrl: params.feedUrl,
      itemKey: item.key,
      link: item.link,
      seenAt: params.seenAt,
    }));
    await conn.insert(feedItems).values(rows).onConflictDoNothing();
  }
}
