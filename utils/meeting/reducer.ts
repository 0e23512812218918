/**
 * The meeting model: folds normalized events (`events.ts`) into bounded aggregates, and computes the
 * figures (`types.ts`) from them on demand. No DOM, no browser APIs, no raw event is kept.
 *
 * ## Rules (each one a decision; tests in tests/unit/utils/meeting pin them)
 *
 * **Clock.** Events must arrive in time order. A timestamp up to `maxClockRegressionMs` behind the last
 * accepted one is clamped to it (counted in `clampedEvents`); further back the event is rejected
 * (counted in `rejectedEvents`). Non-finite or negative times are rejected. Adapters therefore never
 * backdate `t`: a fact decided late carries its effective time separately (see "Late leaves").
 *
 * **Late leaves.** `participant.left { t, at }`: `t` is when the adapter confirmed the leave (in time
 * order like every event), `at` ≤ t when the person actually went (events.ts, "Late-decided facts").
 * Presence closes at the effective time e = `at` moved forward so that it never takes back anything the
 * model has already accounted:
 * - not before `t − maxLateFactMs` (a bounded look-back), their `presentSince`, nor the last accepted
 *   event that names them (`lastAt`: a speaking stop, a camera change, a visibility change, a reaction…
 *   happened while they were there);
 * - if their raw speaking signal is still on, e = t: their segment has been running, overlapping and
 *   interrupting others up to now, and those figures of other people cannot be taken back;
 * - if they are still visible on either signal, not before the last change of the speaking or camera
 *   health (`coverageChangedAt`): their coverage and camera time are read off the ok-clocks, which can
 *   only be read at or after their last change.
 * Then the leave closes the pending turn, the camera and the coverage stretches at e, and `leftAt` = e.
 * The adapters make the clamps moot in practice: when a tile vanishes they report at once that they can
 * no longer see the person (speaking stopped, camera off, not visible), so the only thing left for the
 * leave to close is presence, exactly at `at`. `at` absent, non-finite, negative or after `t` means `t`.
 *
 * **Call span.** The call starts at the first accepted event (normally `call.started`; if participants
 * arrive first they are not lost). Only the first `call.started` sets platform, code and title; until
 * one arrives the platform is the one the state was created for. `call.ended` freezes everything at its time: later events are
 * rejected. The summary's end is `call.ended`'s time, else the last accepted event's.
 *
 * **Identity.** A person is identified by the first device id seen for them (`ParticipantSummary.id`).
 * A join with an unseen device id is the *same person* rejoining when (a) it is the local user
 * (`isSelf`) and the previous self has left, or (b) its display name (trimmed, exact, non-empty) equals
 * that of a person who has left and had the same `isSelf`; with several candidates the one who left
 * most recently wins. A same-named person who is still present is a different person (two "Alex"es).
 * Renames keep identity. `participant.self` moves the self mark to that person.
 *
 * **Unknown and absent participants.** Events naming a device id never joined are rejected. Speaking,
 * camera, mic, hand and reaction events for someone who has left are rejected too (they would put
 * speaking time outside presence). A second `participant.left` is ignored, not rejected.
 *
 * **Speaking turns.** The raw signal (started/stopped) is cleaned lazily: a stop leaves the turn
 * *pending*; a start within `flickerGapMs` of it continues the same turn (the gap counts as speaking);
 * a later start, a leave or the end of the call closes the pending turn at its stop time. A closed turn
 * shorter than `minBlipMs` is discarded (no turn, no speaking time, no overlap). Snapshots and summaries
 * treat the pending or still-open turn as if closed at that moment, without mutating the state, so the
 * result never depends on when or how often they are called.
 *
 * **Speaking while muted.** While a participant is muted, `speaking.started` for them is ignored (the
 * platform's indicator reacts to noise the others cannot hear), and muting stops a running segment.
 * When the mute signal itself is not healthy, nobody is treated as muted (we only suppress what we see).
 *
 * **Overlap.** `overlapMs` is the time a person was speaking (raw signal on) while at least one other
 * person's raw signal was on too, counted only within turns that survive the blip filter, so
 * overlapMs ≤ speakingMs.
 *
 * **Interruptions.** A interrupts B when A *starts a new turn* (not a flicker continuation) at time t
 * while B is speaking in a turn that began before t, and both then keep speaking simultaneously for at
 * least `interruptionMinOverlapMs` (measured from t until either stops). One start over two speakers is
 * two interruptions (made +2 for A, received +1 for each), so made and received totals always agree.
 * Each is also counted for its pair (A over B) among the first `pairMaxPeople` people to join, so a
 * person's pairs sum to their totals unless someone beyond the cap was involved (or the checkpoint
 * predates pair figures).
 *
 * **Pick-ups.** The turn-taking graph: who spoke right after whom. B's new turn *picks up* A's turn when
 * (a) nobody else is speaking as B starts, A's was the last turn to stop (the floor: the last raw stop of a
 * segment whose turn had by then lasted `minBlipMs`), A ≠ B, and B starts within `pickupMaxGapMs` of that
 * stop; or (b) B starts over A's running turn (begun before B) and A stops before the two have spoken
 * together for `interruptionMinOverlapMs` while B goes on (a handover with overlap: never an
 * interruption). It counts once B's turn survives the blip filter (decided at B's stop, when it has lasted
 * `minBlipMs`, else at the turn's close): a backchannel is no turn, so it picks up nobody and leaves the
 * floor with A. A pick-up counts for the pair (A → B, among the first `pairMaxPeople` people), for B's
 * `pickups`, and once per turn of A for A's `turnsPickedUp`. Starting the same instant as someone, or over
 * someone who then keeps the floor, picks up nobody; a person's next turn after their own is no pick-up.
 * A checkpoint from before pick-ups counts from its next turn on.
 *
 * **Camera.** Camera-on time accrues only while present and while the camera signal is healthy;
 * `cameraShare` = cameraOnMs ÷ the part of presence with camera coverage (the time we could see).
 *
 * **Coverage.** Two layers. Health is meeting-wide: before any `health` event every signal is assumed
 * ok (adapters report health on start and on every change, so silence means nothing went wrong).
 * Visibility is per person (`participant.visibility`): can the adapter see *this* person's speaking
 * indicator / camera (is their tile rendered). Every (re)join starts visible on both (see the event's
 * doc in events.ts for why). A person's coverage of speaking = fraction of their presence during which
 * the speaking signal was ok AND they were speaking-visible; camera likewise.
 *
 * Kept in O(1) per event, health changes included: each signal has a cumulative "ok-time" clock
 * (`okClock`), and a person's covered time is the sum of that clock's advance over their visible
 * stretches of presence — the intersection of "visible" with "ok" without ever touching the person at a
 * health change. So a person stores the closed part (`covSpeakMs`) and the clock's reading when the
 * current visible stretch opened (`covSpeakAt`); joining or becoming visible opens a stretch, leaving or
 * becoming invisible closes it. (The alternative — per-person "visible-and-ok" wall-clock intervals
 * closed at every health change — would cost O(participants) per health event; the clock makes it free.)
 *
 * Coverage 0 makes speakingMs, speakingShare, meanTurnMs, longestTurnMs (speaking) or cameraOnMs,
 * cameraShare (camera) `null`. With zero presence, coverage is 1 if the signal is ok and the person
 * visible at that moment, else 0. When the speaking signal goes unhealthy, every running segment stops.
 *
 * **Visibility.** While a person is not speaking-visible, `speaking.started` for them is ignored (counted
 * nowhere: it is not an error, we just cannot vouch for it), and becoming speaking-invisible stops their
 * running segment and closes any pending turn at once (no flicker continuation across a stretch we could
 * not see, so speakingMs only ever covers visible time). Camera likewise: `camera.on` is ignored while
 * camera-invisible and becoming camera-invisible turns the camera off. Becoming visible again assumes
 * nothing is on; the adapter reports what it then sees. Visibility events name a present person
 * (else rejected, like other per-person events); a repeated value changes nothing.
 *
 * **Dominance windows.** Talk is credited per person into buckets of `dominanceBucketMs` aligned to the
 * call's start (bucket k = [start + k·B, start + (k+1)·B)), the same talk as speakingMs: whole turns that
 * survive the blip filter, flicker gaps included, blips never. A window is `dominanceWindowBuckets`
 * consecutive buckets; it is judged when its last bucket closes, and only windows wholly inside the call
 * are judged (a call shorter than one window has none; the last partial bucket of a call is not judged).
 * A judged window with at least `dominanceMinTalkMs` of talk is *held* by the person whose share of it is
 * above `dominanceShare` (ties cannot pass 50 %). Consecutive held windows of one person join into one
 * stretch; at most `maxDominanceStretches` are kept (held windows beyond are counted in `dom.dropped`).
 * A checkpoint from before dominance windows is bucketed from its last event's bucket on.
 * Bounded and O(1) amortised: a ring of window + 1 (+ settle) buckets, each a short sparse list of
 * (person, ms); a turn's talk is credited when it is finalised, and a running or pending turn is credited
 * up to a bucket's end when that bucket closes. A bucket ending at E closes at the first event at or after
 * E + flickerGapMs + minBlipMs: by then every turn touching it is decided (a turn begun before E and still
 * going is longer than the blip length; a stop before E is past any flicker continuation), so nothing is
 * credited into a closed bucket. `call.ended` credits every surviving turn up to the end and closes every
 * complete bucket at once. A person who leaves keeps the talk they had in the window (a window is about
 * the talk that happened, not who is left). Summaries read the stretches closed so far, leaving out a
 * holder whose speaking is unknown (speaking coverage 0, so speakingMs is null).
 *
 * **Gaps.** `coverage.gap { t, from }`: the adapter saw nothing from `from` to `t` (a sleeping laptop, a
 * frozen or throttled tab; utils/content/gap-detector.ts). The gap starts at g = `from` moved into
 * [last accepted event, t] (it never takes back what the model has accounted) and ends at t. In it:
 * - nobody speaks: every running segment stops at g and every pending turn closes there (no flicker
 *   continuation across a stretch nobody saw); whoever the adapter still believes is speaking starts a
 *   new turn at t (no interruption is made by that restart: every restarted turn begins at t);
 * - no presence accrues: each present person's presence is closed at g and reopened at t (so a leave
 *   decided after the gap can never reach back into it, see "Late leaves");
 * - no signal is ok: every ok-clock stops at g and goes on at t, so camera time and every coverage figure
 *   leave the gap out, while the call's duration keeps it: the gap reads as "not covered";
 * - the counted-presence test (fair share, balance) measures presence against the duration minus gaps.
 * `gaps` counts them and `gapMs` sums their length (a gap of length 0 is still counted: the adapter
 * noticed a stall, e.g. a wall-clock jump without monotonic time passing).
 *
 * **Acks.** `ack` events need both ids known (present or not) and different people; self-acks are
 * rejected. Counts are unbounded, the list keeps the most recent `maxAcks`.
 *
 * **Captions and chat.** Only counted; their text is never read into the state.
 */

