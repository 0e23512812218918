/**
 * The raw, current state of a call as the adapter last reported it: who is present (with name and self
 * mark), who is speaking, whose camera is on, who is muted, the latest health, and the call's start.
 * Kept whether or not anything is recorded, so recording can begin mid-call (resume after a pause, undo
 * "never track") from a consistent picture: `replay(t)` yields the events that bring a fresh meeting model
 * to the present moment. Pruned on leave, so it is bounded by the call's size.
 */
import type { EventOf, HealthState, MeetingEvent, Signal } from '@/utils/meeting/events';

interface RawPerson {
  name: string;
  isSelf: boolean;
  speaking: boolean;
  camera: boolean;
  muted: boolean;
  speakVisible: boolean;
  camVisible: boolean;
}

export interface Roster {
  observe(e: MeetingEvent): void;
  readonly started: EventOf<'call.started'> | null;
  readonly health: Partial<Record<Signal, HealthState>>;
  /** Events that recreate the current state at time `t`: start, health, joins, then raw signals. */
  replay(t: number, opts?: { withStart?: boolean; withJoins?: boolean }): MeetingEvent[];
  reset(): void;
}

export function createRoster(): Roster {
  const people = new Map<string, RawPerson>();
  let started: EventOf<'call.started'> | null = null;
  let health: Partial<Record<Signal, HealthState>> = {};

  const set = (id: string, patch: Partial<RawPerson>) => {
    const p = people.get(id);
    if (p) Object.assign(p, patch);
  };

  return {
    get started() {
      return started;
    },
    get health() {
      return health;
    },
    observe(e) {
      switch (e.type) {
        case 'call.started':
          started = e;
          break;
        case 'call.ended':
          people.clear();
          break;
        case 'participant.joined':
          people.set(e.id, {
            name: e.name,
            isSelf: e.isSelf,
            speaking: false,
            camera: false,
            muted: false,
            speakVisible: true,
            camVisible: true,
          });
          break;
        case 'participant.left':
          people.delete(e.id);
          break;
        case 'participant.renamed':
          set(e.id, { name: e.name });
          break;
        case 'participant.self':
          for (const [id, p] of people) p.isSelf = id === e.id;
          break;
        case 'speaking.started':
        case 'speaking.stopped':
          set(e.id, { speaking: e.type === 'speaking.started' });
          break;
        case 'camera.on':
        case 'camera.off':
          set(e.id, { camera: e.type === 'camera.on' });
          break;
        case 'mic.muted':
        case 'mic.unmuted':
          set(e.id, { muted: e.type === 'mic.muted' });
          break;
        case 'participant.visibility':
          set(e.id, { speakVisible: e.speaking, camVisible: e.camera });
          break;
        case 'health':
          health = { ...health, ...e.signals };
          break;
        default:
      }
    },
    replay(t, { withStart = true, withJoins = true } = {}) {
      const out: MeetingEvent[] = [];
      if (withStart && started) out.push({ ...started, t });
      if (Object.keys(health).length) out.push({ type: 'health', t, signals: { ...health } });
      for (const [id, p] of people) {
        if (withJoins) out.push({ type: 'participant.joined', t, id, name: p.name, isSelf: p.isSelf });
        if (!p.speakVisible || !p.camVisible) {
          out.push({ type: 'participant.visibility', t, id, speaking: p.speakVisible, camera: p.camVisible });
        }
        out.push({ type: p.muted ? 'mic.muted' : 'mic.unmuted', t, id });
        out.push({ type: p.camera ? 'camera.on' : 'camera.off', t, id });
        if (p.speaking) out.push({ type: 'speaking.started', t, id });
      }
      return out;
    },
    reset() {
      people.clear();
      started = null;
      health = {};
    },
  };
}
