/** @vitest-environment happy-dom */
import { describe, expect, it } from 'vitest';
import { anonymiseAria, anonymiseText } from '@/utils/diagnostics/anonymise';
import { captureFileName, captureSkeleton, utf8Length } from '@/utils/diagnostics/capture';
import { makeHasher } from '@/utils/diagnostics/hash';
import { LIGATURES } from '@/utils/diagnostics/vocabulary';
import { zoomAdapter } from '@/utils/platforms/zoom';
import { allFixtures, parseHtml, personalStrings, readFixture, summarise } from './replay-helpers';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function absent(out: string, s: string): boolean {
  return !out.includes(s) && !out.includes(esc(s)) && !out.includes(esc(s).replace(/"/g, '&quot;'));
}

/** Text nodes and text-bearing attribute values of a page that look like a name or a sentence. */
function wordyStrings(doc: Document): string[] {
  const out = new Set<string>();
  const walker = doc.createTreeWalker(doc.documentElement, 4);
  const wordy = (s: string) => s.length >= 6 && (/\s/.test(s) || /[^ -~]/.test(s)) && /\p{L}/u.test(s);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const p = n.parentElement?.localName;
    if (p === 'script' || p === 'style') continue;
    const s = (n.nodeValue ?? '').trim();
    if (wordy(s) && anonymiseText(s, makeHasher('x')) !== s) out.add(s);
  }
  for (const el of doc.querySelectorAll('*')) {
    for (const a of el.attributes) {
      if (a.name === 'class' || a.name === 'style') continue;
      const s = a.value.trim();
      if (!/^(alt|title|aria-label|placeholder|value|src|href|data-.*)$/.test(a.name) || !wordy(s)) continue;
      // Values a selector tests for (`[aria-label="participants list"]`) are platform vocabulary.
      if (a.name === 'aria-label' && anonymiseAria(a.name, s, makeHasher('x')) === s) continue;
      out.add(s);
    }
  }
  return [...out];
}

const SALT = 'test-salt';

/** The icon ligatures of a page (`<i>mic_off</i>`), in document order. */
function ligaturesOf(doc: Document): string[] {
  return [...doc.querySelectorAll('i, span')].flatMap((el) => {
    const t = el.textContent?.trim() ?? '';
    return LIGATURES.has(t) && el.children.length === 0 ? [t] : [];
  });
}

describe('captureSkeleton on every fixture', () => {
  for (const f of allFixtures()) {
    describe(`${f.platform}/${f.file.replace(/^/, '')}`, () => {
      const html = readFixture(f);

      it('leaves no participant name, id, caption, chat line, title or URL from the page', () => {
        const doc = parseHtml(html);
        const out = captureSkeleton(doc, { platform: f.platform, salt: SALT });
        const urls = [...html.matchAll(/https?:\/\/[^\s"'<>)]+/g)].map((m) => m[0]);
        const secrets = [...personalStrings(f.platform, doc), ...wordyStrings(doc), ...urls];
        // One assertion over the whole list, so a page without names or URLs still checks (and passes).
        expect(secrets.filter((s) => !absent(out, s))).toEqual([]);
      });

      it('keeps every icon ligature', () => {
        const doc = parseHtml(html);
        const out = captureSkeleton(doc, { platform: f.platform, salt: SALT });
        // The same ligatures in the same order: none dropped, none invented (Zoom pages have none).
        expect(ligaturesOf(parseHtml(out))).toEqual(ligaturesOf(doc));
      });

      it('replays: the readers see the same phase, counts and presence on the capture', () => {
        const doc = parseHtml(html);
        const out = captureSkeleton(doc, { platform: f.platform });
        expect(summarise(f.platform, parseHtml(out))).toEqual(summarise(f.platform, doc));
      });

      it('does not touch the page', () => {
        const doc = parseHtml(html);
        const before = doc.documentElement.outerHTML;
        captureSkeleton(doc, { platform: f.platform });
        expect(doc.documentElement.outerHTML).toBe(before);
      });
    });
  }

  it('covers both platforms and the in-call fixtures', () => {
    const all = allFixtures();
    expect(all.filter((f) => f.platform === 'meet').length).toBeGreaterThan(10);
    expect(all.filter((f) => f.platform === 'zoom').length).toBeGreaterThan(10);
    const inCall = all.filter((f) => summarise(f.platform, parseHtml(readFixture(f))).phase === 'in_call');
    expect(inCall.length).toBeGreaterThan(8);
    // The ligature check is not empty everywhere: most Meet pages carry icon ligatures.
    const withLigatures = all.filter((f) => ligaturesOf(parseHtml(readFixture(f))).length > 0);
    expect(withLigatures.filter((f) => f.platform === 'meet').length).toBeGreaterThan(10);
  });
});

/** A page seeded with everything that must not leave: the acceptance list of issue 13. */
const SEEDED = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Budget talks with Acme Corp – Meet</title>
<script>window.secret = "token-abc123";</script><style>.x{background:url(https://cdn.example.com/secret.png)}</style>
<link rel="icon" href="https://meet.google.com/favicon.ico"></head>
<body onload="steal()"><!-- Comment mentioning Jolanta Wiśniewska -->
<div data-participant-id="spaces/S/devices/d1" data-self-name="Jolanta Wiśniewska" onclick="alert(1)">
  <span class="notranslate">Jolanta Wiśniewska</span>
  <img src="https://lh3.googleusercontent.com/a/ACg8ocJolanta=s192" srcset="https://lh3.example/a 1x, https://lh3.example/b 2x" alt="Jolanta Wiśniewska">
  <div style="background-image:url('https://lh3.example/c.png');display:none" title="jolanta@example.org"></div>
  <a href="mailto:jolanta@example.org">jolanta@example.org</a>
  <i class="google-symbols">mic_off</i>
</div>
<div data-participant-id="spaces/S/devices/d2"><span class="notranslate">Kwame Mensah-Boateng</span></div>
<div jsname="dsyhDe"><div role="region" tabindex="0" aria-label="Captions">
  <div class="nMcdL"><span class="NWpY1d">Kwame Mensah-Boateng</span><div class="ygicle">Call me at +44 20 7946 0958 about the merger</div></div>
</div></div>
<div jsname="xySENc" aria-live="polite"><div data-message-id="m1"><div jsname="dTKtvb"><div>The password is hunter2, see https://intranet.acme.example/plan</div></div></div></div>
<input type="text" value="Jolanta W." aria-label="Your name"><textarea>draft message to Kwame</textarea>
<div aria-label="visual_effects Backgrounds and effects" data-tooltip="Kwame Mensah-Boateng (Presenting)"></div>
<span>Kwame Mensah-Boateng (Presenting)</span><span>Jolanta ended the meeting for everyone</span>
<span id="user jolanta" aria-labelledby="c12 wc-footer 98765432">x</span>
</body></html>`;

const SEEDED_SECRETS = [
  'Jolanta',
  'Wiśniewska',
  'Kwame',
  'Mensah',
  'jolanta@example.org',
  'example',
  'googleusercontent',
  'https:',
  'mailto',
  '7946',
  'merger',
  'hunter2',
  'password',
  'Budget',
  'Acme',
  'token-abc123',
  'secret',
  'steal',
  'alert',
  'draft',
  'Comment',
  'spaces/S',
  'Backgrounds',
];

describe('anonymisation rules', () => {
  it('leaves none of the seeded names, emails, URLs, phone numbers, captions or chat text', () => {
    const out = captureSkeleton(parseHtml(SEEDED), { platform: 'meet' });
    for (const s of SEEDED_SECRETS) expect(out, s).not.toContain(s);
  });

  it('drops scripts, styles, comments, event handlers and form values', () => {
    const out = captureSkeleton(parseHtml(SEEDED), { platform: 'meet' });
    expect(out).not.toMatch(/<script|<style/);
    expect(out).not.toMatch(/\sonload=|\sonclick=/);
    expect(out).not.toMatch(/\svalue=/);
    expect(out).toContain('<textarea></textarea>');
    // The only comment is Rapport's own header.
    expect(out.match(/<!--/g)).toHaveLength(1);
    expect(out).toMatch(/<!--\n {2}Rapport anonymised page sample\n {2}platform: meet\n/);
  });

  it('keeps tags, roles, classes, jsname, data-* names, ligatures, UI phrases and inline display', () => {
    const out = captureSkeleton(parseHtml(SEEDED), { platform: 'meet' });
    expect(out).toContain('<div jsname="dsyhDe"><div role="region" tabindex="0" aria-label="[t:');
    expect(out).toContain('class="notranslate"');
    expect(out).toMatch(/data-participant-id="h:[0-9a-f]{8}"/);
    expect(out).toContain('>mic_off</i>');
    expect(out).toMatch(/aria-label="visual_effects \[t:[0-9a-f]{8}\]"/);
    expect(out).toMatch(/<span>\[t:[0-9a-f]{8}\] \(Presenting\)<\/span>/);
    expect(out).toMatch(/<span>\[t:[0-9a-f]{8}\] ended the meeting for everyone<\/span>/);
    expect(out).toMatch(/style="background-image:url\(about:blank#u-[0-9a-f]{8}\);display:none"/);
    // An id that is not code-shaped is hashed whole; an IDREF list is hashed per reference.
    expect(out).toMatch(/id="rapport-id-[0-9a-f]{8}" aria-labelledby="c12 wc-footer rapport-id-[0-9a-f]{8}"/);
  });

  it('maps equal values to equal placeholders within a capture and unrelated ones across captures', () => {
    const doc = parseHtml(SEEDED);
    const a = captureSkeleton(doc, { platform: 'meet' });
    const b = captureSkeleton(doc, { platform: 'meet' });
    const nameIn = (out: string) =>
      [...out.matchAll(/<span class="notranslate">(\[t:[0-9a-f]{8}\])<\/span>/g)].map((m) => m[1]);
    const [jolantaA, kwameA] = nameIn(a);
    const [jolantaB] = nameIn(b);
    expect(jolantaA).not.toBe(kwameA);
    // The caption speaker is the tile's name: the same placeholder, so caption→participant survives.
    expect(a).toContain(`<span class="NWpY1d">${kwameA}</span>`);
    // The alt text equals the tile name → same placeholder.
    expect(a).toContain(`alt="${jolantaA}"`);
    expect(jolantaB).not.toBe(jolantaA);
    // A fixed salt reproduces a capture exactly (only for committed test fixtures).
    const now = new Date('2026-01-02T03:04:05Z');
    expect(captureSkeleton(doc, { platform: 'meet', salt: 's', now })).toBe(
      captureSkeleton(doc, { platform: 'meet', salt: 's', now }),
    );
  });

  it('records video readiness from the live property, not from page attributes', () => {
    const doc = parseHtml(
      '<body><video data-test-ready-state="1" data-rapport-ready-state="2"></video></body>',
    );
    Object.defineProperty(doc.querySelector('video')!, 'readyState', { get: () => 4 });
    const out = captureSkeleton(doc, { platform: 'meet' });
    expect(out).toContain('<video data-rapport-ready-state="4" data-test-ready-state="4"></video>');
  });

  it('writes a header with date, platform, version and the anonymised notice', () => {
    const out = captureSkeleton(parseHtml('<body></body>'), {
      platform: 'zoom',
      version: '1.2.3',
      now: new Date('2026-03-04T05:06:07.000Z'),
    });
    expect(out.startsWith('<!doctype html>\n<!--')).toBe(true);
    expect(out).toContain('platform: zoom');
    expect(out).toContain('captured: 2026-03-04T05:06:07.000Z');
    expect(out).toContain('rapport: 1.2.3');
    expect(out).toContain('anonymised:');
    expect(out).toContain('Nothing was sent anywhere.');
  });

  it('names the file rapport-page-sample-<platform>-YYYY-MM-DD.html', () => {
    expect(captureFileName('meet', new Date(2026, 8, 7, 23, 59))).toBe(
      'rapport-page-sample-meet-2026-09-07.html',
    );
  });
});

describe('Zoom frame', () => {
  const shell = allFixtures().find((f) => f.platform === 'zoom' && f.file === 'pwa-shell.html')!;
  const meeting = allFixtures().find((f) => f.platform === 'zoom' && f.file === 'new-meeting.html')!;

  function shellWithFrame(frameDoc: Document | null): Document {
    const top = parseHtml(readFixture(shell));
    Object.defineProperty(top.querySelector('iframe#webclient')!, 'contentDocument', {
      get: () => frameDoc,
    });
    return top;
  }

  it('inlines the same-origin iframe#webclient document and replays like the frame', () => {
    const frameDoc = parseHtml(readFixture(meeting));
    const out = captureSkeleton(shellWithFrame(frameDoc), {
      platform: 'zoom',
      frames: zoomAdapter.meetingFrames,
      salt: SALT,
    });
    expect(out).toContain('<rapport-frame id="webclient" data-rapport-frame="inlined">');
    expect(out).not.toContain('<iframe');
    for (const s of personalStrings('zoom', frameDoc)) expect(absent(out, s), s).toBe(true);
    expect(summarise('zoom', parseHtml(out))).toEqual(summarise('zoom', frameDoc));
    expect(summarise('zoom', frameDoc).phase).toBe('in_call');
  });

  it('marks an unreachable frame instead of failing', () => {
    const out = captureSkeleton(shellWithFrame(null), {
      platform: 'zoom',
      frames: zoomAdapter.meetingFrames,
    });
    expect(out).toContain('<rapport-frame id="webclient" data-rapport-frame="unreachable"></rapport-frame>');
  });

  it('keeps the frame as an empty iframe when asked not to descend', () => {
    const frameDoc = parseHtml(readFixture(meeting));
    const out = captureSkeleton(shellWithFrame(frameDoc), {
      platform: 'zoom',
      frames: zoomAdapter.meetingFrames,
      includeFrame: false,
    });
    expect(out).toMatch(
      /<iframe id="webclient" class="pwa-webclient__iframe" src="about:blank#u-[0-9a-f]{8}"/,
    );
    expect(out).not.toContain('rapport-frame');
  });
});

describe('size bound', () => {
  const big = allFixtures().find((f) => f.file === '2026-09-49-tiles.html')!;

  it('stays under maxBytes, marks the cut, and is still a well-formed document', () => {
    for (const max of [3_000, 8_000, 20_000]) {
      const out = captureSkeleton(parseHtml(readFixture(big)), { platform: 'meet', maxBytes: max });
      expect(utf8Length(out)).toBeLessThanOrEqual(max);
      expect(utf8Length(out)).toBeGreaterThan(max - 600);
      expect(out).toContain('<rapport-truncated data-rapport-reason="size"></rapport-truncated>');
      expect(out.trimEnd().endsWith('</body></html>')).toBe(true);
      expect(() => summarise('meet', parseHtml(out))).not.toThrow();
    }
  });

  it('keeps the whole page under the default 2 MB without a marker', () => {
    const out = captureSkeleton(parseHtml(readFixture(big)), { platform: 'meet' });
    expect(out).not.toContain('rapport-truncated');
  });

  it('holds a page far larger than the bound to it', () => {
    const doc = parseHtml('<body></body>');
    const rows = Array.from(
      { length: 3_000 },
      (_, i) => `<div class="row" data-i="${i}"><span>Person number ${i}</span></div>`,
    );
    doc.body.innerHTML = rows.join('');
    const out = captureSkeleton(doc, { platform: 'meet', maxBytes: 50_000 });
    expect(utf8Length(out)).toBeLessThanOrEqual(50_000);
    expect(out).toContain('data-rapport-reason="size"');
  });

  it('cuts subtrees deeper than maxDepth with a marker', () => {
    const doc = parseHtml(`<body>${'<div>'.repeat(50)}deep${'</div>'.repeat(50)}</body>`);
    const out = captureSkeleton(doc, { platform: 'meet', maxDepth: 20 });
    expect(out).toContain('<rapport-truncated data-rapport-reason="depth"></rapport-truncated>');
    expect(out.match(/<div>/g)?.length).toBe(18); // html, body, then divs up to depth 19
  });
});
