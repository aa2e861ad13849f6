import {
  type Actor,
  type EventDate,
  type EventMention,
  KIND_CLASS,
  mergeQuantities,
  type Quantity,
  type Span,
} from "@deconflict/domain";
import { findCasualties } from "../forces/casualties.ts";
import { type ForceContext, findForces } from "../forces/find-forces.ts";
import { type DatelinePlace, type Geo, lookupPlace } from "../geo/index.ts";
import {
  type ActorEntry,
  ARMED_GROUPS,
  COALITIONS,
  GENERIC_COALITION,
  GENERIC_GROUP,
  GENERIC_STATE,
  STATE_FORCES,
} from "../lexicon/actors.ts";
import { AGENT_HEADS } from "../lexicon/agents.ts";
import { type ActorHit, isGeneric } from "../lexicon/match-actors.ts";
import { analyseSentence } from "../linguistic/index.ts";
import { acledType } from "./acled.ts";
import { actorOfHit, isUnknown, isVague, openActor, UNKNOWN_ATTACKER } from "./actor-names.ts";
import { isCountryName, isNonStateName, namesSameGroup } from "./attacker-coref.ts";
import {
  deedAgentOf,
  mayNameByDeed,
  mayNamePerpetrator,
  mayNameReleaser,
  perpetratorOf,
  releaserOf,
} from "./attacker-frames.ts";
import {
  describesGroupless,
  describesNonState,
  groupCore,
  hasNameWord,
  namesGroup,
  withGroupOf,
} from "./attacker-group.ts";
import { datesAgree, finer } from "./dates-agree.ts";
import type { Candidate } from "./detect.ts";
import { detectCandidates } from "./detect.ts";
import type { Draft } from "./draft.ts";
import { findDistanceKm, findEscalation, findMunition, findPlatform } from "./extras.ts";
import { claimantOf, mayClaim, namedGroups, type Phrase, victimsOf } from "./frames.ts";
import { groupNamesIn } from "./group-names.ts";
import { isMutualClash, withoutSides } from "./mutual-clash.ts";
import { chooseLocation, framePlaceName, narrower } from "./place-choice.ts";
import { actorBeyondRelative } from "./relative-antecedent.ts";
import { isSpeaker } from "./roles.ts";
import type { SentenceInfo } from "./sentence.ts";
import { subjectPastHit } from "./subject-past-hit.ts";
import { toldByVictims } from "./victim-cue.ts";

// Powers that fight abroad: "the army" in a Somali story is Somalia's even after US strikes are told.
const FOREIGN_POWERS = new Set(["us-coalition", "uk", "france", "nato", "russia", "iran", "turkey"]);

// How many sentences after an attack told without its attacker a claim or a charge may still name who did it: wire
// copy tells the incident first, then the reactions, and the attribution among them.
const CLAIM_REACH = 6;

// How many sentences apart an unattributed attack and an armed group named beside it may be.
const GROUP_REACH = 1;

const UNIDENTIFIED = /\b(?:unidentified|unknown|unnamed)\b/i;
const HYPOTHETICAL = /\b(?:if|whether)\b/;
const BARE_GROUP = /^(?:group|organi[sz]ation|movement|unit|faction|cell)$/i;
const OBJECT_BEFORE_GROUP = /\b(?:of|against|on|at|with|between|and|under|to|for|into|targeting|by)\s+(?:the\s+)?$/;

function isArmedSide(key: string): boolean {
  return STATE_FORCES.has(key) || ARMED_GROUPS.has(key) || COALITIONS.has(key);
}

function blocks(targetKey: string): boolean {
  return !targetKey.startsWith("site:") && targetKey !== "civilians";
}

const SPECIFICITY: Record<Draft["kind"], number> = {
  airstrike: 1,
  "ground-attack": 1,
  "other-attack": 1,
  shootdown: 2,
  "drone-strike": 2,
  "missile-strike": 2,
  "artillery-strike": 2,
};

function classOf(d: { kind: Draft["kind"] }) {
  return KIND_CLASS[d.kind];
}

/**
 * Reads an article's sentences in order and keeps one draft per real event: a telling that names the same
 * attacker, kind class and a compatible date joins the event already told; "the strike" with no actor or
 * date points back to the most recent one.
 */
export class ArticleEvents {
  readonly drafts: Draft[] = [];
  private discourseDate: EventDate | null = null;
  private place: { name: string; level: number } | null = null;
  private readonly forceCtx: ForceContext = { lastVehicle: null };
  private lastGroup: ActorEntry | null = null;
  private lastCoalition: ActorEntry | null = null;
  private lastState: ActorEntry | null = null;
  private lastLocalState: ActorEntry | null = null;
  /** The text's last name for each lexicon key: what "the group" is called when it stands for that actor. */
  private readonly lastName = new Map<string, string>();
  /** The last actor the text named as an attacker: what "they" and "the gunmen" stand for. */
  private lastAttacker: Actor | null = null;
  /** The last armed group the text named ("FMLN guerrillas"), and in which sentence. */
  private lastGroupNamed: { actor: Actor; sentence: number; nonState: boolean } | null = null;
  /** Every non-state group the text names by a name of its own, and where: what "the guerrillas" belong to. */
  private readonly groupsNamed: { actor: Actor; sentence: number }[] = [];
  /** Who a claim or a charge named when no attack told without its attacker stood near to take it. */
  private readonly unplacedClaims: { actor: Actor; sentence: number }[] = [];
  /** Attacks read off an interception alone ("security forces downed a drone"). */
  private readonly implied = new Set<Draft>();
  // Platform, munition and distance of the sentence being read: computed once however many triggers it has.
  private extrasOf: {
    index: number;
    platform: string | null;
    munition: string | null;
    distanceKm: number | null;
  } | null = null;

  constructor(
    private readonly publishedAt: string | null,
    private readonly places: PlaceContext = { countries: [], dateline: null },
  ) {}

