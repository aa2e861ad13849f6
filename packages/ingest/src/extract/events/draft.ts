import type { Actor, Casualty, Escalation, EventDate, EventKind, ForceReport, Span } from "@deconflict/domain";
import type { TriggerFamily } from "../lexicon/triggers.ts";

/** An event mention being built from one article's sentences. */
export interface Draft {
  kind: EventKind;
  kindExplicit: boolean;
  date: EventDate | null;
  /** False while the date is only the discourse's or the publication's: an explicit one replaces it. */
  dateExplicit: boolean;
  /** The date is only the publication day, for want of any other. */
  dateFallback: boolean;
  /** UNKNOWN_ATTACKER (actor-names.ts) when the text names none. */
  attacker: Actor;
  target: Actor | null;
  location: { name: string; level: number } | null;
  /** `location` is only the discourse's last place, not one its own sentences named. */
  locationCarried: boolean;
  /** Towns and sites its own tellings named: a telling that names another one is another event. */
  placesTold: string[];
  /** The place the frames read ("in San Salvador"), when the gazetteer has nothing nearer. */
  framePlace: string | null;
  instruments: string[];
  /** Who else the attack hit, as the text names them ("three peasants"), beside the target. */
  victims: string[];
  family: TriggerFamily;
  platform: string | null;
  munition: string | null;
  distanceKm: number | null;
  forces: ForceReport[];
  casualties: Casualty[];
  escalation: Escalation[];
  span: Span;
  /** Told bare ("the mayor was killed", "there was an explosion"), and no other telling has joined it since: it
   * gives way to any attack the article tells of its own. */
  firstOnly?: boolean;
  /** Index of the last sentence that told this event: anaphora prefer the most recent. */
  lastSentence: number;
}
