// Plain query functions `(db, params) => result`, one file per aggregate.
export * from "./counts.ts";
export { csvField, csvLine } from "./csv.ts";
export { exportV1 } from "./export.ts";
export { CSV_TABLES, type CsvTable, csvTable, writeCsvTable } from "./export-csv.ts";
export { writeExportV1 } from "./export-stream.ts";
export * from "./ingest.ts";
export * from "./web.ts";