import { type MeetingConfig, resolveConfig } from './config';
import {
  type EndReason,
  type HealthState,
  PLATFORMS,
  type Platform,
  SIGNALS,
  type Signal,
} from './constants';
import type { MeetingEvent } from './events';
import { balanceIndex, fairShare, isCounted, share } from './metrics';
import type {
  AckRecord,
  DominanceStretch,
  InterruptionPair,
  LiveSnapshot,
  MeetingSummary,
  ParticipantSummary,
  PickupPair,
} from './types';

/** The checkpoint format's version (checkpoint.ts). */
export const STATE_VERSION = 1;

/** Per signal: is it ok now, ok-time accumulated before `okSince`, and the last reported state. */
export interface SignalTrack {
  ok: boolean;
  okMs: number;
  okSince: number;
  state: HealthState | null;
}

/** A candidate interruption of person `of` by the holder, started at `since`. */
interface Candidate {
  of: number;
  since: number;
}

/** One dominance bucket: talk per person (parallel sparse lists), for bucket index `k`. */
export interface DomBucket {
  k: number;
  who: number[];
  ms: number[];
}

/** A stretch of held windows, with the holder's index in `people` (see "Dominance windows"). */
export interface DomStretch {
  from: number;
  to: number;
  who: number;
  peak: number;
  windows: number;
}

/** See "Dominance windows". */
export interface DomState {
  /** Index of the oldest bucket not yet closed. */
  next: number;
  /** Time of the first event that closes it (its end plus the settle time). */
  due: number;
  ring: DomBucket[];
  stretches: DomStretch[];
  dropped: number;
  /** Index of the last bucket anything was credited to (-1: none), to skip silent stretches at once. */
  lastCredit: number;
}

