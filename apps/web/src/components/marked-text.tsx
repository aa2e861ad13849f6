import { segment } from "../lib/segments.ts";

export interface Mark {
  start: number;
  end: number;
  label: string;
}

/**
 * `text` is the slice of a source starting at `offset`; marks use the source's offsets.
 * Rendered as React text nodes and <mark> elements: never as HTML.
 */
export function MarkedText({ text, offset, marks }: { text: string; offset: number; marks: Mark[] }) {
  const local = marks.map((m) => ({ ...m, start: m.start - offset, end: m.end - offset }));
  return (
    <>
      {segment(text.length, local).map((s) => {
        const piece = text.slice(s.start, s.end);
        const inner = s.covering[s.covering.length - 1];
        if (inner === undefined) return <span key={s.start}>{piece}</span>;
        const title = s.covering.map((i) => local[i]?.label).join("; ");
        return (
          <mark key={s.start} title={title} className="rounded-sm bg-amber-200 px-0.5 text-slate-900">
            {piece}
          </mark>
        );
      })}
    </>
  );
}
