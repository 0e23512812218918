/** Loads Zoom fixtures (the simulator's generated pages and Rapport's own dated variants) into happy-dom. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const SIM_DIR = join(process.cwd(), 'tests/fixtures/zoom');
export const VARIANTS_DIR = join(SIM_DIR, 'variants');

export function names(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.html'))
    .sort();
}

/** A fresh Document parsed from a fixture file (for pure reader tests). */
export function parseFixture(file: string, dir: string): Document {
  return new DOMParser().parseFromString(readFileSync(join(dir, file), 'utf8'), 'text/html');
}

/** Load a fixture into the global `document` (observer tests: MutationObserver needs the live window). */
export function loadIntoDocument(file: string, dir: string, doc: Document = document): Document {
  const parsed = parseFixture(file, dir);
  doc.title = parsed.title;
  doc.body.innerHTML = parsed.body.innerHTML;
  return doc;
}
