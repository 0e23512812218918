/** @vitest-environment happy-dom */
/**
 * Issue 23: Meet's caption-language control, read from the captions container's first child (the strip
 * before the entries list), never from classes, entries or English copy.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ACK_LANGUAGES } from '@/utils/acks';
import { ackLanguageProfile, languageFromCaptionLabel } from '@/utils/acks/auto-language';
import { findCaptionsRegion, readCaptionLanguage, readCaptions } from '@/utils/platforms/meet/readers';
import { parseFixture } from './fixtures';

const DIR = join(process.cwd(), 'tests/fixtures/meet/real-shapes');
const PROFILES = Object.values(ACK_LANGUAGES).map(ackLanguageProfile);

function load(file: string): Document {
  // happy-dom's DOMParser documents are detached from any window: adopt the body into the live document
  const parsed = parseFixture(file, DIR);
  document.body.replaceChildren(...[...parsed.body.children].map((n) => document.importNode(n, true)));
  return document;
}
const read = (doc: Document) => readCaptionLanguage(findCaptionsRegion(doc)?.el ?? null);

describe('readCaptionLanguage', () => {
  it('reads the strip before the entries: the language button, then the aria-label, no ligatures', () => {
    const doc = load('2024-11-captions-language-es.html');
    // the adapter's own region here is the entries wrapper, inside the container
    expect(findCaptionsRegion(doc)?.layer).toBe('jsname:dsyhDe-entries');
    expect(read(doc)).toBe('Español (España)\nAjustes de subtítulos');
    expect(languageFromCaptionLabel(read(doc), PROFILES)).toBe('es');
    // the entries are still read as captions
    expect(readCaptions(doc).entries.map((e) => [e.speaker, e.text])).toEqual([
      ['Søren Ødegård', 'mil gracias Inès'],
    ]);
  });

  it('with no entries yet (the region is the container itself) the strip still answers', () => {
    const doc = load('2024-11-captions-language-es.html');
    doc.querySelector('[jsname="dsyhDe"]')!.replaceChildren();
    const region = findCaptionsRegion(doc);
    expect(region?.layer).toBe('class:a4cQT');
    expect(readCaptionLanguage(region!.el)).toBe('Español (España)\nAjustes de subtítulos');
  });

  it('does not rest on class names: the same read with every class gone', () => {
    const doc = load('2024-11-captions-language-es.html');
    const region = findCaptionsRegion(doc)!.el;
    for (const el of doc.querySelectorAll('[class]')) el.removeAttribute('class');
    expect(readCaptionLanguage(region)).toBe('Español (España)\nAjustes de subtítulos');
  });

  it('an empty strip is no language: null, and never the speaker or the words of an entry', () => {
    const doc = load('2024-11-captions-language-empty.html');
    expect(readCaptions(doc).entries).toHaveLength(1);
    expect(read(doc)).toBeNull();
  });

  it('the 2024-11 capture shape (empty strip) and the 2026-03 region (no container) give null', () => {
    expect(read(load('2024-11-captions.html'))).toBeNull();
    // the 2026-03 page has a "jump" button before the captions wrapper: not the strip
    expect(read(load('2026-03-captions.html'))).toBeNull();
    expect(readCaptionLanguage(null)).toBeNull();
  });

  it('bounded: long text is not a candidate, and at most four candidates are read', () => {
    const doc = load('2024-11-captions-language-empty.html');
    const strip = doc.querySelector('[jscontroller="D1tHje"]')!.firstElementChild!;
    const span = (text: string) => Object.assign(doc.createElement('span'), { textContent: text });
    strip.append(span('x'.repeat(61)), ...['日本語', 'a', 'b', 'c', 'd'].map(span));
    expect(read(doc)).toBe('日本語\na\nb\nc');
  });
});

describe('languageFromCaptionLabel with several candidates', () => {
  it('takes the first line that names a language, tags included', () => {
    expect(languageFromCaptionLabel('Ajustes\nes-ES\nEnglish', PROFILES)).toBe('es');
    expect(languageFromCaptionLabel('Untertitel\nEnglisch (USA)\nDeutsch', PROFILES)).toBe('en');
    expect(languageFromCaptionLabel('settings\nnothing here', PROFILES)).toBeNull();
  });
});
