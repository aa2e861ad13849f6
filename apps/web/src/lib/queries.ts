import type { Db } from "@deconflict/db";
import * as q from "@deconflict/db/queries/dashboard";
import { cached, keyOf } from "./cache.ts";

// The dashboard queries the pages call, memoised until the database changes (see cache.ts).
export const filterOptions = (db: Db) => cached(db, "filterOptions", () => q.filterOptions(db));
export const speakerOptions = (db: Db) => cached(db, "speakerOptions", () => q.speakerOptions(db));
export const kpis = (db: Db, f: q.EventFilter) => cached(db, keyOf("kpis", f), () => q.kpis(db, f));
export const strikesOverTime = (
  db: Db,
  f: q.EventFilter,
  bucket: q.StrikeBucketSize,
  seriesBy: "attacker" | "kind" = "attacker",
) => cached(db, keyOf("strikes", { ...f, bucket, seriesBy }), () => q.strikesOverTime(db, f, bucket, seriesBy));
export const mapEvents = (db: Db, f: q.EventFilter, limit?: number) =>
  cached(db, keyOf("map", { ...f, limit }), () => q.mapEvents(db, f, limit));
export const listActors = (db: Db, p: { q?: string; page?: number }) =>
  cached(db, keyOf("actors", p), () => q.listActors(db, p));
export const actorDetail = (db: Db, key: string) => cached(db, keyOf("actor", { key }), () => q.actorDetail(db, key));
export const forceTotals = (db: Db, f: q.EventFilter) => cached(db, keyOf("forces", f), () => q.forceTotals(db, f));
export const coverageMatrix = (db: Db, f: q.EventFilter) =>
  cached(db, keyOf("coverage", f), () => q.coverageMatrix(db, f));
export const eventsPerSource = (db: Db, f: q.EventFilter) =>
  cached(db, keyOf("perSource", f), () => q.eventsPerSource(db, f));
export const listEvents = (db: Db, p: q.EventListParams) =>
  cached(db, keyOf("events", { ...p, filter: keyOf("f", p.filter ?? {}) }), () => q.listEvents(db, p));
export const listClaims = (db: Db, p: { filter?: q.ClaimFilter; page?: number }) =>
  cached(db, keyOf("claims", { ...p, filter: keyOf("f", p.filter ?? {}) }), () => q.listClaims(db, p));
export const listSources = (db: Db, page: number, pageSize: number) =>
  cached(db, keyOf("sources", { page, pageSize }), () => q.listSources(db, page, pageSize));
