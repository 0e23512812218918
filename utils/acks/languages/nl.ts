import { type AckLanguage, l } from './types';
import { UNIVERSAL_RULES } from './universal';

/**
 * Dutch (and Flemish "merci"). Names take diminutive endings ("Jantje", "Sannetje", "Pietje"), tried without
 * them; the genitive is bare ("Jans analyse") or with an apostrophe after a vowel ("Sanne's voorstel").
 * Separable verbs put the signal after the name ("ik ben het met Jan eens", "ik wil Anouk bedanken"), and
 * negation sits between ("ik ben het niet met Jan eens") where the veto finds it.
 */
export const nl: AckLanguage = {
  code: 'nl',
  label: 'Nederlands',
  lists: {
    thanks: l(
      'bedankt|dank je|dank je wel|dankjewel|dank u|dank u wel|dankuwel|heel erg bedankt|hartelijk dank|hartelijk bedankt|veel dank|super bedankt|superbedankt|thanks|thx|merci|merci beaucoup|top bedankt|dankje',
    ),
    praise: l(
      'goed|goede|goeie|mooi|mooie|sterk|sterke|interessant|interessante|belangrijk|belangrijke|terecht|terechte|slim|slimme|prima|top|geweldig|geweldige|uitstekend|uitstekende|heel goed|heel goede|heel mooi|heel sterk',
    ),
    contrib: l(
      'punt|puntje|idee|ideetje|vraag|vraagje|opmerking|werk|analyse|samenvatting|voorstel|suggestie|presentatie|uitleg|bijdrage|inzicht|observatie',
    ),
    kudos: l(
      'goed gedaan|top gedaan|netjes gedaan|knap gedaan|super gedaan|mooi gedaan|goed bezig|lekker bezig|complimenten|complimentje|chapeau|petje af|gefeliciteerd|proficiat|mooi werk|goed werk|knap werk|sterk werk|top werk|bravo',
    ),
    workPraise: l(
      'goed gedaan|top gedaan|netjes gedaan|knap gedaan|mooi werk|goed werk|knap werk|sterk werk|top werk|complimenten',
    ),
    said: l(
      'zei|al zei|net zei|zegt|al zegt|aangaf|al aangaf|opmerkte|noemde|voorstelde|uitlegde|heeft gezegd|al heeft gezegd|terecht zei|terecht opmerkte',
    ),
    shows: l(
      'heeft ons echt geholpen|heeft ons geholpen|heeft geholpen|helpt|laat zien|toont|is sterk|is heel sterk|is goed|is heel goed|is top|was heel nuttig|is heel nuttig|is super',
    ),
    opinion: l('mening|idee|ideeën|kijk|visie|input|gedachten|standpunt'),
  },
  rules: [
    // —— bedankt ——
    { kind: 'thanks', pattern: '{@thanks} (meneer |mevrouw )?{N}' },
    { kind: 'thanks', pattern: '{@thanks} voor {W5}{N}{END}' },
    {
      kind: 'thanks',
      pattern:
        '{@thanks} voor {W5}(?<! (aan|van|met|voor|en|of|de|het|een|naar|bij) ){N}(?= (heel|echt|super|erg|dat|het) )',
    },
    { kind: 'thanks', pattern: '{N} {@thanks}' },
    {
      kind: 'thanks',
      pattern:
        '(ik wil|ik zou|wij willen|we willen|ik wou) (graag )?(ook )?{N} (graag )?(ook )?(bedanken|danken)',
    },
    { kind: 'thanks', pattern: '(dank|dankjewel|bedankt) (aan|ook aan) {N}' },
    // —— erkenning ——
    { kind: 'credit', pattern: '(heel |echt |wat een )?{@praise} {@contrib} (van )?{N}' },
    { kind: 'credit', pattern: '{@kudos} (voor |aan )?{N}' },
    { kind: 'credit', pattern: '{N} {@kudos}' },
    { kind: 'credit', pattern: '{@workPraise} (met|aan|op|bij|voor) {W5}{N}{END}' },
    { kind: 'credit', pattern: '(zoals|net als) {N} (al |net |ook |terecht )*{@said}' },
    {
      kind: 'credit',
      pattern: '(voortbouwend op|aansluitend op|om aan te sluiten bij|in aanvulling op) (wat )?{N*}',
    },
    { kind: 'credit', pattern: '(het|de) {@contrib} van {N} (is |was )?(heel |echt |erg )?{@praise}' },
    { kind: 'credit', pattern: '(het|de) {@contrib} van {N} {@shows}' },
    { kind: 'credit', pattern: '{Ns} ({@praise} )?{@contrib} {@shows}' },
    // —— uitnodiging ——
    { kind: 'invitation', pattern: '{N} (wat|hoe) (vind|denk|zie) (jij|je|u)( ervan| erover| dat| het)?' },
    { kind: 'invitation', pattern: '{N} (wat|hoe) (vinden|denken|zien) (jullie|u)' },
    { kind: 'invitation', pattern: '(wat|hoe) (vind|denk) (jij|je|u) (ervan |erover )?{N}{END}' },
    { kind: 'invitation', pattern: '{N} wat is (jouw|je|uw) {@opinion}' },
    {
      kind: 'invitation',
      pattern: '{N} (wil|wilt) (je|jij|u) (nog )?(iets )?(toevoegen|zeggen|aanvullen|beginnen|reageren)',
    },
    {
      kind: 'invitation',
      pattern: '{N} (heb|hebt|heeft) (je|jij|u) (nog )?(iets|wat) (toe te voegen|aan te vullen|te zeggen)',
    },
    // "ideeën" is read as "iden": chat stretching ("bedanktttt") collapses a letter written three times ("eeë")
    { kind: 'invitation', pattern: '{N} ({@opinion}|ideeën|ideen|iden|gedachten) \\?' },
    {
      kind: 'invitation',
      pattern:
        '(en jij|en u|jij bent aan de beurt|jouw beurt|jij bent|ga je gang|zeg het maar) (meneer |mevrouw )?{N}{END}',
    },
    { kind: 'invitation', pattern: '{N} (en jij|jouw beurt|jij bent aan de beurt|ga je gang)' },
    { kind: 'invitation', pattern: '(ik hoor graag|we horen graag|ik zou graag horen) (van |wat )?{N}' },
    // —— instemming ——
    { kind: 'agreement', pattern: '(ik ben|we zijn|ben) het (helemaal |volledig |volkomen )?eens met {N}' },
    { kind: 'agreement', pattern: '(ik ben|we zijn|ben) het (helemaal |volledig )?met {N} eens' },
    { kind: 'agreement', pattern: '(helemaal |volledig |volkomen )?eens met {N}' },
    { kind: 'agreement', pattern: '{N} heeft (helemaal |volkomen |echt |wel )?gelijk' },
    { kind: 'agreement', pattern: '(je hebt|jij hebt|u heeft) (helemaal |volkomen |echt |wel )?gelijk {N}' },
    { kind: 'agreement', pattern: '{N} (je hebt|jij hebt|u heeft) (helemaal |volkomen |echt |wel )?gelijk' },
    {
      kind: 'agreement',
      pattern: '(precies|klopt|inderdaad|absoluut|zeker|eens|helemaal mee eens) {N}{END}',
    },
    { kind: 'agreement', pattern: '(ik sluit me aan bij|ik sluit mij aan bij|ik steun|ik volg) {N}' },
    {
      kind: 'agreement',
      pattern: '(ik denk er hetzelfde over als|ik zie het net als|ik zie het zoals|net als) {N}',
    },
    { kind: 'agreement', pattern: '\\+1 (voor|aan|op) {N}' },
    ...UNIVERSAL_RULES,
  ],
  vetoes: [
    { kinds: ['agreement', 'credit'], pattern: '(niet|geen|nooit|nee) {W3}{N}' },
    { kinds: ['agreement'], pattern: '{N} (heeft|had) (geen|niet|ongelijk)' },
    { kinds: ['agreement'], pattern: '{N} (niet|nooit) eens' },
    { kinds: ['credit'], pattern: '{N} (is|was) (niet|geen) ' },
    { kinds: ['thanks'], pattern: '(nee|niet|niemand|nooit) {W3}(bedankt|bedanken|dank) {W2}{N}' },
    { kinds: ['thanks'], pattern: '(zei|zegt|zeggen) {@thanks} (tegen |aan )?{N}' },
    { kinds: ['thanks'], pattern: '(niemand|niet|nooit|nee) {W3}{N} {W2}(bedankt|bedanken|gedankt)' },
    { kinds: ['thanks'], pattern: '(naar|aan|voor|met|van) {N} {W1}{@thanks}{END}' },
    { kinds: ['thanks'], pattern: '(moet|moeten|vergeet|vergeten) {N} (nog |ook )?(bedanken|danken)' },
    { kinds: ['agreement', 'invitation'], pattern: '(zegt|zei|vraagt|vroeg) {W4}{N}' },
  ],
  conjunctions: ['en', '&'],
  listFillers: ['met', 'ook', 'ehm', 'eh', 'aan'],
  genitiveS: true,
  diminutives: l('tje|etje|je|pje|kje'),
  selfLabels: ['jij', 'u', 'ik', 'you'],
  stopwords: l(
    'het|een|ik|niet|dat|je|van|wat|op|ook|bedankt|dank|maar|jij|wel|nog|jullie|hebben|zijn|even|gewoon|eens|dus|heel|naar',
  ),
  captionNames: l(
    'nl|nederlands|dutch|niederländisch|néerlandais|neerlandés|holandês|olandese|オランダ語|vlaams',
  ),
  commonWords: (
    'de het een en of maar dat die dit deze wat wie waar wanneer hoe ik jij je u hij zij ze wij we jullie ' +
    'mij me jou hem haar ons hun mijn jouw zijn is was ben bent heb hebt heeft hebben niet geen wel ook nog ' +
    'al dan nu hier daar heel erg goed mooi ja nee dank bedankt van voor met op in aan bij naar uit om over ' +
    'roos hoop bakker visser smit mulder bos de vries'
  ).split(' '),
};
