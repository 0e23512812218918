import { describe, expect, it } from 'vitest';
import { computeGroundTruth } from '@/tests/sim/ground-truth';
import { defineScenario, type ScenarioInput } from '@/tests/sim/scenario';
import { expandTimeline } from '@/tests/sim/timeline';

const base = (steps: ScenarioInput['steps'], extra: Partial<ScenarioInput> = {}): ScenarioInput => ({
  name: 'case',
  participants: [
    { id: 'me', name: 'Ana Lúcia', isSelf: true },
    { id: 'b', name: 'Bartek Wiśniewski' },
    { id: 'c', name: '佐藤 美咲' },
  ],
  steps,
  ...extra,
});

const truth = (steps: ScenarioInput['steps'], extra: Partial<ScenarioInput> = {}) =>
  computeGroundTruth(defineScenario(base(steps, extra)));

describe('ground truth', () => {
  it('counts overlapping speakers independently', () => {
    const g = truth([
      { at: 1000, type: 'speak', who: 'b', durationMs: 3000 },
      { at: 2000, type: 'speak', who: 'c', durationMs: 3000 },
      { at: 6000, type: 'end', reason: 'left' },
    ]);
    expect(g.participants.b!.speakingMs).toBe(3000);
    expect(g.participants.c!.speakingMs).toBe(3000);
    expect(g.participants.b!.turns).toBe(1);
    expect(g.participants.c!.speaking).toEqual([[2000, 5000]]);
    expect(g.participants.me!.speakingMs).toBe(0);
    expect(g.durationMs).toBe(6000);
    expect(g.endReason).toBe('left');
  });

  it('ends a turn when the speaker leaves', () => {
    const g = truth([
      { at: 0, type: 'speak', who: 'b', durationMs: 5000 },
      { at: 2000, type: 'leave', who: 'b' },
      { at: 4000, type: 'end', reason: 'ended_by_host' },
    ]);
    expect(g.participants.b!.speakingMs).toBe(2000);
    expect(g.participants.b!.turns).toBe(1);
    expect(g.participants.b!.presentMs).toBe(2000);
    expect(g.participants.c!.presentMs).toBe(4000);
  });

  it('keeps camera state across a leave but counts only time present', () => {
    const g = truth(
      [
        { at: 3000, type: 'leave', who: 'b' },
        { at: 5000, type: 'join', who: 'b' },
        { at: 6000, type: 'camera', who: 'b', on: false },
        { at: 8000, type: 'end', reason: 'left' },
      ],
      {
        participants: [
          { id: 'me', name: 'Ana Lúcia', isSelf: true },
          { id: 'b', name: 'Bartek Wiśniewski', camera: true },
        ],
      },
    );
    expect(g.participants.b!.cameraOnMs).toBe(3000 + 1000);
    expect(g.participants.b!.presentMs).toBe(3000 + 3000);
  });

  it('merges touching runs into one turn and counts separate runs', () => {
    const g = truth([
      { at: 0, type: 'speak', who: 'b', durationMs: 1000 },
      { at: 1000, type: 'speak', who: 'b', durationMs: 1000 },
      { at: 3000, type: 'speak', who: 'b', on: true },
      { at: 3500, type: 'speak', who: 'b', on: false },
      { at: 5000, type: 'end', reason: 'left' },
    ]);
    expect(g.participants.b!.turns).toBe(2);
    expect(g.participants.b!.speakingMs).toBe(2500);
  });

  it('ends a turn on mute and at the end of the call', () => {
    const g = truth([
      { at: 0, type: 'speak', who: 'b', durationMs: 4000 },
      { at: 1500, type: 'mute', who: 'b', muted: true },
      { at: 2000, type: 'speak', who: 'c', on: true },
      { at: 3000, type: 'end', reason: 'left' },
    ]);
    expect(g.participants.b!.speakingMs).toBe(1500);
    expect(g.participants.c!.speakingMs).toBe(1000);
    expect(g.participants.c!.turns).toBe(1);
  });

  it('starts the clock when the phase becomes in-call and counts late joiners from their join', () => {
    const g = truth(
      [
        { at: 1000, type: 'phase', phase: 'waiting' },
        { at: 3000, type: 'phase', phase: 'in-call' },
        { at: 4000, type: 'join', who: 'c' },
        { at: 5000, type: 'camera', who: 'me', on: true },
        { at: 9000, type: 'end', reason: 'removed' },
      ],
      {
        initialPhase: 'lobby',
        participants: [
          { id: 'me', name: 'Ana Lúcia', isSelf: true },
          { id: 'b', name: 'Bartek Wiśniewski', camera: true },
          { id: 'c', name: '佐藤 美咲', present: false },
        ],
      },
    );
    expect(g.callStartMs).toBe(3000);
    expect(g.durationMs).toBe(6000);
    expect(g.participants.me!.presentMs).toBe(6000);
    expect(g.participants.b!.cameraOnMs).toBe(6000);
    expect(g.participants.c!.presentMs).toBe(5000);
    expect(g.participants.me!.cameraOnMs).toBe(4000);
  });

  it('uses durationMs when there is no end step, and counts hands, reactions and chat', () => {
    const g = truth(
      [
        { at: 100, type: 'hand', who: 'c', raised: true },
        { at: 200, type: 'hand', who: 'c', raised: false },
        { at: 300, type: 'reaction', who: 'b', emoji: '👍' },
        { at: 400, type: 'chat', who: 'me', text: 'hello' },
        { at: 500, type: 'rename', who: 'b', name: 'Bartek W.' },
      ],
      { durationMs: 2000 },
    );
    expect(g.durationMs).toBe(2000);
    expect(g.endReason).toBeNull();
    expect(g.participants.c!.handRaises).toBe(1);
    expect(g.participants.b!.reactions).toBe(1);
    expect(g.participants.b!.name).toBe('Bartek W.');
    expect(g.participants.me!.chatMessages).toBe(1);
  });
});

