import { describe, expect, it } from 'vitest';
import { ROSTERS } from '@/tests/fixtures/acks';
import { ackLanguageProfile } from '@/utils/acks/auto-language';
import { createAckDetector } from '@/utils/acks/detector';
import { ACK_LANGUAGES, type AckLanguageCode } from '@/utils/acks/languages';
import { createAckLanguageController } from '@/utils/content/ack-language';
import { createCallPipeline } from '@/utils/content/call-pipeline';
import { createRoster } from '@/utils/content/roster';
import type { MeetingEvent } from '@/utils/meeting/events';

/** A bridge that records what the content script asked the background for. */
function fakeBridge() {
  const asked: string[] = [];
  return {
    asked,
    bridge: {
      loadAckLanguage: async (code: AckLanguageCode) => {
        asked.push(code);
        return ACK_LANGUAGES[code] ?? null;
      },
      loadAckProfiles: async () => {
        asked.push('profiles');
        return Object.values(ACK_LANGUAGES).map(ackLanguageProfile);
      },
    },
    /** As in a content script: no table until one is loaded. */
    registry: (() => {
      const loaded = new Set<string>();
      return {
        has: (code: string) => loaded.has(code),
        register: (l: { code: string }) => loaded.add(l.code),
      };
    })(),
  };
}

const caption = (t: number, captionId: string, text: string, speakerId = 'alex') =>
  ({ type: 'caption', t, captionId, speakerId, speakerName: '', text, replaces: false }) as const;

describe('acknowledgement language in the content script', () => {
  it('a fixed setting asks for that one table and nothing else', async () => {
    const { bridge, asked, registry } = fakeBridge();
    const c = createAckLanguageController(bridge, 'en-US', registry);
    await c.configure({ enabled: true, language: 'fr' });
    expect(c.current).toBe('fr');
    c.observe(caption(1, 'c1', 'so I think the data is what we have and that is it for this week'));
    await c.idle();
    expect(c.current).toBe('fr');
    expect(asked).toEqual(['fr']);
  });

  it('off asks for nothing', async () => {
    const { bridge, asked, registry } = fakeBridge();
    const c = createAckLanguageController(bridge, 'en-US', registry);
    await c.configure({ enabled: false, language: 'auto' });
    expect(asked).toEqual(['profiles']);
    expect(c.current).toBeNull();
  });

  it('auto starts from the browser language, follows the captions, and loads only the tables it uses', async () => {
    const { bridge, asked, registry } = fakeBridge();
    const c = createAckLanguageController(bridge, 'de-DE', registry);
    const changes: string[] = [];
    c.onChange((code) => changes.push(code));
    await c.configure({ enabled: true, language: 'auto' });
    expect(c.current).toBe('de');
    const sentences = [
      'bueno creo que tenemos que revisar esto antes del viernes',
      'pues sí pero el informe está casi listo y también la demo',
      'vale entonces lo vemos el lunes con el equipo',
    ];
    sentences.forEach((s, i) => {
      const words = s.split(' ');
      for (let w = 1; w <= words.length; w++)
        c.observe(caption(i * 10 + w, `c${i}`, words.slice(0, w).join(' ')));
    });
    await c.idle();
    expect(c.current).toBe('es');
    expect(changes).toEqual(['de', 'es']);
    expect(asked).toEqual(['profiles', 'de', 'es']);
  });

  it('the caption-language control wins over the words seen', async () => {
    const { bridge, registry } = fakeBridge();
    const c = createAckLanguageController(bridge, 'en-US', registry);
    await c.configure({ enabled: true, language: 'auto' });
    c.hint('日本語');
    await c.idle();
    expect(c.current).toBe('ja');
    c.hint(null);
    await c.idle();
    expect(c.current).toBe('en');
  });

  it('a switch mid-call applies from the next caption on (the pipeline keeps its roster)', async () => {
    const roster = createRoster();
    const p = createCallPipeline({
      platform: 'meet',
      sessionId: 's1',
      now: () => 0,
      acks: { enabled: true, language: 'en' },
      roster,
      send: async (m) => ({
        durableSeq: m.firstSeq + m.events.length - 1,
        appliedSeq: m.firstSeq + m.events.length - 1,
      }),
      batcher: { timers: { setInterval: () => 0, clearInterval: () => {} } },
    });
    const feed = (e: MeetingEvent) => {
      roster.observe(e);
      p.input(e);
    };
    feed({ type: 'call.started', t: 0, platform: 'meet', meetingCode: 'abc-defg-hij' });
    for (const person of ROSTERS.mundo)
      feed({ type: 'participant.joined', t: 0, id: person.id, name: person.name, isSelf: !!person.isSelf });
    feed(caption(1000, 'c1', 'merci léa'));
    feed(caption(10_000, 'c2', 'hello'));
    expect(p.snapshot().participants.find((x) => x.id === 'lea')?.acksReceived ?? 0).toBe(0);
    p.setAckLanguage('fr');
    feed(caption(11_000, 'c3', 'merci chloé'));
    feed(caption(20_000, 'c4', 'ok'));
    const snap = p.snapshot();
    expect(snap.participants.find((x) => x.id === 'chloe')?.acksReceived).toBe(1);
    expect(snap.participants.find((x) => x.id === 'lea')?.acksReceived ?? 0).toBe(0);
  });

  it('a detector without a table tracks the call and detects nothing until one is set', () => {
    const d = createAckDetector({ language: null });
    for (const person of ROSTERS.mundo)
      d.push({ type: 'participant.joined', t: 0, id: person.id, name: person.name, isSelf: !!person.isSelf });
    d.push(caption(1000, 'c1', 'gracias ana'));
    expect(d.flush()).toEqual([]);
    d.setLanguage('es');
    expect(d.language).toBe('es');
    d.push(caption(2000, 'c2', 'gracias ana'));
    expect(d.flush().map((a) => `${a.toId}:${a.kind}`)).toEqual(['ana:thanks']);
  });
});
