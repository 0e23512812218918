import { describe, expect, it } from 'vitest';
import { adviceFor, buildHealthReport, type Diagnostics, overallState } from '@/utils/diagnostics/health';
import { healthReportSchema } from '@/utils/diagnostics/health-schema';
import { SIGNALS } from '@/utils/meeting/constants';

function diag(over: Partial<Diagnostics> = {}): Diagnostics {
  const d = Object.fromEntries(SIGNALS.map((s) => [s, { state: 'ok', layer: `layer:${s}` }])) as Diagnostics;
  return { ...d, ...over };
}

describe('buildHealthReport', () => {
  it('stamps every ok signal with the reading time and its layer', () => {
    const r = buildHealthReport('meet', diag(), 1000);
    expect(r.platform).toBe('meet');
    expect(r.at).toBe(1000);
    for (const s of SIGNALS) {
      expect(r.signals[s]).toEqual({
        state: 'ok',
        layer: `layer:${s}`,
        lastOkAt: 1000,
        lastOkLayer: `layer:${s}`,
        since: 1000,
      });
    }
    expect(healthReportSchema.parse(r)).toEqual(r);
  });

  it('keeps lastOkAt and the last working layer when a signal breaks, and tracks since', () => {
    const a = buildHealthReport('meet', diag(), 1000);
    const b = buildHealthReport('meet', diag({ speaking: { state: 'broken', layer: null } }), 2000, a);
    expect(b.signals.speaking).toEqual({
      state: 'broken',
      layer: null,
      lastOkAt: 1000,
      lastOkLayer: 'layer:speaking',
      since: 2000,
    });
    expect(b.signals.phase.lastOkAt).toBe(2000);
    expect(b.signals.phase.since).toBe(1000);
    const c = buildHealthReport('meet', diag({ speaking: { state: 'broken', layer: null } }), 3000, b);
    expect(c.signals.speaking.lastOkAt).toBe(1000);
    expect(c.signals.speaking.since).toBe(2000);
    const d = buildHealthReport('meet', diag({ speaking: { state: 'ok', layer: 'class:IisKdb' } }), 4000, c);
    expect(d.signals.speaking).toMatchObject({
      state: 'ok',
      lastOkAt: 4000,
      lastOkLayer: 'class:IisKdb',
      since: 4000,
    });
  });

  it('has no lastOkAt for a signal never ok, and starts afresh on another platform', () => {
    const a = buildHealthReport('meet', diag({ captions: { state: 'not_visible', layer: null } }), 1000);
    expect(a.signals.captions.lastOkAt).toBeNull();
    expect(a.signals.captions.lastOkLayer).toBeNull();
    const z = buildHealthReport('zoom', diag({ chat: { state: 'not_visible', layer: null } }), 2000, a);
    expect(z.signals.chat.lastOkAt).toBeNull();
    expect(z.signals.phase.since).toBe(2000);
  });

  it('does not mutate the previous report', () => {
    const a = buildHealthReport('zoom', diag(), 1000);
    const copy = structuredClone(a);
    buildHealthReport('zoom', diag({ camera: { state: 'broken', layer: null } }), 2000, a);
    expect(a).toEqual(copy);
  });

  it('rejects malformed reports at the message boundary', () => {
    const r = buildHealthReport('meet', diag(), 1000);
    expect(healthReportSchema.safeParse({ ...r, platform: 'teams' }).success).toBe(false);
    expect(
      healthReportSchema.safeParse({
        ...r,
        signals: { ...r.signals, chat: { ...r.signals.chat, state: 'great' } },
      }).success,
    ).toBe(false);
  });
});

describe('adviceFor', () => {
  it('says nothing for ok signals', () => {
    for (const s of SIGNALS) expect(adviceFor(s, 'ok', 'meet')).toBeNull();
  });

  it('asks for a sample and a report for every broken signal', () => {
    for (const s of SIGNALS) {
      expect(adviceFor(s, 'broken', 'meet')).toBe('health_advice_report');
      expect(adviceFor(s, 'broken', 'zoom')).toBe('health_advice_report');
    }
  });

  it('names the user action that brings a hidden signal back, per platform', () => {
    expect(adviceFor('captions', 'not_visible', 'meet')).toBe('health_advice_turn_on_captions');
    expect(adviceFor('chat', 'not_visible', 'zoom')).toBe('health_advice_open_chat');
    expect(adviceFor('participants', 'not_visible', 'meet')).toBe('health_advice_open_people');
    expect(adviceFor('self', 'not_visible', 'zoom')).toBe('health_advice_open_participants');
    expect(adviceFor('speaking', 'not_visible', 'meet')).toBe('health_advice_show_tiles');
    expect(adviceFor('phase', 'not_visible', 'zoom')).toBe('health_advice_join');
  });

  it('summarises a report by its worst state', () => {
    expect(overallState(buildHealthReport('meet', diag(), 1))).toBe('ok');
    expect(
      overallState(buildHealthReport('meet', diag({ chat: { state: 'not_visible', layer: null } }), 1)),
    ).toBe('not_visible');
    expect(
      overallState(
        buildHealthReport(
          'meet',
          diag({ chat: { state: 'not_visible', layer: null }, mute: { state: 'broken', layer: null } }),
          1,
        ),
      ),
    ).toBe('broken');
  });
});
