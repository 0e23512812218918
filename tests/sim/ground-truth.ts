/**
 * The truth a scenario implies, computed from its expanded timeline by code (never written by hand), so
 * e2e tests and the benchmark can compare what the extension measured with what actually happened.
 *
 * Definitions (all times in ms on the scenario clock, 0 = playback start):
 * - The call runs from the moment the phase becomes `in-call` (0 if it starts there) to the end step, or
 *   to `durationMs` when there is none. Everything is clipped to that window.
 * - presentMs: time in the call. Self is present for the whole call.
 * - speakingMs / turns: a turn is a maximal run of continuous speech by one person; runs that touch
 *   (one ends at the instant the next starts) are one turn. Leaving, muting and the call's end end a turn.
 * - cameraOnMs: time with camera on while present. Camera state belongs to the person and survives a
 *   leave: someone who leaves with camera on and rejoins comes back with it on.
 */
import type { Scenario } from './scenario';
import { type EndReason, expandTimeline, type TimelineEvent, timelineEnd } from './timeline';

export type Interval = readonly [start: number, end: number];

export interface ParticipantTruth {
  id: string;
  /** Display name at the end of the call (after renames). */
  name: string;
  isSelf: boolean;
  presentMs: number;
  speakingMs: number;
  turns: number;
  cameraOnMs: number;
  handRaises: number;
  reactions: number;
  chatMessages: number;
  speaking: Interval[];
  presence: Interval[];
  camera: Interval[];
}

export interface GroundTruth {
  callStartMs: number;
  callEndMs: number;
  durationMs: number;
  endReason: EndReason | null;
  participants: Record<string, ParticipantTruth>;
  /** Number of times the set of current speakers gained someone new (a rough "speaker changes" count). */
  speakerStarts: number;
}

class Track {
  readonly intervals: [number, number][] = [];
  private since: number | null = null;
  get on(): boolean {
    return this.since !== null;
  }
  start(t: number): void {
    if (this.since !== null) return;
    const last = this.intervals[this.intervals.length - 1];
    if (last && last[1] === t) {
      // Touching runs are one run.
      this.intervals.pop();
      this.since = last[0];
    } else {
      this.since = t;
    }
  }
  stop(t: number): void {
    if (this.since === null) return;
    if (t > this.since) this.intervals.push([this.since, t]);
    this.since = null;
  }
  total(): number {
    return this.intervals.reduce((a, [s, e]) => a + (e - s), 0);
  }
}

export function computeGroundTruth(s: Scenario, events: TimelineEvent[] = expandTimeline(s)): GroundTruth {
  const end = timelineEnd(s, events);
  let callStart: number | null = s.initialPhase === 'in-call' ? 0 : null;
  let endReason: EndReason | null = null;

  interface State {
    name: string;
    present: boolean;
    cameraWanted: boolean;
    speaking: Track;
    presence: Track;
    camera: Track;
    handRaises: number;
    reactions: number;
    chatMessages: number;
    isSelf: boolean;
  }
  const people = new Map<string, State>();
  for (const p of s.participants) {
    people.set(p.id, {
      name: p.name,
      present: p.present,
      cameraWanted: p.camera,
      speaking: new Track(),
      presence: new Track(),
      camera: new Track(),
      handRaises: 0,
      reactions: 0,
      chatMessages: 0,
      isSelf: p.isSelf,
    });
  }
  const inCall = () => callStart !== null;
  const sync = (st: State, t: number) => {
    // Presence and camera only count inside the call window.
    if (inCall() && st.present) st.presence.start(t);
    else st.presence.stop(t);
    if (inCall() && st.present && st.cameraWanted) st.camera.start(t);
    else st.camera.stop(t);
  };
  if (inCall()) for (const st of people.values()) sync(st, 0);

  let speakerStarts = 0;
  for (const ev of events) {
    if (ev.t > end) break;
    if (ev.kind === 'phase') {
      if (ev.phase === 'in-call' && callStart === null) {
        callStart = ev.t;
        for (const st of people.values()) sync(st, ev.t);
      }
      continue;
    }
    if (ev.kind === 'end') {
      endReason = ev.reason;
      break;
    }
    if (!('who' in ev)) continue;
    const st = people.get(ev.who)!;
    switch (ev.kind) {
      case 'join':
        st.present = true;
        sync(st, ev.t);
        break;
      case 'leave':
        st.present = false;
        st.speaking.stop(ev.t);
        sync(st, ev.t);
        break;
      case 'camera':
        st.cameraWanted = ev.on;
        sync(st, ev.t);
        break;
      case 'speak':
        if (ev.on) {
          const was = st.speaking.on;
          st.speaking.start(ev.t);
          if (!was) speakerStarts++;
        } else st.speaking.stop(ev.t);
        break;
      case 'rename':
        st.name = ev.name;
        break;
      case 'hand':
        if (ev.raised) st.handRaises++;
        break;
      case 'reaction':
        st.reactions++;
        break;
      case 'chat':
        st.chatMessages++;
        break;
      default:
        break;
    }
  }
  const callEnd = callStart === null ? end : Math.max(end, callStart);
  const participants: Record<string, ParticipantTruth> = {};
  for (const [id, st] of people) {
    st.speaking.stop(callEnd);
    st.presence.stop(callEnd);
    st.camera.stop(callEnd);
    participants[id] = {
      id,
      name: st.name,
      isSelf: st.isSelf,
      presentMs: st.presence.total(),
      speakingMs: st.speaking.total(),
      turns: st.speaking.intervals.length,
      cameraOnMs: st.camera.total(),
      handRaises: st.handRaises,
      reactions: st.reactions,
      chatMessages: st.chatMessages,
      speaking: st.speaking.intervals,
      presence: st.presence.intervals,
      camera: st.camera.intervals,
    };
  }
  const start = callStart ?? callEnd;
  return {
    callStartMs: start,
    callEndMs: callEnd,
    durationMs: callEnd - start,
    endReason,
    participants,
    speakerStarts,
  };
}
