/**
 * The message files stay in step: every locale has the same keys, the same placeholders, nothing empty, the
 * plural forms its language needs, and German actually German; every key the source names exists; the
 * façades render real words; counts pick the right form in every language.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HEALTH_STRING_KEYS } from '@/components/health/strings';
import { renderMessage } from '@/components/overlay/i18n-shim';
import { OVERLAY_HEALTH_KEYS, S } from '@/components/overlay/strings';
import { REFLECTION_STRING_KEYS, ui } from '@/components/reflection/strings';
import { localeFolder, msgLocale, t, tn, UI_LOCALES, type UiLocale } from '@/utils/i18n';
import { formatDuration, formatNames, formatPct, MESSAGE_KEYS, messageIds } from '@/utils/prompts';
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
  'fmt_label',
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

/** Every locale but English, by `UiLocale` tag, with its messages. */
const OTHERS = UI_LOCALES.filter((l) => l !== 'en').map((l) => [l, loadMessages(localeFolder(l))] as const);

/** Plural bases: `tn` pairs (`<base>_one` + `<base>_other`) and `t` count markers (`<base>_count`). */
const TN_BASES = Object.keys(en)
  .filter((k) => k.endsWith('_other') && en[`${k.slice(0, -6)}_one`])
  .map((k) => k.slice(0, -6));
const COUNT_BASES = Object.keys(en)
  .filter((k) => k.endsWith('_count'))
  .map((k) => k.slice(0, -6));

const used = (m: string) =>
  [...new Set([...m.matchAll(/\$([A-Za-z0-9_]+)\$/g)].map((x) => x[1]!.toLowerCase()))].sort();

/** The placeholder that carries the count of a plural base ("count" for `tn` pairs). */
function countPlaceholder(base: string): string {
  const at = en[`${base}_count`]?.message;
  if (!at) return 'count';
  const hit = Object.entries(en[base]?.placeholders ?? {}).find(([, p]) => p.content === `$${at}`);
  return hit ? hit[0].toLowerCase() : 'count';
}

/** Whether the language's "one" is the number 1 alone among whole numbers. */
const oneIsExactlyOne = (l: string) => {
  const pr = new Intl.PluralRules(l);
  return (
    Array.from({ length: 1001 }, (_, n) => n)
      .filter((n) => pr.select(n) === 'one')
      .join() === '1'
  );
};

describe('every locale', () => {
  it('has a folder for every UI locale and nothing else', () => {
    expect(readdirSync(join(root, 'public/_locales')).sort()).toEqual(UI_LOCALES.map(localeFolder).sort());
  });

  it.each(OTHERS)(
    '%s has every English key, and beyond them only plural forms its language has',
    (l, msgs) => {
      expect(Object.keys(en).filter((k) => !msgs[k])).toEqual([]);
      const categories = new Intl.PluralRules(l).resolvedOptions().pluralCategories;
      const allowed = new Set([
        ...TN_BASES.flatMap((b) => categories.map((c) => `${b}_${c}`)),
        ...COUNT_BASES.flatMap((b) => categories.map((c) => `${b}_${c}`)),
      ]);
      expect(Object.keys(msgs).filter((k) => !en[k] && !allowed.has(k))).toEqual([]);
    },
  );

  it.each(OTHERS)(
    '%s: valid names, no empty message, same placeholders as English, all declared',
    (l, msgs) => {
      for (const [k, v] of Object.entries(msgs)) {
        expect(k, `${l} ${k}`).toMatch(/^[A-Za-z0-9_]+$/);
        expect(v.message.trim(), `${l} ${k}`).not.toBe('');
        const source =
          en[k] ?? en[k.replace(/_(zero|one|two|few|many)$/, '_other')] ?? en[k.replace(/_many$/, '')];
        expect(source, `${l} ${k} has an English source`).toBeDefined();
        expect(placeholders(v), `${l} ${k}`).toEqual(placeholders(source));
        const declared = Object.keys(v.placeholders ?? {}).map((n) => n.toLowerCase());
        for (const [, name] of v.message.matchAll(/\$([A-Za-z0-9_]+)\$/g)) {
          expect(declared, `${l} ${k}: $${name}$`).toContain(name!.toLowerCase());
        }
        // The same named placeholders are used as in English (a dropped $NAME$ would drop a person). Only a
        // singular form may leave out its count, and only where "one" means exactly 1 ("in deinem letzten
        // Meeting"): in French and Brazilian Portuguese it also covers 0.
        const want = used(source!.message);
        const got = used(v.message);
        const dropped = want.filter((n) => !got.includes(n));
        const count = k.endsWith('_one') ? countPlaceholder(k.slice(0, -4)) : null;
        expect(
          got.filter((n) => !want.includes(n)),
          `${l} ${k}`,
        ).toEqual([]);
        expect(dropped, `${l} ${k}`).toEqual(
          count && oneIsExactlyOne(l) && dropped[0] === count ? [count] : [],
        );
      }
    },
  );

  it.each(OTHERS)('%s says which language it is, so plurals and numbers follow it', (l, msgs) => {
    expect(msgs.locale?.message).toBe(l);
    useLocale(l);
    expect(msgLocale()).toBe(l);
  });

  it.each(OTHERS)('%s keeps the count markers and the English descriptions', (l, msgs) => {
    for (const b of COUNT_BASES) {
      expect(msgs[`${b}_count`]?.message, `${l} ${b}`).toBe(en[`${b}_count`]?.message);
    }
    for (const [k, v] of Object.entries(en)) {
      if (v.description) expect(msgs[k]?.description, `${l} ${k}`).toBe(v.description);
    }
  });

  it.each(UI_LOCALES.map((l) => [l, loadMessages(localeFolder(l))] as const))(
    '%s has a form for every plural category Intl.PluralRules gives its language',
    (l, msgs) => {
      const categories = new Intl.PluralRules(l).resolvedOptions().pluralCategories;
      const missing: string[] = [];
      for (const b of TN_BASES) for (const c of categories) if (!msgs[`${b}_${c}`]) missing.push(`${b}_${c}`);
      // A count marker's "other" form is the base key itself.
      for (const b of COUNT_BASES) {
        for (const c of categories) if (c !== 'other' && !msgs[`${b}_${c}`]) missing.push(`${b}_${c}`);
      }
      expect(missing).toEqual([]);
    },
  );
});

