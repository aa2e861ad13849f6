/** 0 done; 1 some input failed or the database cannot be written; 2 bad usage; 130 stopped by Ctrl-C. */
export const EXIT = { ok: 0, failed: 1, usage: 2, interrupted: 130 } as const;

/** A mistake in how the CLI was called: one line on stderr, exit 2. */
export class UsageError extends Error {
  override readonly name = "UsageError";
}

/** A run that cannot go on (no database, unwritable output): one line on stderr, exit 1. */
export class FatalError extends Error {
  override readonly name = "FatalError";
}
