import { describe, expect, it } from 'vitest';
import { classifySender } from '@/utils/background/sender';

const ext = { id: 'ext-id', baseUrl: 'chrome-extension://ext-id/' };

describe('classifySender', () => {
  it.each([
    [
      'Meet content script',
      { id: 'ext-id', url: 'https://meet.google.com/abc-defg-hij', tab: {} },
      'content',
    ],
    ['Zoom web client', { id: 'ext-id', url: 'https://us05web.zoom.us/wc/1/join', tab: {} }, 'content'],
    [
      'app.zoom.us',
      { id: 'ext-id', url: 'https://app.zoom.us/wc/1/join', tab: {}, origin: 'https://app.zoom.us' },
      'content',
    ],
    ['options page', { id: 'ext-id', url: 'chrome-extension://ext-id/options.html' }, 'extension-page'],
    [
      'popup opened in a tab',
      { id: 'ext-id', url: 'chrome-extension://ext-id/popup.html', tab: {} },
      'extension-page',
    ],
  ] as const)('accepts %s', (_n, sender, kind) => {
    expect(classifySender(sender, ext)).toBe(kind);
  });

  it('accepts Firefox extension pages', () => {
    expect(
      classifySender(
        { id: 'x@y', url: 'moz-extension://uuid-1/options.html' },
        { id: 'x@y', baseUrl: 'moz-extension://uuid-1/' },
      ),
    ).toBe('extension-page');
  });

  it.each([
    ['no sender', undefined],
    ['another extension', { id: 'other', url: 'https://meet.google.com/x', tab: {} }],
    ['another extension’s page', { id: 'ext-id', url: 'chrome-extension://other-id/options.html' }],
    ['a different moz-extension uuid', { id: 'ext-id', url: 'moz-extension://evil/options.html' }],
    ['no url', { id: 'ext-id', tab: {} }],
    ['garbage url', { id: 'ext-id', url: 'not a url', tab: {} }],
    ['some other site', { id: 'ext-id', url: 'https://evil.example/meet.google.com', tab: {} }],
    ['look-alike host', { id: 'ext-id', url: 'https://meet.google.com.evil.example/', tab: {} }],
    ['zoom look-alike', { id: 'ext-id', url: 'https://zoom.us.evil.example/wc/', tab: {} }],
    ['notzoom.us', { id: 'ext-id', url: 'https://notzoom.us/wc/', tab: {} }],
    ['plain http', { id: 'ext-id', url: 'http://meet.google.com/abc', tab: {} }],
    ['platform url without a tab', { id: 'ext-id', url: 'https://meet.google.com/abc' }],
    [
      'origin disagrees with url',
      { id: 'ext-id', url: 'https://meet.google.com/abc', tab: {}, origin: 'https://evil.example' },
    ],
    ['data url', { id: 'ext-id', url: 'data:text/html,hi', tab: {} }],
  ] as const)('rejects %s', (_n, sender) => {
    expect(classifySender(sender as never, ext)).toBeNull();
  });
});
