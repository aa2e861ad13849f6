// Page furniture that Readability's own scoring can keep when it sits inside the story's container:
// consent banners, share bars, "most read" lists, newsletter boxes, promos. Matched on whole words of class, id,
// role and aria-label, so "share" never matches "shareholders".
const FURNITURE = new RegExp(
  "(?:^|[\\s_-])(" +
    [
      "cookies?",
      "consent",
      "gdpr",
      "cmp",
      "newsletters?",
      "subscribe",
      "subscription",
      "signup",
      "sign-up",
      "share",
      "sharing",
      "sharebar",
      "social",
      "most-?read",
      "most-?popular",
      "popular",
      "trending",
      "related",
      "recommended",
      "recirc",
      "read-?more",
      "more-?stories",
      "promo",
      "advert",
      "advertisement",
      "ads?",
      "ad-?slot",
      "sponsored",
      "outbrain",
      "taboola",
      "paywall",
      "breadcrumbs?",
      "comments?",
      "tags",
      "author-?bio",
      "banner",
      "modal",
      "popup",
      "toolbar",
      "byline",
      "dateline-meta",
    ].join("|") +
    ")(?:[\\s_-]|$)",
  "i",
);

const FURNITURE_ROLES = new Set(["dialog", "alertdialog", "complementary", "navigation", "banner", "contentinfo"]);
const FURNITURE_TAGS = "nav, aside, footer, form, dialog, script, style, noscript, template, iframe, button";
// Short lines that are page chrome wherever they appear.
const CHROME_LINE =
  /^(advertisement|advertising|story continues below( this)? advertisement|skip to (main )?content|share( this article)?|read more|listen to this article|sign up|subscribe)$/i;

// "Read more: <a>Other story</a>": a link to another story set between paragraphs.
const LINK_LABEL = /^(read more|read also|also read|related|see also|more|watch|listen|explainer|analysis|live)\s*:/i;
// "By Jane Doe and John Roe": a byline the page printed as a paragraph of its own.
const BYLINE_LINE = /^by\s+\p{Lu}[\p{L}.'’-]*(\s+(and\s+)?\p{Lu}[\p{L}.'’-]*,?){0,6}$/u;

/** Removes furniture from the document in place, never an element that holds most of the page's text. */
export function removeFurniture(document: Document): void {
  const body = document.body;
  if (!body) return;
  const total = textLength(body);
  for (const el of [...body.querySelectorAll(FURNITURE_TAGS)]) if (!isMostOf(el, total)) el.remove();
  for (const el of [...body.querySelectorAll("[class], [id], [role], [aria-label]")]) {
    if (!el.isConnected) continue;
    const tag = el.localName.toLowerCase();
    if (tag === "article" || tag === "main" || tag === "body" || tag === "html") continue;
    const role = el.getAttribute("role")?.toLowerCase() ?? "";
    const words = [el.getAttribute("class"), el.getAttribute("id"), el.getAttribute("aria-label")].join(" ");
    if ((FURNITURE_ROLES.has(role) || FURNITURE.test(words)) && !isMostOf(el, total)) el.remove();
  }
  for (const el of [...body.querySelectorAll("p, div, span, li")]) {
    if (el.isConnected && isChromeLine(el)) el.remove();
  }
  // A date standing alone between blocks is the page's dateline, not a sentence of the story.
  for (const el of [...body.querySelectorAll("time")]) if (!el.closest("p, li, td, blockquote")) el.remove();
}

function isChromeLine(el: Element): boolean {
  // A container of blocks is not a line; checked first, as reading a big subtree's text is the costly part.
  for (const child of el.children) if (BLOCKS.has(child.localName.toLowerCase())) return false;
  const text = (el.textContent ?? "").replace(/\s+/g, " ").trim();
  if (el.children.length === 0 && CHROME_LINE.test(text)) return true;
  if (text.length > 120) return false;
  if (BYLINE_LINE.test(text)) return true;
  if (el.localName.toLowerCase() !== "p" || !LINK_LABEL.test(text)) return false;
  // Everything after the label is link text: a pointer to another story.
  const linked = [...el.querySelectorAll("a")].reduce((n, a) => n + (a.textContent ?? "").trim().length, 0);
  const label = LINK_LABEL.exec(text)?.[0].length ?? 0;
  return linked > 0 && linked >= text.length - label - 2;
}

const BLOCKS = new Set([
  "div",
  "p",
  "section",
  "article",
  "ul",
  "ol",
  "table",
  "figure",
  "blockquote",
  "main",
  "aside",
]);

function textLength(el: Element): number {
  return (el.textContent ?? "").replace(/\s+/g, "").length;
}

/** True when the element carries over half the page's text: a site that puts "share" on its story wrapper. */
function isMostOf(el: Element, total: number): boolean {
  return total > 0 && textLength(el) > total / 2;
}
