export interface Segment {
  start: number;
  end: number;
  /** Indexes of the spans covering this stretch of text, outermost first. */
  covering: number[];
}

/**
 * Cuts text into stretches that each lie under the same set of spans, so overlapping and nested
 * highlights can be drawn as plain text nodes. Spans outside the text are clipped; empty ones dropped.
 */
export function segment(textLength: number, spans: readonly { start: number; end: number }[]): Segment[] {
  const clipped = spans.map((s) => ({ start: clamp(s.start, textLength), end: clamp(s.end, textLength) }));
  const cuts = new Set<number>([0, textLength]);
  for (const s of clipped) {
    if (s.end > s.start) {
      cuts.add(s.start);
      cuts.add(s.end);
    }
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i] as number;
    const end = points[i + 1] as number;
    const covering = clipped
      .map((s, index) => ({ ...s, index }))
      .filter((s) => s.start <= start && s.end >= end && s.end > s.start)
      .sort((a, b) => b.end - b.start - (a.end - a.start))
      .map((s) => s.index);
    out.push({ start, end, covering });
  }
  return out;
}

function clamp(n: number, max: number): number {
  return Math.min(Math.max(Math.trunc(n), 0), max);
}
