/** A half-open range of offsets into one unit's text. */
export interface Range {
  start: number;
  end: number;
}

/** Who is said to have said what in one unit; offsets are into the unit's text. */
export interface Attribution {
  /** `body`: an appositive described the speaker as a body ("X, a volunteer group, said"). */
  speaker: Range & { body?: boolean };
  /** The asserted content, one or two pieces; empty when the content is the previous unit's quote. */
  content: Range[];
  /** The speech verb as written, lower-cased ("said", "according to", "quoted"). */
  verb: string;
  /** Where the cue is written in the unit, when known. */
  cue?: Range;
  anonymous: boolean;
  /** "In a statement, X said": the speaker spoke through a written statement. */
  statement: boolean;
  /** A label the speaker put on what they reported (", describing it as …"): said, but no account of events. */
  label?: boolean;
}

/** Whether a phrase names a speaker; lenient for verbs such as "said" that take any subject. */
export type SpeakerTest = (phrase: string, lenient: boolean) => boolean;
