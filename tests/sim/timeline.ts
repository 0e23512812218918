/**
 * Expands a parsed scenario into the primitive, time-ordered events the page runtime plays and the ground
 * truth is computed from. Zod-free on purpose: the page bundle imports this, and one expansion shared by
 * the player and the truth means the two cannot drift apart.
 *
 * Throws `TimelineError` on a timeline that cannot happen (leave while absent, speaking while muted, …) so
 * a typo in a scenario fails loudly when the scenario is defined, not as a puzzling e2e mismatch.
 */
import type { Scenario, Step } from './scenario';

export type Phase = 'lobby' | 'waiting' | 'in-call';
export type EndReason = 'left' | 'ended_by_host' | 'removed';

export type TimelineEvent =
  | { t: number; kind: 'join'; who: string }
  | { t: number; kind: 'leave'; who: string }
  | { t: number; kind: 'rename'; who: string; name: string }
  | { t: number; kind: 'speak'; who: string; on: boolean }
  | { t: number; kind: 'camera'; who: string; on: boolean }
  | { t: number; kind: 'mute'; who: string; muted: boolean }
  | { t: number; kind: 'hand'; who: string; raised: boolean }
  | { t: number; kind: 'reaction'; who: string; emoji: string }
  /** `text` is the caption step's whole text so far; `key` identifies the caption step (its index). */
  | { t: number; kind: 'caption'; who: string; key: number; text: string; final: boolean }
  /** A later correction of an earlier caption, rewritten in place. */
  | { t: number; kind: 'caption-correct'; who: string; key: number; text: string }
  | { t: number; kind: 'captions'; on: boolean }
  | { t: number; kind: 'chat'; who: string; text: string; id: string }
  | { t: number; kind: 'phase'; phase: Phase }
  | { t: number; kind: 'end'; reason: EndReason };

export class TimelineError extends Error {
  constructor(
    readonly stepIndex: number,
    message: string,
  ) {
    super(`step ${stepIndex}: ${message}`);
    this.name = 'TimelineError';
  }
}

/** Words are revealed at this pace when a caption step gives no duration (about 150 words a minute). */
export const DEFAULT_MS_PER_WORD = 400;
/** A correction lands this long after the caption finished, like Meet's recogniser refining a phrase. */
export const DEFAULT_CORRECTION_DELAY_MS = 900;

interface Pending {
  t: number;
  /** Sort tie-breaker: automatic "off" events (end of a timed turn) come before steps at the same ms. */
  prio: number;
  seq: number;
  step: number;
  ev: TimelineEvent;
  /** For automatic speak-off: only applies if this turn is still the current one. */
  turnToken?: number;
}

function words(text: string): string[] {
  return text.split(/\s+/).filter((w) => w.length > 0);
}

/** The instant the timeline stops: the end step, else `durationMs`, else the last event. */
export function timelineEnd(s: Scenario, events: readonly TimelineEvent[]): number {
  const end = events.find((e) => e.kind === 'end');
  if (end) return end.t;
  if (s.durationMs !== undefined) return s.durationMs;
  return events.length ? events[events.length - 1]!.t : 0;
}

