/** Lower-cases without changing length, so offsets into the result are offsets into the input. */
export function lowerSameLength(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  // A few characters (e.g. "İ") grow when lower-cased: keep those as they are.
  let out = "";
  for (const ch of text) {
    const l = ch.toLowerCase();
    out += l.length === ch.length ? l : ch;
  }
  return out;
}

/** True when a text carries (almost) no capitals: scraped or normalised lower-case copy. */
export function isLowerCased(text: string): boolean {
  let upper = 0;
  let letters = 0;
  const n = Math.min(text.length, 20_000);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) upper++;
    else if (c >= 97 && c <= 122) letters++;
  }
  return letters > 0 && upper / (upper + letters) < 0.004;
}