export interface Person {
  key: string;
  name: string;
  isSelf: boolean;
  firstJoinedAt: number;
  leftAt: number | null;
  present: boolean;
  presentSince: number;
  presentMs: number;
  /** Time of the last accepted event naming this person while present (bounds a late leave). */
  lastAt: number;
  /**
   * Presence with the speaking / camera signal ok and this person visible: the closed part, and the
   * signal's ok-clock when the current visible stretch of presence opened (read only while present and
   * visible).
   */
  covSpeakMs: number;
  covSpeakAt: number;
  covCamMs: number;
  covCamAt: number;
  /** The adapter can see this person's speaking indicator / camera (see "Visibility"). */
  speakVisible: boolean;
  camVisible: boolean;
  muted: boolean;
  /** Raw speaking signal on (and not muted). */
  speaking: boolean;
  /** Start of the current (open or pending) turn. */
  turnStart: number;
  /** Raw stop of the current turn, awaiting a possible flicker continuation; null when none pending. */
  pendingStop: number | null;
  /** Overlap accumulated within the current turn (kept only if the turn survives the blip filter). */
  turnOverlapMs: number;
  overlapSince: number | null;
  /** Up to when the current turn's talk has been credited to dominance buckets. */
  domAt: number;
  cands: Candidate[];
  /** Serial number of the current turn (see "Pick-ups"). */
  turnSerial: number;
  /** Whose turn the current turn picks up (-1: nobody, or already counted), and that turn's serial. */
  pick: number;
  pickSerial: number;
  /** This person's turns someone picked up; the serial of the last one counted (-1: none). */
  pickedUp: number;
  pickedSerial: number;
  pickups: number;
  turns: number;
  speakingMs: number;
  longestTurnMs: number;
  monologues: number;
  overlapMs: number;
  lastSpokeAt: number | null;
  intMade: number;
  intReceived: number;
  cameraOn: boolean;
  /** Camera signal's ok-clock when the camera turned on. */
  camAt: number;
  cameraMs: number;
  handRaised: boolean;
  handRaises: number;
  reactions: number;
  acksGiven: number;
  acksReceived: number;
}

/** Plain data only (JSON-safe apart from `devices`, which `serializeState` turns into pairs). */
export interface MeetingState {
  v: typeof STATE_VERSION;
  config: MeetingConfig;
  platform: Platform;
  meetingCode: string | null;
  title: string | null;
  callStartedSeen: boolean;
  begun: boolean;
  startedAt: number;
  lastT: number;
  endedAt: number | null;
  endReason: EndReason | null;
  selfIdx: number;
  people: Person[];
  /** device id → index in `people`; a null-prototype object so hostile ids like "__proto__" are inert. */
  devices: Record<string, number>;
  deviceCount: number;
  /** Indices of people whose raw speaking signal is on. */
  speakers: number[];
  signals: Record<Signal, SignalTrack>;
  /** Last time the speaking or camera signal turned ok or not ok (bounds a late leave). */
  coverageChangedAt: number;
  /** Ring buffer of the most recent acks; `ackHead` is the oldest once full. */
  acks: AckRecord[];
  ackHead: number;
  rejectedEvents: number;
  clampedEvents: number;
  ignoredWhileMuted: number;
  captions: number;
  chatMessages: number;
  dom: DomState;
  /** Interruptions per pair, "by>of" (people indices below `pairMaxPeople`) → count; null prototype. */
  intPairs: Record<string, number>;
  /** See "Pick-ups": turns begun so far, and the floor (the last turn to stop: who, when, its serial). */
  turnSeq: number;
  floorWho: number;
  floorEnd: number;
  floorSerial: number;
  /** Pick-ups per pair, "from>to" (people indices below `pairMaxPeople`) → count; null prototype. */
  pickPairs: Record<string, number>;
  /** See "Gaps": how many, and their total length. */
  gaps: number;
  gapMs: number;
}

export function newPerson(key: string, name: string, isSelf: boolean, t: number): Person {
  return {
    key,
    name,
    isSelf,
    firstJoinedAt: t,
    leftAt: null,
    present: false,
    presentSince: t,
    presentMs: 0,
    lastAt: t,
    covSpeakMs: 0,
    covSpeakAt: 0,
    covCamMs: 0,
    covCamAt: 0,
    speakVisible: true,
    camVisible: true,
    muted: false,
    speaking: false,
    turnStart: 0,
    pendingStop: null,
    turnOverlapMs: 0,
    overlapSince: null,
    domAt: 0,
    cands: [],
    turnSerial: 0,
    pick: -1,
    pickSerial: 0,
    pickedUp: 0,
    pickedSerial: -1,
    pickups: 0,
    turns: 0,
    speakingMs: 0,
    longestTurnMs: 0,
    monologues: 0,
    overlapMs: 0,
    lastSpokeAt: null,
    intMade: 0,
    intReceived: 0,
    cameraOn: false,
    camAt: 0,
    cameraMs: 0,
    handRaised: false,
    handRaises: 0,
    reactions: 0,
    acksGiven: 0,
    acksReceived: 0,
  };
}

export function newSignals(): Record<Signal, SignalTrack> {
  const out = {} as Record<Signal, SignalTrack>;
  for (const s of SIGNALS) out[s] = { ok: true, okMs: 0, okSince: 0, state: null };
  return out;
}

/**
 * `platform` is the platform the caller is recording (every production caller knows it); the first
 * `call.started` confirms it. Tests that do not care get the first registered platform.
 */
export function createMeetingState(
  config?: Partial<MeetingConfig>,
  platform: Platform = PLATFORMS[0],
): MeetingState {
  const resolved = resolveConfig(config);
  return {
    v: STATE_VERSION,
    config: resolved,
    platform,
    meetingCode: null,
    title: null,
    callStartedSeen: false,
    begun: false,
    startedAt: 0,
    lastT: 0,
    endedAt: null,
    endReason: null,
    selfIdx: -1,
    people: [],
    devices: Object.create(null) as Record<string, number>,
    deviceCount: 0,
    speakers: [],
    signals: newSignals(),
    coverageChangedAt: 0,
    acks: [],
    ackHead: 0,
    rejectedEvents: 0,
    clampedEvents: 0,
    ignoredWhileMuted: 0,
    captions: 0,
    chatMessages: 0,
    dom: newDom(resolved, 0, 0),
    intPairs: Object.create(null) as Record<string, number>,
    turnSeq: 0,
    floorWho: -1,
    floorEnd: 0,
    floorSerial: 0,
    pickPairs: Object.create(null) as Record<string, number>,
    gaps: 0,
    gapMs: 0,
  };
}

/** Counts person i's current turn as picking up `pick`'s turn (see "Pick-ups"). */
function countPickup(state: MeetingState, i: number, p: Person): void {
  const from = p.pick;
  p.pick = -1;
  const a = state.people[from]!;
  p.pickups++;
  if (a.pickedSerial !== p.pickSerial) {
    a.pickedUp++;
    a.pickedSerial = p.pickSerial;
  }
  const cap = state.config.pairMaxPeople;
  if (from >= cap || i >= cap) return;
  const key = `${from}>${i}`;
  state.pickPairs[key] = (state.pickPairs[key] ?? 0) + 1;
}

/** Counts an interruption of `of` by `by` in the pair figures (see `pairMaxPeople`). */
function addIntPair(state: MeetingState, by: number, of: number): void {
  const cap = state.config.pairMaxPeople;
  if (by >= cap || of >= cap) return;
  const key = `${by}>${of}`;
  state.intPairs[key] = (state.intPairs[key] ?? 0) + 1;
}

