/**
 * Dev-only preview (not an entrypoint): the overlay against the mock client, inside a real shadow root
 * as on the meeting page. Open with `npx vite --config components/overlay/vite.preview.config.ts` and
 * visit /preview.html. Query `?state=normal|nobody|broken|paused|never&expanded=1&nudges=1&lang=de`.
 */
import { render } from 'preact';
import { PLATFORMS } from '@/utils/meeting/constants';
import de from '../../public/_locales/de/messages.json';
import en from '../../public/_locales/en/messages.json';
import { createMockOverlayClient, type OverlayState } from './client';
import { nobodySpoke, normalCall, speakingBroken } from './fixtures';
import { installI18nShim } from './i18n-shim';
import { measureFreeArea } from './measure';
import { Overlay } from './Overlay';
import css from './overlay.css?inline';

const SCENARIOS: Record<string, () => Partial<OverlayState>> = {
  normal: () => ({ snapshot: normalCall(), intention: 'Invite Kai in before the decisions' }),
  nobody: () => ({ snapshot: nobodySpoke() }),
  broken: () => ({ snapshot: speakingBroken() }),
  paused: () => ({ snapshot: normalCall(), paused: true }),
  never: () => ({ snapshot: normalCall(), neverTracked: true }),
};

const params = new URLSearchParams(location.search);
// The preview is a plain page: give it the extension's messages (dev only; the content script never bundles them).
const lang = params.get('lang') === 'de' ? 'de' : 'en';
installI18nShim(lang === 'de' ? de : en, lang);
const scenario = params.get('state') ?? 'normal';
const client = createMockOverlayClient({
  ...(SCENARIOS[scenario] ?? SCENARIOS.normal!)(),
  expanded: params.get('expanded') === '1',
  nudges: { selfMonologue: params.get('nudges') === '1', silentParticipant: params.get('nudges') === '1' },
});

// Advance the call clock at 1 Hz like the real model does.
setInterval(() => {
  const s = client.getState().snapshot;
  if (s) client.pushSnapshot({ ...s, now: s.now + 1000, durationMs: s.durationMs + 1000 });
}, 1000);

const controls = document.getElementById('controls')!;
for (const name of Object.keys(SCENARIOS)) {
  const a = document.createElement('a');
  a.href = `?state=${name}`;
  a.textContent = name;
  a.style.color = '#8ab4f8';
  controls.append(a);
}

const host = document.createElement('rapport-overlay');
document.getElementById('stage')!.append(host);
const shadow = host.attachShadow({ mode: 'open' });
const style = document.createElement('style');
style.textContent = css;
const container = document.createElement('div');
shadow.append(style, container);

const toolbar = document.getElementById('toolbar')!;
render(
  <Overlay
    client={client}
    platform={PLATFORMS[0]}
    measureArea={() => measureFreeArea({ toolbar: () => toolbar })}
    onHide={() => {}}
  />,
  container,
);