describe('plural rules and formats per language', () => {
  const cases: [UiLocale, number, string][] = [
    // French counts 0 and 1 as "one"; Brazil counts 0 as "one" too, Portugal does not.
    ['fr', 0, '0 réunion dans cette vue.'],
    ['fr', 1, '1 réunion dans cette vue.'],
    ['fr', 2, '2 réunions dans cette vue.'],
    ['fr', 1_000_000, '1000000 de réunions dans cette vue.'],
    ['pt-BR', 0, '0 reunião nesta visualização.'],
    ['pt-PT', 0, '0 reuniões nesta vista.'],
    ['pt-PT', 1, '1 reunião nesta vista.'],
    ['es', 0, '0 reuniones en esta vista.'],
    ['es', 1_000_000, '1000000 de reuniones en esta vista.'],
    ['it', 1, '1 riunione in questa vista.'],
    ['nl', 1, '1 vergadering in deze weergave.'],
    ['nl', 3, '3 vergaderingen in deze weergave.'],
    ['ja', 1, 'この表示の会議は 1 件です。'],
  ];
  it.each(cases)('%s, %d meetings (t with a count marker)', (l, n, out) => {
    useLocale(l);
    expect(t('optTrendsCount', String(n))).toBe(out);
  });

  it('tn picks the category of the language, with "many" where it has one', () => {
    useLocale('fr');
    expect(tn('ovlTurns', 0)).toBe('0 prise de parole');
    expect(tn('ovlTurns', 1_000_000)).toBe('1000000 de prises de parole');
    useLocale('pt-BR');
    expect(tn('reflMeta', 0, ['5 min', 'x'])).toBe('5 min · 0 pessoa · x');
    useLocale('pt-PT');
    expect(tn('reflMeta', 0, ['5 min', 'x'])).toBe('5 min · 0 pessoas · x');
    useLocale('ja');
    expect(tn('ovlAcks', 1)).toBe('承認 1 回');
    expect(tn('ovlAcks', 7)).toBe('承認 7 回');
  });

  it('a language without the form falls back to "other", never to a key', () => {
    // German has no "many": a million is just "other".
    useLocale('de');
    expect(tn('ovlTurns', 1_000_000)).toBe('1000000 Wortbeiträge');
  });

  it('percentages and lists follow the language', () => {
    expect(formatPct(0.42, 'en')).toBe('42%');
    expect(formatPct(0.42, 'de')).toBe('42\u00a0%');
    expect(formatPct(0.42, 'fr')).toMatch(/^42[\u00a0\u202f]%$/); // ICU versions differ on the space
    expect(formatPct(0.42, 'ja')).toBe('42%');
    expect(formatPct(0.005, 'es')).toBe('1\u00a0%');
    useLocale('es');
    expect(formatNames(['Ana', 'Luis', 'Eva', 'Sol', 'Iker'], 'es')).toBe('Ana, Luis, Eva y 2 más');
    useLocale('ja');
    expect(formatNames(['佐藤', '小林'], 'ja')).toBe('佐藤、小林');
    expect(formatDuration(150_000, 'ja')).toBe('2 分 30 秒');
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