/** The settle time after a bucket's end before it closes (see "Dominance windows"). */
function domSettle(cfg: MeetingConfig): number {
  return cfg.flickerGapMs + cfg.minBlipMs;
}

export function newDom(cfg: MeetingConfig, startedAt: number, next: number): DomState {
  const size = cfg.dominanceWindowBuckets + 1 + Math.ceil(domSettle(cfg) / cfg.dominanceBucketMs);
  const ring: DomBucket[] = [];
  for (let r = 0; r < size; r++) ring.push({ k: -1, who: [], ms: [] });
  return {
    next,
    due: startedAt + (next + 1) * cfg.dominanceBucketMs + domSettle(cfg),
    ring,
    stretches: [],
    dropped: 0,
    lastCredit: -1,
  };
}

/** The signal's accumulated ok-time at `t` (t ≥ every time seen so far). */
function okClock(tr: SignalTrack, t: number): number {
  return tr.ok ? tr.okMs + (t - tr.okSince) : tr.okMs;
}

// ---------------------------------------------------------------------------------------------------
// Applying events

export function applyEvents(state: MeetingState, events: readonly MeetingEvent[]): void {
  for (let i = 0; i < events.length; i++) applyEvent(state, events[i]!);
}

export function applyEvent(state: MeetingState, event: MeetingEvent): void {
  let t = event.t;
  if (!(t >= 0) || t === Number.POSITIVE_INFINITY || state.endedAt !== null) {
    // A duplicate call.ended is harmless repetition, not a rejected figure.
    if (!(event.type === 'call.ended' && state.endedAt !== null)) state.rejectedEvents++;
    return;
  }
  if (!state.begun) {
    state.begun = true;
    state.startedAt = t;
    state.lastT = t;
    for (const s of SIGNALS) state.signals[s].okSince = t;
    state.dom = newDom(state.config, t, 0);
  } else if (t < state.lastT) {
    if (state.lastT - t > state.config.maxClockRegressionMs) {
      state.rejectedEvents++;
      return;
    }
    state.clampedEvents++;
    t = state.lastT;
  }
  const prevT = state.lastT;
  state.lastT = t;
  if (t >= state.dom.due) advanceDominance(state, t);

  switch (event.type) {
    case 'speaking.started': {
      const i = presentIndex(state, event.id, t);
      if (i < 0) return;
      const p = state.people[i]!;
      if (!p.speakVisible) return; // see "Visibility"
      if (p.muted) {
        state.ignoredWhileMuted++;
        return;
      }
      startSpeaking(state, i, p, t);
      return;
    }
    case 'speaking.stopped': {
      const i = presentIndex(state, event.id, t);
      if (i < 0) return;
      stopSpeaking(state, i, state.people[i]!, t);
      return;
    }
    case 'camera.on': {
      const i = presentIndex(state, event.id, t);
      if (i < 0) return;
      const p = state.people[i]!;
      if (!p.cameraOn && p.camVisible) {
        p.cameraOn = true;
        p.camAt = okClock(state.signals.camera, t);
      }
      return;
    }
    case 'camera.off': {
      const i = presentIndex(state, event.id, t);
      if (i < 0) return;
      cameraOff(state, state.people[i]!, t);
      return;
    }
    case 'participant.visibility': {
      const i = presentIndex(state, event.id, t);
      if (i < 0) return;
      setVisibility(state, i, state.people[i]!, event.speaking, event.camera, t);
      return;
    }
    case 'mic.muted': {
      const i = presentIndex(state, event.id, t);
      if (i < 0) return;
      const p = state.people[i]!;
      // Only honoured while the mute signal is healthy (see "Speaking while muted").
      if (state.signals.mute.ok) p.muted = true;
      stopSpeaking(state, i, p, t);
      return;
    }
    case 'mic.unmuted': {
      const i = presentIndex(state, event.id, t);
      if (i < 0) return;
      state.people[i]!.muted = false;
      return;
    }
    case 'hand.raised': {
      const i = presentIndex(state, event.id, t);
      if (i < 0) return;
      const p = state.people[i]!;
      if (!p.handRaised) {
        p.handRaised = true;
        p.handRaises++;
      }
      return;
    }
    case 'hand.lowered': {
      const i = presentIndex(state, event.id, t);
      if (i < 0) return;
      state.people[i]!.handRaised = false;
      return;
    }
    case 'reaction': {
      const i = presentIndex(state, event.id, t);
      if (i < 0) return;
      state.people[i]!.reactions++;
      return;
    }
    case 'ack': {
      const from = state.devices[event.fromId];
      const to = state.devices[event.toId];
      if (from === undefined || to === undefined || from === to) {
        state.rejectedEvents++;
        return;
      }
      const pf = state.people[from]!;
      const pt = state.people[to]!;
      pf.acksGiven++;
      pt.acksReceived++;
      const rec: AckRecord = { t, fromId: pf.key, toId: pt.key, kind: event.kind, source: event.source };
      if (state.acks.length < state.config.maxAcks) state.acks.push(rec);
      else {
        state.acks[state.ackHead] = rec;
        state.ackHead = (state.ackHead + 1) % state.config.maxAcks;
      }
      return;
    }
    case 'caption':
      state.captions++;
      return;
    case 'chat':
      state.chatMessages++;
      return;
    case 'participant.joined':
      join(state, event.id, event.name, event.isSelf, t);
      return;
    case 'participant.left': {
      const i = state.devices[event.id];
      if (i === undefined) {
        state.rejectedEvents++;
        return;
      }
      const p = state.people[i]!;
      if (p.present) leave(state, i, p, leaveTime(state, p, event.at, t));
      return;
    }
    case 'participant.renamed': {
      const i = state.devices[event.id];
      if (i === undefined) {
        state.rejectedEvents++;
        return;
      }
      const p = state.people[i]!;
      p.name = event.name;
      if (p.present) p.lastAt = t;
      return;
    }
    case 'participant.self': {
      const i = state.devices[event.id];
      if (i === undefined) {
        state.rejectedEvents++;
        return;
      }
      setSelf(state, i);
      if (state.people[i]!.present) state.people[i]!.lastAt = t;
      return;
    }
    case 'health':
      applyHealth(state, event.signals, t);
      return;
    case 'coverage.gap':
      applyGap(state, event.from, prevT, t);
      return;
    case 'call.started':
      if (!state.callStartedSeen) {
        state.callStartedSeen = true;
        state.platform = event.platform;
        state.meetingCode = event.meetingCode ?? null;
        state.title = event.title ?? null;
      }
      return;
    case 'call.ended':
      state.endedAt = t;
      state.endReason = event.reason;
      endDominance(state, t);
      return;
  }
}

