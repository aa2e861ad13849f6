import { CSV_TABLES, type CsvTable, csvLine, exportV1, writeCsvTable } from "@deconflict/db/queries";
import { exportScope, isEmptyFilter } from "@deconflict/db/queries/dashboard";
import { parseCsv } from "../../../lib/csv-records.ts";
import { getDb } from "../../../lib/db.ts";
import { narrowExport } from "../../../lib/export-filter.ts";
import { parseEventFilter } from "../../../lib/params.ts";

export const dynamic = "force-dynamic";

// Which column of each CLI CSV table holds the event reference ("e12"); sources are matched by source ref.
const EVENT_COLUMN: Record<CsvTable, number | null> = { events: 0, claims: 2, forces: 1, casualties: 1, sources: null };

function problem(status: number, message: string): Response {
  return new Response(`${message}\n`, { status, headers: { "content-type": "text/plain; charset=utf-8" } });
}

export async function GET(request: Request, { params }: { params: Promise<{ format: string }> }) {
  const { format } = await params;
  if (format !== "json" && format !== "csv") return problem(404, "Export formats are json and csv.");
  const url = new URL(request.url);
  const query = Object.fromEntries(url.searchParams.entries());
  const { value: filter, problems } = parseEventFilter(query);
  if (problems.length > 0) return problem(400, problems.join("\n"));
  const db = await getDb();
  if (!db) return problem(404, "No data yet: run `npx deconflict ingest corpus/at-tanf-2017`");

  const filtered = !isEmptyFilter(filter);
  const scope = filtered ? await exportScope(db, filter) : { eventIds: [], sourceIds: [] };
  const eventRefs = new Set(scope.eventIds.map((id) => `e${id}`));

  if (format === "json") {
    const all = await exportV1(db);
    const body = filtered ? narrowExport(all, eventRefs) : all;
    return new Response(JSON.stringify(body, null, 2), {
      headers: {
        "content-type": "application/json; charset=utf-8",
        "content-disposition": 'attachment; filename="deconflict-export.json"',
      },
    });
  }

  const table = (url.searchParams.get("table") ?? "events") as CsvTable;
  if (!CSV_TABLES.includes(table)) return problem(400, `The CSV table must be one of ${CSV_TABLES.join(", ")}.`);
  const sourceRefs = new Set(scope.sourceIds.map((id) => `s${id}`));
  const keep = (record: string[]): boolean => {
    const column = EVENT_COLUMN[table];
    return column === null ? sourceRefs.has(record[0] ?? "") : eventRefs.has(record[column] ?? "");
  };

  const encoder = new TextEncoder();
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      let header = true;
      try {
        await writeCsvTable(db, table, (chunk) => {
          if (!filtered || header) {
            header = false;
            controller.enqueue(encoder.encode(chunk));
            return;
          }
          // The CLI writes whole records per chunk, so each chunk can be filtered on its own.
          const kept = parseCsv(chunk)
            .filter(keep)
            .map((r) => csvLine(r))
            .join("");
          if (kept) controller.enqueue(encoder.encode(kept));
        });
        controller.close();
      } catch (error) {
        controller.error(error);
      }
    },
  });
  return new Response(stream, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="deconflict-${table}.csv"`,
    },
  });
}
