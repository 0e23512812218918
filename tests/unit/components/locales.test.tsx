/** @vitest-environment happy-dom */
/**
 * No English left in a non-English interface (issue 23). Every view — the overlay (pill, panel, paused,
 * never-tracked, broken signals), the popup, the reflection card and page (with prompts and the empty
 * states), every options section and a meeting's detail, the health and capture views, the welcome page —
 * is rendered in English and then in each other locale, and the locale's rendering must:
 * - show no message key (what `t` returns for a message that does not exist);
 * - look up only messages the locale has (Chrome would silently fall back to the English one);
 * - use no message identical to English, but for the short list below of words that are the same;
 * - show no text identical to the English rendering that is not invented data (names, titles, figures)
 *   or one of those same words: this catches English written into a component instead of `_locales`.
 */
import { type ComponentChild, render } from 'preact';
import { act } from 'preact/test-utils';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CaptureView } from '@/components/health/CaptureView';
import { HealthView } from '@/components/health/HealthView';
import { type ChartRenderer, ChartRendererContext } from '@/components/options/chart';
import { OptionsApp } from '@/components/options/OptionsApp';
import { SECTIONS } from '@/components/options/route';
import { createMockOverlayClient } from '@/components/overlay/client';
import { normalCall, speakingBroken } from '@/components/overlay/fixtures';
import { Overlay } from '@/components/overlay/Overlay';
import { Popup } from '@/components/popup/Popup';
import { createMockReflectionClient } from '@/components/reflection/client';
import { ReflectionCard } from '@/components/reflection/ReflectionCard';
import { ReflectionPanel } from '@/components/reflection/ReflectionPanel';
import { Welcome } from '@/components/welcome/Welcome';
import { ACK_LANGUAGE_LABELS } from '@/utils/acks/languages/labels';
import { buildHealthReport, type Diagnostics } from '@/utils/diagnostics/health';
import { localeFolder, t, UI_LOCALES, type UiLocale } from '@/utils/i18n';
import { SIGNALS } from '@/utils/meeting/constants';
import { loadMessages, useLocale } from '../../setup/i18n';
import { makeSummary, teamCall } from '../utils/prompts/factory';
import { call, DAY, fakeClient, NOW, seed } from './options/fixtures';

const en = loadMessages('en');

/**
 * Messages that are the same word in every language Rapport speaks: the product's and the platforms' names,
 * "Chat" (the word Meet and Zoom use in all of them), unit abbreviations (s, min, h), the colon after a
 * label, and the count markers
 * and `locale`, which are not shown.
 */
const SAME_EVERYWHERE = new Set([
  'extName',
  'badgeIdle',
  'ovlAppName',
  'platform_meet',
  'platform_zoom',
  'platform_meet_settings',
  'health_signal_chat',
  'dur_seconds',
  'dur_minutes_seconds',
  'dur_minutes',
  'dur_hours',
  'dur_hours_minutes',
  'pr_fmt_hours',
  'pr_fmt_hours_minutes',
  // "Label:" (French writes "Label :", Japanese "Label：").
  'fmt_label',
]);

/** Words that are spelled the same in that language and in English (checked with a native reading). */
const SAME_IN: Partial<Record<UiLocale, readonly string[]>> = {
  // Trends, Name, Meetings, Overlay, fair, Signal: German uses these words as they are.
  de: ['optNav_trends', 'optTrendsTitle', 'optPeopleName', 'optPeopleMet', 'optSetOverlayLegend', 'ovlFair'],
  // Sections, Pages, Participants, Signal, Question, Inclusion, minute(s): French words.
  fr: [
    'optNavLabel',
    'optPagination',
    'ovlCoverageWhat_participants',
    'health_signal_participants',
    'health_col_signal',
    'reflQuestionLabel',
    'pr_concept_inclusion',
    'pr_fmt_minutes_one',
    'pr_fmt_minutes_other',
    'optChartDate',
  ],
  // "ok" is the usual state word in Italian and Portuguese interfaces.
  it: ['health_state_ok'],
  'pt-BR': ['health_state_ok'],
  'pt-PT': ['health_state_ok'],
  // Trends, Filters, Platform, Details, Camera: Dutch words.
  nl: [
    'optNav_trends',
    'optTrendsTitle',
    'optTrendsFilters',
    'optFilterPlatform',
    'ovlHealthDetails',
    'ovlCamera',
    'ovlCoverageWhat_camera',
    'health_signal_camera',
    'reflCameraTitle',
  ],
};
// German's list in tests/unit/i18n.test.ts also has health_col_signal.
SAME_IN.de = [...(SAME_IN.de ?? []), 'health_col_signal'];

