/** @vitest-environment happy-dom */
/**
 * Page text is hostile (issue 11): every name Rapport shows came from someone else's meeting page. Each
 * hostile string below is given as a participant name (and a title where the view shows one) to every view
 * that shows names, and the rendered tree must show it as text only: the exact string in the text, no
 * element made from it (same elements as with a plain name), no URL-bearing or handler attribute carrying
 * it, and the view's own hooks for long names still there.
 */
import { type ComponentChild, render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { HistorySection } from '@/components/options/HistorySection';
import { PeopleSection } from '@/components/options/PeopleSection';
import { createMockOverlayClient } from '@/components/overlay/client';
import { person, snapshot } from '@/components/overlay/fixtures';
import { Overlay } from '@/components/overlay/Overlay';
import { Popup } from '@/components/popup/Popup';
import { createMockReflectionClient } from '@/components/reflection/client';
import { ReflectionCard } from '@/components/reflection/ReflectionCard';
import { cleanName } from '@/utils/prompts/format';
import { makeSummary } from '../utils/prompts/factory';
import { fakeClient, type Seed, seed } from './options/fixtures';

const HOSTILE: [string, string][] = [
  ['script tag', '<script>alert(1)</script>'],
  ['img onerror', '<img src=x onerror=alert(1)>'],
  ['10 kB name', `Long${'x'.repeat(10_240)}`],
  ['RTL with U+202E override', 'مرحبا \u202Eexe.doc שלום'],
  ['zero-width joiners and spaces', 'A\u200Bd\u200Ca\u200D\uFEFFm'],
  ['emoji ZWJ sequences', '👩‍👩‍👧‍👦 👨🏽‍💻 🏳️‍🌈'],
  ['template braces', '{{constructor}}'],
  ['replacement patterns', "$1 $& $` $' $$"],
  ['javascript: URL', 'javascript:alert(1)//'],
];
const PLAIN = 'Plain Person';

/** Attributes that load, navigate, run or style: a name must never end up in one. */
const DANGEROUS_ATTR =
  /^(on|href$|src$|srcset$|action$|formaction$|xlink:href$|style$|background$|poster$|data$)/i;

let root: HTMLElement | null = null;
afterEach(() => {
  if (root) {
    const r = root;
    act(() => render(null, r));
    r.remove();
  }
  root = null;
});

/** Lets mock-client promises and fake-indexeddb's macrotasks settle inside act. */
async function settle() {
  for (let i = 0; i < 8; i++) {
    await act(async () => {
      await new Promise((r) => setTimeout(r, 0));
    });
  }
}

async function show(vnode: ComponentChild): Promise<HTMLElement> {
  root = document.createElement('div');
  document.body.append(root);
  const r = root;
  act(() => render(vnode, r));
  await settle();
  return r;
}

function tagCounts(el: HTMLElement): Record<string, number> {
  const out: Record<string, number> = {};
  for (const e of el.querySelectorAll('*')) out[e.tagName] = (out[e.tagName] ?? 0) + 1;
  return out;
}

function expectRenderedAsText(el: HTMLElement, name: string, plainTags: Record<string, number>, raw: string) {
  expect(el.textContent).toContain(name);
  // Same elements as the same view with a plain name: nothing was parsed out of the string.
  expect(tagCounts(el)).toEqual(plainTags);
  expect(el.querySelector('script, iframe, object, embed')).toBeNull();
  for (const e of el.querySelectorAll('*')) {
    for (const a of [...e.attributes]) {
      if (!DANGEROUS_ATTR.test(a.name)) continue;
      expect(a.value.includes(name) || a.value.includes(raw), `${e.tagName} ${a.name}`).toBe(false);
      expect(a.value.trim().toLowerCase().startsWith('javascript:'), `${e.tagName} ${a.name}`).toBe(false);
    }
  }
}

/** The deepest elements whose text holds the name (where it was rendered). */
function holders(el: HTMLElement, name: string): Element[] {
  return [...el.querySelectorAll('*')].filter(
    (e) => e.textContent?.includes(name) && ![...e.children].some((c) => c.textContent?.includes(name)),
  );
}

const MIN = 60_000;
function summaryWith(name: string) {
  return {
    ...makeSummary({
      people: [
        { id: 'me', name: 'Me', self: true, spokeMin: 12 },
        { id: 'kim', name: 'Kim', spokeMin: 10 },
        // Present all call and silent: the reflection prompts name this person.
        { id: 'h', name, spokeMin: 0 },
      ],
      acks: [{ from: 'me', to: 'h', kind: 'thanks' }],
    }),
    title: name,
  };
}

/** One view: renders the name into a fresh root; `hooks` checks the view's own long-name handling. */
interface View {
  render(name: string): Promise<HTMLElement>;
  /** The text the view is meant to show for the name, when it is not the name itself. */
  shown?(name: string): string;
  hooks(el: HTMLElement, name: string): void;
}

const VIEWS: Record<string, View> = {
  'overlay panel': {
    async render(name) {
      const client = createMockOverlayClient({
        expanded: true,
        snapshot: snapshot({
          title: name,
          participants: [
            person({ id: 'me', name: 'Me', isSelf: true, speakingMs: 5 * MIN, speakingShare: 0.5 }),
            person({ id: 'h', name, speakingMs: 5 * MIN, speakingShare: 0.5 }),
          ],
          selfShare: 0.5,
          fairShare: 0.5,
        }),
      });
      return show(<Overlay client={client} platform="meet" />);
    },
    hooks(el, name) {
      const row = el.querySelector('li[data-id="h"] .rp-name');
      expect(row?.textContent).toBe(name);
      expect(row?.getAttribute('dir')).toBe('auto'); // RTL names do not flip the row
      expect(row?.getAttribute('title')).toBe(name); // the full name on hover when truncated
    },
  },
  'popup with a reflection': {
    async render(name) {
      const reflections = createMockReflectionClient([
        { meetingId: 'm1', summary: summaryWith(name), saved: null, read: false },
      ]);
      return show(
        <Popup
          reflections={reflections}
          getTracking={async () => true}
          setTracking={async () => {}}
          openOptions={() => {}}
          openWelcome={() => {}}
          t={(k) => k}
          locale="en"
        />,
      );
    },
    hooks(el, name) {
      const names = [...el.querySelectorAll('.rp-share-name')].map((e) => e.textContent?.trim());
      expect(names).toContain(name); // .rp-share-name: ellipsis in reflection.css
    },
  },
  'options history detail': {
    async render(name) {
      const s = seedWith('one', name);
      const client = await fakeClient([s]);
      const el = await show(<HistorySection client={client} meetingId="one" />);
      client.store.close();
      return el;
    },
    hooks(el, name) {
      expect(el.querySelector('.opt-detail-title')?.textContent).toBe(name);
      const names = [...el.querySelectorAll('.rp-share-name')].map((e) => e.textContent?.trim());
      expect(names).toContain(name);
    },
  },
  'options people': {
    async render(name) {
      // Met three times and acknowledged once: in "most acknowledged"; Kim, never thanked, is "unseen".
      const seeds = [seedWith('1', name, 4), seedWith('2', name, 3), seedWith('3', name, 2)];
      return show(<PeopleSection meetings={seeds.map((s) => ({ meeting: s.meeting, acks: s.acks }))} />);
    },
    hooks(el, name) {
      const rows = [...el.querySelectorAll('[data-testid="people-most"] tbody th')].map((e) => e.textContent);
      expect(rows).toContain(name);
    },
  },
  'reflection card': {
    // Prompts put names in sentences through cleanName (utils/prompts/format.ts): zero-width characters
    // dropped, whitespace collapsed, at most 60 characters. The check is that exactly that text shows.
    shown: (name) => cleanName(name, 'unnamed'),
    async render(name) {
      return show(
        <ReflectionCard
          summary={summaryWith(name)}
          maxPrompts={5}
          onOpenFull={() => {}}
          onDismiss={() => {}}
        />,
      );
    },
    hooks(el, name) {
      // The card names the silent person in a prompt, not substituted by a replacement pattern.
      expect(holders(el, name).length).toBeGreaterThan(0);
      expect(el.querySelector('.rp-card')).not.toBeNull();
    },
  },
};

function seedWith(id: string, name: string, daysAgo = 1): Seed {
  return seed(
    id,
    {
      people: [
        { id: 'me', name: 'Me', self: true, spokeMin: 12 },
        { id: 'kim', name: 'Kim', spokeMin: 10 },
        { id: 'h', name, spokeMin: 0 },
      ],
      acks: id === '1' || id === 'one' ? [{ from: 'me', to: 'h', kind: 'thanks' }] : [],
    },
    { title: name, daysAgo },
  );
}

describe.each(Object.entries(VIEWS))('%s renders hostile names as text', (_view, view) => {
  let plainTags: Record<string, number>;

  it('(baseline: a plain name shows where the hostile ones are checked)', async () => {
    const el = await view.render(PLAIN);
    expect(el.textContent).toContain(PLAIN);
    view.hooks(el, PLAIN);
    plainTags = tagCounts(el);
    expect(Object.keys(plainTags).length).toBeGreaterThan(3);
  });

  it.each(HOSTILE)('%s', async (_what, name) => {
    const el = await view.render(name);
    const shown = view.shown?.(name) ?? name;
    expectRenderedAsText(el, shown, plainTags, name);
    view.hooks(el, shown);
    expect(document.querySelectorAll('script').length).toBe(0);
  });
});
