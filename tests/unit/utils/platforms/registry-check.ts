/**
 * What every platform must bring besides its adapter folder, checked for the real platforms in
 * registry.test.ts and for the test-only platform in tests/platforms/fakeconf/. Returns the problems, so a
 * test shows all of them at once and the negative cases can assert on them.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PlatformMeta } from '@/utils/platforms/meta';

export interface PlatformLayout {
  meta: PlatformMeta;
  /** Folder of dated fixture pages (at least one `.html`). */
  fixturesDir: string;
  /** The simulator's page module for the platform. */
  simPage: string;
  /** Every locale's messages.json that must name the platform. */
  localeFiles: readonly string[];
}

const MATCH_RE = /^https:\/\/(\*\.)?([a-z0-9-]+\.)+[a-z]{2,}\/.*\*$/;

export function platformProblems(l: PlatformLayout): string[] {
  const out: string[] = [];
  const { meta } = l;
  if (!/^[a-z][a-z0-9-]*$/.test(meta.id)) out.push(`id ${JSON.stringify(meta.id)} is not lower-case a-z0-9-`);
  if (meta.matches.length === 0) out.push('no match patterns');
  for (const m of [...meta.matches, ...meta.cardMatches]) {
    if (!MATCH_RE.test(m)) out.push(`match pattern ${m} is not https://host/path*`);
    const host = /^https:\/\/(?:\*\.)?([^/]+)/.exec(m)?.[1] ?? '';
    const covered = meta.hosts.some((h) => (h.startsWith('.') ? `.${host}`.endsWith(h) : h === host));
    if (!covered) out.push(`match pattern ${m} is outside the platform's hosts`);
  }
  if (meta.hosts.length === 0) out.push('no hosts');
  let fixtures: string[] = [];
  try {
    fixtures = readdirSync(l.fixturesDir).filter((f) => f.endsWith('.html'));
  } catch {}
  if (fixtures.length === 0) out.push(`no fixture pages in ${l.fixturesDir}`);
  if (!existsSync(l.simPage)) out.push(`no simulator page ${l.simPage}`);
  if (l.localeFiles.length === 0) out.push('no locales');
  for (const file of l.localeFiles) {
    const msgs = JSON.parse(readFileSync(file, 'utf8')) as Record<string, { message?: string }>;
    for (const key of [meta.labelKey, meta.settingsLabelKey, meta.participantsAdviceKey]) {
      if (!msgs[key]?.message) out.push(`${file} lacks ${key}`);
    }
  }
  return out;
}

/** Folders under `dir` that hold adapter code (an `index.ts`) but no `meta.ts`: unregistered platforms. */
export function unregisteredFolders(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .filter((name) => existsSync(join(dir, name, 'index.ts')) && !existsSync(join(dir, name, 'meta.ts')))
    .sort();
}

/** The folders with a `meta.ts`, as `wxt.config.ts` finds them for the manifest. */
export function metaFolders(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(dir, d.name, 'meta.ts')))
    .map((d) => d.name)
    .sort();
}
