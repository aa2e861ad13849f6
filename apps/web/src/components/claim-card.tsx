import type { ClaimRow } from "@deconflict/db/queries/dashboard";
import Link from "next/link";
import { formatDate, humanize } from "../lib/format.ts";
import { ActorLink } from "./actor-link.tsx";
import { MarkedText } from "./marked-text.tsx";

/** One attributed claim: who, their stance and kind, the words, the sentence with its cue marked, the source, the event. */
export function ClaimCard({ claim: c }: { claim: ClaimRow }) {
  return (
    <li className="card" id={`claim-${c.id}`}>
      <p className="text-sm">
        <span className="font-semibold">{c.speaker}</span>{" "}
        <span className="text-slate-600">({humanize(c.speakerKind)})</span>{" "}
        <span
          className={`badge ${c.stance === "contests" ? "bg-rose-100 text-rose-900" : "bg-emerald-100 text-emerald-900"}`}
        >
          {c.stance}
        </span>{" "}
        <span className="badge bg-slate-100 text-slate-800" data-testid="claim-kind">
          {c.claimKind}
        </span>
      </p>
      <blockquote className="mt-1 text-slate-900">“{c.text}”</blockquote>
      <p className="mt-1 text-sm text-slate-700" data-testid="claim-sentence">
        <MarkedText
          text={c.sentence.text}
          offset={0}
          marks={c.sentence.cue ? [{ ...c.sentence.cue, label: "cue" }] : []}
        />
      </p>
      <p className="mt-1 text-xs text-slate-600">
        <Link href={`/sources/${c.sourceId}#claim-${c.id}`}>{c.source}</Link>, {formatDate(c.publishedAt)}
        {c.eventId !== null ? (
          <>
            {" · about "}
            <Link href={`/events/${c.eventId}`}>
              {humanize(c.eventKind)}, {formatDate(c.eventDate)}
            </Link>
            {c.eventAttacker ? (
              <>
                {" by "}
                <ActorLink name={c.eventAttacker} actorKey={c.eventAttackerKey} />
              </>
            ) : null}
          </>
        ) : null}
      </p>
    </li>
  );
}