  read(s: SentenceInfo): void {
    s.actors = this.corefer(s.actors, s.lower);
    const candidates = detectCandidates(s);
    const resolved: { c: Candidate; draft: Draft | null }[] = [];
    let prev: { c: Candidate; draft: Draft | null } | undefined;
    for (const told of candidates) {
      const c = isMutualClash(told) ? withoutSides(told) : told;
      const before = this.drafts.length;
      const draft = this.resolve(s, c, prev);
      // "the bus that exploded": the attack is told, but not by the actor the sentence names further back. After an
      // attack told in the sentence ("targeted a cell that fired"), the relative clause is resolved as its own.
      if (!prev && draft && this.drafts.length > before && draft === this.drafts.at(-1) && actorBeyondRelative(c))
        draft.attacker = UNKNOWN_ATTACKER;
      resolved.push({ c, draft });
      if (draft) {
        draft.lastSentence = s.index;
        this.fillFromSentence(draft, s, c);
      }
      prev = { c, draft };
    }
    this.noteGroups(s);
    this.noteGroupNames(s);
    this.groupNearby(s.index);
    for (const r of resolved) if (r.draft?.kind === "shootdown") this.impliedAttack(s, r.c);
    if (s.analysed) this.readVictims(s, resolved.find((r) => r.draft)?.draft ?? null);
    if (mayClaim(s.lower) || mayNamePerpetrator(s.lower)) this.readClaimant(s);
    if (this.drafts.length && mayNameByDeed(s.lower)) this.readDeedAgent(s);
    if (this.drafts.length && mayNameReleaser(s.lower)) this.readReleaser(s);
    const sentenceDate = s.dates[0]?.date ?? null;
    this.attachFacts(s, resolved, sentenceDate);
    if (sentenceDate) this.discourseDate = sentenceDate;
    const told = s.places.filter((p) => !isDateline(s.lower, p.start, p.end));
    const specific = told.filter((p) => p.place.level <= 1).at(-1) ?? told.at(-1);
    if (specific && (!this.place || specific.place.level <= 1 || this.place.level > 1))
      this.place = { name: specific.place.name, level: specific.place.level };
  }

  /**
   * "air defences downed a drone carrying explosives": a drone or missile shot down was an attack, by
   * whoever sent it, even when the text tells no strike of its own.
   */
  private impliedAttack(s: SentenceInfo, c: Candidate): void {
    const weapon = c.frame.target?.text ?? c.frame.instruments[0]?.text ?? "";
    const kind = /\b(?:drones?|uavs?)\b/i.test(weapon)
      ? "drone-strike"
      : /\b(?:missiles?|rockets?)\b/i.test(weapon)
        ? "missile-strike"
        : null;
    if (!kind || this.drafts.some((d) => d.kind !== "shootdown" && KIND_CLASS[d.kind] === "air")) return;
    const date = c.date ?? this.discourseDate ?? this.fallbackDate();
    const d = this.create(
      s,
      {
        ...c,
        kind,
        family: kind === "drone-strike" ? "drone" : "missile",
        target: null,
        targetObject: null,
        frame: { ...c.frame, target: null },
      },
      UNKNOWN_ATTACKER,
      date,
      c.date !== null,
    );
    d.instruments.push(weapon);
    this.implied.add(d);
  }

  /** "killing three peasants": who the attack told here hit, beside its target. */
  private readVictims(s: SentenceInfo, draft: Draft | null): void {
    const d = draft ?? this.drafts.findLast((x) => x.lastSentence >= s.index - 1 && x.kind !== "shootdown");
    if (!d || !s.analysed) return;
    for (const v of victimsOf(s.analysed, s.text)) noteVictim(d, v.text);
  }

  /** "AQAP claimed responsibility": the claimant is the attacker of the last attack told without a name. */
  private readClaimant(s: SentenceInfo): void {
    const analysed = s.analysed ?? analyseSentence(s.text, { start: 0, end: s.text.length });
    const phrase = claimantOf(analysed, s.text) ?? perpetratorOf(analysed, s.text);
    // "No group has claimed the attack": no one is named.
    if (!phrase || phrase.anaphoric || /^(?:no|none|neither)\b/i.test(phrase.text)) return;
    // "asked if there was evidence that he suspected X of being involved": a charge told as a question or a
    // condition names no one.
    if (HYPOTHETICAL.test(s.lower.slice(0, phrase.start))) return;
    const hit = s.actors.find((a) => a.start < phrase.end && phrase.start < a.end);
    const actor = hit ? actorOfHit(s.text, hit, phrase, this.lastName) : openActor(phrase);
    if (isVague(actor)) return;
    // A group claims an attack, never its being shot down.
    const draft = this.drafts.findLast(
      (d) => d.lastSentence >= s.index - CLAIM_REACH && isVague(d.attacker) && d.kind !== "shootdown",
    );
    if (!draft) {
      this.unplacedClaims.push({ actor, sentence: s.index });
      return;
    }
    draft.attacker = actor;
    this.lastAttacker = actor;
    if (!hit?.coref) this.lastName.set(actor.key, actor.name);
  }

  /** "The engineers were released by the ELN": who released the hostages of a kidnapping told held them. */
  private readReleaser(s: SentenceInfo): void {
    const d = this.drafts.findLast(
      (x) => x.family === "kidnapping" && x.lastSentence >= s.index - CLAIM_REACH && isVague(x.attacker),
    );
    if (!d) return;
    const phrase = releaserOf(s.analysed ?? analyseSentence(s.text, { start: 0, end: s.text.length }), s.text);
    if (!phrase) return;
    const hit = s.actors.find((a) => a.start < phrase.end && phrase.start < a.end);
    const actor = hit ? actorOfHit(s.text, hit, phrase, this.lastName) : openActor(phrase);
    if (!isUnknown(actor)) d.attacker = actor;
  }

  /** "Police are hunting the attackers": who did the attack the discourse is on, when it was told without them. */
  private readDeedAgent(s: SentenceInfo): void {
    const d = this.mostRecent();
    if (!d || !isUnknown(d.attacker) || d.kind === "shootdown") return;
    const phrase = s.analysed
      ? deedAgentOf(s.analysed, s.text, true)
      : deedAgentOf(analyseSentence(s.text, { start: 0, end: s.text.length }), s.text, false);
    if (!phrase) return;
    const hit = s.actors.find((a) => a.start < phrase.end && phrase.start < a.end);
    d.attacker = hit ? actorOfHit(s.text, hit, phrase, this.lastName) : openActor(phrase);
  }

