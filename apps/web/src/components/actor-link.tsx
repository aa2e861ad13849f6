import Link from "next/link";
import { actorPath } from "../lib/actor-path.ts";

/** An actor's name as the text gave it, linked to the actor's page when its key is known. */
export function ActorLink({
  name,
  actorKey,
  empty = "—",
}: {
  name: string | null;
  actorKey: string | null;
  empty?: string;
}) {
  if (name === null) return <>{empty}</>;
  if (actorKey === null) return <>{name}</>;
  return (
    <Link href={actorPath(actorKey)} data-testid="actor-link">
      {name}
    </Link>
  );
}
