// Lines that are page furniture, not article prose: share bars, comment forms, store links, captions.
const SHORT_RESIDUE =
  /^(?:share(?: this(?: article| story)?)?|tweet|e-?mail|print|comments?|\d+ comments?|leave a (?:reply|comment)|exit mobile version|skip to (?:content|main content)|related(?: articles| stories| posts)?|read more|see also|more from .*|advertisement|sponsored|subscribe(?: now)?|sign up.*|newsletter|[a-z]+ store|shop|facebook|twitter|whatsapp|linkedin|reddit|telegram|copy link|back to top|menu|search|home)[\s:.!]*$/i;

const ANY_RESIDUE = [
  /^(?:related|read more|see also|more on this|watch|listen|recommended|trending)\s*:/i,
  /your email address will not be published/i,
  /required fields are marked/i,
  /\(photo(?:graph)?:/i,
  /^(?:photo|image|picture|file photo|credit|caption)s?\s*(?:credit)?\s*[:|]/i,
  /\b(?:getty images|afp photo|ap photo|reuters\/|epa-efe|shutterstock)\b/i,
  /^(?:copyright|©|\(c\))\s/i,
  /\ball rights reserved\b/i,
  /^(?:click here|follow us|sign up for|subscribe to our|get our newsletter|download our app|join our)/i,
  /^(?:this (?:article|story) (?:was|has been) (?:updated|corrected))/i,
  /^(?:save my name, email|notify me of (?:new|follow-up))/i,
];

/** True for a line that belongs to the page chrome rather than the article. */
export function isResidueLine(line: string): boolean {
  const t = line.trim();
  if (!t) return false;
  if (t.length <= 60 && SHORT_RESIDUE.test(t)) return true;
  if (t.length > 400) return false;
  return ANY_RESIDUE.some((re) => re.test(t));
}