/**
 * Index of a present person for this device id (noting that an event named them at `t`), or -1 after
 * counting the event as rejected.
 */
function presentIndex(state: MeetingState, id: string, t: number): number {
  const i = state.devices[id];
  if (i === undefined || !state.people[i]!.present) {
    state.rejectedEvents++;
    return -1;
  }
  state.people[i]!.lastAt = t;
  return i;
}

function setSelf(state: MeetingState, i: number): void {
  if (state.selfIdx >= 0 && state.selfIdx !== i) state.people[state.selfIdx]!.isSelf = false;
  state.selfIdx = i;
  state.people[i]!.isSelf = true;
}

/** See "Identity" above. Joins are rare, so the linear scan is fine (bounded by maxParticipants). */
function findRejoin(state: MeetingState, name: string, isSelf: boolean): number {
  if (isSelf && state.selfIdx >= 0 && !state.people[state.selfIdx]!.present) return state.selfIdx;
  const wanted = name.trim();
  if (wanted === '') return -1;
  let best = -1;
  let bestLeft = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < state.people.length; i++) {
    const p = state.people[i]!;
    if (p.present || p.isSelf !== isSelf || p.name.trim() !== wanted) continue;
    const left = p.leftAt ?? Number.NEGATIVE_INFINITY;
    if (left >= bestLeft) {
      best = i;
      bestLeft = left;
    }
  }
  return best;
}

function join(state: MeetingState, id: string, name: string, isSelf: boolean, t: number): void {
  let i = state.devices[id];
  if (i === undefined) {
    if (state.deviceCount >= state.config.maxDeviceIds) {
      state.rejectedEvents++;
      return;
    }
    i = findRejoin(state, name, isSelf);
    if (i < 0) {
      if (state.people.length >= state.config.maxParticipants) {
        state.rejectedEvents++;
        return;
      }
      i = state.people.length;
      state.people.push(newPerson(id, name, isSelf, t));
    }
    state.devices[id] = i;
    state.deviceCount++;
  }
  const p = state.people[i]!;
  if (isSelf) setSelf(state, i);
  if (name !== '' || p.name === '') p.name = name;
  p.lastAt = t;
  if (p.present) return; // a repeated join: nothing to open
  p.present = true;
  p.presentSince = t;
  // Every (re)join starts visible (see participant.visibility in events.ts).
  p.speakVisible = true;
  p.camVisible = true;
  p.covSpeakAt = okClock(state.signals.speaking, t);
  p.covCamAt = okClock(state.signals.camera, t);
}

/** The effective time of a leave reported at `t` with effective time `at` (see "Late leaves"). */
function leaveTime(state: MeetingState, p: Person, at: number | undefined, t: number): number {
  if (at === undefined || !(at >= 0) || at >= t || p.speaking) return t;
  let e = Math.max(at, t - state.config.maxLateFactMs, p.presentSince, p.lastAt);
  if (p.speakVisible || p.camVisible) e = Math.max(e, state.coverageChangedAt);
  return Math.min(e, t);
}

function leave(state: MeetingState, i: number, p: Person, t: number): void {
  stopSpeaking(state, i, p, t);
  // No flicker continuation across an absence: close the pending turn now.
  if (p.pendingStop !== null) finalizeTurn(state, i, p);
  cameraOff(state, p, t);
  p.presentMs += t - p.presentSince;
  if (p.speakVisible) p.covSpeakMs += okClock(state.signals.speaking, t) - p.covSpeakAt;
  if (p.camVisible) p.covCamMs += okClock(state.signals.camera, t) - p.covCamAt;
  p.present = false;
  p.leftAt = t;
  p.muted = false;
  p.handRaised = false;
}

/** See "Visibility" and "Coverage": opens or closes the person's visible stretch per signal. O(1). */
function setVisibility(
  state: MeetingState,
  i: number,
  p: Person,
  speaking: boolean,
  camera: boolean,
  t: number,
): void {
  if (speaking !== p.speakVisible) {
    const clock = okClock(state.signals.speaking, t);
    if (speaking) p.covSpeakAt = clock;
    else {
      stopSpeaking(state, i, p, t);
      if (p.pendingStop !== null) finalizeTurn(state, i, p);
      p.covSpeakMs += clock - p.covSpeakAt;
    }
    p.speakVisible = speaking;
  }
  if (camera !== p.camVisible) {
    const clock = okClock(state.signals.camera, t);
    if (camera) p.covCamAt = clock;
    else {
      cameraOff(state, p, t);
      p.covCamMs += clock - p.covCamAt;
    }
    p.camVisible = camera;
  }
}

function cameraOff(state: MeetingState, p: Person, t: number): void {
  if (!p.cameraOn) return;
  p.cameraOn = false;
  p.cameraMs += okClock(state.signals.camera, t) - p.camAt;
}

function startSpeaking(state: MeetingState, i: number, p: Person, t: number): void {
  if (p.speaking) return;
  let newTurn = true;
  if (p.pendingStop !== null) {
    if (t - p.pendingStop < state.config.flickerGapMs) {
      p.pendingStop = null;
      newTurn = false;
    } else finalizeTurn(state, i, p);
  }
  const speakers = state.speakers;
  if (newTurn) {
    p.turnStart = t;
    p.domAt = t;
    p.turnOverlapMs = 0;
    p.turnSerial = ++state.turnSeq;
    p.pick = -1;
    for (let k = 0; k < speakers.length; k++) {
      const s = speakers[k]!;
      if (state.people[s]!.turnStart < t) p.cands.push({ of: s, since: t });
    }
    // See "Pick-ups" (a): the floor was free and last held by someone else, a moment ago.
    const f = state.floorWho;
    if (speakers.length === 0 && f >= 0 && f !== i && t - state.floorEnd <= state.config.pickupMaxGapMs) {
      p.pick = f;
      p.pickSerial = state.floorSerial;
    }
  }
  p.speaking = true;
  speakers.push(i);
  if (speakers.length >= 2) {
    for (let k = 0; k < speakers.length; k++) {
      const q = state.people[speakers[k]!]!;
      if (q.overlapSince === null) q.overlapSince = t;
    }
  }
}

