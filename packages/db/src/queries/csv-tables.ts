/** The tables of the CSV export, one file each. A module of its own so the CLI's help can name them cheaply. */
export const CSV_TABLES = ["events", "claims", "sources", "forces", "casualties"] as const;
export type CsvTable = (typeof CSV_TABLES)[number];
