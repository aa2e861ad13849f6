import { type ClaimView, eventDetail, type Fact, type MentionView } from "@deconflict/db/queries/dashboard";
import { ESCALATION_STEPS } from "@deconflict/domain";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { NoDatabase } from "../../../components/empty-state.tsx";
import { GradeBadge } from "../../../components/grade-badge.tsx";
import { type Mark, MarkedText } from "../../../components/marked-text.tsx";
import { getDb } from "../../../lib/db.ts";
import { formatDate, formatRange, humanize } from "../../../lib/format.ts";
import { parseId } from "../../../lib/params.ts";

export const dynamic = "force-dynamic";

type Params = Promise<{ id: string }>;

async function load(rawId: string) {
  const db = await getDb();
  if (!db) return { db: null, detail: null } as const;
  const id = parseId(rawId);
  const detail = id === null ? null : await eventDetail(db, id);
  return { db, detail } as const;
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { detail } = await load((await params).id);
  if (!detail) return { title: "Event" };
  return { title: `${humanize(detail.event.kind)}, ${formatDate(detail.event.date)}` };
}

export default async function EventPage({ params }: { params: Params }) {
  const { db, detail } = await load((await params).id);
  if (!db) return <NoDatabase />;
  if (!detail) notFound();
  const { event, mentions, mentionCount, forces, casualties, escalations, claims } = detail;
  const marksBySource = collectMarks(detail);

  return (
    <article>
      <p className="mb-1 text-sm">
        <Link href="/events">← Events</Link>
      </p>
      <h1 className="text-2xl font-bold first-letter:uppercase">
        {humanize(event.kind)}
        {event.attacker ? ` by ${event.attacker}` : ""}
        {event.target ? ` on ${event.target}` : ""}
      </h1>
      <p className="mt-1 flex flex-wrap items-center gap-2 text-slate-700">
        <span>{formatDate(event.date)}</span>
        {event.location ? <span>· {event.location}</span> : null}
        <span>
          · {event.sourceCount} {event.sourceCount === 1 ? "source" : "sources"}
        </span>
        <GradeBadge grade={event.grade} />
      </p>
      <DisputeFlags place={event.placeDisputed} toll={event.tollDisputed} />

      <section className="card mt-4" aria-labelledby="facts-title">
        <h2 id="facts-title" className="card-title">
          Facts, as each source gave them
        </h2>
        <div className="overflow-x-auto">
          <table
            className="table max-sm:[&_tbody_td]:block max-sm:[&_tbody_td]:border-0 max-sm:[&_tbody_td]:py-1 max-sm:[&_tbody_th]:block max-sm:[&_thead]:hidden max-sm:[&_tr]:block max-sm:[&_tr]:border-b max-sm:[&_tr]:border-slate-200 max-sm:[&_tr]:py-2"
            data-testid="facts-table"
          >
            <thead>
              <tr>
                <th scope="col">Fact</th>
                <th scope="col">Merged</th>
                <th scope="col">What each source said</th>
              </tr>
            </thead>
            <tbody>
              {fieldFacts(mentions).map((f) => (
                <tr key={f.label}>
                  <th scope="row" className="font-normal max-sm:font-semibold">
                    {f.label}
                  </th>
                  <td>
                    <MergedLabel />
                    {f.merged}
                  </td>
                  <td>
                    <ul className="space-y-1">
                      {f.versions.map((v) => (
                        <li key={v.value}>
                          {v.value} <span className="text-slate-600">— per {v.sources.join(", ")}</span>
                        </li>
                      ))}
                    </ul>
                  </td>
                </tr>
              ))}
              {[...forces, ...casualties].map((f) => (
                <FactRow key={f.key} fact={f} />
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <section className="card mt-4" aria-labelledby="timeline-title">
        <h2 id="timeline-title" className="card-title">
          Who reported it
        </h2>
        {mentionCount > mentions.length ? (
          <p className="mb-2 text-sm text-slate-600">
            The first {mentions.length} of {mentionCount} tellings, oldest source first.
          </p>
        ) : null}
        {mentions.length === 0 ? (
          <p className="text-sm text-slate-600">No source sentences are stored for this event.</p>
        ) : (
          <ol className="relative ml-2 border-l-2 border-slate-200" data-testid="timeline">
            {mentions.map((m) => (
              <li key={m.mentionId} className="mb-4 ml-4">
                <span className="absolute -left-[7px] mt-1.5 h-3 w-3 rounded-full bg-blue-700" aria-hidden="true" />
                <p className="text-sm font-semibold">
                  {formatDate(m.publishedAt)} ·{" "}
                  <Link href={`/sources/${m.sourceId}#event-${m.mentionId}`}>{m.source}</Link>
                </p>
                <p className="text-xs text-slate-600" data-testid="join-reason">
                  {m.joined
                    ? `${m.joined}${m.joinedWith ? ` (compared with ${m.joinedWith})` : ""}`
                    : "the telling the others were compared with"}
                </p>
                <blockquote
                  className="mt-1 border-l-4 border-amber-300 bg-amber-50/60 px-3 py-2 text-slate-900"
                  data-testid="mention-quote"
                >
                  <MarkedText
                    text={m.text}
                    offset={m.start}
                    marks={(marksBySource.get(m.sourceId) ?? []).filter(
                      // A mark over the whole sentence (the "strike" step) would hide the finer ones.
                      (k) => k.start >= m.start && k.end <= m.end && !(k.start === m.start && k.end === m.end),
                    )}
                  />
                </blockquote>
              </li>
            ))}
          </ol>
        )}
      </section>

      {escalations.length > 0 ? (
        <section className="card mt-4" aria-labelledby="escalation-title">
          <h2 id="escalation-title" className="card-title">
            Escalation steps
          </h2>
          <ol className="flex flex-wrap gap-2" data-testid="escalation">
            {ESCALATION_STEPS.filter((s) => escalations.some((e) => e.step === s)).map((step, i) => (
              <li key={step} className="rounded-md border border-slate-200 px-3 py-2 text-sm">
                <span className="font-semibold">
                  {i + 1}. {humanize(step)}
                </span>
                <ul className="mt-1 text-slate-700">
                  {escalations
                    .filter((e) => e.step === step)
                    .map((e) => (
                      <li key={`${e.sourceId}-${e.start}`}>
                        “{e.text}” — <Link href={`/sources/${e.sourceId}`}>{e.source}</Link>
                      </li>
                    ))}
                </ul>
              </li>
            ))}
          </ol>
        </section>
      ) : null}

      <section className="card mt-4" aria-labelledby="claims-title">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h2 id="claims-title" className="card-title">
            Claims
          </h2>
          {claims.length > 0 ? <Link href={`/claims?event=${event.id}`}>In the claims explorer →</Link> : null}
        </div>
        {claims.length === 0 ? (
          <p className="text-sm text-slate-600">No attributed claims about this event.</p>
        ) : (
          <ClaimsByStance claims={claims} />
        )}
      </section>
    </article>
  );
}

/** Says plainly when the sources joined into this event disagree on where it was or on its toll. */
function DisputeFlags({ place, toll }: { place: boolean; toll: boolean }) {
  if (!place && !toll) return null;
  const what = [place ? "where it happened" : null, toll ? "the toll" : null].filter(Boolean).join(" and ");
  return (
    <p
      className="mt-2 rounded-md border border-amber-400 bg-amber-50 px-3 py-2 text-sm text-amber-900"
      role="note"
      data-testid="dispute-flags"
    >
      Sources disagree on {what}: each telling below says why it was joined.
    </p>
  );
}

// On phones the facts table stacks, and its column headers are hidden: this says what the value is.
function MergedLabel() {
  return <span className="text-slate-600 sm:hidden">Merged: </span>;
}

function FactRow({ fact }: { fact: Fact }) {
  const label = fact.kind ? humanize(fact.kind) : `${humanize(fact.category)}, ${fact.status}`;
  return (
    <tr data-fact={fact.key}>
      <th scope="row" className="font-normal max-sm:font-semibold">
        {label}
      </th>
      <td className="tabular-nums">
        <MergedLabel />
        {formatRange(fact.merged)}
      </td>
      <td>
        <ul className="space-y-1">
          {fact.reports.map((r) => (
            <li key={`${r.sourceId}-${r.start}`}>
              “{r.text}” <span className="text-slate-600">({formatRange(r.count)}) — per </span>
              <Link href={`/sources/${r.sourceId}`}>{r.source}</Link>
            </li>
          ))}
          {fact.reportCount > fact.reports.length ? (
            <li className="text-slate-600">and {fact.reportCount - fact.reports.length} more reports</li>
          ) : null}
        </ul>
      </td>
    </tr>
  );
}

/** Asserting and contesting claims side by side; with nobody contesting, the assertions take the full width. */
function ClaimsByStance({ claims }: { claims: ClaimView[] }) {
  const asserted = claims.filter((c) => c.stance !== "contests");
  const contested = claims.filter((c) => c.stance === "contests");
  if (contested.length === 0) {
    return (
      <div data-testid="claims-by-stance">
        <p className="mb-2 text-sm text-slate-600">No source reports anyone contesting this event.</p>
        <ClaimColumn title="Asserted" claims={asserted} wide />
      </div>
    );
  }
  return (
    <div className="grid grid-cols-1 gap-4 md:grid-cols-2" data-testid="claims-by-stance">
      <ClaimColumn title="Asserted" claims={asserted} />
      <ClaimColumn title="Contested" claims={contested} />
    </div>
  );
}

function ClaimColumn({ title, claims, wide = false }: { title: string; claims: ClaimView[]; wide?: boolean }) {
  const bySpeaker = new Map<string, ClaimView[]>();
  for (const c of claims) bySpeaker.set(c.speaker, [...(bySpeaker.get(c.speaker) ?? []), c]);
  return (
    <div>
      <h3 className="mb-2 text-sm font-semibold uppercase tracking-wide text-slate-700">
        {title} ({claims.length})
      </h3>
      {claims.length === 0 ? <p className="text-sm text-slate-600">None.</p> : null}
      <div className={wide ? "grid grid-cols-1 gap-x-3 md:grid-cols-2" : ""}>
        {[...bySpeaker.entries()].map(([speaker, cs]) => (
          <div key={speaker} className="mb-3 rounded-md border border-slate-200 p-3">
            <p className="text-sm font-semibold">
              {speaker} <span className="font-normal text-slate-600">({humanize(cs[0]?.speakerKind)})</span>
            </p>
            <ul className="mt-1 space-y-2 text-sm">
              {cs.map((c) => (
                <li key={c.id} id={`claim-${c.id}`}>
                  “{c.claim}” — <Link href={`/sources/${c.sourceId}#claim-${c.id}`}>{c.source}</Link>
                </li>
              ))}
            </ul>
          </div>
        ))}
      </div>
    </div>
  );
}

/** The event fields each source gave, with the value they agree on (or "disputed"). */
function fieldFacts(mentions: MentionView[]) {
  const fields: { label: string; get: (m: MentionView) => string | null }[] = [
    { label: "Date", get: (m) => (m.date ? formatDate(m.date) : null) },
    { label: "Kind", get: (m) => humanize(m.kind) },
    { label: "Location", get: (m) => m.location },
    { label: "Attacker", get: (m) => m.attacker },
    { label: "Target", get: (m) => m.target },
    { label: "Platform", get: (m) => m.platform },
    { label: "Munition", get: (m) => m.munition },
    { label: "Distance", get: (m) => (m.distanceKm === null ? null : `${m.distanceKm} km`) },
  ];
  return fields
    .map((f) => {
      const values = mentions
        .map((m) => ({ sourceId: m.sourceId, source: m.source, value: f.get(m) }))
        .filter((v): v is { sourceId: number; source: string; value: string } => v.value !== null);
      // Sources that agree are listed together: "At Tanf — per CNN, AFP".
      const versions = new Map<string, string[]>();
      for (const v of values) versions.set(v.value, [...(versions.get(v.value) ?? []), v.source]);
      return {
        label: f.label,
        values,
        versions: [...versions.entries()].map(([value, sources]) => ({ value, sources: [...new Set(sources)] })),
        merged: versions.size === 1 ? values[0]?.value : `${versions.size} versions`,
      };
    })
    .filter((f) => f.values.length > 0);
}

function collectMarks(detail: NonNullable<Awaited<ReturnType<typeof eventDetail>>>): Map<number, Mark[]> {
  const marks = new Map<number, Mark[]>();
  const add = (sourceId: number, m: Mark) => marks.set(sourceId, [...(marks.get(sourceId) ?? []), m]);
  for (const f of [...detail.forces, ...detail.casualties]) {
    for (const r of f.reports)
      add(r.sourceId, { start: r.start, end: r.end, label: `${f.key}: ${formatRange(r.count)}` });
  }
  for (const e of detail.escalations) add(e.sourceId, { start: e.start, end: e.end, label: humanize(e.step) });
  return marks;
}
