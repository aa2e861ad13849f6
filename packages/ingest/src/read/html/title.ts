import { cleanText } from "./block-text.ts";

const SEPARATOR = /\s+[|\-–—·•»]\s+|:\s+/;

/**
 * A headline without the site's name that pages append or prepend ("Strike hits depot | The Post").
 * With no known outlet, only a " | " tail is dropped, and only when the head is a headline of several words:
 * hyphens and colons inside real headlines are common, a pipe is not.
 */
export function titleWithoutOutlet(raw: string, outlet: string | null): string | null {
  const title = cleanText(raw);
  if (!title) return null;
  const parts = title.split(SEPARATOR);
  if (parts.length < 2) return title;
  if (outlet) {
    const site = key(outlet);
    const separators = title.match(new RegExp(SEPARATOR.source, "g")) ?? [];
    const last = parts.at(-1) as string;
    if (isSite(last, site))
      return cleanText(title.slice(0, title.length - last.length - (separators.at(-1)?.length ?? 0)));
    const head = parts[0] as string;
    if (isSite(head, site)) return cleanText(title.slice(head.length + (separators[0]?.length ?? 0)));
  }
  const pipe = title.split(/\s+\|\s+/);
  if (pipe.length > 1 && (pipe[0] as string).split(/\s+/).length >= 4) return cleanText(pipe[0]);
  return title;
}

function key(s: string): string {
  return s
    .toLowerCase()
    .replace(/^the\s+/, "")
    .replace(/\.(com|org|net|co\.uk|co|news|info)$/, "")
    .replace(/[^\p{L}\p{N}]+/gu, "");
}

function isSite(part: string, site: string): boolean {
  const k = key(part);
  return k.length > 0 && (k === site || (site.length >= 4 && (k.startsWith(site) || site.startsWith(k))));
}
