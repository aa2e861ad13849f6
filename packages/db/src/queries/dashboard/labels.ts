import { sql } from "drizzle-orm";
import { sourceOrigins, sources } from "../../schema/index.ts";

/** A source's display name: outlet, else title, else the file it came from. */
export const sourceLabel = sql<string>`coalesce(${sources.outlet}, ${sources.title}, (SELECT min(${sourceOrigins.path}) FROM ${sourceOrigins} WHERE ${sourceOrigins.sourceId} = ${sources.id}), 'source ' || ${sources.id})`;

/** The file name or URL a source was ingested from, as the export names it. */
export const sourceFile = sql<string>`(SELECT min(${sourceOrigins.path}) FROM ${sourceOrigins} WHERE ${sourceOrigins.sourceId} = ${sources.id})`;
