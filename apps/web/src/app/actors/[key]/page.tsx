import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ActorLink } from "../../../components/actor-link.tsx";
import { ClaimCard } from "../../../components/claim-card.tsx";
import { NoDatabase, Problems } from "../../../components/empty-state.tsx";
import { EventsTable } from "../../../components/events-table.tsx";
import { Stat } from "../../../components/stat.tsx";
import { StrikeCard } from "../../../components/strike-card.tsx";
import { actorPath } from "../../../lib/actor-path.ts";
import { getDb } from "../../../lib/db.ts";
import { formatDate, humanize, plural } from "../../../lib/format.ts";
import { parseActorKey, parseBucket, type SearchParams, toQuery } from "../../../lib/params.ts";
import { actorDetail, listEvents, strikesOverTime } from "../../../lib/queries.ts";

export const dynamic = "force-dynamic";

type Params = Promise<{ key: string }>;

async function load(raw: string) {
  const db = await getDb();
  if (!db) return { db: null, key: null, detail: null } as const;
  const key = parseActorKey(raw);
  const detail = key === null ? null : await actorDetail(db, key);
  return { db, key, detail } as const;
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { detail } = await load((await params).key);
  return { title: detail ? (detail.actor.names[0]?.name ?? detail.actor.key) : "Actor" };
}

export default async function ActorPage({
  params,
  searchParams,
}: {
  params: Params;
  searchParams: Promise<SearchParams>;
}) {
  const { db, key, detail } = await load((await params).key);
  if (!db) return <NoDatabase />;
  if (!detail || key === null) notFound();
  const bucket = parseBucket(await searchParams);
  const { actor, targets, claimsMade, claimsAbout, sources, sourceTotal } = detail;
  const asAttacker = { actor: key, actorRole: "attacker" as const };
  const [strikes, recent] = [
    await strikesOverTime(db, asAttacker, bucket.value, "kind"),
    await listEvents(db, { filter: { actor: key }, pageSize: 25 }),
  ];
  const name = actor.names[0]?.name ?? key;
  const eventsOf = (role?: "attacker" | "target", extra: Record<string, string | null> = {}) =>
    `/events${toQuery({ actor: key, role, ...extra })}`;

  return (
    <article>
      <p className="mb-1 text-sm">
        <Link href="/actors">← Actors</Link>
      </p>
      <h1 className="text-2xl font-bold" data-testid="actor-name">
        {name}
      </h1>
      <p className="mt-1 flex flex-wrap gap-x-3 text-slate-700">
        <span>
          Key <code className="rounded bg-slate-100 px-1">{key}</code>
          {actor.canonical ? "" : " (not in the lexicon: keyed by the text's name)"}
        </span>
        {actor.side ? <span>· side: {humanize(actor.side)}</span> : null}
        <span>
          · {formatDate(actor.firstDate)} – {formatDate(actor.lastDate)}
        </span>
      </p>
      <Problems problems={bucket.problems} />

      <div className="mt-4 grid grid-cols-1 gap-4 md:grid-cols-3">
        <section className="card" aria-labelledby="names-title">
          <h2 id="names-title" className="card-title">
            Names in the texts
          </h2>
          <ul className="text-sm" data-testid="actor-names">
            {actor.names.map((n) => (
              <li key={n.name}>
                {n.name} <span className="text-slate-600">({plural(n.mentions, "telling")})</span>
              </li>
            ))}
          </ul>
        </section>
        <section className="card" aria-labelledby="roles-title">
          <h2 id="roles-title" className="card-title">
            Events
          </h2>
          <dl className="grid grid-cols-2 gap-2 text-sm">
            <Stat label="As attacker" testId="as-attacker" count={actor.asAttacker}>
              <Link href={eventsOf("attacker")}>{actor.asAttacker}</Link>
            </Stat>
            <Stat label="As target" testId="as-target" count={actor.asTarget}>
              <Link href={eventsOf("target")}>{actor.asTarget}</Link>
            </Stat>
          </dl>
          <p className="mt-2 text-sm">
            <Link href={`/map${toQuery({ actor: key })}`}>On the map →</Link>
          </p>
        </section>
        <section className="card" aria-labelledby="targets-title">
          <h2 id="targets-title" className="card-title">
            Its targets
          </h2>
          {targets.length === 0 ? (
            <p className="text-sm text-slate-600">No events with this actor as the attacker.</p>
          ) : (
            <ul className="text-sm" data-testid="actor-targets">
              {targets.map((t) => (
                <li key={t.key ?? ""} className="flex justify-between gap-2">
                  <ActorLink name={t.name} actorKey={t.key} empty="unknown target" />
                  <Link href={eventsOf("attacker", t.name ? { target: t.name } : {})} className="tabular-nums">
                    {t.events}
                  </Link>
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>

      <div className="mt-4">
        <StrikeCard
          title={`Its strikes per ${bucket.value}, by kind`}
          strikes={strikes}
          bucket={bucket.value}
          path={actorPath(key)}
          query={{}}
          base={{ actor: key, role: "attacker" }}
          seriesParam="kind"
        />
      </div>

      <section className="card mt-4" aria-labelledby="events-title">
        <div className="mb-2 flex items-baseline justify-between">
          <h2 id="events-title" className="card-title">
            Its events, as attacker or target
          </h2>
          <Link href={eventsOf()}>All {recent.total.toLocaleString("en-US")} →</Link>
        </div>
        <EventsTable rows={recent.rows} caption={`Events of ${name}`} />
      </section>

      <div className="mt-4 grid grid-cols-1 gap-4 lg:grid-cols-2">
        <section aria-labelledby="made-title">
          <h2 id="made-title" className="card-title">
            Claims it made ({claimsMade.total})
          </h2>
          {claimsMade.total === 0 ? (
            <p className="card text-sm text-slate-600">No claim is attributed to any of its names.</p>
          ) : (
            <ul className="space-y-3" data-testid="claims-made">
              {claimsMade.rows.map((c) => (
                <ClaimCard key={c.id} claim={c} />
              ))}
            </ul>
          )}
        </section>
        <section aria-labelledby="about-title">
          <h2 id="about-title" className="card-title">
            Claims about its events ({claimsAbout.total})
          </h2>
          {claimsAbout.total === 0 ? (
            <p className="card text-sm text-slate-600">No attributed claims about its events.</p>
          ) : (
            <ul className="space-y-3" data-testid="claims-about">
              {claimsAbout.rows.map((c) => (
                <ClaimCard key={c.id} claim={c} />
              ))}
            </ul>
          )}
        </section>
      </div>

      <section className="card mt-4" aria-labelledby="sources-title">
        <h2 id="sources-title" className="card-title">
          Sources that report it
        </h2>
        {sourceTotal > sources.length ? (
          <p className="mb-2 text-sm text-slate-600">
            The {sources.length} of {sourceTotal} sources telling the most of its events.
          </p>
        ) : null}
        <div className="overflow-x-auto">
          <table className="table" data-testid="actor-sources">
            <thead>
              <tr>
                <th scope="col">Source</th>
                <th scope="col">Published</th>
                <th scope="col">Its events told</th>
              </tr>
            </thead>
            <tbody>
              {sources.map((s) => (
                <tr key={s.id}>
                  <td>
                    <Link href={`/sources/${s.id}`}>{s.label}</Link>
                  </td>
                  <td className="whitespace-nowrap">{formatDate(s.publishedAt)}</td>
                  <td className="tabular-nums">{s.events}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </article>
  );
}
