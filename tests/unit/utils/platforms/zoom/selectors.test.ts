/** @vitest-environment happy-dom */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { countLayers } from '@/utils/platforms/dom';
import { ZOOM, type ZoomField } from '@/utils/platforms/zoom/selectors';
import { KIND_PREFIX, notedLayers } from '../meet/layer-notes';
import { names, parseFixture, SIM_DIR, VARIANTS_DIR } from './fixtures';

const REAL_SHAPES_DIR = join(SIM_DIR, 'real-shapes');
const FILES = [
  ...names(SIM_DIR),
  ...names(VARIANTS_DIR).map((f) => `variants/${f}`),
  ...names(REAL_SHAPES_DIR).map((f) => `real-shapes/${f}`),
];
const CHAINS = Object.entries(ZOOM) as [ZoomField, (typeof ZOOM)[ZoomField]][];
const NOTES = notedLayers(ZOOM, 'utils/platforms/zoom/selectors.ts');

/**
 * Layers no fixture exercises: fallbacks for older or unverified shapes (kept for the live site, listed here
 * so that a new layer without a fixture is a conscious choice).
 */
const UNEXERCISED = new Set([
  'chatText:class:new-chat-message__text-box',
  'meetingTopic:class:meeting-info-container__title',
  'meetingTopic:class:meeting-topic',
  'postMeeting:class:post-meeting-container',
]);

describe('Zoom selector chains are dated data', () => {
  it.each(CHAINS)(
    '%s: unique ids, ISO dates not in the future, a reason (in the source), valid CSS',
    (_field, chain) => {
      const ids = chain.map((l) => l.id);
      expect(new Set(ids).size).toBe(ids.length);
      const notes = NOTES.filter((n) => n.field === _field);
      expect(notes.map((n) => n.id)).toEqual(ids);
      for (const n of notes) {
        expect(n.verified, n.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(n.verified <= '2026-11-28', n.id).toBe(true);
        expect(n.why.length, n.id).toBeGreaterThan(3);
      }
      for (const l of chain) {
        expect(l.id).toMatch(KIND_PREFIX);
        expect(() => document.querySelectorAll(l.css), l.id).not.toThrow();
        // Hashed CSS-module classes are never a hook (§2.11).
        expect(l.css, l.id).not.toMatch(/\._[A-Za-z]+_[0-9a-z]{3,}/);
      }
    },
  );

  it('every layer (but the listed fallbacks) matches in some fixture', () => {
    const hit = new Set<string>();
    for (const f of FILES) {
      const doc = parseFixture(f, SIM_DIR);
      for (const [field, chain] of CHAINS) {
        for (const [id, n] of Object.entries(countLayers(doc, chain))) if (n > 0) hit.add(`${field}:${id}`);
      }
    }
    const missing = CHAINS.flatMap(([field, chain]) => chain.map((l) => `${field}:${l.id}`)).filter(
      (k) => !hit.has(k),
    );
    expect(missing.sort()).toEqual([...UNEXERCISED].sort());
  });

  it('the mutated build matches none of the tile, pane-row, audio-button, caption-text or chat-text layers', () => {
    const doc = parseFixture('variants/mutated-hashed-2026-12.html', SIM_DIR);
    for (const field of ['frame', 'avatar', 'panelRow', 'selfAudio', 'captionText', 'chatText'] as const) {
      expect(
        Object.values(countLayers(doc, ZOOM[field])).every((n) => n === 0),
        field,
      ).toBe(true);
    }
    expect(countLayers(doc, ZOOM.leave)['class:footer__leave-btn-container']).toBe(1);
  });
});
