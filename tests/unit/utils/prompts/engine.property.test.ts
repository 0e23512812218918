/**
 * Over random calls (any size, any mix of unknown figures and coverage), the engine's promises hold:
 * 0–5 prompts, distinct concepts, evidence on every prompt, no unknown figure or judgmental word rendered,
 * and fewer than 3 only when fewer rules fired.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ACK_KINDS } from '@/utils/meeting/events';
import { reflect } from '@/utils/prompts';
import { translator } from '../../../setup/i18n';
import { makeSummary, type PersonSpec } from './factory';

const person = (i: number) =>
  fc
    .record({
      spokeMin: fc.option(fc.double({ min: 0, max: 30, noNaN: true }), { nil: null }),
      presentMin: fc.double({ min: 0.5, max: 90, noNaN: true }),
      camera: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: null }),
      monologues: fc.nat(6),
      interruptionsMade: fc.nat(6),
      interruptionsReceived: fc.nat(6),
      handRaises: fc.nat(4),
      reactions: fc.nat(5),
    })
    .map(
      (r): PersonSpec => ({
        ...r,
        name: i === 0 ? 'Me' : `P${i}`,
        self: i === 0,
        presentMin: Math.min(r.presentMin, 90),
      }),
    );

const call = fc
  .integer({ min: 1, max: 12 })
  .chain((n) =>
    fc.record({
      durationMin: fc.double({ min: 0.5, max: 90, noNaN: true }),
      people: fc.tuple(...Array.from({ length: n }, (_, i) => person(i))),
      acks: fc.array(
        fc.record({ from: fc.nat(n - 1), to: fc.nat(n - 1), kind: fc.constantFrom(...ACK_KINDS) }),
        { maxLength: 8 },
      ),
      coverage: fc.record({
        speaking: fc.double({ min: 0, max: 1, noNaN: true }),
        camera: fc.double({ min: 0, max: 1, noNaN: true }),
        captions: fc.double({ min: 0, max: 1, noNaN: true }),
        chat: fc.double({ min: 0, max: 1, noNaN: true }),
      }),
    }),
  )
  .map((c) =>
    makeSummary({
      durationMin: c.durationMin,
      people: c.people.map((p) => ({ ...p, presentMin: Math.min(p.presentMin ?? 1, c.durationMin) })),
      acks: c.acks.map((a) => ({
        from: a.from === 0 ? 'me' : `p${a.from}`,
        to: a.to === 0 ? 'me' : `p${a.to}`,
        kind: a.kind,
      })),
      coverage: c.coverage,
    }),
  );

const BAD = /\b(null|undefined|NaN|Infinity|you should|you failed|bad)\b/i;

describe('reflect over random calls', () => {
  it('keeps its promises', () => {
    fc.assert(
      fc.property(call, fc.constantFrom('en' as const, 'de' as const), (s, locale) => {
        const r = reflect(s, { locale, translate: translator(locale) });
        expect(r.prompts.length).toBeLessThanOrEqual(5);
        expect(new Set(r.prompts.map((p) => p.concept)).size).toBe(r.prompts.length);
        expect(r.prompts.length).toBe(Math.min(r.prompts.length, r.findings.length));
        if (r.findings.length >= 3) expect(r.prompts.length).toBeGreaterThanOrEqual(3);
        if (r.state !== 'ok') expect(r.prompts).toEqual([]);
        for (const p of r.prompts) {
          expect(p.evidence.length).toBeGreaterThan(0);
          const text = [p.title, ...p.evidence, p.question, p.nextStep].join(' ');
          expect(text).not.toMatch(BAD);
        }
        for (const c of r.caveats) expect(c.text).not.toMatch(BAD);
      }),
      { numRuns: 300 },
    );
  });
});
