import { CLAIM_KINDS, SPEAKER_KINDS, STANCES } from "@deconflict/domain";
import type { Metadata } from "next";
import { ClaimCard } from "../../components/claim-card.tsx";
import { EmptyState, NoDatabase, Problems } from "../../components/empty-state.tsx";
import { FormActions } from "../../components/form-actions.tsx";
import { Pagination } from "../../components/pagination.tsx";
import { SelectField } from "../../components/select-field.tsx";
import { getDb } from "../../lib/db.ts";
import { humanize } from "../../lib/format.ts";
import { parseClaimParams, type SearchParams } from "../../lib/params.ts";
import { listClaims, speakerOptions } from "../../lib/queries.ts";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Claims" };

export default async function ClaimsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const db = await getDb();
  if (!db) return <NoDatabase />;
  const { value: p, problems } = parseClaimParams(await searchParams);
  const known = await speakerOptions(db);
  const result = await listClaims(db, {
    filter: {
      speakerKind: p.speakerKind,
      speaker: p.speaker,
      stance: p.stance,
      claimKind: p.claimKind,
      eventId: p.event,
      q: p.q,
    },
    page: p.page,
  });
  const base = {
    speakerKind: p.speakerKind,
    speaker: p.speaker,
    stance: p.stance,
    claimKind: p.claimKind,
    event: p.event,
    q: p.q,
  };

  return (
    <>
      <h1 className="mb-3 text-2xl font-bold">Claims</h1>
      <Problems problems={problems} />
      <form method="get" action="/claims" className="card mb-4" aria-label="Filter claims">
        <div className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-6">
          <label className="field col-span-2 sm:col-span-1">
            Search text
            <input className="input" type="search" name="q" defaultValue={p.q ?? ""} placeholder="words in the claim" />
          </label>
          <SelectField
            name="speakerKind"
            label="Speaker kind"
            value={p.speakerKind}
            values={SPEAKER_KINDS}
            format={humanize}
          />
          <SelectField name="speaker" label="Speaker" value={p.speaker} values={known} />
          <SelectField name="stance" label="Stance" value={p.stance} values={STANCES} />
          <SelectField name="claimKind" label="Claim kind" value={p.claimKind} values={CLAIM_KINDS} />
          <label className="field">
            Event id
            <input className="input" type="number" min={1} name="event" defaultValue={p.event ?? ""} />
          </label>
        </div>
        <div className="mt-3 flex gap-2">
          <FormActions reset="/claims" />
        </div>
      </form>
      {result.total === 0 ? (
        <EmptyState title="No claims match these filters" />
      ) : (
        <section aria-label="Matching claims">
          <ul className="space-y-3" data-testid="claims-list">
            {result.rows.map((c) => (
              <ClaimCard key={c.id} claim={c} />
            ))}
          </ul>
          <Pagination
            path="/claims"
            page={result.page}
            pageCount={result.pageCount}
            total={result.total}
            base={base}
            noun={result.total === 1 ? "claim" : "claims"}
          />
        </section>
      )}
    </>
  );
}
