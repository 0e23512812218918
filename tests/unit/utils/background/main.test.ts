import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { backgroundService, startBackground } from '@/utils/background/main';
import { T0 } from '../store/helpers';

const meet = { id: fakeBrowser.runtime.id, url: 'https://meet.google.com/abc-defg-hij', tab: { id: 1 } };
const page = () => ({ id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/options.html') });

async function send(message: unknown, sender: unknown) {
  const replies = await fakeBrowser.runtime.onMessage.trigger(message, sender as never);
  return replies.find((r: unknown) => r !== undefined);
}

describe('startBackground (wired to the fake browser)', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('answers cs:ready and exposes __rapportSeen for e2e tests', async () => {
    startBackground();
    expect(await send({ type: 'cs:ready', platform: 'meet' }, meet)).toEqual({
      ok: true,
      data: { ok: true },
    });
    const seen = (globalThis as { __rapportSeen?: Map<string, number> }).__rapportSeen;
    expect(seen?.get('meet')).toBe(1);
  });

  it('ignores other extensions and rejects foreign pages', async () => {
    startBackground();
    expect(
      await send({ type: 'cs:ready', platform: 'meet' }, { ...meet, id: 'someone-else' }),
    ).toBeUndefined();
    expect(await send({ type: 'ui:export' }, { ...meet })).toEqual({
      ok: false,
      error: expect.stringMatching(/not allowed/),
    });
  });

  it('records a call end to end and exports it to an extension page', async () => {
    startBackground();
    const events = [
      { type: 'call.started', t: T0, platform: 'meet', meetingCode: 'abc-defg-hij' },
      { type: 'participant.joined', t: T0, id: 'me', name: 'Sam', isSelf: true },
      { type: 'participant.joined', t: T0, id: 'a', name: 'Ada', isSelf: false },
      { type: 'speaking.started', t: T0 + 1000, id: 'a' },
      { type: 'speaking.stopped', t: T0 + 61_000, id: 'a' },
      { type: 'call.ended', t: T0 + 120_000, reason: 'ended_by_host' },
    ];
    const r = await send(
      { type: 'cs:events', sessionId: 'sess_main_1', platform: 'meet', firstSeq: 1, events },
      meet,
    );
    expect(r).toEqual({ ok: true, data: { durableSeq: 6, appliedSeq: 6 } });
    const file = (await send({ type: 'ui:export' }, page())) as {
      ok: true;
      data: {
        meetings: {
          id: string;
          endReason: string;
          participants: { displayName: string; speakingMs: number }[];
        }[];
      };
    };
    const m = file.data.meetings.find((x) => x.id === 'sess_main_1');
    expect(m?.endReason).toBe('ended');
    expect(m?.participants.find((p) => p.displayName === 'Ada')?.speakingMs).toBe(60_000);
    const service = await backgroundService();
    expect(service?.stats.finalised).toBeGreaterThanOrEqual(1);
  });
});
