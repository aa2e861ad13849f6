import { rows } from "./inspect.ts";

/** The stderr/stdout lines that name a file, by its base name. */
export function linesNaming(output: string, name: string): string[] {
  return output.split("\n").filter((line) => line.includes(name));
}

/** Origin paths stored for a file, matched on the path's last segment. */
export async function originsOf(dbPath: string, name: string): Promise<{ path: string; sourceId: number }[]> {
  const all = await rows(dbPath, "SELECT path, source_id FROM source_origins");
  return all
    .map((r) => ({ path: String(r.path), sourceId: Number(r.source_id) }))
    .filter((r) => r.path === name || r.path.endsWith(`/${name}`));
}

/** The stored text and metadata of the source a file was ingested as, or null. */
export async function storedSource(
  dbPath: string,
  name: string,
): Promise<{ text: string; outlet: string | null; publishedAt: string | null; title: string | null } | null> {
  const [origin] = await originsOf(dbPath, name);
  if (!origin) return null;
  const [row] = await rows(
    dbPath,
    `SELECT text, outlet, published_at, title FROM sources WHERE id = ${origin.sourceId}`,
  );
  if (!row) return null;
  const str = (v: unknown) => (v === null || v === undefined ? null : String(v));
  return { text: String(row.text), outlet: str(row.outlet), publishedAt: str(row.published_at), title: str(row.title) };
}
