import { eq } from "drizzle-orm";
import type { Conn } from "../client.ts";
import { events } from "../schema/index.ts";
import { type EventChanges, mergeChanges } from "./insert-extraction.ts";
import { refreshEvent } from "./refresh-event.ts";
import { resolveBlock } from "./resolve-block.ts";

/** Re-resolves blocks that lost tellings (a replaced or deleted source), adding what changed to `changes`. */
export async function reresolveBlocks(conn: Conn, blocks: Iterable<string>, changes: EventChanges): Promise<void> {
  for (const key of [...new Set(blocks)].sort()) mergeChanges(changes, await resolveBlock(conn, key, []));
}

/** Brings every touched event in step with its tellings (deleting those left empty) and sets its dispute flags. */
export async function settleEvents(
  conn: Conn,
  changes: EventChanges,
  alsoTouched: Iterable<number> = [],
): Promise<void> {
  const ids = [...new Set([...changes.touched, ...alsoTouched])].sort((a, b) => a - b);
  for (const id of ids) {
    if (!(await refreshEvent(conn, id))) continue;
    const flags = changes.flags.get(id);
    if (flags) await conn.update(events).set(flags).where(eq(events.id, id));
  }
}