function stopSpeaking(state: MeetingState, i: number, p: Person, t: number): void {
  if (!p.speaking) return;
  const cfg = state.config;
  const speakers = state.speakers;
  const at = speakers.indexOf(i);
  speakers[at] = speakers[speakers.length - 1]!;
  speakers.pop();
  p.speaking = false;
  p.pendingStop = t;
  // A turn that has lasted the blip length survives whatever follows: it takes the floor, and its
  // pick-up (if any) counts now.
  const real = t - p.turnStart >= cfg.minBlipMs;
  if (real) {
    state.floorWho = i;
    state.floorEnd = t;
    state.floorSerial = p.turnSerial;
    if (p.pick >= 0) countPickup(state, i, p);
  }
  if (p.overlapSince !== null) {
    p.turnOverlapMs += t - p.overlapSince;
    p.overlapSince = null;
  }
  if (speakers.length === 1) {
    const q = state.people[speakers[0]!]!;
    if (q.overlapSince !== null) {
      q.turnOverlapMs += t - q.overlapSince;
      q.overlapSince = null;
    }
  }
  // Resolve this person's own candidate interruptions: the overlap ends now.
  for (let k = 0; k < p.cands.length; k++) {
    const c = p.cands[k]!;
    if (t - c.since >= cfg.interruptionMinOverlapMs) {
      p.intMade++;
      state.people[c.of]!.intReceived++;
      addIntPair(state, i, c.of);
    }
  }
  p.cands.length = 0;
  // And every candidate interruption *of* this person by someone still speaking.
  for (let k = 0; k < speakers.length; k++) {
    const q = state.people[speakers[k]!]!;
    const cands = q.cands;
    if (cands.length === 0) continue;
    let w = 0;
    for (let r = 0; r < cands.length; r++) {
      const c = cands[r]!;
      if (c.of === i) {
        if (t - c.since >= cfg.interruptionMinOverlapMs) {
          q.intMade++;
          p.intReceived++;
          addIntPair(state, speakers[k]!, i);
        } else if (real) {
          // A handed over while q had just begun: q picks up A's turn (see "Pick-ups" (b)).
          q.pick = i;
          q.pickSerial = p.turnSerial;
        }
      } else cands[w++] = c;
    }
    cands.length = w;
  }
}

function finalizeTurn(state: MeetingState, i: number, p: Person): void {
  const cfg = state.config;
  const end = p.pendingStop!;
  const len = end - p.turnStart;
  if (len >= cfg.minBlipMs) {
    creditTalk(state, i, p.domAt, end);
    p.domAt = end;
    p.turns++;
    p.speakingMs += len;
    if (len > p.longestTurnMs) p.longestTurnMs = len;
    if (len > cfg.monologueMs) p.monologues++;
    p.overlapMs += p.turnOverlapMs;
    p.lastSpokeAt = end;
    if (p.pick >= 0) countPickup(state, i, p);
  }
  p.pick = -1;
  p.pendingStop = null;
  p.turnOverlapMs = 0;
}

/** See "Gaps". `prev` is the last accepted time before this event (≤ t); the gap is [g, t]. */
function applyGap(state: MeetingState, from: number, prev: number, t: number): void {
  const g = Math.min(t, Math.max(from >= 0 ? from : t, prev));
  state.gaps++;
  state.gapMs += t - g;
  if (!(t > g)) return;
  const restart: number[] = [];
  while (state.speakers.length > 0) {
    const i = state.speakers[state.speakers.length - 1]!;
    restart.push(i);
    stopSpeaking(state, i, state.people[i]!, g);
  }
  for (let i = 0; i < state.people.length; i++) {
    const p = state.people[i]!;
    if (p.pendingStop !== null) finalizeTurn(state, i, p);
    if (p.present) {
      p.presentMs += g - p.presentSince;
      p.presentSince = t;
      p.lastAt = t;
    }
  }
  for (const s of SIGNALS) {
    const tr = state.signals[s];
    if (!tr.ok) continue;
    tr.okMs += g - tr.okSince;
    tr.okSince = t;
  }
  state.coverageChangedAt = t;
  for (let k = restart.length - 1; k >= 0; k--) {
    const i = restart[k]!;
    startSpeaking(state, i, state.people[i]!, t);
  }
}

function applyHealth(state: MeetingState, signals: Partial<Record<Signal, HealthState>>, t: number): void {
  for (const s of SIGNALS) {
    const next = signals[s];
    if (next === undefined) continue;
    const tr = state.signals[s];
    tr.state = next;
    const ok = next === 'ok';
    if (ok === tr.ok) continue;
    if (s === 'speaking' || s === 'camera') state.coverageChangedAt = t;
    if (ok) {
      tr.ok = true;
      tr.okSince = t;
      continue;
    }
    tr.okMs += t - tr.okSince;
    tr.ok = false;
    if (s === 'speaking') {
      // We can no longer see anyone stop: end every running segment here.
      while (state.speakers.length > 0) {
        const i = state.speakers[state.speakers.length - 1]!;
        stopSpeaking(state, i, state.people[i]!, t);
      }
    } else if (s === 'mute') {
      for (const p of state.people) p.muted = false;
    }
  }
}

// ---------------------------------------------------------------------------------------------------
// Dominance windows (see the rule of that name above)

function domBucket(dom: DomState, k: number): DomBucket {
  const b = dom.ring[k % dom.ring.length]!;
  if (b.k !== k) {
    b.k = k;
    b.who.length = 0;
    b.ms.length = 0;
  }
  return b;
}

/** Credits person i's talk over [a, b) to the open buckets it touches. */
function creditTalk(state: MeetingState, i: number, a: number, b: number): void {
  const dom = state.dom;
  const B = state.config.dominanceBucketMs;
  const base = state.startedAt;
  // Never into a closed bucket (the settle time makes this a no-op; it keeps a bad clock harmless).
  a = Math.max(a, base + dom.next * B);
  if (!(b > a)) return;
  let k = Math.floor((a - base) / B);
  const last = Math.floor((b - base) / B);
  for (; k <= last; k++) {
    const lo = Math.max(a, base + k * B);
    const hi = Math.min(b, base + (k + 1) * B);
    if (hi <= lo) continue;
    const bk = domBucket(dom, k);
    const at = bk.who.indexOf(i);
    if (at >= 0) bk.ms[at]! += hi - lo;
    else {
      bk.who.push(i);
      bk.ms.push(hi - lo);
    }
    if (k > dom.lastCredit) dom.lastCredit = k;
  }
}

/** Credits every decided running or pending turn up to `until` (≤ the end of the bucket closing). */
function creditActive(state: MeetingState, until: number): void {
  const cfg = state.config;
  for (let i = 0; i < state.people.length; i++) {
    const p = state.people[i]!;
    if (p.turnStart >= until) continue;
    if (p.speaking) {
      creditTalk(state, i, p.domAt, until);
      if (until > p.domAt) p.domAt = until;
    } else if (p.pendingStop !== null && p.pendingStop - p.turnStart >= cfg.minBlipMs) {
      const end = Math.min(p.pendingStop, until);
      creditTalk(state, i, p.domAt, end);
      if (end > p.domAt) p.domAt = end;
    }
  }
}

