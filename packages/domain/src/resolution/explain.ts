import type { DatePrecision } from "../vocabulary.ts";
import type { JoinReason } from "./join-reason.ts";

const WHEN: Record<DatePrecision, string> = { day: "same day", month: "same month", year: "same year" };

function placePhrase(r: JoinReason): string | null {
  const { relation, km } = r.place;
  const apart = km !== null && km > 0 ? ` (${km} km apart)` : "";
  switch (relation) {
    case "same":
      return `same place${apart}`;
    case "inside":
      return `one place inside the other${apart}`;
    case "near":
      return `places ${km} km apart`;
    case "differs":
      return "places named differently";
    default:
      return null;
  }
}

const TARGET: Record<JoinReason["target"], string | null> = {
  same: "same target",
  compatible: "targets compatible",
  unknown: null,
  contradicts: "targets contradict",
};

const TOLL: Record<JoinReason["toll"], string | null> = {
  agree: "tolls agree",
  differs: "tolls differ (a rising toll)",
  unknown: null,
  irreconcilable: "tolls irreconcilable",
};

/** "joined: same day, same attacker, places 3 km apart, same target": why a telling joined its event. */
export function explainJoin(reason: JoinReason, precision: DatePrecision): string {
  const parts = [WHEN[precision], "same attacker", placePhrase(reason), TARGET[reason.target], TOLL[reason.toll]];
  if (reason.rule === "unambiguous") parts.push(`the only compatible event that ${precision}`);
  return `joined: ${parts.filter((p): p is string => p !== null).join(", ")}`;
}
