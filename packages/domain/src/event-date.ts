import * as v from "valibot";
import { DATE_PRECISIONS } from "./vocabulary.ts";

/** "2017-05-18" (day), "2017-04" (month) or "2016" (year): SPEC's date strings. */
export const EventDateSchema = v.pipe(
  v.object({
    value: v.pipe(v.string(), v.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/)),
    precision: v.picklist(DATE_PRECISIONS),
  }),
  v.check((d) => d.value.length === { day: 10, month: 7, year: 4 }[d.precision], "precision must fit the value"),
);
export type EventDate = v.InferOutput<typeof EventDateSchema>;

export function dayDate(isoDay: string): EventDate {
  return { value: isoDay.slice(0, 10), precision: "day" };
}