describe('scenario validation', () => {
  const bad =
    (steps: ScenarioInput['steps'], extra: Partial<ScenarioInput> = {}) =>
    () =>
      defineScenario(base(steps, extra));

  it('rejects typos in keys and step types', () => {
    expect(bad([{ at: 0, type: 'speak', who: 'b', durationMS: 10 } as never], { durationMs: 100 })).toThrow(
      /durationMS/,
    );
    expect(bad([{ at: 0, type: 'spaek', who: 'b' } as never], { durationMs: 100 })).toThrow(
      /invalid scenario/,
    );
  });

  it('rejects unknown participants and impossible sequences', () => {
    expect(bad([{ at: 0, type: 'speak', who: 'zed', durationMs: 10 }], { durationMs: 100 })).toThrow(
      /unknown/,
    );
    expect(bad([{ at: 0, type: 'join', who: 'b' }], { durationMs: 100 })).toThrow(/already present/);
    expect(
      bad(
        [
          { at: 0, type: 'mute', who: 'b', muted: true },
          { at: 10, type: 'speak', who: 'b', on: true },
        ],
        { durationMs: 100 },
      ),
    ).toThrow(/while muted/);
    expect(bad([{ at: 0, type: 'speak', who: 'b', on: false }], { durationMs: 100 })).toThrow(/not speaking/);
    expect(
      bad([
        { at: 10, type: 'end', reason: 'left' },
        { at: 20, type: 'chat', who: 'b', text: 'late' },
      ]),
    ).toThrow(/after the call ended/);
    expect(bad([{ at: 0, type: 'leave', who: 'me' }], { durationMs: 100 })).toThrow(/self cannot leave/);
    expect(bad([{ at: 0, type: 'speak', who: 'b', on: true, durationMs: 4 }], { durationMs: 100 })).toThrow(
      /exactly one/,
    );
    expect(
      bad([
        { at: 20, type: 'speak', who: 'b', durationMs: 5 },
        { at: 10, type: 'end', reason: 'left' },
      ]),
    ).toThrow(/time order/);
    expect(bad([])).toThrow(/end step or durationMs/);
  });

  it('expands a caption word by word with a later correction in place', () => {
    const s = defineScenario(
      base([
        {
          at: 0,
          type: 'caption',
          who: 'b',
          text: 'thanks pria for that',
          durationMs: 400,
          correction: 'thanks Priya for that',
        },
        { at: 2000, type: 'end', reason: 'left' },
      ]),
    );
    const caps = expandTimeline(s).filter((e) => e.kind === 'caption' || e.kind === 'caption-correct');
    expect(caps.map((e) => ('text' in e ? e.text : ''))).toEqual([
      'thanks',
      'thanks pria',
      'thanks pria for',
      'thanks pria for that',
      'thanks Priya for that',
    ]);
    expect(caps.map((e) => e.t)).toEqual([0, 100, 200, 300, 1300]);
  });
});
