import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { MeetingEvent } from '@/utils/meeting/events';
import { type PartState, Roster } from '@/utils/platforms/kernel/roster';

const state = (o: Partial<PartState> = {}): PartState => ({
  name: 'Ana',
  camera: false,
  muted: false,
  hand: false,
  speaking: false,
  speakVisible: true,
  camVisible: true,
  ...o,
});

function setup(order: 'first' | 'around', present = () => false) {
  const events: MeetingEvent[] = [];
  let now = 0;
  const forgotten: string[] = [];
  const roster = new Roster<PartState>(
    (e) => events.push(e),
    () => now,
    {
      leaveDebounceMs: 3000,
      visibilityOrder: order,
      stillPresent: present,
      forget: (id) => forgotten.push(id),
    },
  );
  return { roster, events, forgotten, at: (t: number) => (now = t), types: () => events.map((e) => e.type) };
}

describe('kernel roster', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('a vanished participant is out of sight at once and left at the vanish time once confirmed', () => {
    const { roster, events, forgotten, at } = setup('first');
    roster.apply('a', state({ speaking: true, camera: true }), false, 0);
    at(1000);
    roster.absent(new Set(), 1000);
    expect(events.slice(-3).map((e) => e.type)).toEqual([
      'speaking.stopped',
      'camera.off',
      'participant.visibility',
    ]);
    at(4000);
    vi.advanceTimersByTime(3000);
    expect(events.at(-1)).toEqual({ type: 'participant.left', t: 4000, id: 'a', at: 1000 });
    expect(roster.has('a')).toBe(false);
    expect(forgotten).toEqual(['a']);
  });

  it('a return within the debounce cancels the leave and re-announces what is on after the visibility', () => {
    const { roster, events, types } = setup('first');
    roster.apply('a', state({ camera: true }), false, 0);
    roster.absent(new Set(), 500);
    roster.present('a');
    roster.apply('a', state({ camera: true }), false, 800);
    vi.advanceTimersByTime(5000);
    expect(types()).not.toContain('participant.left');
    expect(events.slice(-2)).toEqual([
      { type: 'participant.visibility', t: 800, id: 'a', speaking: true, camera: true },
      { type: 'camera.on', t: 800, id: 'a' },
    ]);
  });

  it('a participant still on the page when the debounce ends does not leave', () => {
    const { roster, types } = setup('first', () => true);
    roster.apply('a', state(), false, 0);
    roster.absent(new Set(), 10);
    vi.advanceTimersByTime(3000);
    expect(types()).not.toContain('participant.left');
    expect(roster.has('a')).toBe(true);
  });

  it('orders visibility first (Zoom) or around the state changes (Meet)', () => {
    const z = setup('first');
    z.roster.apply('a', state({ camera: true, speakVisible: false, camVisible: false }), false, 0);
    expect(z.types()).toEqual(['participant.joined', 'participant.visibility', 'camera.on']);
    const m = setup('around');
    m.roster.apply('a', state({ camera: true, speakVisible: false, camVisible: false }), false, 0);
    expect(m.types()).toEqual(['participant.joined', 'camera.on', 'participant.visibility']);
    m.roster.apply('a', state({ camera: true, hand: true }), false, 10);
    expect(m.types().slice(3)).toEqual(['participant.visibility', 'camera.on', 'hand.raised']);
  });

  it('keeps the last name when a read has none, and reports renames', () => {
    const { roster, events } = setup('around');
    roster.apply('a', state(), false, 0);
    roster.apply('a', state({ name: '' }), false, 1);
    expect(roster.get('a')?.name).toBe('Ana');
    roster.apply('a', state({ name: 'Ana B' }), false, 2);
    expect(events.at(-1)).toEqual({ type: 'participant.renamed', t: 2, id: 'a', name: 'Ana B' });
  });

  it('at the call end pending leaves left when they vanished and speakers stop', () => {
    const { roster, events } = setup('first');
    roster.apply('a', state(), false, 0);
    roster.apply('b', state({ speaking: true }), false, 0);
    roster.absent(new Set(['b']), 200);
    roster.endCall(900);
    expect(events.slice(-2)).toEqual([
      { type: 'participant.left', t: 900, id: 'a', at: 200 },
      { type: 'speaking.stopped', t: 900, id: 'b' },
    ]);
  });
});
