// Whether a text is mixed-case prose, where capitals mark names; lower-cased scrapes and all-caps wire copy carry
// no such signal.
const SAMPLE = 4000;

export function isMixedCase(text: string): boolean {
  let lower = 0;
  let upper = 0;
  const n = Math.min(text.length, SAMPLE);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c >= 97 && c <= 122) lower++;
    else if (c >= 65 && c <= 90) upper++;
    else if (c > 127) {
      const ch = text[i] ?? "";
      if (ch !== ch.toUpperCase()) lower++;
      else if (ch !== ch.toLowerCase()) upper++;
    }
  }
  return lower > 0 && upper > 0 && upper / (upper + lower) < 0.5;
}
