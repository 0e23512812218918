/**
 * The stateful acknowledgement detector that runs in the content script: meeting events in, `ack` events
 * out. Caption and chat text stays inside this closure only as long as an entry is open, and never reaches
 * an emitted event (only from, to, when, kind, source).
 *
 * Captions — when is an entry final? Recognisers rewrite the live entry word by word and correct it shortly
 * after (Meet: corrections land about a second after the phrase; older entries can still be corrected
 * after another speaker started). So an entry is detected when it has been quiet (no rewrite) for
 * `quietMs` (3 s: three times the usual correction delay), when the open-entry cap evicts it, or on
 * `flush` / `call.ended`. Each logical entry remembers which (to, kind) it already emitted, and that memory
 * outlives closing (ids and keys only, no text): a late correction reopens the entry and can add a new
 * kind, never repeat one. Long monologues (one entry growing for many seconds) also get an interim pass
 * every `interimMs` over the text before the last sentence end, which is no longer being rewritten, so the
 * overlay does not wait for the end of a long turn; the same per-entry memory prevents double counting.
 *
 * Region replaced (Meet rebuilds the captions region on CC toggle and the adapter sees new captionIds): a
 * new captionId from the same speaker whose text starts like an open entry's text (same first 24 letters,
 * ignoring case, accents and punctuation) continues that entry; one whose opening is found inside the open
 * entry's text (the region replayed only the tail) continues it with the earlier part kept as a prefix.
 * Anything else is a new entry.
 *
 * `replaces` is not needed: for a known captionId the event's text is always the entry's whole current
 * text, whether it grew or was corrected.
 */
import type { EventOf, MeetingEvent } from '@/utils/meeting/events';
import { detectInText } from './detect';
import type { AckLanguage, AckLanguageCode } from './languages';
import { resolveAckLanguage } from './languages/registry';
import { type AckParticipant, NameIndex } from './names';
import { fold } from './normalize';
import { compileLanguage } from './rules';

export type AckEvent = EventOf<'ack'>;

/** No rewrite for this long → the caption entry is final (see the module note). */
export const DEFAULT_QUIET_MS = 3_000;
/** Interim pass over the settled sentences of a long, still growing entry. */
export const DEFAULT_INTERIM_MS = 8_000;
/**
 * A reaction this soon after someone stopped speaking is aimed at them: 8 s covers finding the reaction
 * button and picking an emoji (Meet's picker takes 2–4 s) without reaching into the next exchange.
 */
export const DEFAULT_REACTION_WINDOW_MS = 8_000;
/** Open entries kept; Meet shows a handful at once, and eviction only finalises early. */
export const MAX_OPEN_ENTRIES = 24;
/** Closed entries whose captionId → emitted keys are remembered for late corrections (no text kept). */
export const MAX_REMEMBERED_ENTRIES = 128;
/** Roster ceiling: the largest Meet call is 1,000 people; beyond that we stop indexing new names. */
export const MAX_PARTICIPANTS = 1_000;
/** Letters compared to decide that a new captionId continues an open entry (see the module note). */
const CONTINUATION_KEY = 24;
/** Below this many letters a text is too short to call it a continuation by its opening alone. */
const CONTINUATION_MIN = 8;
/** Reaction dedupe memory: one ack per reactor per speaking turn. */
const MAX_REACTION_KEYS = 256;

export interface AckDetectorOptions {
  /**
   * Which rules to apply; the options page lets the user pick. Null: none yet (the table is on its way);
   * entries are tracked and nothing is detected until `setLanguage`.
   */
  language: AckLanguageCode | AckLanguage | null;
  /** The local user, if already known (otherwise learned from participant events). */
  selfId?: string;
  /** Clock for `tick()`/`flush()` without an argument; defaults to the last event time seen. */
  now?: () => number;
  quietMs?: number;
  interimMs?: number;
  reactionWindowMs?: number;
}

export interface AckDetector {
  /** Consume one event; returns acks that became known (possibly for earlier caption entries). */
  push(event: MeetingEvent): AckEvent[];
  /** Finalise caption entries that have been quiet long enough by `now` (call from a timer). */
  tick(now?: number): AckEvent[];
  /** Finalise every open caption entry (call end, page hide). */
  flush(now?: number): AckEvent[];
  /** Open caption entries (for tests and the bench). */
  readonly openEntries: number;
  /**
   * Switches the rules mid-call (the caption language changed, or the setting): every detection from now on
   * uses them, including entries still open. What was already emitted stays, and is not emitted again.
   */
  setLanguage(language: AckLanguageCode | AckLanguage | null): void;
  /** The code of the rules in use, or null. */
  readonly language: string | null;
}

interface Entry {
  /** Null while the speaker is unknown: a later event of the same entry may name them (see onCaption). */
  speakerId: string | null;
  /** Labelled with the platform's self label ("You") before the local user was known. */
  selfLabel: boolean;
  speakerKey: string;
  text: string;
  lastT: number;
  lastInterimT: number;
  open: boolean;
  emitted: Set<string>;
  /** Tail-replay aliases whose prefix holds text: cleared on close. */
  prefixed: Alias[];
}

