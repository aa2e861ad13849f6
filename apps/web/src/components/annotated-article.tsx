import type { Annotation } from "@deconflict/db/queries/dashboard";
import Link from "next/link";
import { formatDate, formatRange, humanize } from "../lib/format.ts";
import { segment } from "../lib/segments.ts";

const COLORS: Record<Annotation["type"], string> = {
  event: "bg-amber-100 border-b-2 border-amber-400",
  force: "bg-rose-200",
  casualty: "bg-red-300",
  escalation: "bg-violet-200",
  claim: "bg-sky-200",
};

export function describe(a: Annotation): string {
  switch (a.type) {
    case "event":
      return `Event: ${humanize(a.kind)}${a.attacker ? ` by ${a.attacker}` : ""}${a.target ? ` on ${a.target}` : ""}, ${formatDate(a.date)}${a.location ? `, ${a.location}` : ""}`;
    case "force":
      return `Force: ${humanize(a.category)} ${a.status}, ${formatRange(a.count)}`;
    case "casualty":
      return `Casualties: ${a.kind} ${formatRange(a.count)}${a.who ? ` (${a.who})` : ""}`;
    case "escalation":
      return `Escalation step: ${humanize(a.step)}`;
    case "claim":
      return `Claim by ${a.speaker} (${humanize(a.speakerKind)}), ${a.stance}`;
  }
}

export function annotationHref(a: Annotation): string {
  if (a.type === "claim") {
    return a.eventId === null
      ? `/claims?speaker=${encodeURIComponent(a.speaker)}`
      : `/events/${a.eventId}#claim-${a.id}`;
  }
  return `/events/${a.eventId}`;
}

/** The element id a span's first stretch carries, for links such as /sources/3#event-12. */
export function anchorId(a: Annotation): string {
  return `${a.type}-${a.id}`;
}

/**
 * The article with every extracted span marked. Text is sliced into React text nodes, never HTML.
 * Hovering or focusing a mark shows what was extracted there, with a link to the event or claim.
 */
export function AnnotatedArticle({ text, annotations }: { text: string; annotations: Annotation[] }) {
  const segments = segment(text.length, annotations);
  const starts = new Map<number, Annotation[]>();
  for (const a of annotations) starts.set(a.start, [...(starts.get(a.start) ?? []), a]);
  return (
    <div className="whitespace-pre-wrap break-words leading-7 text-slate-900" data-testid="article-text">
      {segments.map((s) => {
        const piece = text.slice(s.start, s.end);
        if (s.covering.length === 0) return <span key={s.start}>{piece}</span>;
        const covering = s.covering.map((i) => annotations[i]).filter((a): a is Annotation => a !== undefined);
        // The finest span sets the colour; an event sentence under it still shows as an underline.
        const innermost = covering[covering.length - 1] as Annotation;
        const inEvent = innermost.type !== "event" && covering.some((a) => a.type === "event");
        const opening = covering.filter((a) => a.start === s.start);
        const tipId = `tip-${s.start}`;
        return (
          <span key={s.start} className="group relative">
            {opening.map((a) => (
              <span key={anchorId(a)} id={anchorId(a)} className="scroll-mt-20" />
            ))}
            <mark
              tabIndex={opening.length > 0 ? 0 : -1}
              aria-describedby={tipId}
              data-types={covering.map((a) => a.type).join(" ")}
              className={`rounded-sm text-slate-900 ${COLORS[innermost.type]} ${inEvent ? "border-b-2 border-amber-400" : ""} cursor-help`}
            >
              {piece}
            </mark>
            <span
              role="tooltip"
              id={tipId}
              className="absolute left-0 top-full z-20 mt-1 hidden w-72 max-w-[80vw] whitespace-normal rounded-md border border-slate-300 bg-white p-2 text-left text-xs leading-5 shadow-lg group-focus-within:block group-hover:block"
            >
              {covering.map((a) => (
                <span key={anchorId(a)} className="block">
                  {describe(a)} ·{" "}
                  <Link href={annotationHref(a)}>{a.type === "claim" ? "open claim" : "open event"}</Link>
                </span>
              ))}
            </span>
          </span>
        );
      })}
    </div>
  );
}
