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
  // An explicit stack, not recursion: a hostile page may nest thousands of elements.
  const stack: (Node | "end-block")[] = [root];
  while (stack.length > 0) {
    const node = stack.pop() as Node | "end-block";
    if (node === "end-block") {
      flush();
      continue;
    }
    if (node.nodeType === TEXT_NODE) {
      buffer += (node.nodeValue ?? "").replace(/\s+/g, " ");
      continue;
    }
    if (node.nodeType !== ELEMENT_NODE) continue;
    const name = (node as Element).localName.toLowerCase();
    if (skip.has(name)) continue;
    if (name === "br") {
      buffer += "\n";
      continue;
    }
    const block = BLOCK.has(name);
    if (block) {
      flush();
      stack.push("end-block");
    }
    const children: Node[] = [];
    for (let child = node.firstChild; child; child = child.nextSibling) children.push(child);
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as Node);
  }
  flush();
  return paragraphs.join("\n\n");
}

/** Whitespace collapsed to single spaces, or null when nothing is left. */
export function cleanText(value: string | null | undefined): string | null {
  const text = value?.replace(/\s+/g, " ").trim();
  return text ? text : null;
}

/** How deep elements nest under `root`, counted without recursion. */
export function nestingDepth(root: Node): number {
  let deepest = 0;
  const stack: [Node, number][] = [[root, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop() as [Node, number];
    deepest = Math.max(deepest, depth);
    for (let child = node.firstChild; child; child = child.nextSibling)
      if (child.nodeType === ELEMENT_NODE) stack.push([child, depth + 1]);
  }
  return deepest;
}
