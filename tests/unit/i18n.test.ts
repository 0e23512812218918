/**
 * The two message files stay in step: same keys, same placeholders, nothing empty, German actually German;
 * every key the source names exists; the façades render real words; counts pick the right form.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HEALTH_STRING_KEYS } from '@/components/health/strings';
import { renderMessage } from '@/components/overlay/i18n-shim';
import { OVERLAY_HEALTH_KEYS, S } from '@/components/overlay/strings';
import { REFLECTION_STRING_KEYS, ui } from '@/components/reflection/strings';
import { t, tn } from '@/utils/i18n';
import { formatDuration, formatNames, MESSAGE_KEYS, messageIds } from '@/utils/prompts';
import { loadMessages, type Messages, useLocale } from '../setup/i18n';

const root = join(__dirname, '../..');
const en = loadMessages('en');
const de = loadMessages('de');

/** Same in both languages on purpose: names, loanwords German uses as is, and non-words. */
const SAME_IN_GERMAN = new Set([
  'extName',
  // Product names.
  'platform_meet',
  'platform_zoom',
  'platform_meet_settings',
  'badgeIdle',
  'ovlAppName',
  'ovlFair',
  'health_col_signal',
  'health_signal_chat',
  'pr_fmt_seconds_one',
  'pr_fmt_seconds_other',
]);

const placeholders = (m: Messages[string] | undefined) =>
  Object.entries(m?.placeholders ?? {})
    .map(([k, v]) => `${k.toLowerCase()}=${v.content}`)
    .sort();

function sources(dir: string, out: string[] = []): string[] {
  for (const f of readdirSync(join(root, dir))) {
    const p = join(dir, f);
    if (statSync(join(root, p)).isDirectory()) sources(p, out);
    else if (/\.tsx?$/.test(f)) out.push(p);
  }
  return out;
}

describe('messages.json', () => {
  it('en and de have exactly the same keys', () => {
    expect(Object.keys(de).sort()).toEqual(Object.keys(en).sort());
    expect(Object.keys(en).length).toBeGreaterThan(400);
  });

  it('every key is a valid Chrome message name and no message is empty', () => {
    for (const msgs of [en, de]) {
      for (const [k, v] of Object.entries(msgs)) {
        expect(k, k).toMatch(/^[A-Za-z0-9_]+$/);
        expect(v.message.trim(), k).not.toBe('');
      }
    }
  });

  it('en and de declare the same placeholders per key, and every $NAME$ used is declared', () => {
    for (const k of Object.keys(en)) {
      expect(placeholders(de[k]), k).toEqual(placeholders(en[k]));
      for (const msgs of [en, de]) {
        const declared = Object.keys(msgs[k]?.placeholders ?? {}).map((n) => n.toLowerCase());
        for (const [, name] of msgs[k]?.message.matchAll(/\$([A-Za-z0-9_]+)\$/g) ?? []) {
          expect(declared, `${k}: $${name}$`).toContain(name!.toLowerCase());
        }
      }
    }
  });

  it('German differs from English for all but a short list of keys', () => {
    const same = Object.keys(en).filter(
      (k) => en[k]?.message === de[k]?.message && !k.endsWith('_count') && !SAME_IN_GERMAN.has(k),
    );
    // Existing options strings that are the same word in German ("Code", "Chat") are allowed a handful.
    expect(
      same.filter((k) => !k.startsWith('opt') && !k.startsWith('popup') && !k.startsWith('welcome')),
    ).toEqual([]);
    expect(same.length, same.join()).toBeLessThanOrEqual(12);
  });

  it('every count marker names a substitution the message has, with a singular form beside it', () => {
    const markers = Object.keys(en).filter((k) => k.endsWith('_count'));
    expect(markers.length).toBeGreaterThan(10);
    for (const m of markers) {
      const base = m.slice(0, -'_count'.length);
      const at = Number(en[m]?.message);
      expect(de[m]?.message, m).toBe(en[m]?.message);
      expect(en[`${base}_one`], m).toBeDefined();
      const contents = Object.values(en[base]?.placeholders ?? {}).map((p) => p.content);
      expect(contents, m).toContain(`$${at}`);
    }
  });
});

