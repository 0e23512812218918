/** Hand-built timelines: terse event constructors for the meeting-model tests. */
import type { MeetingConfig } from '@/utils/meeting/config';
import type { HealthState, MeetingEvent, Signal } from '@/utils/meeting/events';
import { applyEvents, createMeetingState, type MeetingState, summarize } from '@/utils/meeting/reducer';
import type { MeetingSummary, ParticipantSummary } from '@/utils/meeting/types';

export const ev = {
  start: (t: number): MeetingEvent => ({
    type: 'call.started',
    t,
    platform: 'meet',
    meetingCode: 'abc-defg-hij',
  }),
  end: (t: number): MeetingEvent => ({ type: 'call.ended', t, reason: 'left' }),
  join: (t: number, id: string, name = id, isSelf = false): MeetingEvent => ({
    type: 'participant.joined',
    t,
    id,
    name,
    isSelf,
  }),
  /** A leave reported at `t`; with `at`, a late-decided one effective at `at` (≤ t). */
  left: (t: number, id: string, at?: number): MeetingEvent =>
    at === undefined ? { type: 'participant.left', t, id } : { type: 'participant.left', t, id, at },
  rename: (t: number, id: string, name: string): MeetingEvent => ({
    type: 'participant.renamed',
    t,
    id,
    name,
  }),
  self: (t: number, id: string): MeetingEvent => ({ type: 'participant.self', t, id }),
  talk: (t: number, id: string): MeetingEvent => ({ type: 'speaking.started', t, id }),
  hush: (t: number, id: string): MeetingEvent => ({ type: 'speaking.stopped', t, id }),
  camOn: (t: number, id: string): MeetingEvent => ({ type: 'camera.on', t, id }),
  camOff: (t: number, id: string): MeetingEvent => ({ type: 'camera.off', t, id }),
  /** Visibility of `id`'s speaking indicator and camera (camera defaults to the speaking value). */
  vis: (t: number, id: string, speaking: boolean, camera = speaking): MeetingEvent => ({
    type: 'participant.visibility',
    t,
    id,
    speaking,
    camera,
  }),
  mute: (t: number, id: string): MeetingEvent => ({ type: 'mic.muted', t, id }),
  unmute: (t: number, id: string): MeetingEvent => ({ type: 'mic.unmuted', t, id }),
  hand: (t: number, id: string): MeetingEvent => ({ type: 'hand.raised', t, id }),
  handDown: (t: number, id: string): MeetingEvent => ({ type: 'hand.lowered', t, id }),
  react: (t: number, id: string): MeetingEvent => ({ type: 'reaction', t, id, emoji: '👍' }),
  ack: (t: number, fromId: string, toId: string): MeetingEvent => ({
    type: 'ack',
    t,
    fromId,
    toId,
    kind: 'thanks',
    source: 'caption',
  }),
  health: (t: number, signals: Partial<Record<Signal, HealthState>>): MeetingEvent => ({
    type: 'health',
    t,
    signals,
  }),
  caption: (t: number, text: string): MeetingEvent => ({
    type: 'caption',
    t,
    captionId: 'c1',
    speakerName: 'A',
    text,
    replaces: false,
  }),
  chat: (t: number, text: string): MeetingEvent => ({
    type: 'chat',
    t,
    senderName: 'A',
    isSelf: false,
    text,
  }),
};

/** A speaking segment [from, to) for `id`. */
export function seg(id: string, from: number, to: number): MeetingEvent[] {
  return [ev.talk(from, id), ev.hush(to, id)];
}

/** Sorts by time, keeping the given order for equal times (stable). */
export function byTime(events: MeetingEvent[]): MeetingEvent[] {
  return events
    .map((e, i) => [e, i] as const)
    .sort((a, b) => a[0].t - b[0].t || a[1] - b[1])
    .map(([e]) => e);
}

export function run(
  events: MeetingEvent[],
  config?: Partial<MeetingConfig>,
): { state: MeetingState; s: MeetingSummary } {
  const state = createMeetingState(config);
  applyEvents(state, events);
  return { state, s: summarize(state) };
}

export function who(s: MeetingSummary, id: string): ParticipantSummary {
  const p = s.participants.find((q) => q.id === id);
  if (!p) throw new Error(`no participant ${id} in summary`);
  return p;
}
