/**
 * Issue 18 (point 3): on a Zoom call a person was muted all call and left before the end; the popup named
 * them, the end-of-call card spent its two places on praise of the user. The priority is now pinned:
 * other people's inclusion (silent, quiet, unacknowledged, interrupted) before recognition of the user,
 * before the rest; the card is the head of the popup's list; a silent early leaver is a voice not heard.
 */
import { describe, expect, it } from 'vitest';
import type { MeetingSummary } from '@/utils/meeting/types';
import {
  CARD_PROMPTS,
  cardPrompts,
  type Finding,
  OTHERS_FIRST,
  reflect,
  selectFindings,
} from '@/utils/prompts/engine';
import { translator } from '../../../setup/i18n';
import { MIN, makeSummary, T0 } from './factory';

/**
 * A 12-minute, four-person Zoom call: the user on camera throughout, thanked by Oskar, thanking two
 * people; Dagny muted from joining to leaving 4 minutes in, never spoke; captions seen for most of it.
 */
function zoomCallWithSilentLeaver(): MeetingSummary {
  const s = makeSummary({
    durationMin: 12,
    people: [
      { name: 'Talia', id: 'me', self: true, spokeMin: 3.5, camera: 1 },
      { name: 'Oskar', id: 'oskar', spokeMin: 3, camera: 1 },
      { name: 'Mirela', id: 'mirela', spokeMin: 3, camera: 0 },
      { name: 'Dagny', id: 'dagny', spokeMin: 0, presentMin: 4, camera: 0 },
    ],
    acks: [
      { from: 'oskar', to: 'me', kind: 'thanks' },
      { from: 'oskar', to: 'me', kind: 'credit' },
      { from: 'me', to: 'oskar', kind: 'thanks' },
      { from: 'me', to: 'mirela', kind: 'credit' },
    ],
    coverage: { captions: 0.8, chat: 1 },
  });
  s.platform = 'zoom';
  s.meetingCode = '84512370097';
  // Still in the call at the end: present, no leave time (as the model reports them).
  for (const p of s.participants) {
    if (p.id === 'dagny') continue;
    p.present = true;
    p.leftAt = null;
  }
  return s;
}

const mk = (
  ruleId: string,
  concept: Finding['concept'],
  score: number,
  tone: Finding['tone'] = 'reflection',
) =>
  ({
    ruleId,
    concept,
    score,
    tone,
    evidence: [{ key: 'long-call.evidence', params: {} }],
    facts: {},
  }) as unknown as Finding;

describe('card priority (issue 18)', () => {
  it('a silent person who left early leads the card: "Voices not heard", named, with a note after the call', () => {
    const s = zoomCallWithSilentLeaver();
    expect(s.silentIds).toEqual(['dagny']);
    const r = reflect(s);
    const card = cardPrompts(r);
    expect(card).toHaveLength(CARD_PROMPTS);
    expect(card[0]).toMatchObject({ id: 'silent-people', title: 'Voices not heard' });
    expect(card[0]!.evidence.join(' ')).toContain(
      'Dagny was in the call for 4 min, did not speak, and left before the end.',
    );
    expect(card[0]!.nextStep).toContain('Dagny left before the end');
    // Praise of the user still comes, after: the card's second place.
    expect(card[1]!.tone).toBe('recognition');
  });

  it('the card is the head of the popup’s list: same prompts, same order', () => {
    const r = reflect(zoomCallWithSilentLeaver());
    expect(cardPrompts(r)).toEqual(r.prompts.slice(0, CARD_PROMPTS));
    expect(r.prompts.length).toBeGreaterThan(CARD_PROMPTS);
  });

  it('someone still there at the end reads as before (no "left" line)', () => {
    const s = zoomCallWithSilentLeaver();
    const dagny = s.participants.find((p) => p.id === 'dagny')!;
    // Stayed to the last minute: leaving with the goodbyes is not leaving early.
    dagny.leftAt = T0 + 11.5 * MIN;
    const first = reflect(s).prompts[0]!;
    expect(first.id).toBe('silent-people');
    expect(first.evidence.join(' ')).toContain('Dagny spoke 0 of the 4 min they were in the call.');
    expect(first.nextStep).not.toContain('left before the end');
  });

  it('German: the leaver line and step come from the German messages', () => {
    const first = reflect(zoomCallWithSilentLeaver(), { locale: 'de', translate: translator('de') })
      .prompts[0]!;
    expect(first.id).toBe('silent-people');
    expect(first.evidence.join(' ')).toContain(
      'Dagny war 4 Min. dabei, hat nicht gesprochen und ist vor dem Ende gegangen.',
    );
    expect(first.nextStep).toContain('Dagny ist vor dem Ende gegangen: Schreib Dagny heute');
  });

  it('pins the order: silent, quiet, unacknowledged, interrupted, then the best recognition, then by rank', () => {
    expect(OTHERS_FIRST).toEqual([
      'silent-people',
      'quiet-people',
      'unacknowledged',
      'others-interrupted',
      'not-picked-up',
    ]);
    const picked = selectFindings(
      [
        mk('camera-on', 'exposure', 0.95, 'recognition'),
        mk('others-interrupted', 'psychological-safety', 0.9),
        mk('long-call', 'care', 0.88),
        mk('thanked-by-others', 'task-enabling', 0.7, 'recognition'),
        mk('unacknowledged', 'care', 0.5),
        mk('silent-people', 'inclusion', 0.66),
        mk('self-monologues', 'respectful-engagement', 0.45),
      ],
      3,
      5,
    );
    expect(picked.map((f) => f.ruleId)).toEqual([
      'silent-people',
      'unacknowledged',
      'others-interrupted',
      'camera-on',
      'thanked-by-others',
    ]);
    // One prompt per concept: a quiet person when nobody was silent, and not both (same concept).
    const quiet = selectFindings([
      mk('thanked-others', 'recognition', 0.8, 'recognition'),
      mk('quiet-people', 'inclusion', 0.5),
      mk('balanced-group', 'inclusion', 0.9, 'recognition'),
    ]);
    expect(quiet.map((f) => f.ruleId)).toEqual(['quiet-people', 'thanked-others']);
  });

  it('without anyone left out, the best recognition still leads', () => {
    const picked = selectFindings([
      mk('long-call', 'care', 0.6),
      mk('camera-on', 'exposure', 0.45, 'recognition'),
      mk('self-monologues', 'respectful-engagement', 0.5),
    ]);
    expect(picked.map((f) => f.ruleId)).toEqual(['camera-on', 'long-call', 'self-monologues']);
  });
});