export function expandTimeline(s: Scenario): TimelineEvent[] {
  const pending: Pending[] = [];
  let seq = 0;
  let turnToken = 0;
  const push = (p: Omit<Pending, 'seq'>) => pending.push({ ...p, seq: seq++ });

  s.steps.forEach((step: Step, i: number) => {
    const t = step.at;
    switch (step.type) {
      case 'speak': {
        if ((step.on === undefined) === (step.durationMs === undefined)) {
          throw new TimelineError(i, 'speak needs exactly one of `on` or `durationMs`');
        }
        if (step.durationMs !== undefined) {
          const token = ++turnToken;
          push({ t, prio: 1, step: i, ev: { t, kind: 'speak', who: step.who, on: true }, turnToken: token });
          const off = t + step.durationMs;
          push({
            t: off,
            prio: 0,
            step: i,
            ev: { t: off, kind: 'speak', who: step.who, on: false },
            turnToken: token,
          });
        } else {
          push({ t, prio: 1, step: i, ev: { t, kind: 'speak', who: step.who, on: step.on! } });
        }
        break;
      }
      case 'caption': {
        const ws = words(step.text);
        if (ws.length === 0) throw new TimelineError(i, 'caption text is empty');
        const dur = step.durationMs ?? ws.length * DEFAULT_MS_PER_WORD;
        // Reveal word by word: Meet rewrites the entry's text node in place as recognition advances.
        for (let k = 1; k <= ws.length; k++) {
          const tk = t + Math.round(((k - 1) * dur) / ws.length);
          push({
            t: tk,
            prio: 1,
            step: i,
            ev: {
              t: tk,
              kind: 'caption',
              who: step.who,
              key: i,
              text: ws.slice(0, k).join(' '),
              final: k === ws.length,
            },
          });
        }
        if (step.correction !== undefined) {
          const tc = t + dur + (step.correctAfterMs ?? DEFAULT_CORRECTION_DELAY_MS);
          push({
            t: tc,
            prio: 1,
            step: i,
            ev: { t: tc, kind: 'caption-correct', who: step.who, key: i, text: step.correction },
          });
        }
        break;
      }
      case 'join':
      case 'leave':
        push({ t, prio: 1, step: i, ev: { t, kind: step.type, who: step.who } });
        break;
      case 'rename':
        push({ t, prio: 1, step: i, ev: { t, kind: 'rename', who: step.who, name: step.name } });
        break;
      case 'camera':
        push({ t, prio: 1, step: i, ev: { t, kind: 'camera', who: step.who, on: step.on } });
        break;
      case 'mute':
        push({ t, prio: 1, step: i, ev: { t, kind: 'mute', who: step.who, muted: step.muted } });
        break;
      case 'hand':
        push({ t, prio: 1, step: i, ev: { t, kind: 'hand', who: step.who, raised: step.raised } });
        break;
      case 'reaction':
        push({ t, prio: 1, step: i, ev: { t, kind: 'reaction', who: step.who, emoji: step.emoji } });
        break;
      case 'captions':
        push({ t, prio: 1, step: i, ev: { t, kind: 'captions', on: step.on } });
        break;
      case 'chat':
        push({
          t,
          prio: 1,
          step: i,
          ev: { t, kind: 'chat', who: step.who, text: step.text, id: `m${1700000000000 + i}` },
        });
        break;
      case 'phase':
        push({ t, prio: 1, step: i, ev: { t, kind: 'phase', phase: step.phase } });
        break;
      case 'end':
        push({ t, prio: 2, step: i, ev: { t, kind: 'end', reason: step.reason } });
        break;
    }
  });

  pending.sort((a, b) => a.t - b.t || a.prio - b.prio || a.seq - b.seq);

  // Walk the timeline once with the participants' state, to reject impossible steps and to drop automatic
  // turn ends that no longer apply (the turn was already ended by leave, mute, or an explicit off).
  const present = new Map<string, boolean>();
  const muted = new Map<string, boolean>();
  const speakingToken = new Map<string, number | null>();
  const selfId = s.participants.find((p) => p.isSelf)?.id;
  for (const p of s.participants) {
    present.set(p.id, p.present);
    muted.set(p.id, p.muted);
    speakingToken.set(p.id, null);
  }
  let phase: Phase = s.initialPhase;
  let ended = false;
  const out: TimelineEvent[] = [];
  const phaseOrder: Record<Phase, number> = { lobby: 0, waiting: 1, 'in-call': 2 };

  for (const p of pending) {
    const ev = p.ev;
    const fail = (msg: string): never => {
      throw new TimelineError(p.step, `${msg} (at ${ev.t} ms)`);
    };
    if (ended && p.turnToken !== undefined && ev.kind === 'speak' && !ev.on) continue; // the end ends the turn
    if (ended) fail(`${ev.kind} after the call ended`);
    if ('who' in ev && !present.has(ev.who)) fail(`unknown participant "${ev.who}"`);
    const needsCall = ['speak', 'caption', 'caption-correct', 'chat', 'hand', 'reaction', 'captions'];
    if (needsCall.includes(ev.kind) && phase !== 'in-call' && p.turnToken === undefined) {
      fail(`${ev.kind} before the call started (phase ${phase})`);
    }
    const needsPresence = ['speak', 'caption', 'chat', 'hand', 'reaction', 'camera', 'mute', 'rename'];
    if ('who' in ev && needsPresence.includes(ev.kind) && !present.get(ev.who) && p.turnToken === undefined) {
      fail(`${ev.kind} by "${ev.who}" who is not in the call`);
    }
    switch (ev.kind) {
      case 'join':
        if (ev.who === selfId) fail('self cannot join; use phase steps');
        if (present.get(ev.who)) fail(`"${ev.who}" joins but is already present`);
        present.set(ev.who, true);
        break;
      case 'leave':
        if (ev.who === selfId) fail('self cannot leave; use an end step with reason "left"');
        if (!present.get(ev.who)) fail(`"${ev.who}" leaves but is not present`);
        present.set(ev.who, false);
        // Leaving ends the turn; emitted explicitly so the player and the truth follow one event list.
        if (speakingToken.get(ev.who) !== null) out.push({ t: ev.t, kind: 'speak', who: ev.who, on: false });
        speakingToken.set(ev.who, null);
        break;
      case 'mute':
        muted.set(ev.who, ev.muted);
        if (ev.muted && speakingToken.get(ev.who) !== null) {
          out.push({ t: ev.t, kind: 'speak', who: ev.who, on: false }); // a muted mic ends the turn
        }
        if (ev.muted) speakingToken.set(ev.who, null);
        break;
      case 'speak': {
        const cur = speakingToken.get(ev.who);
        if (ev.on) {
          if (cur !== null) fail(`"${ev.who}" starts speaking but is already speaking`);
          if (muted.get(ev.who)) fail(`"${ev.who}" speaks while muted`);
          speakingToken.set(ev.who, p.turnToken ?? -1);
        } else if (p.turnToken !== undefined) {
          if (cur !== p.turnToken) continue; // the timed turn was already ended; nothing to do
          speakingToken.set(ev.who, null);
        } else {
          if (cur === null) fail(`"${ev.who}" stops speaking but is not speaking`);
          speakingToken.set(ev.who, null);
        }
        break;
      }
      case 'phase':
        if (phaseOrder[ev.phase] <= phaseOrder[phase]) fail(`phase goes from ${phase} to ${ev.phase}`);
        phase = ev.phase;
        break;
      case 'end':
        ended = true;
        break;
      default:
        break;
    }
    out.push(ev);
  }
  return out;
}