const mayEqualEnglish = (l: UiLocale, key: string) =>
  key.endsWith('_count') || key === 'locale' || SAME_EVERYWHERE.has(key) || !!SAME_IN[l]?.includes(key);

/** Invented data in the views below: shown as it is in every language. */
const DATA = new Set([
  'Me',
  'Sam',
  'Ana',
  'Kim',
  'Lee',
  'Bo Lindqvist',
  'Sam (me)',
  'Ana María Ñúñez',
  'Kai 🌊',
  'Dana (left)',
  'Weekly sync',
  'Design review',
  'abc-defg-hij',
  'Invite Kai in before the decisions',
  'layer:phase',
  // The welcome page's drawing of the overlay.
  'Priya',
  'Zoë',
]);
/** The product's name, written into the pages' headings (not a message). */
const BRAND = 'Rapport';
const words = (s: string) => s.match(/\p{L}[\p{L}\p{M}'’]*/gu) ?? [];
/**
 * The caption languages in Settings, each named in its own language ("Deutsch", "日本語"): a language picker
 * shows endonyms whatever the interface language, so they read the same as in the English page.
 */
const ENDONYMS = Object.values(ACK_LANGUAGE_LABELS);
const DATA_WORDS = new Set([BRAND, ...[...DATA, ...ENDONYMS].flatMap(words)]);

const KEY_LIKE =
  /\b(?:(?:ovl|refl|opt|popup|welcome|badge)[A-Z]\w*|(?:health|capture|pr|dur|platform)_\w+)\b/;

// Records every message a view looks up (the setup's getMessage reads the real `_locales` files).
const i18n = fakeBrowser.i18n as unknown as { getMessage(key: string, subs?: string | string[]): string };
const original = i18n.getMessage;
let seen = new Set<string>();
beforeAll(() => {
  i18n.getMessage = (key, subs) => {
    seen.add(key);
    return original(key, subs);
  };
});
afterAll(() => {
  i18n.getMessage = original;
});

let roots: HTMLElement[] = [];
afterEach(() => {
  for (const r of roots) {
    act(() => render(null, r));
    r.remove();
  }
  roots = [];
});

async function settle() {
  for (let i = 0; i < 10; i++) {
    await act(async () => {
      await new Promise((r) => setTimeout(r, 0));
    });
  }
}

async function show(vnode: ComponentChild): Promise<HTMLElement> {
  const root = document.createElement('div');
  document.body.append(root);
  roots.push(root);
  act(() => render(vnode, root));
  await settle();
  return root;
}

/** Every piece of text a user can see or hear: text nodes and the attributes screen readers read. */
function chunks(el: HTMLElement): string[] {
  const out: string[] = [];
  const walker = document.createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const s = n.textContent?.trim();
    if (s) out.push(s);
  }
  for (const e of el.querySelectorAll('*')) {
    for (const a of ['aria-label', 'title', 'placeholder', 'alt', 'aria-description', 'aria-valuetext']) {
      const v = e.getAttribute(a)?.trim();
      if (v) out.push(v);
    }
  }
  return out;
}

/** Chart legends drawn by the renderer (uPlot draws on a canvas, which happy-dom has not got). */
let chartLabels: string[] = [];
const stubCharts: ChartRenderer = (_el, spec) => {
  chartLabels.push(...spec.labels);
  return { update: (next) => chartLabels.push(...next.labels), destroy: () => {} };
};

/** The options page at `hash`, over a store holding `seeds`. */
async function options(l: UiLocale, hash: string, seeds = optionSeeds()): Promise<HTMLElement> {
  const client = await fakeClient(seeds);
  const el = await show(
    <ChartRendererContext.Provider value={stubCharts}>
      <OptionsApp client={client} locale={l} now={() => NOW} win={fakeWindow(hash)} />
    </ChartRendererContext.Provider>,
  );
  // The page's text plus its charts' legends.
  const labels = document.createElement('div');
  for (const label of chartLabels)
    labels.append(Object.assign(document.createElement('span'), { textContent: label }));
  el.append(labels);
  chartLabels = [];
  return el;
}

function fakeWindow(hash: string) {
  const target = new EventTarget();
  return {
    location: { hash },
    addEventListener: target.addEventListener.bind(target),
    removeEventListener: target.removeEventListener.bind(target),
  };
}

function diag(over: Partial<Diagnostics> = {}): Diagnostics {
  const d = Object.fromEntries(SIGNALS.map((s) => [s, { state: 'ok', layer: `layer:${s}` }])) as Diagnostics;
  return { ...d, ...over };
}

const MIN = 60_000;
const T = Date.UTC(2026, 8, 1, 10);

/** Options seeds: a recurring meeting with a silent person, ratings, acknowledgements and one never thanked. */
function optionSeeds() {
  return [
    call('w1', { daysAgo: 21, title: 'Weekly sync', acksTo: ['Sam'], ratings: { room: 4, interest: 3 } }),
    call('w2', { daysAgo: 14, title: 'Weekly sync', silent: ['Ana'], selfMin: 12 }),
    call('w3', { daysAgo: 7, title: 'Weekly sync', acksTo: ['Ana'], ratings: { room: 5, interest: 4 } }),
    call('d1', { daysAgo: 3, title: 'Design review', others: ['Sam', 'Kim', 'Lee'], selfMin: 2 }),
    seed('one', { people: [{ name: 'Me', self: true, spokeMin: 3 }, { name: 'Kim' }] }, { daysAgo: 2 }),
  ];
}

interface View {
  name: string;
  render(l: UiLocale): Promise<HTMLElement>;
}

const VIEWS: View[] = [
  {
    name: 'overlay pill',
    render: () =>
      show(<Overlay client={createMockOverlayClient({ snapshot: normalCall() })} platform="meet" />),
  },
  {
    name: 'overlay panel',
    render: () =>
      show(
        <Overlay
          client={createMockOverlayClient({
            snapshot: normalCall(),
            expanded: true,
            intention: 'Invite Kai in before the decisions',
          })}
          platform="meet"
        />,
      ),
  },
  {
    name: 'overlay panel, broken signals',
    render: () =>
      show(
        <Overlay
          client={createMockOverlayClient({ snapshot: speakingBroken(), expanded: true })}
          platform="zoom"
        />,
      ),
  },
  {
    name: 'overlay panel, paused',
    render: () =>
      show(
        <Overlay
          client={createMockOverlayClient({ snapshot: normalCall(), expanded: true, paused: true })}
          platform="meet"
        />,
      ),
  },
  {
    name: 'overlay, never tracked',
    render: () =>
      show(
        <Overlay
          client={createMockOverlayClient({ snapshot: normalCall(), expanded: true, neverTracked: true })}
          platform="meet"
        />,
      ),
  },
  {
    name: 'overlay, waiting',
    render: () =>
      show(<Overlay client={createMockOverlayClient({ snapshot: null, expanded: true })} platform="meet" />),
  },
  {
    name: 'popup',
    render: (l) =>
      show(
        <Popup
          reflections={createMockReflectionClient([
            { meetingId: 'm1', summary: teamCall(), saved: null, read: false },
          ])}
          getTracking={async () => true}
          setTracking={async () => {}}
          openOptions={() => {}}
          openWelcome={() => {}}
          t={t}
          locale={l}
        />,
      ),
  },
  {
    name: 'popup, switched off, no calls',
    render: (l) =>
      show(
        <Popup
          reflections={createMockReflectionClient([])}
          getTracking={async () => false}
          setTracking={async () => {}}
          openOptions={() => {}}
          openWelcome={() => {}}
          t={t}
          locale={l}
        />,
      ),
  },
  {
    name: 'reflection card',
    render: (l) =>
      show(
        <ReflectionCard
          summary={teamCall()}
          locale={l}
          maxPrompts={5}
          onOpenFull={() => {}}
          onDismiss={() => {}}
        />,
      ),
  },
  {
    name: 'reflection page with recent calls',
    render: (l) =>
      show(
        <ReflectionPanel
          locale={l}
          client={createMockReflectionClient([
            { meetingId: 'm1', summary: teamCall(), saved: null, read: false },
            {
              meetingId: 'm2',
              summary: {
                ...makeSummary({ durationMin: 1, people: [{ name: 'Me', self: true }, { name: 'Sam' }] }),
                startedAt: T - DAY,
              },
              saved: null,
              read: true,
            },
            {
              meetingId: 'm3',
              summary: {
                ...makeSummary({ people: [{ name: 'Me', self: true, spokeMin: 3 }] }),
                startedAt: T - 2 * DAY,
              },
              saved: null,
              read: true,
            },
          ])}
        />,
      ),
  },
  {
    name: 'reflection page, a short call',
    render: (l) =>
      show(
        <ReflectionPanel
          locale={l}
          client={createMockReflectionClient([
            {
              meetingId: 's',
              summary: makeSummary({ durationMin: 1, people: [{ name: 'Me', self: true }, { name: 'Sam' }] }),
              saved: null,
              read: false,
            },
          ])}
        />,
      ),
  },
  {
    name: 'reflection page, partial data',
    render: (l) =>
      show(
        <ReflectionPanel
          locale={l}
          client={createMockReflectionClient([
            {
              meetingId: 'p',
              summary: makeSummary({
                people: [
                  { name: 'Me', self: true, spokeMin: 8 },
                  { name: 'Sam', spokeMin: 5 },
                  { name: 'Ana', spokeMin: 0 },
                ],
                coverage: { speaking: 0.6, camera: 0.3, captions: 0.5, chat: 0.5 },
              }),
              saved: null,
              read: false,
            },
          ])}
        />,
      ),
  },
  {
    name: 'reflection page, no calls yet',
    render: (l) => show(<ReflectionPanel locale={l} client={createMockReflectionClient([])} />),
  },
  ...SECTIONS.map(
    (section): View => ({
      name: `options: ${section}`,
      render: (l) => options(l, `#${section}`),
    }),
  ),
  {
    name: 'options: a meeting in History',
    render: (l) => options(l, '#history/w2'),
  },
  {
    name: 'options: nothing recorded yet',
    render: (l) => options(l, '#trends', []),
  },
  {
    name: 'health view',
    render: (l) => {
      const before = buildHealthReport('meet', diag({ captions: { state: 'not_visible', layer: null } }), T);
      const report = buildHealthReport(
        'meet',
        diag({
          speaking: { state: 'broken', layer: null },
          captions: { state: 'not_visible', layer: null },
          chat: { state: 'not_visible', layer: null },
          camera: { state: 'not_visible', layer: null },
        }),
        T + 5 * MIN,
        before,
      );
      return show(<HealthView report={report} onCapture={async () => '<html></html>'} locale={l} />);
    },
  },
  {
    name: 'health view, no call',
    render: (l) => show(<HealthView report={null} onCapture={async () => ''} locale={l} />),
  },
  {
    name: 'capture view',
    render: (l) => show(<CaptureView onCapture={async () => '<html></html>'} locale={l} />),
  },
  { name: 'welcome', render: () => show(<Welcome onOpenOptions={() => {}} />) },
];

const OTHERS = UI_LOCALES.filter((l) => l !== 'en');

describe.each(VIEWS)('$name', (view) => {
  let english: Set<string>;

  beforeAll(async () => {
    useLocale('en');
    english = new Set(chunks(await view.render('en')));
    act(() => {
      for (const r of roots) render(null, r);
    });
    for (const r of roots) r.remove();
    roots = [];
  });

  it('renders words in English (the baseline is not empty)', () => {
    expect(english.size).toBeGreaterThan(0);
    expect([...english].filter((c) => KEY_LIKE.test(c))).toEqual([]);
  });

  it.each(OTHERS)('in %s: no key, no missing message, no English', async (l) => {
    const msgs = loadMessages(localeFolder(l));
    useLocale(l);
    seen = new Set();
    const text = chunks(await view.render(l));
    const looked = [...seen];
    expect(text.length).toBeGreaterThan(0);
    expect(
      text.filter((c) => KEY_LIKE.test(c)),
      'message keys shown as text',
    ).toEqual([]);
    // A key English has but this locale lacks: Chrome would show the English message.
    expect(looked.filter((k) => en[k] && !msgs[k])).toEqual([]);
    expect(
      looked.filter((k) => en[k] && msgs[k]?.message === en[k]?.message && !mayEqualEnglish(l, k)),
      'messages identical to English',
    ).toEqual([]);
    // Words of the same-word messages this view used ("min", "s", "Chat"), and of the invented data.
    const allowed = new Set([
      ...DATA_WORDS,
      ...looked
        .filter((k) => mayEqualEnglish(l, k))
        .flatMap((k) => words(msgs[k]?.message.replace(/\$\w+\$/g, ' ') ?? '')),
    ]);
    const leftovers = text.filter(
      (c) => english.has(c) && !/^layer:/.test(c) && words(c).some((w) => !allowed.has(w)),
    );
    expect(leftovers, 'text identical to the English rendering').toEqual([]);
  });
});

describe('the same-word lists', () => {
  it.each(OTHERS)('in %s, every other message differs from English', (l) => {
    const msgs = loadMessages(localeFolder(l));
    const same = Object.keys(en).filter((k) => msgs[k]?.message === en[k]?.message && !mayEqualEnglish(l, k));
    expect(same).toEqual([]);
  });

  it('name only keys that exist', () => {
    for (const k of [...SAME_EVERYWHERE, ...Object.values(SAME_IN).flat()]) expect(en[k], k).toBeDefined();
  });
});
