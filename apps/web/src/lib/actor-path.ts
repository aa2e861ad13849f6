// Kept apart from params.ts so client components can link to actors without bundling the query layer.

/** The path of an actor's page; keys hold spaces and "~", so they are encoded. */
export function actorPath(key: string): string {
  return `/actors/${encodeURIComponent(key)}`;
}