describe('keys named in source', () => {
  const files = [...sources('components'), ...sources('utils'), ...sources('entrypoints')];
  const literal =
    /['"`]((?:ovl|refl|opt|popup|welcome)[A-Z][A-Za-z0-9_]*|(?:health|capture|pr)_[A-Za-z0-9_]+)['"`]/g;
  /** Literals that look like keys but name something else (a storage key). */
  const NOT_MESSAGES = new Set(['welcomeShown']);
  const named = new Set<string>();
  for (const f of files) {
    if (f.startsWith(join('components', 'options'))) continue; // covered with its run-time keys by options/i18n.test.ts
    for (const m of readFileSync(join(root, f), 'utf8').matchAll(literal)) {
      if (!NOT_MESSAGES.has(m[1]!)) named.add(m[1]!);
    }
  }
  const exists = (k: string) => Boolean(en[k]) || (Boolean(en[`${k}_one`]) && Boolean(en[`${k}_other`]));

  it('finds the keys', () => {
    expect(named.size).toBeGreaterThan(150);
    expect(named.has('ovlWaiting')).toBe(true);
  });

  it('every literal key (or plural base) exists in en', () => {
    expect([...named].filter((k) => !exists(k))).toEqual([]);
  });

  it('every façade key and every key built at run time exists in en', () => {
    const built = [
      ...HEALTH_STRING_KEYS,
      ...REFLECTION_STRING_KEYS,
      ...OVERLAY_HEALTH_KEYS,
      ...MESSAGE_KEYS.flatMap(messageIds),
      ...['even', 'uneven', 'very_uneven', 'unknown'].map((l) => `ovlBalance_${l}`),
      ...['speaking', 'camera', 'captions', 'participants'].map((w) => `ovlCoverageWhat_${w}`),
    ];
    expect(built.filter((k) => !en[k])).toEqual([]);
  });
});

describe('façades render words, not keys', () => {
  const ARGS: Record<string, unknown[]> = {
    balance: ['very_uneven'],
    coverageWhat: ['captions'],
    health: ['camera_broken'],
    acknowledgeLabel: ['Sam'],
    nudgeSilentOne: ['Sam', 20],
    nudgeSilentMany: ['Sam', 2, 20],
  };
  const render = (o: object) =>
    Object.entries(Object.getOwnPropertyDescriptors(o)).map(([name, d]) => {
      const v = d.get ? d.get.call(o) : d.value;
      if (typeof v === 'string') return [name, v] as const;
      if (typeof v !== 'function') return [name, ''] as const;
      const args = ARGS[name] ?? Array.from({ length: v.length }, (_, i) => (i === 0 ? 2 : 'x'));
      return [name, String(v(...args))] as const;
    });

  it.each(['en', 'de'] as const)('overlay and reflection in %s', (lang) => {
    useLocale(lang);
    const out = [...render(S), ...render(Object.getPrototypeOf(ui('en'))), ...render(ui('en'))].filter(
      ([name]) => name !== 'health',
    );
    const raw = out.filter(([, v]) => /^(ovl|refl)[A-Z]/.test(v) || v === '');
    expect(raw).toEqual([]);
    expect(S.health('speaking_broken')).toMatch(/Rapport/);
    expect(S.health('speaking_ok')).toBeUndefined();
  });

  it('German really renders German', () => {
    useLocale('de');
    expect(S.waiting).toBe('Warte auf die ersten Zahlen aus dem Anruf…');
    expect(ui('de').cardTitle).toBe('Dein Gespräch ist vorbei: ein Moment zum Nachdenken');
  });
});

describe('counts', () => {
  it('pick singular and plural in English', () => {
    expect(S.turns(1)).toBe('1 turn');
    expect(S.turns(0)).toBe('0 turns');
    expect(S.acks(2)).toBe('2 acks');
    expect(S.nudgeSilentMany('Lee', 1, 5)).toBe(
      'Lee and 1 other haven’t spoken in 5 minutes — maybe invite them in?',
    );
    expect(ui('en').meta(5 * 60_000, 1, 0)).toMatch(/^5 min · 1 person · /);
    expect(t('optPeopleCount', '1')).toBe('1 person');
    expect(t('optPeopleCount', '3')).toBe('3 people');
    expect(t('optTrendsCount', '1')).toBe('1 meeting in this view.');
    expect(t('optHistoryCount', ['1', '1'])).toBe('1 of 1 meeting');
    expect(t('optHistoryCount', ['1', '20'])).toBe('1 of 20 meetings');
    expect(t('optTrendAcks', ['1', '0', '1'])).toBe(
      'Acknowledgements across 1 meeting: 1 given by you, 0 received.',
    );
    expect(formatDuration(1000, 'en')).toBe('1 s');
    expect(formatDuration(61 * 60_000, 'en')).toBe('1 h 01 min');
    expect(formatNames(['A', 'B', 'C', 'D'], 'en')).toBe('A, B, C, and 1 other');
  });

  it('pick singular and plural in German', () => {
    useLocale('de');
    expect(S.turns(1)).toBe('1 Wortbeitrag');
    expect(S.turns(4)).toBe('4 Wortbeiträge');
    expect(tn('ovlAcks', 1)).toBe('1 Würdigung');
    expect(t('optPeopleCount', '1')).toBe('1 Person');
    expect(t('optPeopleCount', '2')).toBe('2 Personen');
    expect(t('optSettingsRetentionApplied', ['1', '30 Tagen'])).toBe(
      '1 altes Meeting gelöscht, Namen in 30 Tagen vergessen.',
    );
  });

  it('a count that is not a plain integer takes the other form', () => {
    expect(t('optPeopleCount', '1.5')).toBe('1.5 people');
    expect(t('optPeopleCount', '')).toBe(' people');
  });
});

describe('the test shim renders like Chrome', () => {
  const msgs: Messages = {
    hi: { message: 'Hi $NAME$, $$5 for $1', placeholders: { name: { content: '$1' } } },
  };
  it('substitutes named and numbered, keeps $$ as $, and treats substituted text as text', () => {
    expect(renderMessage(msgs, 'hi', 'Lee')).toBe('Hi Lee, $5 for Lee');
    expect(renderMessage(msgs, 'hi', '$1 <b>$NAME$</b>')).toBe(
      'Hi $1 <b>$NAME$</b>, $5 for $1 <b>$NAME$</b>',
    );
    expect(renderMessage(msgs, 'missing')).toBe('');
  });
});
