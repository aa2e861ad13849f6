import {
  ACTOR_ROLES,
  type ActorRole,
  EVENT_SORTS,
  type EventFilter,
  type EventSort,
  type FilterOptions,
  STRIKE_BUCKETS,
  type StrikeBucketSize,
} from "@deconflict/db/queries/dashboard";
import {
  CLAIM_KINDS,
  CORROBORATION_GRADES,
  type CorroborationGrade,
  EVENT_KINDS,
  type EventKind,
  SPEAKER_KINDS,
  STANCES,
} from "@deconflict/domain";
import * as v from "valibot";

export type SearchParams = Record<string, string | string[] | undefined>;

/** What a page understood of its URL, plus a message for each part it had to ignore. */
export interface Parsed<T> {
  value: T;
  problems: string[];
}

const IsoDay = v.pipe(
  v.string(),
  v.isoDate("must be a date like 2017-05-18"),
  v.check((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)), "is not a real date"),
);
const PositiveInt = (max: number) =>
  v.pipe(
    v.string(),
    v.regex(/^\d+$/, "must be a whole number"),
    v.transform(Number),
    v.integer(),
    v.minValue(1, "must be at least 1"),
    v.maxValue(max, `must be at most ${max}`),
  );
const Text = v.pipe(v.string(), v.trim(), v.maxLength(200, "is too long"));

function first(params: SearchParams, key: string): string | undefined {
  const raw = params[key];
  const value = Array.isArray(raw) ? raw[0] : raw;
  return value === undefined || value.trim() === "" ? undefined : value;
}

/** Parses one param with its schema; a bad value is dropped with a message instead of failing the page. */
function field<T>(
  params: SearchParams,
  key: string,
  label: string,
  schema: v.GenericSchema<string, T>,
  problems: string[],
): T | undefined {
  const raw = first(params, key);
  if (raw === undefined) return undefined;
  const r = v.safeParse(schema, raw);
  if (r.success) return r.output;
  problems.push(`Ignored ${label} "${raw.slice(0, 40)}": ${r.issues[0]?.message ?? "invalid"}.`);
  return undefined;
}

function oneOf<T extends string>(values: readonly T[], what: string) {
  return v.pipe(v.string(), v.picklist(values, `must be one of ${what}`)) as v.GenericSchema<string, T>;
}

/** The menus' values, usable to check a URL's attacker and target only when the lists are complete. */
export function knownValues(options: FilterOptions): { attackers: string[]; targets: string[] } | undefined {
  // The menu sends an actor key; a link (the overview's chart) may send one of its names.
  const attackers = [...options.attackerGroups.map((g) => g.key), ...options.attackers];
  return options.complete ? { attackers, targets: options.targets } : undefined;
}

/** The event filter from a URL; known attackers/targets are checked when the lists are given. */
export function parseEventFilter(
  params: SearchParams,
  known?: { attackers: readonly string[]; targets: readonly string[] },
): Parsed<EventFilter> {
  const problems: string[] = [];
  const filter: EventFilter = {
    from: field(params, "from", "from date", IsoDay, problems),
    to: field(params, "to", "to date", IsoDay, problems),
    attacker: field(params, "attacker", "attacker", Text, problems),
    target: field(params, "target", "target", Text, problems),
    kind: field(params, "kind", "kind", oneOf<EventKind>(EVENT_KINDS, EVENT_KINDS.join(", ")), problems),
    location: field(params, "location", "location", Text, problems),
    minSources: field(params, "minSources", "minimum sources", PositiveInt(1000), problems),
    grade: field(
      params,
      "grade",
      "grade",
      oneOf<CorroborationGrade>(CORROBORATION_GRADES, CORROBORATION_GRADES.join(", ")),
      problems,
    ),
    actor: field(params, "actor", "actor", Text, problems),
    actorRole: field(params, "role", "role", oneOf<ActorRole>(ACTOR_ROLES, ACTOR_ROLES.join(", ")), problems),
  };
  if (filter.actorRole && !filter.actor) {
    problems.push(`Ignored role "${filter.actorRole}": it needs an actor.`);
    filter.actorRole = undefined;
  }
  if (filter.from && filter.to && filter.from > filter.to) {
    problems.push(`The from date ${filter.from} is after the to date ${filter.to}; they were swapped.`);
    [filter.from, filter.to] = [filter.to, filter.from];
  }
  if (known && filter.attacker && !known.attackers.includes(filter.attacker)) {
    problems.push(`No events have the attacker "${filter.attacker.slice(0, 40)}".`);
  }
  if (known && filter.target && !known.targets.includes(filter.target)) {
    problems.push(`No events have the target "${filter.target.slice(0, 40)}".`);
  }
  return { value: stripUndefined(filter), problems };
}

