import { is } from "drizzle-orm";
import { SQLiteTable } from "drizzle-orm/sqlite-core";
import * as schema from "./index.ts";

type Schema = typeof schema;
export type Tables = { [K in keyof Schema as Schema[K] extends SQLiteTable ? K : never]: Schema[K] };

/** Every table of the schema, by its query name, found from the schema's exports so that no list can miss one. */
export const TABLES = Object.fromEntries(
  Object.entries(schema).filter(([, value]) => is(value, SQLiteTable)),
) as unknown as Tables;
