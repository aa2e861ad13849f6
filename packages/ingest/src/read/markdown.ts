export interface MarkdownArticle {
  title: string | null;
  text: string;
}

/** Markdown to plain text, lightly: the words stay, the syntax goes, paragraphs stay apart. */
export function markdownToArticle(markdown: string): MarkdownArticle {
  let title: string | null = null;
  let body = markdown.replace(/\r\n?/g, "\n");
  // YAML front matter: keep a title if it has one, drop the rest.
  const front = /^---\n([\s\S]*?)\n---\n/.exec(body);
  if (front) {
    title = /^title:\s*["']?(.+?)["']?\s*$/m.exec(front[1] ?? "")?.[1] ?? null;
    body = body.slice(front[0].length);
  }
  const lines: string[] = [];
  let fenced = false;
  for (const raw of body.split("\n")) {
    if (/^\s*(```|~~~)/.test(raw)) {
      fenced = !fenced;
      continue;
    }
    if (fenced) {
      lines.push(raw);
      continue;
    }
    if (/^\s*([-*_])(\s*\1){2,}\s*$/.test(raw)) {
      lines.push("");
      continue;
    }
    if (/^\s{0,3}\[[^\]]+\]:\s+\S+/.test(raw)) continue; // a reference link's target
    const heading = /^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$/.exec(raw);
    if (heading) {
      const text = inline(heading[1] ?? "");
      if (title === null && /^\s{0,3}#\s/.test(raw)) title = text;
      lines.push("", text, "");
      continue;
    }
    // Setext underlines (=== or ---) under a heading line.
    if (/^\s*(=+|-+)\s*$/.test(raw) && lines.length > 0 && lines.at(-1) !== "") {
      lines.push("");
      continue;
    }
    const stripped = raw.replace(/^\s{0,3}>\s?/, "").replace(/^\s*(?:[-*+]|\d+[.)])\s+/, "");
    lines.push(inline(stripped));
  }
  const text = lines
    .join("\n")
    .replace(/[ \t]+\n/g, "\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
  return { title, text };
}

/** Inline syntax: images go, links keep their words, emphasis and code marks go. */
function inline(line: string): string {
  return line
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, "")
    .replace(/\[([^\]]+)\]\([^)]*\)/g, "$1")
    .replace(/\[([^\]]+)\]\[[^\]]*\]/g, "$1")
    .replace(/<\/?[a-z][^>]*>/gi, "")
    .replace(/`([^`]+)`/g, "$1")
    .replace(/(\*\*|__)(?=\S)([\s\S]*?\S)\1/g, "$2")
    .replace(/(^|[^\w*])\*(?=\S)([^*]*?\S)\*(?!\w)/g, "$1$2")
    .replace(/(^|[^\w])_(?=\S)([^_]*?\S)_(?![\w])/g, "$1$2");
}
