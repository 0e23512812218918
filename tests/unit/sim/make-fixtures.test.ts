// @vitest-environment happy-dom
/**
 * The static fixtures are what the simulator renders (same renderers, happy-dom), so they must not drift
 * from the generator; and they must be usable by static readers: parse them and check the hooks.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FIXTURES_DIR, renderFixtures } from '@/tests/sim/make-fixtures';

const rendered = renderFixtures();

function parse(file: string): Document {
  return new DOMParser().parseFromString(readFileSync(`${FIXTURES_DIR}${file}`, 'utf8'), 'text/html');
}

describe('static fixtures', () => {
  it.each(Object.keys(rendered))('%s is up to date with tests/sim/make-fixtures.ts', (file) => {
    expect(readFileSync(`${FIXTURES_DIR}${file}`, 'utf8')).toBe(rendered[file]);
  });

  it('every fixture is dated and loads nothing from another host', () => {
    for (const file of Object.keys(rendered)) {
      const text = readFileSync(`${FIXTURES_DIR}${file}`, 'utf8');
      expect(text).toMatch(/shape as of \d{4}-\d{2} per meet-zoom-dom\.md/);
      const doc = parse(file);
      for (const el of doc.querySelectorAll('[src]')) {
        const src = el.getAttribute('src')!;
        const local = /^(data:|about:blank$|https:\/\/app\.zoom\.us\/)/.test(src) || !/^[a-z]+:/.test(src);
        expect(local, `${file}: ${src.slice(0, 80)}`).toBe(true);
      }
      expect(doc.querySelectorAll('script')).toHaveLength(0);
    }
  });

  it('Meet in-call has tiles, a speaking widget, captions, chat, People panel and a raised hand', () => {
    const doc = parse('meet/in-call.html');
    const tiles = doc.querySelectorAll('.sim-tile[data-participant-id^="spaces/"]');
    expect(tiles).toHaveLength(6);
    const speaking = [...doc.querySelectorAll('main [jsname="QgSmzd"]')].filter(
      (w) => !w.classList.contains('gjg47c'),
    );
    expect(
      speaking.map((w) => w.closest('[data-participant-id]')!.getAttribute('data-participant-id')),
    ).toEqual(['spaces/SPqvdmxratkp/devices/me']);
    expect(doc.querySelector('[data-call-ended="false"]')).not.toBeNull();
    const region = doc.querySelector(
      '[jsname="dsyhDe"] [role="region"][tabindex="0"][aria-label="Captions"]',
    )!;
    const entries = [...region.querySelectorAll('.nMcdL')].map((e) => [
      e.querySelector('.NWpY1d')!.textContent,
      e.querySelector('.ygicle')!.textContent,
    ]);
    expect(entries).toContainEqual(['You', 'Thanks Priya, that unblocks the release']);
    expect(entries.length).toBeLessThanOrEqual(6);
    expect(doc.querySelector('.Ge9Kpc [data-message-id] [jsname="dTKtvb"] > div')!.textContent).toBe(
      'Link to the fix is in the PR',
    );
    expect(
      doc
        .querySelector('[role="region"][aria-label="Raised hands"] [role="listitem"]')!
        .getAttribute('aria-label'),
    ).toBe('Mateo Núñez');
    expect(doc.querySelector('[role="listitem"][aria-label="Zofia Wąsik"] button[disabled]')).not.toBeNull();
    expect(doc.querySelector('button[jsname="hw0c9"]')!.getAttribute('data-is-muted')).toBe('false');
  });

  it('Meet lobby, waiting and ended states carry their markers', () => {
    const lobby = parse('meet/lobby.html');
    expect(lobby.querySelector('div[role="button"][jsname="hw0c9"][data-is-muted]')).not.toBeNull();
    expect(lobby.querySelector('button[jsname="CQylAd"]')).toBeNull();
    // The pre-join screen names the user (.awLEm, §1.3 "Local user"): the adapter's lobby self source.
    expect(lobby.querySelector('.awLEm')!.textContent).toBe('Jonas Æbelø');
    const waiting = parse('meet/waiting.html');
    expect(waiting.body.textContent).toContain('Asking to be let in…');
    expect(waiting.querySelector('button[jsname="CQylAd"] i')!.textContent).toBe('call_end');
    expect(waiting.querySelector('[jsname="RrG0hf"]')).toBeNull();
    const ended = parse('meet/ended.html');
    expect(ended.querySelector('[data-call-ended="true"] h1.roSPhc')!.textContent).toBe(
      'Your host ended the meeting for everyone',
    );
  });

  it('Zoom meeting pages have the BEM hooks; the end modal and waiting room are distinct', () => {
    for (const file of ['zoom/classic-meeting.html', 'zoom/new-meeting.html']) {
      const doc = parse(file);
      expect(doc.querySelector('#audioOptionMenu')).not.toBeNull();
      expect(doc.querySelector('.footer__leave-btn-container button[aria-label="Leave"]')).not.toBeNull();
      const active = doc.querySelector('[class*="__video-frame--active"] .video-avatar__avatar-footer span');
      expect(active?.textContent).toBe('Rafael Souza');
      expect(
        doc.querySelector('#live-transcription-subtitle .live-transcription-subtitle__item')!.textContent,
      ).toContain('credit to Inès');
      expect(doc.querySelectorAll('.participants-li')).toHaveLength(3);
      expect(doc.querySelector('.chat-item-container[data-id] .chat-item__sender')!.textContent).toBe(
        'Inès Lefèvre',
      );
    }
    expect(
      parse('zoom/classic-meeting.html').querySelector('.speaker-active-container__video-frame'),
    ).not.toBeNull();
    expect(parse('zoom/new-meeting.html').querySelector('.gallery-video-container__wrapper')).not.toBeNull();
    expect(parse('zoom/ended-modal.html').querySelector('.zm-modal .zm-modal-body-title')!.textContent).toBe(
      'This meeting has been ended by host',
    );
    expect(parse('zoom/waiting-room.html').body.textContent).toContain(
      'Please wait, the meeting host will let you in soon.',
    );
    expect(
      parse('zoom/classic-prejoin.html').querySelector('#inputname[placeholder="Your Name"]'),
    ).not.toBeNull();
    expect(parse('zoom/new-prejoin.html').querySelector('button.preview-join-button')).not.toBeNull();
    expect(
      parse('zoom/pwa-shell.html').querySelector('iframe#webclient.pwa-webclient__iframe'),
    ).not.toBeNull();
  });
});
