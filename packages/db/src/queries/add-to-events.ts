import { DATE_PRECISIONS, type EventMention } from "@deconflict/domain";
import { corroborationGrade, dateBounds } from "@deconflict/domain/resolution";
import { eq, sql } from "drizzle-orm";
import type { Conn } from "../client.ts";
import { events } from "../schema/index.ts";
import { geoColumns } from "./row-mappers.ts";

/** What one new source adds to one event. */
export interface EventAddition {
  /** The source's mentions of the event, in reading order. */
  mentions: EventMention[];
  /** Whether one of the source's claims about the event contests it. */
  contested: boolean;
}

const rank = (precision: string | null) =>
  precision === null ? DATE_PRECISIONS.length : DATE_PRECISIONS.indexOf(precision as (typeof DATE_PRECISIONS)[number]);

/**
 * Brings events in step after a NEW source's mentions were stored (none of its mentions existed before), in a
 * few indexed look-ups per event whatever its size: one more source, one more outlet unless that outlet already
 * tells it, a more precise date or a first location or target if the source has one, and the grade.
 * Gives the same result as `refreshEvent` would.
 */
export async function addToEvents(
  conn: Conn,
  source: { id: number; outletKey: string },
  additions: Map<number, EventAddition>,
): Promise<void> {
  for (const [eventId, addition] of additions) {
    // One look-up: the event's current fields, and whether another source of this outlet already tells it.
    const [event] = await conn
      .select({
        datePrecision: events.datePrecision,
        location: events.location,
        eventType: events.eventType,
        targetKey: events.targetKey,
        attackerKey: events.attackerKey,
        sourceCount: events.sourceCount,
        outletCount: events.outletCount,
        grade: events.grade,
        // Spelled out: drizzle leaves single-table columns unqualified, which the subquery would misread.
        sameOutlet: sql<number>`EXISTS (SELECT 1 FROM event_mentions m WHERE m.event_id = "events"."id"
          AND m.outlet_key = ${source.outletKey} AND m.source_id <> ${source.id})`,
      })
      .from(events)
      .where(eq(events.id, eventId));
    if (!event) continue;
    const outletCount = event.outletCount + (event.sameOutlet ? 0 : 1);
    const contested = event.grade === "contested" || addition.contested;
    const update: Partial<typeof events.$inferInsert> = {
      sourceCount: event.sourceCount + 1,
      outletCount,
      grade: corroborationGrade(outletCount, contested),
    };
    // Strictly more precise only: among equals the earlier mention, already stored, wins.
    const sharper = addition.mentions
      .filter((m) => m.date && rank(m.date.precision) < rank(event.datePrecision))
      .sort((a, b) => rank(a.date?.precision ?? null) - rank(b.date?.precision ?? null))[0];
    if (sharper?.date) {
      const bounds = dateBounds(sharper.date);
      Object.assign(update, {
        date: sharper.date.value,
        datePrecision: sharper.date.precision,
        dateFrom: bounds.from,
        dateTo: bounds.to,
      });
    }
    const located = addition.mentions.find((m) => m.location !== null);
    // The coordinates travel with the location they belong to.
    if (event.location === null && located) {
      Object.assign(update, { location: located.location, ...geoColumns(located.geo) });
    }
    const typed = addition.mentions.find((m) => m.eventType !== null);
    if (event.eventType === null && typed) {
      Object.assign(update, { eventType: typed.eventType, subEventType: typed.subEventType });
    }
    const targeted = addition.mentions.find((m) => m.target !== null);
    if (event.targetKey === null && targeted?.target) {
      Object.assign(update, {
        targetKey: targeted.target.key,
        targetName: targeted.target.name,
        targetSide: targeted.target.side,
      });
    }
    const attacked = addition.mentions.find((m) => m.attacker !== null);
    if (event.attackerKey === null && attacked?.attacker) {
      Object.assign(update, {
        attackerKey: attacked.attacker.key,
        attackerName: attacked.attacker.name,
        attackerSide: attacked.attacker.side,
      });
    }
    await conn.update(events).set(update).where(eq(events.id, eventId));
  }
}
