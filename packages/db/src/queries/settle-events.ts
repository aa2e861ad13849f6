import type { Conn } from "../client.ts";
import { type EventChanges, mergeChanges } from "./insert-extraction.ts";
import { refreshEvent } from "./refresh-event.ts";
import { lockBlocks, resolveBlock } from "./resolve-block.ts";

/** Re-resolves blocks that lost tellings (a replaced or deleted source), adding what changed to `changes`. */
export async function reresolveBlocks(conn: Conn, blocks: Iterable<string>, changes: EventChanges): Promise<void> {
  const keys = [...new Set(blocks)].sort();
  await lockBlocks(conn, keys);
  for (const key of keys) mergeChanges(changes, await resolveBlock(conn, key, []));
}

/** Brings every touched event in step with its tellings (deleting those left empty) and sets its dispute flags. */
export async function settleEvents(
  conn: Conn,
  changes: EventChanges,
  alsoTouched: Iterable<number> = [],
): Promise<void> {
  const ids = [...new Set([...changes.touched, ...alsoTouched])].sort((a, b) => a - b);
  for (const id of ids) await refreshEvent(conn, id, changes.flags.get(id));
}
