/**
 * Every threshold of the meeting model in one place, without zod: the popup's and the reflection's prompt
 * rules read these defaults, and importing `config.ts` (which builds the schema) would make the popup load
 * zod. Each value says why it is what it is; change them here (or pass a `Partial<MeetingConfig>` to
 * `createMeetingState`), never inline in the reducer.
 */

export interface MeetingConfig {
  /**
   * Speaking gaps shorter than this join the turns on either side into one turn. Meet's and Zoom's
   * speaking indicators drop out between words and at breaths (typically 150–500 ms); a pause a listener
   * would not hear as "handing over" is well under a second. 600 ms merges the flicker without gluing
   * together two genuinely separate turns of the same person.
   */
  flickerGapMs: number;
  /**
   * Speaking segments (after flicker merging) shorter than this are ignored entirely: a cough, a chair
   * noise, or the indicator lighting up for a frame. 300 ms is shorter than any spoken word-with-intent
   * ("yes" takes ~350 ms) but longer than one indicator animation frame burst.
   */
  minBlipMs: number;
  /**
   * A turn longer than this counts as a monologue. 90 s is roughly where meeting-facilitation guidance
   * says others start to disengage; the issue fixes it as the default.
   */
  monologueMs: number;
  /**
   * A starts a new turn while B is already in a turn: it is an interruption of B only if both then speak
   * simultaneously for at least this long. 1 s separates real talking-over from back-channel ("mm-hm",
   * "right") and from the indicator of the previous speaker trailing off. Must be ≥ minBlipMs so a
   * confirmed interruption is never made by a turn that is later discarded as a blip.
   */
  interruptionMinOverlapMs: number;
  /**
   * Someone present at least this long who never took a turn (with speaking coverage) is "silent".
   * Two minutes: a person who dropped in briefly is not expected to have spoken.
   */
  silentMinPresenceMs: number;
  /**
   * Who counts as "present" for the fair share (1/n) and the balance index: people whose presence is at
   * least this fraction of the call so far. A quarter: someone who joined for the last half of an hour
   * call counts, someone who looked in for two minutes does not dilute everyone's fair share.
   */
  countedMinPresenceFraction: number;
  /**
   * Acknowledgement records kept in the state (a ring: the most recent ones). Counts given/received are
   * never capped; only the list is, so memory stays bounded in a marathon call. 500 is far above what a
   * one-hour call produces (~tens) and costs ~50 KB serialized.
   */
  maxAcks: number;
  /**
   * People the state tracks at most (joins beyond are rejected). Meet caps calls at 1000 participants;
   * the cap bounds memory against a broken adapter inventing ids.
   */
  maxParticipants: number;
  /**
   * Distinct device ids remembered at most (a person who rejoins on a new device adds one). Four per
   * possible participant is generous for rejoin churn and still bounded.
   */
  maxDeviceIds: number;
  /**
   * Timestamps may go backwards a little when batches from two observers interleave; regressions up to
   * this are clamped to the last accepted time. Anything further back means a different clock or a
   * corrupted batch: the event is rejected (counted in `rejectedEvents`).
   */
  maxClockRegressionMs: number;
  /**
   * How far before its report time `t` a late-decided fact (`participant.left`'s `at`) may take effect;
   * an `at` further back is moved up to `t − maxLateFactMs`. The adapters confirm a leave after a 3 s
   * debounce, started by a mutation batch or by the 2 s watchdog, and their timers can run a little late
   * in a busy page: 10 s is three times that with room to spare. Anything further back is not a debounce
   * but a stalled page (a frozen tab), and a fact that old should not rewrite that much presence. It is
   * not the clock-regression bound: the fact is reported in time order, only its effect is earlier.
   */
  maxLateFactMs: number;
  /**
   * Dominance windows (reducer.ts "Dominance windows"): talk is summed per person in buckets of this
   * length, aligned to the call's start, and judged over a sliding window of `dominanceWindowBuckets`
   * buckets, one step per bucket. 30 s steps over a 2.5-minute window follow the talk-time-sharing
   * measure of Cornell's ConvoKit (a sliding window over the conversation, judged per window): long enough
   * that one answer is not "dominance", short enough to find a five-minute stretch inside an hour.
   */
  dominanceBucketMs: number;
  dominanceWindowBuckets: number;
  /**
   * A window is held by one person when their share of the talk in it is above this. 60 %: with two
   * people an even split is 50 %, so 60 % is a clear lean without flagging ordinary give and take; with
   * three or more it means the others together had less than half of what one person had.
   */
  dominanceShare: number;
  /**
   * A window is judged only if at least this much talk was seen in it: with 10 s of talk in 2.5 minutes
   * (a silent break, a shared video) whoever said "yes" would "hold" it. 30 s is a fifth of the window.
   */
  dominanceMinTalkMs: number;
  /**
   * Stretches of held windows kept at most (consecutive windows held by the same person are one
   * stretch). An hour has 120 windows, so 60 stretches is more than a marathon call produces and bounds
   * memory; later ones are counted in the state but not listed.
   */
  maxDominanceStretches: number;
  /**
   * Interruptions are also counted per pair (who spoke over whom) among the first this-many people to
   * join: 50 × 49 pairs bound the state, and a call of more than 50 voices is a broadcast, where a
   * matrix means nothing to a reader. Per-person totals are never capped. The interruption rule's 1 s of
   * overlap (`interruptionMinOverlapMs`) is also what keeps a quick reply from counting: video calls hand
   * over with gaps of about 0.5 s on Zoom against 0.14 s face to face (Boland et al. 2022), and the
   * previous speaker's indicator trails off within that.
   */
  pairMaxPeople: number;
  /**
   * Who picks up whom (reducer.ts "Pick-ups"): B's new turn picks up A's when it starts within this long
   * after A's turn stopped, with nobody else speaking. Turn-taking gaps are short — about 0.14 s face to
   * face and about 0.5 s on Zoom, where latency stretches every handover (Boland et al. 2022, "Zoom
   * disrupts the rhythm of conversation", J. Exp. Psychol. Gen.) — and a silence of several such gaps is
   * a lapse: the floor lay open rather than being passed on. 3 s is six Zoom gaps. The other side of the
   * handover: a reply that starts while the previous speaker trails off is a pick-up when they stop
   * within `interruptionMinOverlapMs`, and never an interruption; a backchannel ("mm", "yes") under
   * `minBlipMs` is no turn at all, so it neither picks up nor takes the floor.
   */
  pickupMaxGapMs: number;
}

export const defaultConfig: Readonly<MeetingConfig> = Object.freeze({
  flickerGapMs: 600,
  minBlipMs: 300,
  monologueMs: 90_000,
  interruptionMinOverlapMs: 1_000,
  silentMinPresenceMs: 120_000,
  countedMinPresenceFraction: 0.25,
  maxAcks: 500,
  maxParticipants: 1_000,
  maxDeviceIds: 4_000,
  maxClockRegressionMs: 2_000,
  maxLateFactMs: 10_000,
  dominanceBucketMs: 30_000,
  dominanceWindowBuckets: 5,
  dominanceShare: 0.6,
  dominanceMinTalkMs: 30_000,
  maxDominanceStretches: 60,
  pairMaxPeople: 50,
  pickupMaxGapMs: 3_000,
});