  /** "The militants", "the army": the armed group or state forces the article last named. */
  private corefer(actors: ActorHit[], lower: string): ActorHit[] {
    return actors.map((a, i) => {
      if (a.entry.key === GENERIC_GROUP) return this.lastGroup ? { ...a, entry: this.lastGroup, coref: true } : a;
      if (a.entry.key === GENERIC_STATE) {
        // "Ukraine's air force": the country owning the forces is named right before them.
        const owner = actors[i - 1];
        if (owner && STATE_FORCES.has(owner.entry.key) && /^[’']s\s+$/.test(lower.slice(owner.end, a.start)))
          return { ...a, entry: owner.entry, coref: true };
        const state = this.lastLocalState ?? this.lastState;
        return state ? { ...a, entry: state, coref: true } : a;
      }
      if (a.entry.key === GENERIC_COALITION)
        return this.lastCoalition ? { ...a, entry: this.lastCoalition, coref: true } : a;
      if (COALITIONS.has(a.entry.key)) this.lastCoalition = a.entry;
      if (ARMED_GROUPS.has(a.entry.key)) this.lastGroup = a.entry;
      // "the United States", "France": a country named is no force "the army" could stand for.
      if (STATE_FORCES.has(a.entry.key) && !isCountryName(lower.slice(a.start, a.end))) {
        this.lastState = a.entry;
        if (!FOREIGN_POWERS.has(a.entry.key)) this.lastLocalState = a.entry;
      }
      return a;
    });
  }

  mentions(): EventMention[] {
    // A headline's interception comes before the strike the body tells: the implied attack then gives way.
    const told = this.drafts.some(
      (d) => !this.implied.has(d) && d.kind !== "shootdown" && KIND_CLASS[d.kind] === "air",
    );
    const own = this.drafts.some((d) => !d.firstOnly);
    const kept = this.drafts.filter((d) => !(told && this.implied.has(d)) && !(own && d.firstOnly));
    // "strikes on two villages killed three": a round-up of the strikes the article then tells one by one.
    const singles = kept.filter((d) => !isRoundUp(d.target));
    return (singles.length >= 2 ? singles : kept).map((d) => this.mention(d));
  }

  private mention(d: Draft): EventMention {
    // The dateline is where the story was filed: the event's place only when the text names none.
    // A place the lexicon gazetteer knows names it as other outlets will (resolution compares places); else the
    // frame's own locative phrase; else the dateline.
    const location = chooseLocation(
      {
        known: d.location,
        carried: d.locationCarried,
        framed: d.framePlace,
        dateline: this.places.dateline,
      },
      this.places.countries,
      d.attacker.name,
    );
    return {
      kind: d.kind,
      date: d.date ?? this.fallbackDate(),
      location,
      attacker: isUnknown(d.attacker) ? this.claimedFor(d) : placedKey(this.withGroup(d), location),
      target: withVictims(d.target, d.victims),
      platform: d.platform,
      munition: d.munition,
      distanceKm: d.distanceKm,
      geo: placeGeo(location, this.places.countries),
      ...acledType(d.kind, d.family, d.target?.name ?? null, d.instruments),
      instruments: d.instruments,
      forces: mergeForces(d),
      casualties: d.casualties,
      // An escalation sequence ends in the strike itself.
      escalation:
        d.escalation.length && !d.escalation.some((e) => e.step === "strike")
          ? [...d.escalation, { step: "strike" as const, span: d.span }]
          : d.escalation,
      span: d.span,
    };
  }

  /**
   * "The Red Path Front claimed the attacks of last week. ... A bomb went off at a bank.": an attack still without its
   * attacker at the end takes who a claim or a charge named nearest it, before or after, when none took it then.
   */
  private claimedFor(d: Draft): Actor | null {
    let best: { actor: Actor; sentence: number } | null = null;
    for (const c of this.unplacedClaims)
      if (!best || Math.abs(c.sentence - d.lastSentence) < Math.abs(best.sentence - d.lastSentence)) best = c;
    return best && Math.abs(best.sentence - d.lastSentence) <= CLAIM_REACH ? best.actor : null;
  }

  /** "urban guerrillas" told in an article that names their group: the description with the group's name. */
  private withGroup(d: Draft): Actor {
    // "unidentified assailants" are told as no one's: no group is lent to them.
    if (!describesGroupless(d.attacker.name) || UNIDENTIFIED.test(d.attacker.name)) return d.attacker;
    const group = this.groupNear(d.lastSentence);
    // A group told only in lower-case words ("remarks made about earlier") is no name to give the attackers.
    return group && /[A-Z]/.test(groupCore(group.name)) ? withGroupOf(d.attacker, group) : d.attacker;
  }

  private fallbackDate(): EventDate | null {
    return this.publishedAt ? { value: this.publishedAt, precision: "day" } : null;
  }

  private resolve(
    s: SentenceInfo,
    c: Candidate,
    prev: { c: Candidate; draft: Draft | null } | undefined,
  ): Draft | null {
    // "a U.S. nun was wounded", "the Peruvian embassy was bombed": a lexicon actor inside what was hit is no attacker.
    const hit = c.frame.target;
    if (c.attacker && hit && c.attacker.start >= hit.start && c.attacker.end <= hit.end) c.attacker = null;
    // A second trigger in the same sentence without its own attacker tells the same event ("an airstrike hit ..., striking a tank").
    // "targeted a cell that fired missiles": a relative clause after an attack told is of someone else's attack; only
    // one told alone names its attacker by the phrase it is told of ("alleged guerrillas, who machine-gunned").
    if (!c.attacker && c.relative && (!c.frame.attacker || prev?.draft)) return null;
    if (c.firstOnly && this.drafts.length) return null;
    if (
      prev?.draft &&
      !c.attacker &&
      // "a car bomb attack targeted a camp": a plain attack verb after the attack told is its verb, of any kind.
      (KIND_CLASS[c.kind] === KIND_CLASS[prev.c.kind] ||
        (c.weak && c.family === "generic" && !c.frame.attacker && !c.frame.target)) &&
      (!c.date || !prev.c.date || datesAgree(c.date, prev.c.date))
    )
      return prev.draft;
    // "On Thursday they launched drones": the pronoun stands for the attacker last told.
    let told = !c.attacker && c.pronounSubject ? this.mostRecentAttacker() : undefined;
    // "The missile was intercepted": the side the attack just told was aimed at shot it down.
    const attacked = !c.attacker && !told && c.kind === "shootdown" ? this.attackedBy(s.index) : null;
    if (attacked) told = attacked.target ?? undefined;
    // "the strikes were carried out by F/A-18 jets", "an explosion on the starboard side": the telling points back
    // to the attack already told; only a named actor of its own makes it another.
    // "the last such strike" is definite but tells another attack of the same kind ("such"), not this one.
    const pointsBack = ((c.definite && !c.such) || (c.weak && c.family === "bombing")) && this.drafts.length > 0;
    // "ISIL claimed responsibility for the attack": a word told only as a deed, after an attack, retells that attack.
    // "A judge was shot dead. … the crime perpetrated by hired gunmen": a definite plain attack word whose agent is
    // only described retells the attack told without its attacker, and names them.
    const before = this.mostRecent();
    const describedAgent =
      c.weak &&
      c.family === "generic" &&
      c.definite &&
      !!c.attacker &&
      isGeneric(c.attacker.entry) &&
      !!before &&
      isUnknown(before.attacker);
    if (pointsBack && !told && (!c.attacker || (c.weak && c.family === "bombing") || c.deedOnly || describedAgent)) {
      const last = this.mostRecent();
      if (!last) return null;
      // "The attack was carried out by FMLN terrorists": the telling may name who the first one did not.
      const named =
        (c.frame.attacker && !c.frame.attacker.anaphoric) || c.frame.unknownSubject ? this.ownAttacker(s, c) : null;
      if (named && isVague(last.attacker) && (isUnknown(last.attacker) || !isVague(named))) last.attacker = named;
      return this.merge(last, c, c.date, c.date !== null);
    }
    const own = told ?? this.ownAttacker(s, c);
    if (own) {
      const attacker = own;
      const date = c.date ?? this.discourseDate ?? this.fallbackDate();
      const fromFallback = !c.date && !this.discourseDate;
      const found = this.findCompatible(c, attacker.key, date, c.date !== null, townOf(s, c));
      const d = found
        ? this.merge(found, c, date, c.date !== null)
        : this.create(s, c, attacker, date, c.date !== null);
      if (!found) d.dateFallback = fromFallback;
      if (attacked) {
        if (!d.target || d.target.key === d.attacker.key) d.target = attacked.attacker;
        d.location ??= attacked.location;
      }
      return d;
    }
    // "the murder of the mayor", "the attack on the embassy" told first: a definite telling with no event before
    // it to point back to refers to an attack the reader is taken to know, and it is one.
    if (
      c.definite &&
      !c.frame.verbal &&
      !c.such &&
      !c.plural &&
      !this.drafts.length &&
      (c.targetObject || c.frame.target)
    )
      return this.create(
        s,
        c,
        (c.frame.unknownSubject && this.groupNamedAs(c.frame.unknownSubject)) || UNKNOWN_ATTACKER,
        c.date ?? this.discourseDate ?? this.fallbackDate(),
        c.date !== null,
      );
    if (c.date) {
      const date = c.date;
      const found = this.drafts.findLast(
        (d) =>
          (classOf(d) === KIND_CLASS[c.kind] || c.definite) && (!d.date || !d.dateExplicit || datesAgree(d.date, date)),
      );
      if (
        found &&
        (!found.dateExplicit || found.date === null || datesAgree(found.date, date)) &&
        this.isRecentOrMatching(found, c)
      ) {
        return this.merge(found, c, date, true);
      }
      // "the last such strike being carried out in April", "a similar attack in March": an earlier attack of the
      // kind just told, by its attacker, on a date of its own. The source then tells that earlier event too.
      const like = c.such && !c.plural ? this.drafts.findLast((d) => classOf(d) === KIND_CLASS[c.kind]) : undefined;
      if (like && !isUnknown(like.attacker)) return this.create(s, c, like.attacker, date, true);
      return this.unattributed(s, c, date);
    }
    if (c.plural && !c.definite) return null;
    // "the strike", "that attack": the last event of its class; a definite phrase may reach any class.
    const sameClass = this.drafts.filter((d) => classOf(d) === KIND_CLASS[c.kind]);
    const last = sameClass.reduce<Draft | null>(
      (best, d) => (!best || d.lastSentence >= best.lastSentence ? d : best),
      null,
    );
    return (
      last ?? (c.definite ? this.mostRecent() : this.unattributed(s, c, this.discourseDate ?? this.fallbackDate()))
    );
  }

  /** The trigger's own attacker: a lexicon actor under the text's name, an open-world one, or "they" resolved. */
  private ownAttacker(s: SentenceInfo, c: Candidate): Actor | null {
    const phrase = c.frame.attacker;
    let actor: Actor | null = null;
    // The frame's grammar beats the nearest lexicon actor when both name someone: "the Russians relayed a request
    // from the Syrian government to conduct an airstrike".
    const framed =
      phrase && !phrase.anaphoric ? s.actors.find((a) => a.start < phrase.end && phrase.start < a.end) : undefined;
    if (framed && c.attacker && framed !== c.attacker && !isSpeakerHit(s, framed))
      actor = actorOfHit(s.text, framed, phrase, this.lastName);
    // "the Kachin Independence Army": a generic word ("army") inside a name the lexicon does not know is that name.
    else if (
      c.attacker &&
      isGeneric(c.attacker.entry) &&
      !c.attacker.coref &&
      phrase &&
      namesMore(s, phrase, c.attacker)
    )
      actor = openActor(phrase);
    // "In the military sphere, where the Red Dawn attacked us": the clause's own subject, which the lexicon does not
    // know, beats a lexicon word told before it outside the clause.
    else if (c.attacker && phrase && subjectPastHit(s, phrase, c.attacker)) actor = openActor(phrase);
    else if (c.attacker) actor = actorOfHit(s.text, c.attacker, phrase, this.lastName);
    // "assassinated by a FUSEP [public security forces] agent": the frame's phrase holds a lexicon actor's words.
    else if (framed && phrase && isGeneric(framed.entry) && !framed.coref && namesMore(s, phrase, framed))
      actor = openActor(phrase);
    else if (phrase && !phrase.anaphoric && !isActorOverlap(s, phrase) && !isPlaceName(s, phrase))
      actor = openActor(phrase);
    else if (phrase?.anaphoric)
      actor =
        this.describedGroup(phrase, this.namedGroup(s.index, 99)) ??
        this.mostRecentAttacker() ??
        // "the guerrillas" with no one named before: unnamed, but told as the text tells them.
        (/^[a-z-]+$/i.test(phrase.text) && AGENT_HEADS.has(phrase.text.toLowerCase()) ? openActor(phrase) : null);
    // "the Red Dawn dynamited a bus": a subject no word marks as an agent is one when the article names it as a group.
    if (!actor && c.frame.unknownSubject) actor = this.groupNamedAs(c.frame.unknownSubject);
    // "the group", "the organization" the article never tied to a name: no one named yet; a later claim may say who.
    if (actor?.key === GENERIC_GROUP && BARE_GROUP.test(actor.name)) actor = null;
    // "the guerrillas" after "FMLN guerrillas" were named: the same group, by its fuller name.
    const named = this.lastGroupNamed?.actor;
    if (actor && named && namesSameGroup(actor.name, named.name)) actor = named;
    if (actor && !isUnknown(actor)) {
      if (!c.attacker?.coref) this.lastName.set(actor.key, actor.name);
      this.lastAttacker = actor;
    }
    return actor;
  }

  /** The armed group the text last named, if within `reach` sentences. */
  private namedGroup(sentence: number, reach: number): Actor | undefined {
    const g = this.lastGroupNamed;
    return g && sentence - g.sentence <= reach ? g.actor : undefined;
  }

  private noteGroups(s: SentenceInfo): void {
    if (!s.analysed) return;
    const last = namedGroups(s.analysed, s.text).at(-1);
    if (!last) return;
    const hit = s.actors.find((a) => a.start < last.end && last.start < a.end);
    const actor = hit ? actorOfHit(s.text, hit, last, this.lastName) : openActor(last);
    if (!isVague(actor)) this.noteGroupName(actor, s.index);
    if (!isVague(actor))
      this.lastGroupNamed = {
        actor,
        sentence: s.index,
        // "a convoy of soldiers and pro-regime militiamen": a group told as an object is no attacker to lend.
        nonState:
          isNonStateName(last.text) &&
          !OBJECT_BEFORE_GROUP.test(s.lower.slice(Math.max(0, last.start - 12), last.start)),
      };
  }

  /** "Shining Path terrorists", "the Medellin cartel": groups named in any sentence, tagged or not. */
  private noteGroupNames(s: SentenceInfo): void {
    for (const g of groupNamesIn(s.lower, s.text)) {
      const hit = s.actors.find((a) => a.start < g.end && g.start < a.end);
      const phrase = { start: g.start, end: g.end, text: g.name, anaphoric: false };
      // Named before the noun for its members, the group is one outside the state whatever its name's words.
      this.groupsNamed.push({
        actor: hit ? actorOfHit(s.text, hit, phrase, this.lastName) : openActor(phrase),
        sentence: s.index,
      });
    }
  }

  private noteGroupName(actor: Actor, sentence: number): void {
    if (isNonStateName(actor.name) && !describesGroupless(actor.name) && hasNameWord(actor.name))
      this.groupsNamed.push({ actor, sentence });
  }

  /** "the guerrillas" standing for the FMLN named before: "guerrillas of the FMLN", the text's words kept. */
  private describedGroup(phrase: Phrase, group: Actor | undefined): Actor | undefined {
    if (!group || !describesGroupless(phrase.text)) return group;
    // "the guerrillas" after "the navy shelled the coast": guerrillas are no state's forces, whichever was named last.
    if ((STATE_FORCES.has(group.key) || group.key === GENERIC_STATE) && describesNonState(phrase.text))
      return openActor(phrase);
    return withGroupOf(openActor(phrase), group);
  }

  /** The group the article names by the phrase's words ("the Red Dawn" after "Red Dawn guerrillas"). */
  private groupNamedAs(phrase: Phrase): Actor | null {
    const g = this.groupsNamed.findLast((x) => namesGroup(phrase.text, x.actor.name));
    return g ? { ...openActor(phrase), key: g.actor.key, side: g.actor.side } : null;
  }

  /** The named group told nearest a draft's sentence (earlier first on a tie). */
  private groupNear(sentence: number): Actor | null {
    let best: { actor: Actor; sentence: number } | null = null;
    for (const g of this.groupsNamed)
      if (!best || Math.abs(g.sentence - sentence) < Math.abs(best.sentence - sentence)) best = g;
    return best?.actor ?? null;
  }

  /**
   * "A bomb exploded at the embassy ... the FMLN has been waging a campaign": an attack told without its attacker,
   * beside an armed group the text names in the same or the next sentences, is that group's (nearest first).
   */
  private groupNearby(sentence: number): void {
    const g = this.lastGroupNamed;
    if (!g?.nonState || Math.abs(g.sentence - sentence) > GROUP_REACH) return;
    for (const d of this.drafts)
      if (isUnknown(d.attacker) && d.kind !== "shootdown" && Math.abs(d.lastSentence - g.sentence) <= GROUP_REACH)
        d.attacker = g.actor;
  }

  private mostRecentAttacker(): Actor | undefined {
    const d = this.mostRecent()?.attacker;
    return d && !isUnknown(d) ? d : (this.lastAttacker ?? undefined);
  }

  /** "a roadside bomb went off": an attack told with no attacker is still an event, if the word says attack plainly. */
  private unattributed(s: SentenceInfo, c: Candidate, date: EventDate | null): Draft | null {
    if (c.weak && !c.frame.target && !c.frame.instruments.length && !toldByVictims(s.lower, c.start)) return null;
    // "a storm hit the coast": a plain attack verb whose subject attacks no one.
    if (c.weak && c.family === "generic" && c.frame.inanimateSubject) return null;
    // "Kharkiv has been shelled almost daily": a pattern of attacks, not one event.
    if (HABITUAL.test(s.lower)) return null;
    if (c.definite || c.plural || c.such) return null;
    const found = this.findCompatible(c, UNKNOWN_ATTACKER.key, date, c.date !== null, null);
    return found
      ? this.merge(found, c, date, c.date !== null)
      : this.create(s, c, UNKNOWN_ATTACKER, date, c.date !== null);
  }

  /** The attack told in this or the last two sentences, when it was aimed at an armed side that could defend. */
  private attackedBy(sentence: number): (Draft & { target: Actor }) | null {
    const last = this.drafts.findLast((d) => d.kind !== "shootdown" && d.lastSentence >= sentence - 2);
    if (!last?.target || !blocks(last.target.key) || !isArmedSide(last.target.key)) return null;
    return last as Draft & { target: Actor };
  }

  private isRecentOrMatching(d: Draft, c: Candidate): boolean {
    return classOf(d) === KIND_CLASS[c.kind] || c.definite;
  }

  private mostRecent(): Draft | null {
    let best: Draft | null = null;
    for (const d of this.drafts) if (!best || d.lastSentence >= best.lastSentence) best = d;
    return best;
  }

  private findCompatible(
    c: Candidate,
    attackerKey: string,
    date: EventDate | null,
    explicit: boolean,
    place: string | null,
  ): Draft | null {
    let best: Draft | null = null;
    for (const d of this.drafts) {
      if (classOf(d) !== KIND_CLASS[c.kind] || d.attacker.key !== attackerKey) continue;
      // A drone strike and an airstrike, or shelling and a ground assault, told as such are two events,
      // unless a side is retelling its own strike in other words ("its aircraft had targeted").
      if (c.kindExplicit && d.kindExplicit && c.kind !== d.kind && !c.retold) continue;
      // A new telling at another town or site is another event; "the strike" and retellings point back.
      if (place && !c.definite && !c.retold && d.placesTold.length && !d.placesTold.includes(place)) continue;
      // Different targets are different events, unless one is a place, a thing or "civilians" (one side's word for it).
      if (
        c.target &&
        !c.weakTarget &&
        d.target &&
        blocks(d.target.key) &&
        blocks(c.target.entry.key) &&
        d.target.key !== c.target.entry.key
      )
        continue;
      // Only a date guessed from the publication day gives way; one read off the discourse must agree.
      const agree = !date || !d.date || datesAgree(d.date, date) || (explicit && d.dateFallback);
      if (!agree) continue;
      // In one article, a month-only telling ("earlier this month") beside a day-dated event is another event.
      if (explicit && date && date.precision !== "day" && d.dateExplicit && d.date?.precision === "day") continue;
      if (!best || d.lastSentence >= best.lastSentence) best = d;
    }
    return best;
  }

  private create(s: SentenceInfo, c: Candidate, attacker: Actor, date: EventDate | null, explicit: boolean): Draft {
    const span: Span = { start: s.start, end: s.end };
    const target = this.targetOf(s, c);
    const draft: Draft = {
      kind: c.kind,
      kindExplicit: c.kindExplicit,
      date,
      dateExplicit: explicit,
      dateFallback: false,
      attacker,
      target,
      location: null,
      locationCarried: false,
      framePlace: null,
      victims: [],
      instruments: [],
      family: c.family,
      placesTold: [],
      platform: null,
      munition: null,
      distanceKm: null,
      forces: [],
      casualties: [],
      escalation: [],
      span,
      lastSentence: s.index,
      ...(c.firstOnly ? { firstOnly: true } : {}),
    };
    this.drafts.push(draft);
    return draft;
  }

  private merge(d: Draft, c: Candidate, date: EventDate | null, explicit: boolean): Draft {
    if (!c.firstOnly) d.firstOnly = false;
    if (date) {
      if (!d.date || (explicit && !d.dateExplicit)) {
        d.date = date;
        d.dateExplicit = explicit;
        d.dateFallback = false;
      } else if (datesAgree(d.date, date) && explicit) d.date = finer(d.date, date);
    }
    const before = d.target;
    if (c.target && (!d.target || d.target.key.startsWith("site:"))) d.target = this.targetOf(null, c);
    else if (!d.target) d.target = this.targetOf(null, c);
    // "the murder of the Jesuit priests, their cook and her daughter" after "six Jesuits were killed": each telling
    // may name more of whom the attack hit; what it names beside the target kept joins the victims.
    const told = d.target === before ? this.targetOf(null, c) : before;
    if (told) noteVictim(d, told.name);
    // A specific kind ("drone strike", "shelled") says more than a generic one ("the strike", "the attack").
    if (
      KIND_CLASS[c.kind] === KIND_CLASS[d.kind] &&
      (SPECIFICITY[c.kind] > SPECIFICITY[d.kind] || (c.kindExplicit && !d.kindExplicit))
    ) {
      d.kind = c.kind;
      d.kindExplicit ||= c.kindExplicit;
    }
    return d;
  }

  /** The lexicon's target under the text's name, else the thing struck, else the frame's object. */
  private targetOf(s: SentenceInfo | null, c: Candidate): Actor | null {
    const phrase = c.frame.target;
    if (c.target) return actorOfHit(c.sentenceText, c.target, phrase, this.lastName);
    if (c.targetObject) return { key: `site:${c.targetObject}`, name: phrase?.text ?? c.targetObject, side: null };
    if (phrase && !phrase.anaphoric) return { ...openActor(phrase), key: `site:${phrase.text.toLowerCase()}` };
    void s;
    return null;
  }

  private fillFromSentence(d: Draft, s: SentenceInfo, c: Candidate): void {
    const countries = this.places.countries;
    const phrase = c.frame.place?.text.replace(/^(?:the|a|an)\s+/i, "");
    const framed = phrase ? framePlaceName(phrase, s.analysed?.casing ?? "mixed", countries) : null;
    // "The ambush took place in El Alto" after "in La Paz department": the narrower telling says where.
    if (framed && (!d.framePlace || narrower(framed, d.framePlace, countries))) d.framePlace = framed;
    for (const i of c.frame.instruments)
      if (!d.instruments.some((x) => x.toLowerCase() === i.text.toLowerCase())) d.instruments.push(i.text);
    const place = placeOf(s, c);
    const told = townOf(s, c);
    if (told && !d.placesTold.includes(told)) d.placesTold.push(told);
    if (place && (!d.location || d.locationCarried || place.place.level < d.location.level)) {
      d.location = { name: place.place.name, level: place.place.level };
      d.locationCarried = false;
    }
    if (!d.location && this.place) {
      d.location = this.place;
      d.locationCarried = true;
    }
    if (this.extrasOf?.index !== s.index) {
      this.extrasOf = {
        index: s.index,
        platform: findPlatform(s.lower, s.text),
        munition: findMunition(s.lower, s.text),
        distanceKm: findDistanceKm(s.lower),
      };
    }
    d.platform ??= this.extrasOf.platform;
    d.munition ??= this.extrasOf.munition;
    d.distanceKm ??= this.extrasOf.distanceKm;
  }

  /** Forces, casualties and escalation steps of a sentence go to its events, or to the event the discourse is on. */
  private attachFacts(
    s: SentenceInfo,
    resolved: { c: Candidate; draft: Draft | null }[],
    sentenceDate: EventDate | null,
  ): void {
    const casualties = findCasualties(s.lower, s.text);
    const forces = findForces(s.lower, s.actors, casualties, this.forceCtx);
    const steps = findEscalation(s.lower);
    if (!casualties.length && !forces.length && !steps.length) return;
    const withDraft = resolved.filter((r) => r.draft);
    const fallback = withDraft.length ? null : this.discourseDraft(sentenceDate ?? this.discourseDate);
    // A fact belongs to the trigger before it; if that trigger told no event we know, to none.
    const draftAt = (pos: number): Draft | null => {
      if (!withDraft.length) return fallback;
      const before = resolved.filter((r) => r.c.start <= pos).at(-1) ?? withDraft[0];
      return before?.draft ?? null;
    };
    for (const f of forces) {
      const d = draftAt(f.start);
      if (!d || f.ownerKeys.includes(d.attacker.key)) continue;
      // "They came with a car bomb and 50 fighters": the attacker's means, not the target's forces.
      if (f.means && (f.means.pronoun || f.means.actorKeys.includes(d.attacker.key))) continue;
      // Aircraft and drones told beside an air attack are its means, unless reported hit.
      if (f.category === "aircraft" && f.status === "present" && KIND_CLASS[d.kind] === "air") continue;
      const span = { start: s.start + f.start, end: s.start + f.end };
      d.forces.push({ category: f.category, status: f.status, count: f.count, noun: f.noun, span });
    }
    for (const c of casualties) {
      let d = draftAt(c.start);
      if (!d) continue;
      if (d === fallback) d = this.tollRetold(d, c) ?? d;
      // "fired rockets after the army said it had killed three": the toll of another actor's attack.
      const killer = killerBefore(s, c.start);
      if (killer && killer.entry.key !== d.attacker.key) {
        d = this.drafts.findLast((x) => x.attacker.key === killer.entry.key && x.lastSentence === s.index) ?? null;
        if (!d) continue;
      }
      d.casualties.push({
        kind: c.kind,
        count: c.count,
        who: c.who,
        span: { start: s.start + c.start, end: s.start + c.end },
      });
    }
    for (const st of steps) {
      const d = draftAt(st.start);
      if (!d || d.escalation.some((e) => e.step === st.step)) continue;
      d.escalation.push({ step: st.step, span: { start: s.start + st.start, end: s.start + st.end } });
    }
  }

  /**
   * "The hospital received more than 40 wounded", told after two attacks: a toll with no attack of its own in the
   * sentence retells the figure of the event that already gave one of that kind, not the last event told.
   */
  private tollRetold(last: Draft, c: { kind: string; count: Quantity | null }): Draft | null {
    if (!c.count || last.casualties.some((x) => x.kind === c.kind)) return null;
    const count = c.count;
    return (
      this.drafts.findLast(
        (d) => d !== last && d.casualties.some((x) => x.kind === c.kind && x.count && overlaps(x.count, count)),
      ) ?? null
    );
  }

  private discourseDraft(date: EventDate | null): Draft | null {
    let best: Draft | null = null;
    for (const d of this.drafts) {
      if (date && d.date && !datesAgree(d.date, date)) continue;
      if (!best || d.lastSentence >= best.lastSentence) best = d;
    }
    return best ?? this.mostRecent();
  }
}

// Victims kept per event: a long story's every casualty list would make the target unreadable.
const MAX_VICTIMS = 6;

/** Adds whom else the attack hit, unless the attacker, the target or a victim already kept names them. */
function noteVictim(d: Draft, text: string): void {
  const name = text.replace(/\s+/g, " ");
  const low = name.toLowerCase();
  if (d.attacker.name.toLowerCase() === low) return;
  if (d.target?.name.toLowerCase().includes(low) || d.victims.some((x) => x.toLowerCase().includes(low))) return;
  if (d.victims.length < MAX_VICTIMS) d.victims.push(name);
}

function overlaps(a: Quantity, b: Quantity): boolean {
  const low = (q: Quantity) => q.low ?? q.high ?? 0;
  return (a.high === null || low(b) <= a.high) && (b.high === null || low(a) <= b.high);
}

const KILLER_THEN =
  /^[\s’']*s?\s*(?:(?:[a-z-]+\s+){0,3}(?:said|says|claimed|announced|confirmed)\s+(?:that\s+)?(?:it|they)\s+|(?:forces|troops|fighters|militants|gunmen|warplanes|jets|drones)\s+)(?:had\s+|has\s+|have\s+)?$/;

/** The actor whose own verb the casualty is ("X said it had killed three", "X fighters killed two"). */
function killerBefore(s: SentenceInfo, start: number): ActorHit | undefined {
  if (!/^(?:kill|wound|injur)/.test(s.lower.slice(start, start + 6))) return undefined;
  const a = s.actors.findLast((x) => x.end <= start && start - x.end <= 60);
  return a && KILLER_THEN.test(s.lower.slice(a.end, start)) ? a : undefined;
}

const ROUND_UP =
  /^(?:two|three|four|five|six|seven|eight|nine|ten|several|multiple|\d+)\s+(?:[a-z-]+\s+)?(?:villages|towns|cities|areas|locations|sites|districts|neighbou?rhoods|regions|provinces)\b/i;

// A target that counts several places tells several attacks at once, not one.
function isRoundUp(target: Actor | null): boolean {
  return !!target && ROUND_UP.test(target.name);
}

/** The place a trigger's sentence tells it at: a town or site nearest the trigger, else any place named. */
function placeOf(s: SentenceInfo, c: { start: number }) {
  const places = s.places.filter((p) => !isDateline(s.lower, p.start, p.end) && !isActorNotPlace(s, p));
  return (
    places.filter((p) => p.place.level <= 1).sort((a, b) => placeScore(s.lower, a, c) - placeScore(s.lower, b, c))[0] ??
    places[0]
  );
}

// A town or site tells where a strike was; a sea, region or country said beside it ("missiles aimed into the Red
// Sea", "a town in Donetsk region") is no other place: only towns are compared between two tellings.
function townOf(s: SentenceInfo, c: { start: number }): string | null {
  const place = placeOf(s, c);
  return place && place.place.level <= 1 ? place.place.name.toLowerCase() : null;
}

// "Russia launched drones": a country told as an actor is not where it happened, unless "in", "over", "near" it.
function isActorNotPlace(s: SentenceInfo, p: { start: number; end: number; place: { level: number } }): boolean {
  if (p.place.level < 3 || !s.actors.some((a) => a.start <= p.start && p.end <= a.end)) return false;
  return !/\b(?:in|inside|into|over|near|across|at|on|throughout|of|across)\s+(?:the\s+)?(?:[a-z-]+\s+)?$/.test(
    s.lower.slice(Math.max(0, p.start - 24), p.start),
  );
}

// "KYIV, March 14 -", "BEIRUT (Reuters) -": where the reporter filed, not where it happened.
function isDateline(lower: string, placeStart: number, placeEnd: number): boolean {
  return (
    !lower.slice(0, placeStart).trim() &&
    /^\s*(?:,\s*[a-z]+\.?\s+\d{1,2})?\s*(?:\([^)]{0,30}\))?\s*[-–—]/.test(lower.slice(placeEnd, placeEnd + 40))
  );
}

// Nearer the trigger is better; "in X", "near X" say where it happened.
function placeScore(lower: string, p: { start: number }, c: { start: number }): number {
  const before = lower.slice(Math.max(0, p.start - 40), p.start);
  const locative =
    /\b(?:in|near|at|outside|around|on|into)\s+(?:the\s+)?(?:[a-z-]+\s+){0,3}$/.test(before) ||
    /\b(?:village|town|city|hamlet|settlement|township|neighbou?rhood|district|suburb)\s+of\s+$/.test(before);
  return Math.abs(p.start - c.start) - (locative ? 60 : 0);
}

// "a bus, killing two teachers": the target as told, and after it whoever else the attack hit. The key stays the
// target's own, so resolution matches on what was attacked.
function withVictims(target: Actor | null, victims: readonly string[]): Actor | null {
  if (!victims.length) return target;
  const name = [target?.name, ...victims].filter(Boolean).join(", ");
  return target ? { ...target, name } : { key: `site:${name.toLowerCase()}`, name, side: null };
}

const HABITUAL =
  /\b(?:(?:almost |nearly )?daily|every (?:day|night|week)|nightly|regularly|repeatedly|routinely|frequently|often|constantly|for (?:weeks|months|years))\b/;

/** The article's countries and dateline, for placing its events (geo/). */
export interface PlaceContext {
  countries: readonly string[];
  dateline: DatelinePlace | null;
}

// "Mingora, Swat, Pakistan": the most specific part the gazetteer knows gives the coordinates.
function placeGeo(location: string | null, countries: readonly string[]): Geo | null {
  if (!location) return null;
  try {
    for (const part of location.split(/\s*,\s*/)) {
      const name = part.replace(/^(?:the|a|an)\s+/i, "").trim();
      if (!name) continue;
      const hit = lookupPlace(name, { countries, framed: true });
      if (hit) return hit.geo;
    }
  } catch {
    // A gazetteer that cannot load leaves the event unplaced, never unextracted.
  }
  return null;
}

// "Gunmen" in one story and "gunmen" in another are not one actor: a described, unnamed attacker is matched
// across sources only at the same place.
function placedKey(a: Actor, place: string | null): Actor {
  // "Terrorists" the article never tied to a group are as unnamed as "gunmen".
  const unnamed = isVague(a) || a.key === GENERIC_GROUP;
  return unnamed && place ? { ...a, key: `${a.key}@${place.toLowerCase()}` } : a;
}

// "the Manchester bombing": a place before the attack word says where, not who.
function isPlaceName(s: SentenceInfo, p: { start: number; end: number }): boolean {
  return s.places.some((x) => x.start <= p.start && p.end <= x.end + 1);
}

// The phrase holds capitalised words beyond the lexicon's generic hit ("Kachin Independence" around "Army").
function namesMore(s: SentenceInfo, p: Phrase, hit: ActorHit): boolean {
  if (p.anaphoric || hit.start < p.start || hit.end > p.end) return false;
  const rest = s.text.slice(p.start, hit.start) + s.text.slice(hit.end, p.end);
  // All-caps copy shows no names by case: a word of four letters or more beside the generic one is taken as one.
  return /\b[A-Z][a-z]/.test(rest) || (rest === rest.toUpperCase() && /\b[A-Z]{4,}\b/.test(rest));
}

function isSpeakerHit(s: SentenceInfo, hit: ActorHit): boolean {
  return isSpeaker(s.lower, hit);
}

// The frame's phrase is a lexicon actor's own words: the lexicon hit speaks for it.
function isActorOverlap(s: SentenceInfo, p: { start: number; end: number }): boolean {
  return s.actors.some((a) => a.start < p.end && p.start < a.end);
}

function mergeForces(d: Draft) {
  const groups = new Map<string, Draft["forces"]>();
  for (const f of d.forces) {
    const k = `${f.category}|${f.status}`;
    const g = groups.get(k);
    if (g) g.push(f);
    else groups.set(k, [f]);
  }
  return [...groups.values()].map((g) => {
    const first = g[0] as Draft["forces"][number];
    return { ...first, count: mergeQuantities(g.map((f) => f.count)) };
  });
}
