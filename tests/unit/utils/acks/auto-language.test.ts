import { describe, expect, it } from 'vitest';
import { ACK_LANGUAGES } from '@/utils/acks';
import {
  ackLanguageProfile,
  chooseAckLanguage,
  createLanguageGuesser,
  languageFromCaptionLabel,
  languageFromLocale,
} from '@/utils/acks/auto-language';

const PROFILES = Object.values(ACK_LANGUAGES).map(ackLanguageProfile);

/** A few ordinary meeting sentences per language, with no acknowledgement in them. */
const SAMPLES: Record<string, string[]> = {
  en: [
    'so I think we should ship the first version before the review',
    'yeah and the data is what we have now',
  ],
  de: ['also ich glaube wir sollten das noch mal prüfen', 'ja genau und das ist auch der Plan für die Woche'],
  es: [
    'bueno creo que tenemos que revisar esto antes del viernes',
    'pues sí pero el informe está casi listo',
  ],
  fr: ["alors je pense qu'on doit revoir ça avant vendredi", "oui mais c'est pas encore prêt pour le client"],
  pt: ['então eu acho que a gente precisa rever isso antes de sexta', 'sim mas o relatório não está pronto'],
  it: ['allora penso che dobbiamo rivedere questo prima di venerdì', 'sì ma il report non è ancora pronto'],
  nl: [
    'nou ik denk dat we het nog even moeten bekijken',
    'ja maar het verslag is nog niet klaar voor de klant',
  ],
  ja: ['えーと来週のレビューまでに資料を確認しておきます', 'そうですねまだ少し時間がかかると思います'],
};

function feed(guesser: ReturnType<typeof createLanguageGuesser>, lang: string, prefix = lang) {
  let g: string | null = null;
  SAMPLES[lang]!.forEach((s, i) => {
    // a caption entry growing word by word, as the platform rewrites it
    const words = s.split(' ');
    for (let w = 1; w <= words.length; w++) g = guesser.observe(`${prefix}${i}`, words.slice(0, w).join(' '));
  });
  return g;
}

describe('automatic acknowledgement language', () => {
  it.each(Object.keys(SAMPLES))('guesses %s from two ordinary sentences', (lang) => {
    expect(feed(createLanguageGuesser(PROFILES), lang)).toBe(lang);
  });

  it('makes no guess from too little evidence', () => {
    const g = createLanguageGuesser(PROFILES);
    expect(g.observe('c1', 'okay Priya')).toBeNull();
    expect(g.observe('c2', 'Léa Marco')).toBeNull();
  });

  it('counts a growing caption entry once: rewriting the same words does not build evidence', () => {
    const g = createLanguageGuesser(PROFILES);
    for (let i = 0; i < 50; i++) g.observe('c1', 'the and');
    expect(g.guess).toBeNull();
  });

  it('follows the call when its language changes, and keeps a guess through a mixed sentence', () => {
    const g = createLanguageGuesser(PROFILES);
    expect(feed(g, 'en')).toBe('en');
    expect(g.observe('x', 'Merci Léa')).toBe('en');
    expect(feed(g, 'fr', 'f')).toBe('en'); // not yet: the English evidence still leads
    feed(g, 'fr', 'g');
    expect(feed(g, 'fr', 'h')).toBe('fr');
  });

  it('reads the caption-language control in several interface languages and as a BCP-47 tag', () => {
    expect(languageFromCaptionLabel('English', PROFILES)).toBe('en');
    expect(languageFromCaptionLabel('Español (España)', PROFILES)).toBe('es');
    expect(languageFromCaptionLabel('Portugiesisch (Brasilien)', PROFILES)).toBe('pt');
    expect(languageFromCaptionLabel('日本語', PROFILES)).toBe('ja');
    expect(languageFromCaptionLabel('Japanese', PROFILES)).toBe('ja');
    expect(languageFromCaptionLabel('ja-JP', PROFILES)).toBe('ja');
    expect(languageFromCaptionLabel('pt_BR', PROFILES)).toBe('pt');
    expect(languageFromCaptionLabel('Nederlands', PROFILES)).toBe('nl');
    expect(languageFromCaptionLabel('Français (Canada)', PROFILES)).toBe('fr');
    // a language we have no rules for, and nothing shown
    expect(languageFromCaptionLabel('Svenska', PROFILES)).toBeNull();
    expect(languageFromCaptionLabel('sv-SE', PROFILES)).toBeNull();
    expect(languageFromCaptionLabel('', PROFILES)).toBeNull();
    expect(languageFromCaptionLabel(null, PROFILES)).toBeNull();
  });

  it('chooses: a fixed setting wins; auto takes the control, then the guess, then the browser language', () => {
    expect(chooseAckLanguage('de', 'ja', 'fr', 'en')).toBe('de');
    expect(chooseAckLanguage('auto', 'ja', 'fr', 'en')).toBe('ja');
    expect(chooseAckLanguage('auto', null, 'fr', 'en')).toBe('fr');
    expect(chooseAckLanguage('auto', null, null, 'nl')).toBe('nl');
    expect(languageFromLocale('pt-BR', ['en', 'pt'])).toBe('pt');
    expect(languageFromLocale('sv-SE', ['en', 'pt'])).toBe('en');
    expect(languageFromLocale(undefined, ['en'])).toBe('en');
  });

  it('profiles carry no rules (they are what the content script receives for the choice)', () => {
    for (const p of PROFILES) {
      expect(p).not.toHaveProperty('rules');
      expect(p.stopwords.length).toBeGreaterThanOrEqual(15);
      expect(p.captionNames[0]).toBe(p.code);
    }
  });
});
