import { type AckLanguage, l } from './types';
import { UNIVERSAL_RULES } from './universal';

/**
 * Italian. "grazie a Marco" thanks Marco, "grazie a dio" does not; elided articles and prepositions are split
 * off ("dell'Ana" → "dell' Ana", "d'accordo" → "d' accordo"). "buon lavoro" wishes a good day's work and is
 * not praise; "bel lavoro", "ottimo lavoro" are.
 */
export const it: AckLanguage = {
  code: 'it',
  label: 'Italiano',
  lists: {
    thanks: l(
      'grazie|grazie mille|un grazie enorme|grazie enorme|un grazie speciale|grazie tante|grazie davvero|grazie infinite|mille grazie|grazie ancora|un grande grazie|grazie di cuore|ti ringrazio|vi ringrazio|la ringrazio|grazieee|thx',
    ),
    praise: l(
      'bella|bel|bello|ottima|ottimo|buona|buon|grande|interessante|importante|giusta|giusto|ottime|splendida|splendido|fantastica|fantastico|eccellente|acuta|acuto',
    ),
    contrib: l(
      'idea|idee|domanda|punto|osservazione|lavoro|analisi|riassunto|proposta|suggerimento|presentazione|spiegazione|intervento|contributo|riflessione|riepilogo',
    ),
    kudos: l(
      'bravo|brava|bravissimo|bravissima|bravi|complimenti|ottimo lavoro|bel lavoro|gran lavoro|grande lavoro|lavoro eccellente|ben fatto|congratulazioni|chapeau',
    ),
    workPraise: l('ottimo lavoro|bel lavoro|gran lavoro|grande lavoro|ben fatto|complimenti'),
    said: l(
      'ha detto|diceva|dice|ha fatto notare|ha sottolineato|ha spiegato|ha proposto|ha suggerito|ha ricordato|diceva giustamente|ha detto giustamente',
    ),
    shows: l(
      'ci ha aiutato molto|ci ha aiutato|ha aiutato|aiuta|mostra|dimostra|è ottima|è ottimo|è eccellente|è molto buona|è utilissima|è molto utile|è stata molto utile',
    ),
    opinion: l('opinione|idea|parere|punto di vista|visione'),
  },
  rules: [
    // —— grazie ——
    { kind: 'thanks', pattern: '{@thanks} (a )?{N}' },
    { kind: 'thanks', pattern: '{@thanks} a te {N}' },
    { kind: 'thanks', pattern: '{N} {@thanks}( a te)?' },
    { kind: 'thanks', pattern: '{@thanks} (per|di) {W5}{N}{END}' },
    {
      kind: 'thanks',
      pattern:
        "{@thanks} (per|di) {W5}(?<! (a|di|da|con|e|o|per|il|la|lo|l'|al|del|della) ){N}(?= (molto|davvero|è|era|super) )",
    },
    { kind: 'thanks', pattern: '(vorrei|voglio|volevo|ci tengo a) (anche )?ringraziare {N}' },
    { kind: 'thanks', pattern: '(ti|vi) ringrazio (molto |tanto )?{N}' },
    // —— riconoscimento ——
    { kind: 'credit', pattern: "(che |proprio )?{@praise} {@contrib} (di |dell' |della |del )?{N}" },
    { kind: 'credit', pattern: '{@kudos} (a )?{N}' },
    { kind: 'credit', pattern: '{N} {@kudos}' },
    { kind: 'credit', pattern: '{@workPraise} (sulla|sul|sullo|con|per|nella|nel) {W5}{N}{END}' },
    { kind: 'credit', pattern: '(come|proprio come) {N} (giustamente )?{@said}' },
    { kind: 'credit', pattern: '(come|proprio come) {@said} {N}' },
    {
      kind: 'credit',
      pattern:
        "(riprendendo|ricollegandomi a|partendo da|aggiungendo a) (quello che|quanto|l' idea di|il punto di) (diceva |ha detto )?{N}",
    },
    {
      kind: 'credit',
      pattern: "(l' |il |la |lo |i |le )?{@contrib} (di |dell' |della |del ){N} (è |era )?(molto )?{@praise}",
    },
    { kind: 'credit', pattern: "(l' |il |la |lo |i |le )?{@contrib} (di |dell' |della |del ){N} {@shows}" },
    // —— invito ——
    { kind: 'invitation', pattern: '{N} (e )?(tu |voi |lei )?(cosa|che|che cosa) ne (pensi|pensate|pensa)' },
    { kind: 'invitation', pattern: '(cosa|che|che cosa) ne (pensi|pensate|pensa) (tu |voi |lei )?{N}{END}' },
    { kind: 'invitation', pattern: '{N} (qual è|qual e) (la )?(tua|sua|vostra) {@opinion}' },
    { kind: 'invitation', pattern: '{N} come la (vedi|vede|vedete)' },
    {
      kind: 'invitation',
      pattern:
        '{N} (vuoi|vuole|volete|ti va di) (aggiungere|dire|commentare|iniziare|cominciare)( qualcosa)?',
    },
    { kind: 'invitation', pattern: '{N} (hai|ha|avete) qualcosa da (aggiungere|dire)' },
    { kind: 'invitation', pattern: "{N} (qualche|un') (idea|commento|opinione|parere) \\?" },
    { kind: 'invitation', pattern: '(e tu|e lei|e voi|a te|a lei|tocca a te|vai|prego) {N}{END}' },
    { kind: 'invitation', pattern: '(mi piacerebbe|vorrei|ci piacerebbe) (sentire|ascoltare) (anche )?{N}' },
    // —— accordo ——
    {
      kind: 'agreement',
      pattern: "(sono |siamo )?(pienamente |totalmente |completamente |assolutamente )?d' accordo con {N}",
    },
    { kind: 'agreement', pattern: '(concordo|concordiamo) (pienamente |totalmente )?con {N}' },
    { kind: 'agreement', pattern: '{N} ha (proprio |assolutamente |perfettamente )?ragione' },
    { kind: 'agreement', pattern: '(hai|ha) (proprio |assolutamente |perfettamente )?ragione {N}' },
    { kind: 'agreement', pattern: '{N} (hai|ha) (proprio |assolutamente )?ragione' },
    { kind: 'agreement', pattern: '(esatto|esattamente|giusto|appunto|assolutamente|certo) {N}{END}' },
    { kind: 'agreement', pattern: '(la penso come|la vedo come|sono con|sto con) {N}' },
    {
      kind: 'agreement',
      pattern: '(condivido|sottoscrivo) (quello che|quanto|ciò che) (ha detto|dice|diceva) {N}',
    },
    {
      kind: 'agreement',
      pattern: '(condivido|sottoscrivo) (quello che|quanto|ciò che) {N} (ha detto|dice|diceva)',
    },
    { kind: 'agreement', pattern: '\\+1 (a|per|con) {N}' },
    ...UNIVERSAL_RULES,
  ],
  vetoes: [
    { kinds: ['agreement', 'credit'], pattern: '(non|mai|nessuno|niente) {W6}{N}' },
    // "buon lavoro" wishes a good day's work
    { kinds: ['credit'], pattern: 'buon lavoro (a )?{N}' },
    { kinds: ['invitation'], pattern: '{@thanks} a te {N}' },
    { kinds: ['thanks'], pattern: '(a|al|alla|per|con|di) {N} {@thanks}{END}' },
    { kinds: ['agreement'], pattern: '{N} non {W3}' },
    { kinds: ['credit'], pattern: '{N} (non è|non era) ' },
    { kinds: ['thanks'], pattern: '(no|non|nessuno|mai) {W3}(grazie|ringrazi[^ ]*) {W2}{N}' },
    { kinds: ['thanks'], pattern: '(detto|dice|dire) {W1}grazie (a )?{N}' },
    { kinds: ['thanks'], pattern: 'grazie a dio {W3}{N}' },
    { kinds: ['agreement'], pattern: '(non sono sicuro|non sono sicura|non so se|dubito) {W6}{N}' },
    { kinds: ['invitation'], pattern: '(chiedi|chiedete|chieda) (a )?{N}' },
    { kinds: ['thanks'], pattern: '(devo|dobbiamo|ricordarmi di|ricordati di) {W2}ringraziare {N}' },
    { kinds: ['agreement', 'invitation'], pattern: '(dice|chiede|chiesto|domandato) {W6}{N}' },
  ],
  conjunctions: ['e', 'ed', '&'],
  listFillers: ['a', 'con', 'anche', 'ehm', 'allora'],
  genitiveS: false,
  elisions: l("l'|d'|dell'|all'|dall'|nell'|sull'|un'|c'|quell'|coll'|tutt'"),
  selfLabels: ['tu', 'io', 'lei', 'you'],
  stopwords: l(
    'il|che|non|è|di|per|sono|una|grazie|anche|molto|questo|ma|sì|allora|come|ho|ci|della|gli|perché|quindi|cosa|però|abbiamo',
  ),
  captionNames: l('it|italiano|italian|italienisch|italien|italiaans|italiano|イタリア語'),
  commonWords: (
    'il lo la i gli le un uno una di del della dei delle a al alla da dal con su per tra fra e o ma che chi ' +
    'io tu lui lei noi voi loro mi ti si ci vi mio tuo suo nostro vostro questo quello è sono era stato ' +
    'essere avere ho hai ha abbiamo molto più meno bene sì no non grazie ciao allora anche ancora già ' +
    'rosa stella chiara serena aurora gioia'
  ).split(' '),
};
