/** Why an input could not be read: one reason each, so the CLI can say it in one line. */
export const READ_REASONS = [
  "empty",
  "binary",
  "invalid-utf8",
  "too-large",
  "unreadable",
  "manifest-line",
  "outside-corpus",
  "missing-file",
  "extraction-failed",
  "fetch-failed",
  "refused",
  "not-a-page",
  "not-a-feed",
] as const;
export type ReadReason = (typeof READ_REASONS)[number];

export class ReadError extends Error {
  override readonly name = "ReadError";
  constructor(
    readonly reason: ReadReason,
    message: string,
  ) {
    super(message);
  }
}

/** An input that failed, with the one-line reason shown to the user. */
export interface Failure {
  path: string;
  reason: string;
}

export function failureOf(path: string, error: unknown): Failure {
  if (error instanceof ReadError) return { path, reason: error.message };
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code) return { path, reason: `unreadable: ${describeErrno(code)}` };
  return { path, reason: error instanceof Error ? error.message : String(error) };
}

/** The user's words for a file-system error code. */
export function describeErrno(code: string): string {
  const words: Record<string, string> = {
    ENOENT: "no such file or directory",
    EACCES: "permission denied",
    EPERM: "operation not permitted",
    EISDIR: "is a directory",
    ENOTDIR: "a parent is not a directory",
    ELOOP: "too many symbolic links (a loop?)",
    EMFILE: "too many open files",
    EIO: "input/output error",
  };
  return words[code] ?? code;
}