/** The strike chart's bucket size, `?bucket=week|month`; months unless told. */
export function parseBucket(params: SearchParams): Parsed<StrikeBucketSize> {
  const problems: string[] = [];
  const bucket =
    field(params, "bucket", "bucket", oneOf<StrikeBucketSize>(STRIKE_BUCKETS, STRIKE_BUCKETS.join(", ")), problems) ??
    "month";
  return { value: bucket, problems };
}

/** The actors list's search and page. */
export function parseActorParams(params: SearchParams): Parsed<{ q?: string; page: number }> {
  const problems: string[] = [];
  const value = {
    q: field(params, "q", "search", Text, problems),
    page: field(params, "page", "page", PositiveInt(1_000_000), problems) ?? 1,
  };
  return { value: stripUndefined(value), problems };
}

/** An actor key from its route segment ("/actors/~eln%20rebels"), or null when it cannot be one. */
export function parseActorKey(raw: string): string | null {
  let key = raw;
  // Next hands some segments over still percent-encoded; a key never contains "%" itself.
  if (/%[0-9A-Fa-f]{2}/.test(key)) {
    try {
      key = decodeURIComponent(key);
    } catch {
      return null;
    }
  }
  return key.trim() === "" || key.length > 200 ? null : key;
}

export interface ListParams {
  sort: EventSort;
  dir: "asc" | "desc" | undefined;
  page: number;
}

export function parseListParams(params: SearchParams): Parsed<ListParams> {
  const problems: string[] = [];
  const sort = field(params, "sort", "sort", oneOf<EventSort>(EVENT_SORTS, EVENT_SORTS.join(", ")), problems) ?? "date";
  const dir = field(params, "dir", "direction", oneOf(["asc", "desc"] as const, "asc, desc"), problems);
  const page = field(params, "page", "page", PositiveInt(1_000_000), problems) ?? 1;
  return { value: { sort, dir, page }, problems };
}

export interface ClaimParams {
  speakerKind?: string;
  speaker?: string;
  stance?: string;
  claimKind?: string;
  event?: number;
  q?: string;
  page: number;
}

export function parseClaimParams(params: SearchParams): Parsed<ClaimParams> {
  const problems: string[] = [];
  const value: ClaimParams = {
    speakerKind: field(params, "speakerKind", "speaker kind", oneOf(SPEAKER_KINDS, SPEAKER_KINDS.join(", ")), problems),
    speaker: field(params, "speaker", "speaker", Text, problems),
    stance: field(params, "stance", "stance", oneOf(STANCES, STANCES.join(", ")), problems),
    claimKind: field(params, "claimKind", "claim kind", oneOf(CLAIM_KINDS, CLAIM_KINDS.join(", ")), problems),
    event: field(params, "event", "event", PositiveInt(Number.MAX_SAFE_INTEGER), problems),
    q: field(params, "q", "search", Text, problems),
    page: field(params, "page", "page", PositiveInt(1_000_000), problems) ?? 1,
  };
  return { value: stripUndefined(value), problems };
}

/** A route id ("/events/12") as a positive integer, or null for anything else. */
export function parseId(raw: string): number | null {
  return /^[1-9]\d{0,15}$/.test(raw) ? Number(raw) : null;
}

function stripUndefined<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, x]) => x !== undefined)) as T;
}

/** A filter as the URL params it came from (`actorRole` is `role` in a URL). */
export function filterParams(filter: EventFilter): Record<string, string | number | undefined> {
  const { actorRole, ...rest } = filter;
  return { ...rest, role: actorRole };
}

/** The URL query for a filter plus extra params, leaving out empty values. */
export function toQuery(values: Record<string, string | number | undefined | null>): string {
  const q = new URLSearchParams();
  for (const [k, x] of Object.entries(values)) if (x !== undefined && x !== null && x !== "") q.set(k, String(x));
  const s = q.toString();
  return s ? `?${s}` : "";
}
