import { ReadError } from "./errors.ts";

// Leading bytes of common binary formats, for files that happen to hold no NUL in their first block.
const MAGIC: readonly (readonly [string, readonly number[]])[] = [
  ["PDF", [0x25, 0x50, 0x44, 0x46, 0x2d]],
  ["ZIP/Office", [0x50, 0x4b, 0x03, 0x04]],
  ["PNG", [0x89, 0x50, 0x4e, 0x47]],
  ["GIF", [0x47, 0x49, 0x46, 0x38]],
  ["JPEG", [0xff, 0xd8, 0xff]],
  ["gzip", [0x1f, 0x8b]],
  ["ELF", [0x7f, 0x45, 0x4c, 0x46]],
  ["SQLite", [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65, 0x20, 0x66]],
  ["WebP/RIFF", [0x52, 0x49, 0x46, 0x46]],
];

const SNIFF_BYTES = 8192;

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.length <= bytes.length && prefix.every((b, i) => bytes[i] === b);
}

/** Decodes article bytes to text: strips a UTF-8 BOM, honours a UTF-16 BOM, refuses binary and bad UTF-8. */
export function decodeText(bytes: Uint8Array): string {
  const text = decodeByBom(bytes);
  if (text.trim().length === 0) throw new ReadError("empty", "empty file (no text, or only whitespace)");
  return text;
}

function decodeByBom(bytes: Uint8Array): string {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return utf8(bytes.subarray(3));
  if (startsWith(bytes, [0xff, 0xfe])) return utf16(bytes.subarray(2), "utf-16le");
  if (startsWith(bytes, [0xfe, 0xff])) return utf16(bytes.subarray(2), "utf-16be");
  const magic = MAGIC.find(([, prefix]) => startsWith(bytes, prefix));
  if (magic) throw new ReadError("binary", `binary file (looks like ${magic[0]}), not text`);
  if (bytes.subarray(0, SNIFF_BYTES).includes(0)) throw new ReadError("binary", "binary file (contains NUL bytes)");
  return utf8(bytes);
}

function utf8(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new ReadError("invalid-utf8", `invalid UTF-8 (near byte ${firstInvalidUtf8(bytes)})`);
  }
}

function utf16(bytes: Uint8Array, label: "utf-16le" | "utf-16be"): string {
  try {
    return new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new ReadError("invalid-utf8", `invalid ${label.toUpperCase()} text after its byte-order mark`);
  }
}

/** Offset of the first byte that breaks UTF-8, for a message the user can act on. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] as number;
    const need =
      b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    i += need + 1;
  }
  return i;
}
