import type { Conn } from "../client.ts";
import { EXPORT_PAGE, exportClaimPages, exportEventPages, exportSourcePages } from "./export.ts";

type Write = (chunk: string) => Promise<void>;

/**
 * SPEC's JSON export written a page at a time, byte for byte `${JSON.stringify(await exportV1(conn), null, 2)}\n`,
 * without ever holding the whole document: memory stays at one page however large the database is.
 */
export async function writeExportV1(conn: Conn, write: Write, pageSize = EXPORT_PAGE): Promise<void> {
  await write('{\n  "version": 1,\n');
  await writeArray(write, "sources", exportSourcePages(conn, pageSize), ",\n");
  await writeArray(write, "events", exportEventPages(conn, pageSize), ",\n");
  await writeArray(write, "claims", exportClaimPages(conn, pageSize), "\n");
  await write("}\n");
}

/** `"key": [...]` at depth one, as JSON.stringify(…, null, 2) lays it out: `[]` when empty, else one item a block. */
async function writeArray(write: Write, key: string, pages: AsyncIterable<unknown[]>, after: string): Promise<void> {
  let first = true;
  for await (const page of pages) {
    // Items sit at depth two; JSON.stringify escapes newlines inside strings, so every "\n" here is layout.
    const items = page.map((item) => `    ${JSON.stringify(item, null, 2).replaceAll("\n", "\n    ")}`).join(",\n");
    await write(`${first ? `  ${JSON.stringify(key)}: [\n` : ",\n"}${items}`);
    first = false;
  }
  await write(first ? `  ${JSON.stringify(key)}: []${after}` : `\n  ]${after}`);
}
