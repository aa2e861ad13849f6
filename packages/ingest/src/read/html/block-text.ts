// Page furniture, never article text.
export const NEVER_TEXT = new Set([
  "nav",
  "header",
  "footer",
  "aside",
  "script",
  "style",
  "form",
  "noscript",
  "template",
  "svg",
  "iframe",
  "button",
  "select",
  "textarea",
  "object",
  "canvas",
  "menu",
  "dialog",
  "head",
]);
// Elements that end a paragraph.
const BLOCK = new Set([
  "p",
  "div",
  "section",
  "article",
  "main",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "li",
  "ul",
  "ol",
  "dl",
  "dt",
  "dd",
  "blockquote",
  "pre",
  "table",
  "tr",
  "td",
  "th",
  "figure",
  "figcaption",
  "hr",
  "body",
  "address",
]);

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/**
 * The text of a DOM subtree as paragraphs kept apart by blank lines: blocks end paragraphs, <br> ends a line,
 * source line breaks are spaces, furniture elements are left out.
 */
export function blockText(root: Node, skip: ReadonlySet<string> = NEVER_TEXT): string {
  const paragraphs: string[] = [];
  let buffer = "";
  const flush = () => {
    const text = buffer
      .replace(/[^\S\n]+/g, " ")
      .replace(/ *\n */g, "\n")
      .trim();
    buffer = "";
    if (text) paragraphs.push(text);
  };
  const walk = (node: Node) => {
    if (node.nodeType === TEXT_NODE) {
      buffer += (node.nodeValue ?? "").replace(/\s+/g, " ");
      return;
    }
    if (node.nodeType !== ELEMENT_NODE) return;
    const name = (node as Element).localName.toLowerCase();
    if (skip.has(name)) return;
    if (name === "br") {
      buffer += "\n";
      return;
    }
    const block = BLOCK.has(name);
    if (block) flush();
    for (let child = node.firstChild; child; child = child.nextSibling) walk(child);
    if (block) flush();
  };
  walk(root);
  flush();
  return paragraphs.join("\n\n");
}

/** Whitespace collapsed to single spaces, or null when nothing is left. */
export function cleanText(value: string | null | undefined): string | null {
  const text = value?.replace(/\s+/g, " ").trim();
  return text ? text : null;
}
