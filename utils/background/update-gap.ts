/**
 * The seconds an extension update (or reload) takes out of a call, in the model's own terms (issue 24).
 *
 * When the extension is replaced mid-call, the content script in the meeting tab is orphaned: it can no
 * longer reach any background, so from the last batch the background had (`lastEventT`, G) until the new
 * copy of the script is running (its `call.started`, R) nothing was seen. The new script joins the same
 * session (utils/content/lifecycle.ts); the background recognises the join by that second `call.started`
 * and brackets the gap:
 * - at G (`openGap`) every signal's health goes `not_visible` (coverage stops: the gap shows as not
 *   covered, and the model ends every running speaking segment there), and every camera that was on is
 *   turned off (the new script reports the cameras it sees; one turned off in the gap must not run on);
 * - once the new script's first reading is in (every event at R: one reading is one instant, see
 *   `readingClock` in utils/content/run-adapter.ts), `closeGap`: anyone present at G whom it did not
 *   report joined left during the gap, dated G (moved up as the model's late-leave rule says: at most
 *   `maxLateFactMs` back); everybody else is visible again unless the reading said otherwise, the way
 *   a (re)join starts; and each signal's health as it was before G is restored unless the reading
 *   reported it.
 * Presence runs through the gap: the people were in the call, we only could not see what they did.
 */
import type { HealthState, MeetingEvent, Signal } from '@/utils/meeting/events';
import { SIGNALS } from '@/utils/meeting/events';
import { applyEvent, type MeetingState } from '@/utils/meeting/reducer';

export interface UpdateGap {
  from: number;
  to: number;
  /** Each signal's health before the gap. */
  before: Partial<Record<Signal, HealthState>>;
}

/** What the new script's first reading said (device ids; signals it reported health for). */
export interface FirstReading {
  joined: string[];
  visibility: string[];
  health: Set<Signal>;
}

export function newFirstReading(): FirstReading {
  return { joined: [], visibility: [], health: new Set() };
}

/** Notes what an event of the first reading says. */
export function noteFirstReading(r: FirstReading, event: MeetingEvent): void {
  if (event.type === 'participant.joined') r.joined.push(event.id);
  else if (event.type === 'participant.visibility') r.visibility.push(event.id);
  else if (event.type === 'health') for (const k of Object.keys(event.signals)) r.health.add(k as Signal);
}

/** A second `call.started` in a live session: a new copy of the content script joined it. */
export function isRejoin(state: MeetingState, event: MeetingEvent): boolean {
  return event.type === 'call.started' && state.begun && state.callStartedSeen && state.endedAt === null;
}

/** Stops seeing at `from` (clamped into [state.lastT, to]); see the header. */
export function openGap(state: MeetingState, from: number, to: number): UpdateGap {
  const g = Math.min(Math.max(from, state.lastT), to);
  const before: Partial<Record<Signal, HealthState>> = {};
  const masked: Partial<Record<Signal, HealthState>> = {};
  for (const s of SIGNALS) {
    before[s] = state.signals[s].state ?? 'ok';
    masked[s] = 'not_visible';
  }
  for (const p of state.people) {
    if (p.present && p.cameraOn) applyEvent(state, { type: 'camera.off', t: g, id: p.key });
  }
  applyEvent(state, { type: 'health', t: g, signals: masked });
  return { from: g, to, before };
}

/** After the new script's first reading: who left in the gap, visibility and health again (header). */
export function closeGap(state: MeetingState, gap: UpdateGap, reading: FirstReading): void {
  const idx = (ids: readonly string[]) => {
    const out = new Set<number>();
    for (const id of ids) {
      const i = state.devices[id];
      if (i !== undefined) out.add(i);
    }
    return out;
  };
  const joined = idx(reading.joined);
  const told = idx(reading.visibility);
  const t = Math.max(gap.to, state.lastT);
  state.people.forEach((p, i) => {
    if (p.present && !joined.has(i)) {
      applyEvent(state, { type: 'participant.left', t, at: gap.from, id: p.key });
    }
  });
  state.people.forEach((p, i) => {
    if (p.present && !told.has(i) && (!p.speakVisible || !p.camVisible)) {
      applyEvent(state, { type: 'participant.visibility', t, id: p.key, speaking: true, camera: true });
    }
  });
  const restore: Partial<Record<Signal, HealthState>> = {};
  for (const s of SIGNALS) if (!reading.health.has(s)) restore[s] = gap.before[s];
  applyEvent(state, { type: 'health', t, signals: restore });
}
