import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { buildHealthReport } from '@/utils/diagnostics/health';
import { SIGNALS } from '@/utils/meeting/constants';
import { CONTENT_MESSAGES, parseRequest, requestSchemas } from '@/utils/messages';
import { sendMessage } from '@/utils/send-message';

const S = 'session_abc123';

describe('message map', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  const valid: Record<keyof typeof requestSchemas, unknown> = {
    'cs:ready': { type: 'cs:ready', platform: 'zoom' },
    'cs:events': { type: 'cs:events', sessionId: S, platform: 'meet', firstSeq: 1, events: [] },
    'cs:discard-session': { type: 'cs:discard-session', sessionId: S, platform: 'meet' },
    'cs:resume': { type: 'cs:resume', platform: 'meet' },
    'cs:get-config': { type: 'cs:get-config', platform: 'meet' },
    'cs:set-never-track': { type: 'cs:set-never-track', code: 'abc-defg-hij', on: true },
    'cs:save-position': { type: 'cs:save-position', platform: 'zoom', position: { x: 10, y: 20 } },
    'cs:status': { type: 'cs:status', status: 'paused' },
    'cs:get-meeting': { type: 'cs:get-meeting', id: S },
    'cs:open-reflection': { type: 'cs:open-reflection', id: S },
    'ui:mark-read': { type: 'ui:mark-read', upTo: 5 },
    'cs:health': {
      type: 'cs:health',
      report: buildHealthReport(
        'meet',
        Object.fromEntries(SIGNALS.map((s) => [s, { state: 'ok', layer: 'x' }])) as never,
        1000,
      ),
    },
    'cs:open-health': { type: 'cs:open-health' },
    'cs:ack-language': { type: 'cs:ack-language', code: 'de' },
    'cs:ack-profiles': { type: 'cs:ack-profiles' },
    'cs:load-call': { type: 'cs:load-call' },
    'ui:health': { type: 'ui:health' },
    'ui:capture': { type: 'ui:capture' },
    'ui:live': { type: 'ui:live' },
    'ui:live-calls': { type: 'ui:live-calls' },
    'ui:latest-meeting': { type: 'ui:latest-meeting' },
    'ui:popup': { type: 'ui:popup' },
    'ui:list-meetings': { type: 'ui:list-meetings', from: 0, to: 10, limit: 5 },
    'ui:get-meeting': { type: 'ui:get-meeting', id: 'm' },
    'ui:delete-meeting': { type: 'ui:delete-meeting', id: 'm' },
    'ui:delete-all': { type: 'ui:delete-all' },
    'ui:export': { type: 'ui:export' },
    'ui:import': { type: 'ui:import', data: '{}' },
    'ui:storage-usage': { type: 'ui:storage-usage' },
    'ui:get-settings': { type: 'ui:get-settings' },
    'ui:set-settings': { type: 'ui:set-settings', patch: { retentionDays: 30 } },
    'ui:put-reflection': { type: 'ui:put-reflection', id: 'm', data: { a: 1 } },
  };

  it.each(Object.entries(valid))('accepts a valid %s', (_type, message) => {
    expect(parseRequest(message).ok).toBe(true);
  });

  const invalid: [string, unknown, RegExp][] = [
    ['cs:ready without platform', { type: 'cs:ready' }, /platform/],
    ['cs:events short session id', { ...(valid['cs:events'] as object), sessionId: 'abc' }, /sessionId/],
    ['cs:events fractional seq', { ...(valid['cs:events'] as object), firstSeq: 1.5 }, /firstSeq/],
    ['cs:events bad at', { ...(valid['cs:events'] as object), at: -1 }, /at/],
    ['cs:events goodbye not boolean', { ...(valid['cs:events'] as object), goodbye: 'yes' }, /goodbye/],
    ['cs:health without a report', { type: 'cs:health' }, /report/],
    ['cs:status unknown state', { type: 'cs:status', status: 'spying' }, /status/],
    ['cs:set-never-track empty code', { type: 'cs:set-never-track', code: '', on: true }, /code/],
    [
      'cs:save-position NaN',
      { type: 'cs:save-position', platform: 'meet', position: { x: Number.NaN, y: 0 } },
      /position/,
    ],
    ['cs:discard-session without platform', { type: 'cs:discard-session', sessionId: S }, /platform/],
    ['ui:live bad session', { type: 'ui:live', sessionId: 'no spaces allowed' }, /sessionId/],
    ['ui:list-meetings negative from', { type: 'ui:list-meetings', from: -1 }, /from/],
    ['ui:list-meetings empty person', { type: 'ui:list-meetings', person: '' }, /person/],
    ['ui:get-meeting empty id', { type: 'ui:get-meeting', id: '' }, /id/],
    ['ui:delete-meeting id too long', { type: 'ui:delete-meeting', id: 'x'.repeat(300) }, /id/],
    [
      'ui:set-settings forget 0 days',
      { type: 'ui:set-settings', patch: { forgetNamesAfterDays: 0 } },
      /forgetNamesAfterDays/,
    ],
    ['ui:put-reflection array', { type: 'ui:put-reflection', id: 'm', data: [1] }, /data/],
    ['type not a string', { type: 5 }, /Unknown message type/],
    ['prototype key as type', { type: 'toString' }, /Unknown message type/],
  ];

  it.each(invalid)('rejects %s', (_n, message, pattern) => {
    const r = parseRequest(message);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(pattern);
  });

  it('content messages are exactly the cs:* ones', () => {
    expect([...CONTENT_MESSAGES].sort()).toEqual(
      Object.keys(requestSchemas)
        .filter((k) => k.startsWith('cs:'))
        .sort(),
    );
  });

  it('sendMessage goes through the browser runtime by default and unwraps the envelope', async () => {
    fakeBrowser.runtime.onMessage.addListener(((m: { type: string }) =>
      Promise.resolve(
        m.type === 'ui:get-settings'
          ? { ok: true, data: { retentionDays: 7, forgetNamesAfterDays: null } }
          : { ok: false, error: 'nope' },
      )) as never);
    expect(await sendMessage({ type: 'ui:get-settings' })).toEqual({
      retentionDays: 7,
      forgetNamesAfterDays: null,
    });
    await expect(sendMessage({ type: 'ui:export' })).rejects.toThrow('nope');
  });
});
