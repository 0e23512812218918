import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ROSTERS } from '@/tests/fixtures/acks';
import type { AckEvent } from '@/utils/acks';
import { createAckDetector, DEFAULT_QUIET_MS, detectInText, MAX_OPEN_ENTRIES, manualAck } from '@/utils/acks';
import { type MeetingEvent, meetingEventSchema } from '@/utils/meeting/events';

const ROSTER = ROSTERS.team;

function setup(language: 'en' | 'de' = 'en') {
  const d = createAckDetector({ language });
  const out: AckEvent[] = [];
  for (const p of ROSTER)
    out.push(...d.push({ type: 'participant.joined', t: 0, id: p.id, name: p.name, isSelf: !!p.isSelf }));
  return { d, out, push: (e: MeetingEvent) => out.push(...d.push(e)) };
}

const cap = (
  t: number,
  captionId: string,
  speakerId: string | undefined,
  text: string,
  replaces = false,
  speakerName = '',
) => ({ type: 'caption', t, captionId, speakerId, speakerName, text, replaces }) as const;
const brief = (a: AckEvent[]) => a.map((x) => `${x.fromId}>${x.toId}:${x.kind}/${x.source}`);

describe('captions', () => {
  it('counts an entry once however often it is rewritten, and waits for it to settle', () => {
    const { d, out, push } = setup();
    const words = 'Thanks Priya for pulling this together so quickly'.split(' ');
    for (let i = 1; i <= words.length; i++)
      push(cap(1000 + i * 300, 'c1', 'jo', words.slice(0, i).join(' '), true));
    push(cap(4000, 'c1', 'jo', 'Thanks, Priya, for pulling this together so quickly.', true));
    expect(out).toEqual([]); // not final yet
    expect(brief(d.tick(4000 + DEFAULT_QUIET_MS))).toEqual(['jo>priya:thanks/caption']);
    expect(d.flush()).toEqual([]);
  });

  it('uses the corrected text: a recogniser fix that removes the name produces nothing', () => {
    const { d, push, out } = setup();
    push(cap(1000, 'c1', 'jo', 'Thanks Sam', false));
    push(cap(1800, 'c1', 'jo', 'Thanks, same here.', true));
    out.push(...d.flush());
    expect(out).toEqual([]);
  });

  it('a late correction of a closed entry never repeats an ack', () => {
    const { d, push, out } = setup();
    push(cap(1000, 'c1', 'jo', 'Great point, Lee.'));
    out.push(...d.tick(1000 + DEFAULT_QUIET_MS));
    push(cap(9000, 'c1', 'jo', 'Great point, Lee!', true));
    out.push(...d.flush());
    expect(brief(out)).toEqual(['jo>lee:credit/caption']);
  });

  it('does not lose or double an entry when the captions region is replaced (new captionId, same text)', () => {
    const { d, push, out } = setup();
    push(cap(1000, 'a1', 'jo', 'Thank you Dana for'));
    // CC toggled: the region is rebuilt, the adapter sees a new id re-rendering the same entry
    push(cap(1500, 'b1', 'jo', 'Thank you Dana for the offsite'));
    push(cap(1900, 'b1', 'jo', 'Thank you Dana for the offsite planning, really.', true));
    out.push(...d.flush());
    expect(brief(out)).toEqual(['jo>dana:thanks/caption']);
  });

  it('a region that replays only the tail continues the entry', () => {
    const { d, push, out } = setup();
    push(cap(1000, 'a1', 'jo', 'So before we wrap up, thanks Grace for the notes'));
    push(cap(1500, 'b1', 'jo', 'thanks Grace for the notes and the agenda'));
    out.push(...d.flush());
    expect(brief(out)).toEqual(['jo>grace:thanks/caption']);
  });

  it('a different sentence under a new id is a new entry (nothing lost)', () => {
    const { d, push, out } = setup();
    push(cap(1000, 'a1', 'jo', 'Thanks Grace.'));
    push(cap(1500, 'b1', 'jo', 'Lee, what do you think?'));
    out.push(...d.flush());
    expect(brief(out).sort()).toEqual(['jo>grace:thanks/caption', 'jo>lee:invitation/caption']);
  });

  it('maps the "You" speaker label to the local user and never counts self-mentions', () => {
    const { d, push, out } = setup();
    push(cap(1000, 'c1', undefined, 'Thanks, Sam.', false, 'You'));
    push(cap(1000, 'c2', undefined, 'Thanks, Jo.', false, 'You'));
    push(cap(1000, 'c3', undefined, 'As Sam said, thanks Jo.', false, 'Sam Okafor'));
    out.push(...d.flush());
    expect(brief(out).sort()).toEqual(['jo>sam:thanks/caption', 'sam>jo:thanks/caption']);
  });

  it('a "You" entry spoken before the roster named the local user is the user’s once known (Zoom)', () => {
    const d = createAckDetector({ language: 'en' });
    const out: AckEvent[] = [];
    for (const p of ROSTER)
      out.push(...d.push({ type: 'participant.joined', t: 0, id: p.id, name: p.name, isSelf: false }));
    out.push(...d.push(cap(1000, 'z1', undefined, 'Priya, what do you think of the draft?', false, 'You')));
    out.push(...d.push({ type: 'participant.self', t: 1500, id: 'jo' }));
    out.push(...d.flush());
    expect(brief(out)).toEqual(['jo>priya:invitation/caption']);
  });

  it('an entry whose first words had no speaker takes the speaker a later rewrite names', () => {
    const { d, push, out } = setup();
    push(cap(1000, 'z1', undefined, 'Great point'));
    push(cap(1400, 'z1', 'jo', 'Great point, Sam', true));
    out.push(...d.flush());
    expect(brief(out)).toEqual(['jo>sam:credit/caption']);
  });

  it('finalises everything at call end', () => {
    const { push, out } = setup();
    push(cap(1000, 'c1', 'jo', 'I agree with María.'));
    push({ type: 'call.ended', t: 1200, reason: 'left' });
    expect(brief(out)).toEqual(['jo>maria:agreement/caption']);
  });

  it('keeps a bounded set of open entries', () => {
    const { d, push, out } = setup();
    for (let i = 0; i < 200; i++)
      push(cap(1000 + i, `c${i}`, ROSTER[i % ROSTER.length]!.id, `entry number ${i} thanks Lee`));
    expect(d.openEntries).toBeLessThanOrEqual(MAX_OPEN_ENTRIES);
    out.push(...d.flush());
    expect(d.openEntries).toBe(0);
    // every speaker but Lee thanked Lee; the bound only finalises early, it loses nothing
    expect(new Set(out.map((a) => a.fromId)).size).toBe(ROSTER.length - 1);
  });

  it('gives a long monologue an interim pass over settled sentences without double counting', () => {
    const { d, push, out } = setup();
    let text = 'Thanks Priya for the deck.';
    push(cap(0, 'c1', 'jo', text));
    for (let i = 1; i <= 30; i++) {
      text += ' and more words';
      push(cap(i * 400, 'c1', 'jo', text));
    }
    expect(brief(out)).toEqual(['jo>priya:thanks/caption']);
    out.push(...d.flush());
    expect(brief(out)).toEqual(['jo>priya:thanks/caption']);
  });

  it("property: any order of an entry's rewrites yields at most one ack per (from, to, kind)", () => {
    const sentences = [
      'Thanks Priya, great point, and I agree with Priya, thanks again Priya',
      'Lee, what do you think? Lee, any thoughts? Thanks Lee',
      'As Sam said, great work Sam, I agree with Sam and thank you Sam',
    ];
    fc.assert(
      fc.property(
        fc.constantFrom(...sentences),
        fc.array(fc.nat(), { minLength: 1, maxLength: 25 }),
        fc.array(fc.integer({ min: 0, max: 5000 }), { minLength: 1, maxLength: 25 }),
        (sentence, cuts, gaps) => {
          const { d, push, out } = setup();
          let t = 1000;
          cuts.forEach((c, i) => {
            t += gaps[i % gaps.length]!;
            push(cap(t, 'e1', 'jo', sentence.slice(0, 1 + (c % sentence.length)), i > 0));
          });
          push(cap(t + 10, 'e1', 'jo', sentence, true));
          out.push(...d.flush());
          const keys = out.map((a) => `${a.fromId}>${a.toId}:${a.kind}`);
          expect(new Set(keys).size).toBe(keys.length);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('chat', () => {
  it('takes the sender from the event and reads @mentions and emoji thanks', () => {
    const { push, out } = setup();
    push({ type: 'chat', t: 1, senderId: 'lee', senderName: 'Lee Chen', isSelf: false, text: '🙏 Sam' });
    push({ type: 'chat', t: 2, senderName: 'Grace Kim', isSelf: false, text: 'thanks @Priya 🙌' });
    push({ type: 'chat', t: 3, senderName: 'Jo Park', isSelf: true, text: '@Dana great point' });
    push({
      type: 'chat',
      t: 4,
      senderId: 'sam',
      senderName: 'Sam Okafor',
      isSelf: false,
      text: '@Lee can you send the file?',
    });
    push({
      type: 'chat',
      t: 5,
      senderId: 'mark',
      senderName: 'Mark Jones',
      isSelf: false,
      text: '+1 @Alexandra',
    });
    expect(brief(out)).toEqual([
      'lee>sam:thanks/chat',
      'grace>priya:thanks/chat',
      'jo>dana:credit/chat',
      'mark>alexandra:agreement/chat',
    ]);
  });

  it('an @mention lets a lower-case common-word name count', () => {
    expect(detectInText('thanks @will', 'jo', ROSTER, 'en').map((a) => a.toId)).toEqual(['will']);
    expect(detectInText('thanks, will do', 'jo', ROSTER, 'en')).toEqual([]);
  });
});

describe('reactions', () => {
  it('credits the person who just stopped speaking, within the window, never the reactor', () => {
    const { push, out } = setup();
    push({ type: 'speaking.started', t: 1000, id: 'priya' });
    push({ type: 'speaking.stopped', t: 5000, id: 'priya' });
    push({ type: 'reaction', t: 7000, id: 'lee', emoji: '👍' });
    push({ type: 'reaction', t: 7500, id: 'lee', emoji: '❤️' }); // same turn: once
    push({ type: 'reaction', t: 8000, id: 'priya', emoji: '😂' }); // own turn: never
    push({ type: 'reaction', t: 14_000, id: 'sam', emoji: '👍' }); // 9 s later: outside 8 s
    expect(brief(out)).toEqual(['lee>priya:reaction/reaction']);
  });

  it('a reaction while one other person speaks goes to them; two at once is unknowable', () => {
    const { push, out } = setup();
    push({ type: 'speaking.started', t: 1000, id: 'dana' });
    push({ type: 'reaction', t: 2000, id: 'lee', emoji: '👏' });
    push({ type: 'speaking.started', t: 2500, id: 'sam' });
    push({ type: 'reaction', t: 3000, id: 'grace', emoji: '👏' });
    expect(brief(out)).toEqual(['lee>dana:reaction/reaction']);
  });
});

describe('names', () => {
  it('shared first names are ambiguous unless the full name or the speaker disambiguates', () => {
    expect(detectInText('Thanks, Ben.', 'jo', ROSTER, 'en')).toEqual([]);
    expect(detectInText('Thanks, Ben Adler.', 'jo', ROSTER, 'en').map((a) => a.toId)).toEqual(['ben2']);
    expect(detectInText('Thanks, Ben.', 'ben1', ROSTER, 'en').map((a) => a.toId)).toEqual(['ben2']);
  });

  it('folds accents and case, reads possessives and nickname prefixes, tolerates small misspellings', () => {
    const to = (s: string, lang: 'en' | 'de' = 'en') =>
      detectInText(s, 'jo', ROSTER, lang).map((a) => a.toId);
    expect(to('thanks maria')).toEqual(['maria']);
    expect(to('Thanks ZOE')).toEqual(['zoe']);
    expect(to("Building on James' idea")).toEqual(['james']);
    expect(to('Thanks Alex')).toEqual(['alexandra']);
    expect(to('Thanks Chris')).toEqual(['chris']);
    expect(to('Thanks Soren')).toEqual(['soren']);
    expect(to('Thanks Danna')).toEqual(['dana']); // 1 edit, 4-letter name
    expect(to('Thanks Dan')).toEqual(['dana']); // not a nickname (only 1 letter shorter) but 1 edit: within bound
    expect(to('Thanks Alexandr')).toEqual(['alexandra']); // 1 edit from a 9-letter name
    expect(to('Thanks Katarina')).toEqual(['katharina']);
    expect(to('Thanks Kathrina')).toEqual(['katharina']);
    expect(to('Thanks Sum')).toEqual([]); // 3-letter names: exact only
    expect(to('Danke, Juergen', 'de')).toEqual(['jurgen']); // "ue" for ü is one edit
    expect(to('Thanks Pruja')).toEqual([]); // 2 edits from a 5-letter name: beyond the bound
    expect(to('Thanks Pryia')).toEqual(['priya']); // a swap of adjacent letters is one edit
  });
});

describe('emitted events', () => {
  it('are valid ack events carrying only from, to, when, kind and source — never text', () => {
    const { d, push, out } = setup();
    push(cap(1000, 'c1', 'jo', 'Thanks, Priya, for the secret roadmap.'));
    push({
      type: 'chat',
      t: 2,
      senderId: 'lee',
      senderName: 'Lee Chen',
      isSelf: false,
      text: 'great point @Sam',
    });
    out.push(...d.flush());
    expect(out).toHaveLength(2);
    for (const a of out) {
      expect(meetingEventSchema.parse(a)).toEqual(a);
      expect(Object.keys(a).sort()).toEqual(['fromId', 'kind', 'source', 't', 'toId', 'type']);
      expect(JSON.stringify(a)).not.toMatch(/roadmap|point/);
    }
  });
});

describe('manual marks', () => {
  it('are acks of kind and source manual, never to oneself', () => {
    expect(manualAck(5, 'jo', 'sam')).toEqual({
      type: 'ack',
      t: 5,
      fromId: 'jo',
      toId: 'sam',
      kind: 'manual',
      source: 'manual',
    });
    expect(manualAck(5, 'jo', 'jo')).toBeNull();
  });
});

describe('German language switch', () => {
  it('applies the chosen rules', () => {
    const { d, push, out } = setup('de');
    push(cap(1000, 'c1', 'jo', 'Priya, was meinst du?'));
    out.push(...d.flush());
    expect(brief(out)).toEqual(['jo>priya:invitation/caption']);
  });
});