/** Closes bucket `dom.next`: judges the window that ends with it, then moves on. */
function closeBucket(state: MeetingState): void {
  const cfg = state.config;
  const dom = state.dom;
  const B = cfg.dominanceBucketMs;
  const W = cfg.dominanceWindowBuckets;
  const k = dom.next;
  const end = state.startedAt + (k + 1) * B;
  creditActive(state, end);
  if (k >= W - 1 && dom.lastCredit > k - W) {
    const who: number[] = [];
    const ms: number[] = [];
    let total = 0;
    for (let j = k - W + 1; j <= k; j++) {
      const b = dom.ring[j % dom.ring.length]!;
      if (b.k !== j) continue;
      for (let r = 0; r < b.who.length; r++) {
        const at = who.indexOf(b.who[r]!);
        if (at >= 0) ms[at]! += b.ms[r]!;
        else {
          who.push(b.who[r]!);
          ms.push(b.ms[r]!);
        }
        total += b.ms[r]!;
      }
    }
    let top = -1;
    for (let r = 0; r < who.length; r++) if (top < 0 || ms[r]! > ms[top]!) top = r;
    if (top >= 0 && total >= cfg.dominanceMinTalkMs && ms[top]! / total > cfg.dominanceShare) {
      const share = ms[top]! / total;
      const from = end - W * B;
      const prev = dom.stretches[dom.stretches.length - 1];
      if (prev && prev.who === who[top] && prev.to === end - B && dom.dropped === 0) {
        prev.to = end;
        prev.windows++;
        if (share > prev.peak) prev.peak = share;
      } else if (dom.stretches.length < cfg.maxDominanceStretches) {
        dom.stretches.push({ from, to: end, who: who[top]!, peak: share, windows: 1 });
      } else dom.dropped++;
    }
  }
  dom.next = k + 1;
  dom.due = end + B + domSettle(cfg);
}

/** Closes every bucket whose settle time has passed by `t`; a silent stretch is skipped in one step. */
function advanceDominance(state: MeetingState, t: number): void {
  const dom = state.dom;
  const cfg = state.config;
  while (t >= dom.due) {
    closeBucket(state);
    // Nothing credited in the last window and nobody mid-turn: every window until now is empty.
    if (dom.next - dom.lastCredit > cfg.dominanceWindowBuckets && !anyActive(state)) {
      const B = cfg.dominanceBucketMs;
      const last = Math.floor((t - domSettle(cfg) - state.startedAt) / B) - 1;
      if (last >= dom.next) {
        dom.next = last + 1;
        dom.due = state.startedAt + (dom.next + 1) * B + domSettle(cfg);
      }
    }
  }
}

function anyActive(state: MeetingState): boolean {
  for (const p of state.people) if (p.speaking || p.pendingStop !== null) return true;
  return false;
}

/** `call.ended` at t: every surviving turn is decided, so credit it and close every complete bucket. */
function endDominance(state: MeetingState, t: number): void {
  const cfg = state.config;
  for (let i = 0; i < state.people.length; i++) {
    const p = state.people[i]!;
    if (!p.speaking && p.pendingStop === null) continue;
    const end = p.speaking ? t : p.pendingStop!;
    if (end - p.turnStart < cfg.minBlipMs) continue;
    creditTalk(state, i, p.domAt, end);
    if (end > p.domAt) p.domAt = end;
  }
  const B = cfg.dominanceBucketMs;
  const complete = Math.floor((t - state.startedAt) / B); // buckets 0..complete-1 lie inside the call
  if (
    complete - state.dom.next > cfg.dominanceWindowBuckets &&
    state.dom.next - state.dom.lastCredit > cfg.dominanceWindowBuckets
  ) {
    state.dom.next = complete - cfg.dominanceWindowBuckets;
  }
  while (state.dom.next < complete) closeBucket(state);
}

// ---------------------------------------------------------------------------------------------------
// Reading figures (never mutates the state)

