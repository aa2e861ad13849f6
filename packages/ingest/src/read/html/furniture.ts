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
    ].join("|") +
    ")(?:[\\s_-]|$)",
  "i",
);

const FURNITURE_ROLES = new Set(["dialog", "alertdialog", "complementary", "navigation", "banner", "contentinfo"]);
const FURNITURE_TAGS = "nav, aside, footer, form, dialog, script, style, noscript, template, iframe, button";
// Short lines that are page chrome wherever they appear.
const CHROME_LINE =
  /^(advertisement|advertising|story continues below( this)? advertisement|skip to (main )?content|share( this article)?|read more|listen to this article|sign up|subscribe)$/i;

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
    if (el.isConnected && el.children.length === 0 && CHROME_LINE.test((el.textContent ?? "").trim())) el.remove();
  }
}

function textLength(el: Element): number {
  return (el.textContent ?? "").replace(/\s+/g, "").length;
}

/** True when the element carries over half the page's text: a site that puts "share" on its story wrapper. */
function isMostOf(el: Element, total: number): boolean {
  return total > 0 && textLength(el) > total / 2;
}
