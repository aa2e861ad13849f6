import type {
  CasualtyKind,
  Claim,
  CorroborationGrade,
  EventKind,
  EventMention,
  ForceCategory,
  ForceReport,
  ForceStatus,
  SpeakerKind,
  Stance,
} from "@deconflict/domain";
import { createSelectSchema } from "drizzle-valibot";
import type * as v from "valibot";
import { describe, expectTypeOf, test } from "vitest";
import type { casualties, claims, escalations, eventMentions, events, forceReports } from "../schema/index.ts";
import * as schema from "../schema/index.ts";
import type * as pgSchema from "../schema/pg.ts";
import {
  toCasualtyKind,
  toEventKind,
  toForceCategory,
  toForceStatus,
  toGeo,
  toGrade,
  toQuantity,
  toSpeakerKind,
  toStance,
} from "./row-mappers.ts";
import type { casualtyRow, claimRow, escalationRow, forceRow, mentionRow } from "./rows.ts";

type Insert<T extends { $inferInsert: unknown }> = T["$inferInsert"];
type Select<T extends { $inferSelect: unknown }> = T["$inferSelect"];
/** Every column but the generated id. */
type Columns<T extends { $inferInsert: object }> = Exclude<keyof Insert<T>, "id">;

describe("DB rows and domain types stay in step", () => {
  describe("domain → row builders fill every column of their table, with the column's type", () => {
    test("event_mentions", () => {
      expectTypeOf<keyof ReturnType<typeof mentionRow>>().toEqualTypeOf<Columns<typeof eventMentions>>();
      expectTypeOf<ReturnType<typeof mentionRow>>().toExtend<Insert<typeof eventMentions>>();
    });
    test("force_reports", () => {
      expectTypeOf<keyof ReturnType<typeof forceRow>>().toEqualTypeOf<Columns<typeof forceReports>>();
      expectTypeOf<ReturnType<typeof forceRow>>().toExtend<Insert<typeof forceReports>>();
    });
    test("casualties", () => {
      expectTypeOf<keyof ReturnType<typeof casualtyRow>>().toEqualTypeOf<Columns<typeof casualties>>();
      expectTypeOf<ReturnType<typeof casualtyRow>>().toExtend<Insert<typeof casualties>>();
    });
    test("escalations", () => {
      expectTypeOf<keyof ReturnType<typeof escalationRow>>().toEqualTypeOf<Columns<typeof escalations>>();
      expectTypeOf<ReturnType<typeof escalationRow>>().toExtend<Insert<typeof escalations>>();
    });
    test("claims", () => {
      expectTypeOf<keyof ReturnType<typeof claimRow>>().toEqualTypeOf<Columns<typeof claims>>();
      expectTypeOf<ReturnType<typeof claimRow>>().toExtend<Insert<typeof claims>>();
    });
  });

  describe("every scalar domain field has a column of the same name", () => {
    test("force reports and claims", () => {
      expectTypeOf<Exclude<keyof ForceReport, "count" | "span">>().toExtend<keyof Select<typeof forceReports>>();
      expectTypeOf<Exclude<keyof Claim, "span" | "mentionIndex" | "cue">>().toExtend<keyof Select<typeof claims>>();
    });
    test("mentions", () => {
      type Scalar = Exclude<
        keyof EventMention,
        "attacker" | "target" | "date" | "span" | "forces" | "casualties" | "escalation" | "geo"
      >;
      expectTypeOf<Scalar>().toExtend<keyof Select<typeof eventMentions>>();
    });
    test("coordinates read back as the domain's geo, on mentions and events", () => {
      expectTypeOf<ReturnType<typeof toGeo>>().toEqualTypeOf<EventMention["geo"]>();
      expectTypeOf(toGeo).parameter(0).toExtend<Pick<Select<typeof eventMentions>, "lat" | "lon" | "geoPrecision">>();
      expectTypeOf(toGeo).parameter(0).toExtend<Pick<Select<typeof events>, "lat" | "lon" | "geoPrecision">>();
    });
  });

  describe("row → domain mappers narrow text columns to the domain vocabularies", () => {
    test("vocabulary columns hold plain text that every domain value fits", () => {
      expectTypeOf<EventKind>().toExtend<Select<typeof events>["kind"]>();
      expectTypeOf<ForceCategory>().toExtend<Select<typeof forceReports>["category"]>();
      expectTypeOf<Stance>().toExtend<Select<typeof claims>["stance"]>();
    });
    test("and the mappers give back exactly the domain unions", () => {
      expectTypeOf(toEventKind).returns.toEqualTypeOf<EventKind>();
      expectTypeOf(toForceCategory).returns.toEqualTypeOf<ForceCategory>();
      expectTypeOf(toForceStatus).returns.toEqualTypeOf<ForceStatus>();
      expectTypeOf(toCasualtyKind).returns.toEqualTypeOf<CasualtyKind>();
      expectTypeOf(toSpeakerKind).returns.toEqualTypeOf<SpeakerKind>();
      expectTypeOf(toStance).returns.toEqualTypeOf<Stance>();
      expectTypeOf(toGrade).returns.toEqualTypeOf<CorroborationGrade>();
    });
    test("a stored count reads back as a domain quantity", () => {
      expectTypeOf(toQuantity)
        .parameter(0)
        .toExtend<Pick<Select<typeof forceReports>, "countLow" | "countHigh" | "qualifier">>();
      expectTypeOf<ReturnType<typeof toQuantity>>().toEqualTypeOf<ForceReport["count"]>();
    });
  });

  test("drizzle-valibot's select schema of a table is its $inferSelect row", () => {
    const eventRow = createSelectSchema(schema.events);
    expectTypeOf<v.InferOutput<typeof eventRow>>().toEqualTypeOf<Select<typeof events>>();
  });

  describe("the PostgreSQL tables have the SQLite tables' rows, so the same mappers serve both", () => {
    test("every table: select and insert rows", () => {
      type Tables = keyof typeof pgSchema.PG_TABLES;
      type SelectOf<N extends Tables> = (typeof schema)[N]["$inferSelect"];
      type PgSelectOf<N extends Tables> = (typeof pgSchema)[N]["$inferSelect"];
      type PgInsertOf<N extends Tables> = (typeof pgSchema)[N]["$inferInsert"];
      expectTypeOf<{ [N in Tables]: PgSelectOf<N> }>().toEqualTypeOf<{ [N in Tables]: SelectOf<N> }>();
      expectTypeOf<{ [N in Tables]: PgInsertOf<N> }>().toEqualTypeOf<{
        [N in Tables]: (typeof schema)[N]["$inferInsert"];
      }>();
    });
    test("and every SQLite table has a PostgreSQL one", () => {
      type SqliteTables = {
        [K in keyof typeof schema as (typeof schema)[K] extends { $inferSelect: object } ? K : never]: 1;
      };
      expectTypeOf<keyof SqliteTables>().toEqualTypeOf<keyof typeof pgSchema.PG_TABLES>();
    });
  });
});
