// An actor's matching key: the lexicon's canonical key when it knows the actor, else one made from the text's name.
// Unknown actors ("ELN rebels", "gunmen") must still match across sources, so they get a key of their own, marked
// so that nothing mistakes it for a canonical one (the export's attackerSide is only for recognised actors).
const TEXT_KEY_MARK = "~";

/** A matching key for an actor the lexicon does not know: its name lower-cased, without a leading article. */
export function textKey(name: string): string {
  const plain = name
    .toLowerCase()
    .replace(/[\u2018\u2019']/g, "'")
    .replace(/^(?:the|a|an)\s+/, "")
    .replace(/\s+/g, " ")
    .trim();
  return `${TEXT_KEY_MARK}${plain}`;
}

/** Whether a key is the lexicon's canonical key rather than one made from the text's name. */
export function isCanonicalKey(key: string): boolean {
  return !key.startsWith(TEXT_KEY_MARK);
}
