// Lookup keys for place names. `exactKey` folds case, accents and punctuation, so "Bogotá", "BOGOTA" and "bogota"
// meet; `looseKey` is a consonant skeleton that also joins transliterations ("Deir ez-Zor", "Deir al-Zour",
// "Dayr az Zawr") and is only trusted as a weaker match.

// Letters NFD does not decompose.
const SPECIAL: Record<string, string> = {
  ı: "i",
  ø: "o",
  đ: "d",
  ð: "d",
  ħ: "h",
  ł: "l",
  ß: "ss",
  æ: "ae",
  œ: "oe",
  þ: "th",
  ə: "e",
};
const MARKS = /[\u0300-\u036f]/g;
// Apostrophes and Arabic ayn/hamza signs vanish inside a word: "Sana'a" = "Sanaa", "Ma'rib" = "Marib".
const GLOTTAL = /['’‘`ʻʼʿʾ´]/g;
const SEPARATORS = /[^a-z0-9]+/g;

/** Lower case, no accents, apostrophes dropped, any other punctuation one space. */
export function exactKey(name: string): string {
  const lower = name.toLowerCase();
  let folded = lower.normalize("NFD").replace(MARKS, "");
  if (/[^\0-\x7f]/.test(folded)) folded = [...folded].map((c) => SPECIAL[c] ?? c).join("");
  return folded.replace(GLOTTAL, "").replace(SEPARATORS, " ").trim();
}

// Romanisations of the Arabic article ("al-", "el-", "ar-", "ez-", ...).
export const ARTICLES: ReadonlySet<string> = new Set([
  "al",
  "el",
  "ar",
  "as",
  "ash",
  "at",
  "ad",
  "az",
  "ez",
  "es",
  "ed",
  "an",
  "en",
]);
// ... and in skeletons also "ul" and the Persian/Urdu izafe ("-e-", "-i-").
const SKELETON_DROPS = new Set([...ARTICLES, "ul", "e", "i"]);
const LEADING_ARTICLE = /^([a-z]+) (?=\S{3})/;

/** An exact key without its leading article ("al raqqa" -> "raqqa"), or the key itself. */
export function withoutArticle(key: string): string {
  const m = LEADING_ARTICLE.exec(key);
  return m && ARTICLES.has(m[1] ?? "") ? key.slice(m[0].length) : key;
}

const GLUED_ARTICLE = /^[ae]([tdrzsn])(?=\1)/;
const DIGRAPHS: [RegExp, string][] = [
  [/kh/g, "k"],
  [/gh/g, "g"],
  [/sh/g, "s"],
  [/ch/g, "c"],
  [/zh/g, "j"],
  [/dj/g, "j"],
  [/th/g, "t"],
  [/dh/g, "d"],
  [/ph/g, "f"],
  [/q/g, "k"],
  [/ck/g, "k"],
];

/** A consonant skeleton per word: article particles dropped, digraphs merged, vowels (and non-initial y, w) gone. */
export function looseKey(name: string): string {
  const words = exactKey(name)
    .split(" ")
    .filter((w) => w && !SKELETON_DROPS.has(w))
    // An article glued on by assimilation: "Deir ezzor", "arraqqa" (never the first word: "Essen", "Assab").
    .map((w, i) => (i > 0 && w.length >= 5 ? w.replace(GLUED_ARTICLE, "$1") : w));
  return words.map(skeleton).filter(Boolean).join(" ");
}

function skeleton(word: string): string {
  // A final "h" after a vowel is a transliterated ta marbuta: "Hamah" = "Hama".
  let w = word.replace(/([aeiou])h$/, "$1").replace(/(.)\1+/g, "$1");
  for (const [re, to] of DIGRAPHS) w = w.replace(re, to);
  const head = w[0] ?? "";
  // An initial vowel counts as one sound, whichever: "Idlib" = "Edlib", "Irbil" = "Erbil".
  const first = /[aeiou]/.test(head) ? "a" : head;
  return (first + w.slice(1).replace(/[aeiouyw]/g, "")).replace(/(.)\1+/g, "$1");
}

/** How many consonants a loose key holds: short skeletons match too much to be trusted. */
export function looseWeight(key: string): number {
  return key.replace(/[ a]/g, "").length;
}
