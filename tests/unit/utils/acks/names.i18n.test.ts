/**
 * Issue 23: names with diacritics and CJK names in captions and chat, whatever their Unicode form, case or
 * width; Japanese honorifics, full names, and names without word boundaries.
 */
import { describe, expect, it } from 'vitest';
import { ROSTERS } from '@/tests/fixtures/acks';
import { createAckDetector, detectInText } from '@/utils/acks';
import { fold } from '@/utils/acks/normalize';

const brief = (
  text: string,
  lang: Parameters<typeof detectInText>[3],
  roster = ROSTERS.mundo,
  from = 'alex',
) => detectInText(text, from, roster, lang).map((a) => `${a.toId}:${a.kind}`);

describe('names across languages', () => {
  it('matches a name with diacritics written in NFC, NFD, upper case or without its marks', () => {
    for (const lea of ['Léa', 'Le\u0301a', 'LÉA', 'lea', '@Léa'])
      expect(brief(`merci ${lea}`, 'fr'), lea).toEqual(['lea:thanks']);
    for (const inigo of ['Íñigo', 'I\u0301n\u0303igo', 'inigo'])
      expect(brief(`gracias ${inigo}`, 'es')).toEqual(['inigo:thanks']);
    expect(brief('obrigado GONÇALO', 'pt')).toEqual(['goncalo:thanks']);
  });

  it('splits French and Italian elisions off a name', () => {
    expect(brief("très bonne remarque d'Inês", 'fr')).toEqual(['ines:credit']);
    expect(brief("ottima osservazione dell'Ana", 'it')).toEqual(['ana:credit']);
    expect(brief('je suis d’accord avec Chloé', 'fr')).toEqual(['chloe:agreement']);
  });

  it('reads Dutch diminutives and the bare genitive as the name', () => {
    expect(brief('dank je jantje', 'nl')).toEqual(['jan:thanks']);
    expect(brief('sannetje wat vind jij', 'nl')).toEqual(['sanne:invitation']);
    expect(brief('jans analyse heeft ons echt geholpen', 'nl')).toEqual(['jan:credit']);
  });

  it('does not take a surname particle for a name ("de", "van")', () => {
    expect(brief('het idee van de klant is goed', 'nl')).toEqual([]);
  });
});

describe('Japanese: no word boundaries, honorifics glued to names', () => {
  const ja = (text: string, from = 'kenji') => brief(text, 'ja', ROSTERS.nihon, from);

  it.each(['さん', '様', 'くん', 'ちゃん', '先生', '君'])('a family name with %s', (h) => {
    expect(ja(`田中${h}ありがとうございます`)).toEqual(['tanaka:thanks']);
  });

  it('tells two 高橋 apart only by the given name or the full name', () => {
    expect(ja('高橋さんありがとう')).toEqual([]);
    expect(ja('誠さんありがとう')).toEqual(['takahashi1:thanks']);
    expect(ja('高橋誠さんありがとう')).toEqual(['takahashi1:thanks']);
    expect(ja('高橋 直美さん、どう思いますか')).toEqual(['takahashi2:invitation']);
  });

  it('finds part of a display name written without a space only with an honorific', () => {
    expect(ja('鈴木さんに賛成です')).toEqual(['suzuki:agreement']);
    expect(ja('花子さんありがとう')).toEqual(['suzuki:thanks']);
    expect(ja('鈴木ありがとう')).toEqual([]);
  });

  it('needs an honorific after an all-hiragana given name (it could be part of a word)', () => {
    expect(ja('ゆいさんありがとう')).toEqual(['ito:thanks']);
    expect(ja('ゆいありがとう')).toEqual([]);
  });

  it('reads full-width and half-width forms, and a Latin name in Japanese chat', () => {
    expect(ja('マリアさん、ありがとうございます！')).toEqual(['maria:thanks']);
    expect(ja('ﾏﾘｱさんありがとう')).toEqual(['maria:thanks']);
    expect(ja('Ｍａｒｃｏさんありがとう')).toEqual(['marco:thanks']);
    expect(ja('marcoさんどう思いますか')).toEqual(['marco:invitation']);
  });

  it('keeps kana voicing when folding (が is not か)', () => {
    expect(fold('ございます')).toBe('ございます');
    expect(fold('ｶﾞ')).toBe('ガ');
    expect(fold('Léa')).toBe('lea');
  });

  it('never credits the speaker', () => {
    expect(ja('田中さんありがとう', 'tanaka')).toEqual([]);
  });

  it('works in the live detector on a caption that grows character by character', () => {
    const d = createAckDetector({ language: 'ja' });
    for (const p of ROSTERS.nihon)
      d.push({ type: 'participant.joined', t: 0, id: p.id, name: p.name, isSelf: !!p.isSelf });
    const text = '佐藤さんはどう思いますか';
    for (let i = 1; i <= text.length; i++)
      d.push({
        type: 'caption',
        t: i * 100,
        captionId: 'c1',
        speakerId: 'kenji',
        speakerName: '山本 健二',
        text: text.slice(0, i),
        replaces: i > 1,
      });
    expect(d.flush().map((a) => `${a.fromId}>${a.toId}:${a.kind}`)).toEqual(['kenji>sato:invitation']);
  });
});