interface Alias {
  entry: Entry;
  /** Text of the entry before this captionId's text (region replayed only the tail). */
  prefix: string;
}

const letters = (s: string) => fold(s).replace(/[^\p{L}\p{N}]+/gu, '');
const SENTENCE_END = /[.?!…](?=\s|$)/g;

export function createAckDetector(options: AckDetectorOptions): AckDetector {
  const compile = (l: AckLanguageCode | AckLanguage | null) =>
    l === null ? null : compileLanguage(resolveAckLanguage(l));
  let lang = compile(options.language);
  // the platform's label for the user ("You", "Du"); every table also knows "you"
  const isSelfLabel = (name: string) => {
    const f = fold(name).trim();
    return lang ? lang.selfLabels.has(f) : f === 'you';
  };
  const quietMs = options.quietMs ?? DEFAULT_QUIET_MS;
  const interimMs = options.interimMs ?? DEFAULT_INTERIM_MS;
  const reactionWindowMs = options.reactionWindowMs ?? DEFAULT_REACTION_WINDOW_MS;
  let selfId: string | null = options.selfId ?? null;
  let lastT = 0;

  const roster = new Map<string, AckParticipant>();
  let index: NameIndex | null = null;
  const getIndex = () => {
    index ??= new NameIndex(roster.values());
    return index;
  };

  const open = new Set<Entry>();
  const aliases = new Map<string, Alias>();

  const speaking = new Map<string, number>();
  const stops: { id: string; t: number }[] = [];
  const reactionKeys = new Set<string>();

  function resolveSpeaker(id: string | undefined, name: string): string | null {
    if (id) return id;
    if (isSelfLabel(name)) return selfId;
    return getIndex().resolveDisplayName(name);
  }

  function detect(entry: Entry, text: string, t: number, out: AckEvent[]): void {
    // The local user's first words can come before the roster said who the user is (Zoom: before the
    // participants pane was read): a self-labelled entry takes the user's id as soon as it is known.
    if (entry.speakerId === null && entry.selfLabel) entry.speakerId = selfId;
    if (entry.speakerId === null || !text || !lang) return;
    for (const a of detectInText(text, entry.speakerId, getIndex(), lang.lang)) {
      const key = `${a.toId}|${a.kind}`;
      if (entry.emitted.has(key)) continue;
      entry.emitted.add(key);
      out.push({ type: 'ack', t, fromId: entry.speakerId, toId: a.toId, kind: a.kind, source: 'caption' });
    }
  }

  function close(entry: Entry, out: AckEvent[]): void {
    detect(entry, entry.text, entry.lastT, out);
    entry.text = '';
    for (const a of entry.prefixed) a.prefix = '';
    entry.prefixed.length = 0;
    entry.open = false;
    open.delete(entry);
  }

  function expire(now: number, out: AckEvent[]): void {
    for (const e of open) if (now - e.lastT >= quietMs) close(e, out);
  }

  function continuationOf(speakerKey: string, text: string): Alias | null {
    const k = letters(text);
    let best: Entry | null = null;
    for (const e of open) if (e.speakerKey === speakerKey && (!best || e.lastT >= best.lastT)) best = e;
    if (!best) return null;
    const old = letters(best.text);
    const n = Math.min(CONTINUATION_KEY, old.length);
    if (n >= CONTINUATION_MIN ? k.startsWith(old.slice(0, n)) : k === old && k.length > 0)
      return { entry: best, prefix: '' };
    const probe = text.slice(0, CONTINUATION_KEY);
    if (letters(probe).length >= CONTINUATION_MIN) {
      const at = best.text.indexOf(probe);
      if (at > 0) return { entry: best, prefix: best.text.slice(0, at) };
    }
    return null;
  }

  function onCaption(e: EventOf<'caption'>, out: AckEvent[]): void {
    let alias = aliases.get(e.captionId);
    if (alias) {
      aliases.delete(e.captionId);
      // Attributed late (Zoom: the speaker's picture or the active ring showed up after the first words).
      if (alias.entry.speakerId === null && (e.speakerId || e.speakerName)) {
        alias.entry.speakerId = resolveSpeaker(e.speakerId, e.speakerName);
        alias.entry.selfLabel = isSelfLabel(e.speakerName);
      }
    } else {
      const speakerId = resolveSpeaker(e.speakerId, e.speakerName);
      const speakerKey = speakerId ?? `name:${fold(e.speakerName)}`;
      alias = continuationOf(speakerKey, e.text) ?? {
        entry: {
          speakerId,
          selfLabel: !e.speakerId && isSelfLabel(e.speakerName),
          speakerKey,
          text: '',
          lastT: e.t,
          lastInterimT: e.t,
          open: true,
          emitted: new Set(),
          prefixed: [],
        },
        prefix: '',
      };
      if (alias.prefix) alias.entry.prefixed.push(alias);
    }
    aliases.set(e.captionId, alias); // re-insert: the Map's order is least recently updated first
    const entry = alias.entry;
    entry.text = alias.prefix + e.text;
    entry.lastT = e.t;
    if (!entry.open) {
      entry.open = true;
      entry.lastInterimT = e.t;
    }
    open.add(entry);
    if (e.t - entry.lastInterimT >= interimMs) {
      entry.lastInterimT = e.t;
      let cut = -1;
      for (const m of entry.text.matchAll(SENTENCE_END)) cut = m.index + 1;
      if (cut > 0) detect(entry, entry.text.slice(0, cut), e.t, out);
    }
    if (open.size > MAX_OPEN_ENTRIES) {
      let oldest: Entry | null = null;
      for (const o of open) if (!oldest || o.lastT < oldest.lastT) oldest = o;
      if (oldest) close(oldest, out);
    }
    while (aliases.size > MAX_REMEMBERED_ENTRIES) {
      const [id, a] = aliases.entries().next().value as [string, Alias];
      if (a.entry.open) break; // only forget closed entries; open ones are bounded by MAX_OPEN_ENTRIES
      aliases.delete(id);
    }
  }

  function onChat(e: EventOf<'chat'>, out: AckEvent[]): void {
    const from = e.senderId ?? (e.isSelf ? selfId : getIndex().resolveDisplayName(e.senderName));
    if (!from || !lang) return;
    for (const a of detectInText(e.text, from, getIndex(), lang.lang)) {
      out.push({ type: 'ack', t: e.t, fromId: from, toId: a.toId, kind: a.kind, source: 'chat' });
    }
  }

  /**
   * Reaction rule: aimed at the one other person speaking right now, else at the last other person who
   * stopped speaking within `reactionWindowMs`. Never at the reactor; with two others talking at once we
   * cannot tell, so none. One ack per reactor per speaking turn, however many emoji they send.
   */
  function onReaction(e: EventOf<'reaction'>, out: AckEvent[]): void {
    let target: string | null = null;
    let turn = '';
    const others = [...speaking].filter(([id]) => id !== e.id);
    if (others.length === 1) {
      target = others[0]![0];
      turn = `live${others[0]![1]}`;
    } else if (others.length === 0) {
      for (let i = stops.length - 1; i >= 0; i--) {
        const s = stops[i]!;
        if (e.t - s.t > reactionWindowMs) break;
        if (s.id !== e.id && e.t >= s.t) {
          target = s.id;
          turn = `stop${s.t}`;
          break;
        }
      }
    }
    if (!target) return;
    const key = `${e.id}|${target}|${turn}`;
    if (reactionKeys.has(key)) return;
    reactionKeys.add(key);
    if (reactionKeys.size > MAX_REACTION_KEYS)
      reactionKeys.delete(reactionKeys.values().next().value as string);
    out.push({ type: 'ack', t: e.t, fromId: e.id, toId: target, kind: 'reaction', source: 'reaction' });
  }

  function setParticipant(id: string, name: string, isSelf: boolean): void {
    const known = roster.get(id);
    if (!known && roster.size >= MAX_PARTICIPANTS) return;
    if (known?.name === name && known.isSelf === isSelf) return;
    roster.set(id, { id, name, isSelf });
    index = null;
  }

  return {
    get openEntries() {
      return open.size;
    },
    get language() {
      return lang?.lang.code ?? null;
    },
    setLanguage(next) {
      lang = compile(next);
    },
    push(event) {
      const out: AckEvent[] = [];
      lastT = Math.max(lastT, event.t);
      expire(event.t, out);
      switch (event.type) {
        case 'participant.joined':
          setParticipant(event.id, event.name, event.isSelf);
          if (event.isSelf) selfId = event.id;
          break;
        case 'participant.renamed': {
          const p = roster.get(event.id);
          setParticipant(event.id, event.name, p?.isSelf ?? false);
          break;
        }
        case 'participant.self':
          selfId = event.id;
          break;
        case 'speaking.started':
          speaking.set(event.id, event.t);
          break;
        case 'speaking.stopped':
          speaking.delete(event.id);
          stops.push({ id: event.id, t: event.t });
          if (stops.length > 16) stops.shift();
          break;
        case 'caption':
          onCaption(event, out);
          break;
        case 'chat':
          onChat(event, out);
          break;
        case 'reaction':
          onReaction(event, out);
          break;
        case 'call.ended':
          for (const e of [...open]) close(e, out);
          break;
      }
      return out;
    },
    tick(now) {
      const out: AckEvent[] = [];
      expire(now ?? options.now?.() ?? lastT, out);
      return out;
    },
    flush(_now) {
      const out: AckEvent[] = [];
      for (const e of [...open]) close(e, out);
      return out;
    },
  };
}

/** A manual mark from the overlay ("I acknowledged Sam"), as the one place acks are made. */
export function manualAck(t: number, fromId: string, toId: string): AckEvent | null {
  if (fromId === toId) return null;
  return { type: 'ack', t, fromId, toId, kind: 'manual', source: 'manual' };
}
