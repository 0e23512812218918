/**
 * Loads Meet skeleton fixtures into happy-dom. Static HTML cannot set `video.readyState`, so the loader
 * turns the fixtures' `data-test-ready-state` hook into a property; the adapter only reads `readyState`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const VARIANTS_DIR = join(process.cwd(), 'tests/fixtures/meet/variants');
export const SIM_DIR = join(process.cwd(), 'tests/fixtures/meet');

export function variantNames(): string[] {
  return readdirSync(VARIANTS_DIR)
    .filter((f) => f.endsWith('.html'))
    .sort();
}

export function simFixtureNames(): string[] {
  try {
    return readdirSync(SIM_DIR)
      .filter((f) => f.endsWith('.html'))
      .sort();
  } catch {
    return [];
  }
}

export function applyTestHooks(root: ParentNode): void {
  for (const v of root.querySelectorAll('video[data-test-ready-state]'))
    setReadyState(v, Number(v.getAttribute('data-test-ready-state')));
}

export function setReadyState(v: Element, n: number): void {
  Object.defineProperty(v, 'readyState', { configurable: true, get: () => n });
}

/** A fresh Document parsed from a fixture file (for pure reader tests). */
export function parseFixture(file: string, dir = VARIANTS_DIR): Document {
  const html = readFileSync(join(dir, file), 'utf8');
  const doc = new DOMParser().parseFromString(html, 'text/html');
  applyTestHooks(doc);
  return doc;
}

/** Load a fixture into the global `document` (for observer tests: MutationObserver needs the live window). */
export function loadIntoDocument(file: string, dir = VARIANTS_DIR): Document {
  const parsed = parseFixture(file, dir);
  document.title = parsed.title;
  document.body.innerHTML = parsed.body.innerHTML;
  applyTestHooks(document);
  return document;
}