function summaryAt(state: MeetingState, at: number): MeetingSummary {
  const cfg = state.config;
  const startedAt = state.begun ? state.startedAt : at;
  const durationMs = at - startedAt;
  const sp = state.signals.speaking;
  const cam = state.signals.camera;
  const spClock = okClock(sp, at);
  const camClock = okClock(cam, at);

  // Interruptions whose overlap has already reached the minimum by `at`, not yet resolved.
  let provisional: Int32Array | null = null;
  let provisionalPairs: Map<string, number> | null = null;
  for (const s of state.speakers) {
    const q = state.people[s]!;
    for (const c of q.cands) {
      if (at - c.since < cfg.interruptionMinOverlapMs) continue;
      provisional ??= new Int32Array(state.people.length * 2);
      provisional[s * 2]!++;
      provisional[c.of * 2 + 1]!++;
      if (s < cfg.pairMaxPeople && c.of < cfg.pairMaxPeople) {
        provisionalPairs ??= new Map();
        const key = `${s}>${c.of}`;
        provisionalPairs.set(key, (provisionalPairs.get(key) ?? 0) + 1);
      }
    }
  }

  // Pick-ups of running turns that have already lasted the blip length (they count at the stop).
  let provPicks: Int32Array | null = null;
  let provPickPairs: Map<string, number> | null = null;
  for (const s of state.speakers) {
    const q = state.people[s]!;
    if (q.pick < 0 || at - q.turnStart < cfg.minBlipMs) continue;
    provPicks ??= new Int32Array(state.people.length * 2);
    provPicks[s * 2]!++;
    if (state.people[q.pick]!.pickedSerial !== q.pickSerial) provPicks[q.pick * 2 + 1]!++;
    if (s < cfg.pairMaxPeople && q.pick < cfg.pairMaxPeople) {
      provPickPairs ??= new Map();
      const key = `${q.pick}>${s}`;
      provPickPairs.set(key, (provPickPairs.get(key) ?? 0) + 1);
    }
  }

  const participants: ParticipantSummary[] = [];
  let totalSpeaking = 0;
  for (let i = 0; i < state.people.length; i++) {
    const p = state.people[i]!;
    const presentMs = p.presentMs + (p.present ? at - p.presentSince : 0);
    const covSpeak = p.covSpeakMs + (p.present && p.speakVisible ? spClock - p.covSpeakAt : 0);
    const covCam = p.covCamMs + (p.present && p.camVisible ? camClock - p.covCamAt : 0);
    const speakCoverage = presentMs > 0 ? covSpeak / presentMs : sp.ok && p.speakVisible ? 1 : 0;
    const camCoverage = presentMs > 0 ? covCam / presentMs : cam.ok && p.camVisible ? 1 : 0;

    let turns = p.turns;
    let speakingMs = p.speakingMs;
    let longest = p.longestTurnMs;
    let monologues = p.monologues;
    let overlapMs = p.overlapMs;
    let lastSpokeAt = p.lastSpokeAt;
    if (p.speaking || p.pendingStop !== null) {
      const end = p.speaking ? at : p.pendingStop!;
      const len = end - p.turnStart;
      if (len >= cfg.minBlipMs) {
        turns++;
        speakingMs += len;
        if (len > longest) longest = len;
        if (len > cfg.monologueMs) monologues++;
        overlapMs += p.turnOverlapMs + (p.overlapSince !== null ? at - p.overlapSince : 0);
        lastSpokeAt = end;
      }
    }
    const cameraMs = p.cameraMs + (p.cameraOn ? camClock - p.camAt : 0);
    const speakKnown = speakCoverage > 0;
    const camKnown = camCoverage > 0;
    if (speakKnown) totalSpeaking += speakingMs;

    participants.push({
      id: p.key,
      name: p.name,
      isSelf: p.isSelf,
      firstJoinedAt: p.firstJoinedAt,
      leftAt: p.present ? null : p.leftAt,
      present: p.present,
      presentMs,
      speakingMs: speakKnown ? speakingMs : null,
      speakingShare: null, // filled below once the total is known
      turns,
      meanTurnMs: speakKnown && turns > 0 ? speakingMs / turns : null,
      longestTurnMs: speakKnown && turns > 0 ? longest : null,
      monologues,
      interruptionsMade: p.intMade + (provisional ? provisional[i * 2]! : 0),
      interruptionsReceived: p.intReceived + (provisional ? provisional[i * 2 + 1]! : 0),
      overlapMs,
      cameraOnMs: camKnown ? cameraMs : null,
      cameraShare: camKnown ? share(cameraMs, covCam) : null,
      lastSpokeAt,
      acksGiven: p.acksGiven,
      acksReceived: p.acksReceived,
      handRaises: p.handRaises,
      reactions: p.reactions,
      coverage: { speaking: speakCoverage, camera: camCoverage },
      turnsPickedUp: p.pickedUp + (provPicks ? provPicks[i * 2 + 1]! : 0),
      pickups: p.pickups + (provPicks ? provPicks[i * 2]! : 0),
    });
  }

  const countedSpeaking: Array<number | null> = [];
  const silentIds: string[] = [];
  let counted = 0;
  let selfShare: number | null = null;
  for (const ps of participants) {
    ps.speakingShare = share(ps.speakingMs, totalSpeaking);
    if (isCounted(ps.presentMs, durationMs - state.gapMs, cfg.countedMinPresenceFraction)) {
      counted++;
      countedSpeaking.push(ps.speakingMs);
    }
    if (ps.presentMs >= cfg.silentMinPresenceMs && ps.speakingMs !== null && ps.turns === 0) {
      silentIds.push(ps.id);
    }
    if (ps.isSelf) selfShare = ps.speakingShare;
  }

  const coverage = {} as Record<Signal, number>;
  const health: Partial<Record<Signal, HealthState>> = {};
  for (const s of SIGNALS) {
    const tr = state.signals[s];
    coverage[s] = durationMs > 0 ? okClock(tr, at) / durationMs : tr.ok ? 1 : 0;
    if (tr.state !== null) health[s] = tr.state;
  }

  const acks =
    state.ackHead === 0
      ? state.acks.slice()
      : state.acks.slice(state.ackHead).concat(state.acks.slice(0, state.ackHead));

  return {
    platform: state.platform,
    meetingCode: state.meetingCode,
    title: state.title,
    startedAt,
    endedAt: state.endedAt,
    endReason: state.endReason,
    durationMs,
    selfId: state.selfIdx >= 0 ? state.people[state.selfIdx]!.key : null,
    participants,
    balanceIndex: balanceIndex(countedSpeaking),
    silentIds,
    selfShare,
    fairShare: fairShare(counted),
    acks: acks.map((a) => ({ ...a })),
    coverage,
    health,
    rejectedEvents: state.rejectedEvents,
    clampedEvents: state.clampedEvents,
    gaps: state.gaps,
    gapMs: state.gapMs,
    interruptionPairs: pairFigures(state, provisionalPairs),
    pickupPairs: pairCounts(state, state.pickPairs, provPickPairs).map(
      ([from, to, count]): PickupPair => ({ fromId: from, toId: to, count }),
    ),
    // A holder whose speaking is unknown (coverage 0) is not cited, like their speakingMs.
    dominance: state.dom.stretches
      .filter((d) => participants[d.who]!.speakingMs !== null)
      .map(
        (d): DominanceStretch => ({
          from: d.from,
          to: d.to,
          id: state.people[d.who]!.key,
          peakShare: d.peak,
          windows: d.windows,
        }),
      ),
  };
}

function pairFigures(state: MeetingState, provisional: Map<string, number> | null) {
  return pairCounts(state, state.intPairs, provisional).map(
    ([by, of, count]): InterruptionPair => ({ byId: by, ofId: of, count }),
  );
}

/** "a>b" counts (plus provisional ones) as [a's id, b's id, count], most first, then by ids. */
function pairCounts(
  state: MeetingState,
  pairs: Record<string, number>,
  provisional: Map<string, number> | null,
): [string, string, number][] {
  const counts = new Map<string, number>();
  for (const k of Object.keys(pairs)) counts.set(k, pairs[k]!);
  if (provisional) for (const [k, n] of provisional) counts.set(k, (counts.get(k) ?? 0) + n);
  const out: [string, string, number][] = [];
  for (const [k, count] of counts) {
    const [a, b] = k.split('>').map(Number) as [number, number];
    out.push([state.people[a]!.key, state.people[b]!.key, count]);
  }
  // Deterministic whatever the order the counts were made in (checkpoints, batching).
  const cmp = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
  return out.sort((x, y) => y[2] - x[2] || cmp(x[0], y[0]) || cmp(x[1], y[1]));
}

/**
 * The figures as of `now` for the live overlay. `now` earlier than the last event reads as the last
 * event's time; after `call.ended` everything is frozen at the end. O(participants), no mutation.
 */
export function snapshot(state: MeetingState, now: number): LiveSnapshot {
  const at = state.endedAt !== null ? state.endedAt : state.begun ? Math.max(now, state.lastT) : now;
  const summary = summaryAt(state, at);
  const current: number[] = [];
  if (state.endedAt === null) {
    for (let i = 0; i < state.people.length; i++) {
      const p = state.people[i]!;
      // A speaker inside a flicker gap is still holding the turn.
      if (p.speaking || (p.pendingStop !== null && at - p.pendingStop < state.config.flickerGapMs))
        current.push(i);
    }
    current.sort((a, b) => state.people[a]!.turnStart - state.people[b]!.turnStart || a - b);
  }
  return { ...summary, now: at, currentSpeakerIds: current.map((i) => state.people[i]!.key) };
}

/** The final figures: as of `call.ended`, else as of the last accepted event. */
export function summarize(state: MeetingState): MeetingSummary {
  const at = state.endedAt !== null ? state.endedAt : state.begun ? state.lastT : 0;
  return summaryAt(state, at);
}
