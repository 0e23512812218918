/**
 * The figures of a call: what the overlay shows live, what the store keeps, what reflection and trends read.
 * Produced only by the meeting model's reducer (`utils/meeting/reducer.ts`).
 *
 * `null` means unknown: the adapter could not see the signal for that person at all (coverage 0), which
 * is different from 0 ("seen, and it did not happen"). Views must say "unknown" for null, never "0".
 */
import type { AckKind, AckSource, EndReason, HealthState, Platform, Signal } from './events';

export interface ParticipantSummary {
  /** Stable identity within the meeting (the first device id seen for this person). */
  id: string;
  name: string;
  isSelf: boolean;
  /** First join and last leave, on the events' clock. `leftAt` is null while present. */
  firstJoinedAt: number;
  leftAt: number | null;
  present: boolean;
  presentMs: number;
  speakingMs: number | null;
  /** speakingMs ÷ everyone's speakingMs; null when nobody's speaking was seen. */
  speakingShare: number | null;
  turns: number;
  meanTurnMs: number | null;
  longestTurnMs: number | null;
  /** Turns longer than `config.monologueMs`. */
  monologues: number;
  /** Started speaking while someone else had been speaking for at least `config.interruptionMinOverlapMs`. */
  // Precisely (reducer.ts, "Interruptions"): A starts a new turn while B is mid-turn, and the two then
  // speak simultaneously for at least `interruptionMinOverlapMs`; counted once per person talked over.
  interruptionsMade: number;
  interruptionsReceived: number;
  /** Time this person spoke while at least one other person also spoke. */
  overlapMs: number;
  cameraOnMs: number | null;
  /** cameraOnMs ÷ presentMs. */
  // Precisely: ÷ the part of presentMs with camera coverage (equal to presentMs at full coverage).
  cameraShare: number | null;
  /** When this person last stopped (or is still) speaking; null if never. */
  lastSpokeAt: number | null;
  acksGiven: number;
  acksReceived: number;
  handRaises: number;
  reactions: number;
  /** Fraction (0..1) of this person's presence during which each signal was visible. */
  coverage: { speaking: number; camera: number };
  /**
   * Added by the meeting model (reducer.ts "Pick-ups"): how many of this person's turns someone else
   * picked up (spoke next, within the handover allowance), and how many times this person picked up
   * someone else's turn. Optional: absent means "not measured".
   */
  turnsPickedUp?: number;
  pickups?: number;
}

export interface AckRecord {
  t: number;
  fromId: string;
  toId: string;
  kind: AckKind;
  source: AckSource;
}

/**
 * A stretch of the call in which one person held more than `config.dominanceShare` of the talk in every
 * sliding window (reducer.ts, "Dominance windows"). Consecutive held windows of the same person are one
 * stretch: `from` is the start of its first window, `to` the end of its last, on the events' clock.
 */
export interface DominanceStretch {
  from: number;
  to: number;
  /** The person who held it (`ParticipantSummary.id`). */
  id: string;
  /** Their highest share of the talk in any one window of the stretch (0..1). */
  peakShare: number;
  /** How many windows the stretch joins (≥ 1). */
  windows: number;
}

export interface MeetingSummary {
  platform: Platform;
  meetingCode: string | null;
  title: string | null;
  startedAt: number;
  /** Null while the call is live. */
  endedAt: number | null;
  endReason: EndReason | null;
  durationMs: number;
  selfId: string | null;
  participants: ParticipantSummary[];
  /**
   * 0 = one person did all the talking, 1 = perfectly even among those present; null when nobody's
   * speaking was seen. Formula documented in `utils/meeting/metrics.ts`.
   */
  balanceIndex: number | null;
  /** Ids of people present for at least `config.silentMinPresenceMs` who never spoke (with speaking coverage). */
  silentIds: string[];
  /** Self's share of speaking time, and 1/n of those present (the fair share). */
  selfShare: number | null;
  fairShare: number | null;
  /** Most recent first is not guaranteed; bounded by `config.maxAcks`. */
  acks: AckRecord[];
  /** Fraction (0..1) of the call during which each signal was healthy. */
  coverage: Record<Signal, number>;
  /** Latest health state per signal. */
  health: Partial<Record<Signal, HealthState>>;
  /** Number of events the reducer rejected (bad clock, unknown participant) — a health figure, not an error. */
  rejectedEvents: number;
  /**
   * Added by the meeting model: events whose timestamp went slightly backwards and was clamped to the
   * last accepted time (see `config.maxClockRegressionMs`). Optional so hand-built summaries stay valid.
   */
  clampedEvents?: number;
  /**
   * Added by the meeting model: stretches the adapter could not see at all (sleep, a frozen or throttled
   * tab; reducer.ts "Gaps"), how many and their total length. No presence, speaking or camera time is
   * counted in them and every signal's `coverage` leaves them out. Optional: absent means "not measured".
   */
  gaps?: number;
  gapMs?: number;
  /**
   * Added by the meeting model: stretches where one person held most of the talk, in time order, at most
   * `config.maxDominanceStretches`. Optional: summaries stored or imported before it have none, which
   * means "not measured", not "nobody dominated".
   */
  dominance?: DominanceStretch[];
  /**
   * Added by the meeting model: interruptions per pair (`byId` started a turn over `ofId`, reducer.ts
   * "Interruptions"), among the first `config.pairMaxPeople` people; only pairs with a count. Optional:
   * absent means "not measured".
   */
  interruptionPairs?: InterruptionPair[];
  /**
   * Added by the meeting model: the turn-taking graph, who picked up whom, among the first
   * `config.pairMaxPeople` people; only pairs with a count. Optional: absent means "not measured".
   */
  pickupPairs?: PickupPair[];
}

/** `toId` took the next turn right after a turn of `fromId`, `count` times (reducer.ts "Pick-ups"). */
export interface PickupPair {
  fromId: string;
  toId: string;
  count: number;
}

export interface InterruptionPair {
  byId: string;
  ofId: string;
  count: number;
}

/** What the overlay re-renders at ~1 Hz: the summary as of `now`, with the live figures advanced. */
export interface LiveSnapshot extends MeetingSummary {
  now: number;
  /** Id of whoever is speaking right now (the longest-running current turn), if any. */
  currentSpeakerIds: string[];
}
