import { cleanText } from "./block-text.ts";

export interface JsonLdArticle {
  headline: string | null;
  datePublished: string | null;
  publisher: string | null;
  author: string | null;
  url: string | null;
}

// News types first: a page often also describes itself as a WebPage or lists other articles.
const RANKED_TYPES = [
  ["NewsArticle", "ReportageNewsArticle", "AnalysisNewsArticle", "BackgroundNewsArticle", "LiveBlogPosting"],
  ["Article", "BlogPosting", "Report", "OpinionNewsArticle"],
] as const;

type Json = Record<string, unknown>;

/** The page's JSON-LD article, by type rank; malformed blocks are skipped, never fatal. */
export function jsonLdArticle(document: Document): JsonLdArticle | null {
  const nodes: Json[] = [];
  for (const script of document.querySelectorAll('script[type="application/ld+json" i]')) {
    try {
      collect(JSON.parse(script.textContent ?? ""), nodes, 0);
    } catch {
      // A broken block on a real page is common; the other metadata still counts.
    }
  }
  for (const types of RANKED_TYPES) {
    const node = nodes.find((n) => typesOf(n).some((t) => (types as readonly string[]).includes(t)));
    if (node) return articleOf(node);
  }
  return null;
}

function collect(value: unknown, into: Json[], depth: number): void {
  if (depth > 4 || value === null || typeof value !== "object") return;
  if (Array.isArray(value)) {
    for (const v of value) collect(v, into, depth + 1);
    return;
  }
  const node = value as Json;
  into.push(node);
  if (node["@graph"]) collect(node["@graph"], into, depth + 1);
  if (node.mainEntity) collect(node.mainEntity, into, depth + 1);
}

function typesOf(node: Json): string[] {
  const t = node["@type"];
  const list = Array.isArray(t) ? t : [t];
  return list.filter((x): x is string => typeof x === "string").map((x) => x.replace(/^.*[/:]/, ""));
}

function articleOf(node: Json): JsonLdArticle {
  const url = node.url ?? (node.mainEntityOfPage as Json | undefined)?.["@id"] ?? node.mainEntityOfPage;
  return {
    headline: cleanText(stringOf(node.headline) ?? stringOf(node.name)),
    datePublished: cleanText(stringOf(node.datePublished) ?? stringOf(node.dateCreated)),
    publisher: nameOf(node.publisher),
    author: nameOf(node.author),
    url: cleanText(stringOf(url)),
  };
}

function stringOf(value: unknown): string | null {
  return typeof value === "string" ? value : null;
}

/** A person's or organisation's name; several authors are joined with "and". */
function nameOf(value: unknown): string | null {
  if (typeof value === "string") return /^https?:/i.test(value) ? null : cleanText(value);
  if (Array.isArray(value)) {
    const names = value.map(nameOf).filter((n): n is string => n !== null);
    if (names.length === 0) return null;
    return names.length === 1 ? (names[0] as string) : `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
  }
  if (value && typeof value === "object") return nameOf((value as Json).name);
  return null;
}
