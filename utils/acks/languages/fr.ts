import { type AckLanguage, l } from './types';
import { UNIVERSAL_RULES } from './universal';

/**
 * French. Elided articles and pronouns are split off ("d'Ana" → "d' Ana", "l'idée" → "l' idée",
 * "qu'en penses-tu" → "qu' en penses-tu"), so templates say "d'{N}" and a name glued to an elision is found.
 * Negation wraps the verb ("je ne suis pas d'accord avec Léa"): the "pas"/"ne" veto covers it.
 */
export const fr: AckLanguage = {
  code: 'fr',
  label: 'Français',
  lists: {
    thanks: l(
      'merci|merci beaucoup|merci bien|un grand merci|grand merci|merci mille fois|mille mercis|merci infiniment|merci encore|encore merci|je te remercie|je vous remercie|merci bcp|mercii|thx',
    ),
    praise: l(
      'bonne|bon|très bonne|très bon|excellente|excellent|super|belle|beau|génial|géniale|intéressante|intéressant|pertinente|pertinent|judicieuse|judicieux|importante|juste|chouette|top',
    ),
    contrib: l(
      'idée|idées|question|remarque|point|travail|analyse|résumé|proposition|suggestion|présentation|explication|observation|intervention|boulot|synthèse|retour',
    ),
    kudos: l(
      'bravo|félicitations|chapeau|bien joué|beau travail|excellent travail|super travail|bon travail|joli travail|beau boulot|super boulot|top',
    ),
    workPraise: l(
      'beau travail|excellent travail|super travail|bon travail|joli travail|beau boulot|super boulot|bien joué|bravo',
    ),
    said: l(
      "a dit|l'a dit|disait|le disait|dit|l'a souligné|a souligné|a mentionné|l'a mentionné|a expliqué|a proposé|a suggéré|le rappelait|a rappelé|l'a bien dit|a bien dit",
    ),
    shows: l(
      'nous a beaucoup aidés|nous a aidés|nous a beaucoup aidé|nous a aidé|aide|montre|démontre|est excellente|est excellent|est très bonne|est top|était très utile|est très utile|est géniale|est super',
    ),
    opinion: l('avis|idée|point de vue|opinion|retour|ressenti'),
  },
  rules: [
    // —— merci ——
    { kind: 'thanks', pattern: '{@thanks} (à |a )?{N}' },
    { kind: 'thanks', pattern: '{@thanks} (pour|de) {W5}{N}{END}' },
    {
      kind: 'thanks',
      pattern:
        "{@thanks} (pour|de) {W5}(?<! (à|a|de|d'|avec|et|ou|pour|le|la|les|l'|au|aux|du|des) ){N}(?= (c'|c' etait|c'est|c' est|vraiment|super|très|ca|ça) )",
    },
    { kind: 'thanks', pattern: '{N} {@thanks}' },
    { kind: 'thanks', pattern: '{@thanks} à toi {N}' },
    { kind: 'thanks', pattern: '{N} {@thanks} à toi' },
    {
      kind: 'thanks',
      pattern:
        "(je voudrais|je veux|j'aimerais|je tiens à|on tient à|nous tenons à) (aussi |vraiment )?(remercier|dire merci à) {N}",
    },
    { kind: 'thanks', pattern: '(je|on) (te |vous )?remercie (aussi |beaucoup )?{N}' },
    // —— reconnaissance ——
    { kind: 'credit', pattern: "(très |vraiment )?{@praise} {@contrib} (de |d' )?{N}" },
    { kind: 'credit', pattern: '{@kudos} (à )?{N}' },
    { kind: 'credit', pattern: '{N} {@kudos}' },
    { kind: 'credit', pattern: '{@workPraise} (sur|pour|avec|dans) {W5}{N}{END}' },
    {
      kind: 'credit',
      pattern:
        "comme (l' a |le |l'a )?(bien |très bien )?(dit|disait|souligné|mentionné|expliqué|rappelé) {N}",
    },
    { kind: 'credit', pattern: "comme {N} (l' a |le |l'a )?(bien )?{@said}" },
    {
      kind: 'credit',
      pattern:
        "(pour rebondir sur|pour revenir sur|dans la lignée de|en écho à|pour compléter) (ce que (disait|dit|a dit) |l' idée de |la remarque de |le point de )?{N}",
    },
    {
      kind: 'credit',
      pattern: "(l' |le |la |les )?{@contrib} (de |d' ){N} (est |était )?(très |vraiment )?{@praise}",
    },
    { kind: 'credit', pattern: "(l' |le |la |les )?{@contrib} (de |d' ){N} {@shows}" },
    // —— invitation ——
    {
      kind: 'invitation',
      pattern: "{N} (tu en penses|vous en pensez|t'en penses|tu penses|vous pensez) quoi",
    },
    { kind: 'invitation', pattern: "{N} (qu' est-ce que|qu'est-ce que) (tu en|vous en) (penses|pensez)" },
    { kind: 'invitation', pattern: "(qu' en|qu'en) (penses-tu|pensez-vous) {N}{END}" },
    {
      kind: 'invitation',
      pattern: '(et toi|et vous|à toi|à vous|ton tour|vas-y|allez-y|la parole est à) {N}{END}',
    },
    {
      kind: 'invitation',
      pattern:
        '{N} (tu veux|vous voulez|voulez-vous|veux-tu|tu voudrais|vous voudriez) (ajouter|dire|compléter|réagir|commencer)',
    },
    {
      kind: 'invitation',
      pattern: '{N} (tu as|vous avez|as-tu|avez-vous) (quelque chose|un truc|des choses) (à ajouter|à dire)',
    },
    { kind: 'invitation', pattern: "{N} (quel est|c' est quoi) (ton|votre) {@opinion}" },
    { kind: 'invitation', pattern: '{N} (comment tu vois|comment vous voyez) (ça|ca|les choses)' },
    { kind: 'invitation', pattern: '{N} (un|ton|votre|des) {@opinion} \\?' },
    {
      kind: 'invitation',
      pattern:
        "(j' aimerais|j'aimerais|on aimerait|je voudrais|je veux) (bien )?(entendre|avoir l' avis de|l' avis de) {N}",
    },
    // —— accord ——
    {
      kind: 'agreement',
      pattern:
        "(je suis |on est |nous sommes )?(tout à fait |entièrement |complètement |totalement |bien )?d' accord avec {N}",
    },
    { kind: 'agreement', pattern: '{N} (a|avait) (tout à fait |totalement |entièrement |bien )?raison' },
    {
      kind: 'agreement',
      pattern: '(tu as|vous avez) (tout à fait |totalement |entièrement |bien )?raison {N}',
    },
    { kind: 'agreement', pattern: '{N} (tu as|vous avez) (tout à fait |totalement |bien )?raison' },
    { kind: 'agreement', pattern: "(exactement|tout à fait|absolument|carrément|voilà|c' est ça) {N}{END}" },
    {
      kind: 'agreement',
      pattern:
        "(je rejoins|je suis de l' avis de|je partage l' avis de|je suis du même avis que|même avis que|pareil que) {N}",
    },
    { kind: 'agreement', pattern: '\\+1 (pour|à|avec) {N}' },
    ...UNIVERSAL_RULES,
  ],
  vetoes: [
    { kinds: ['agreement', 'credit'], pattern: "(pas|ne|n'|jamais|aucune|aucun|plus) {W5}{N}" },
    { kinds: ['agreement'], pattern: "{N} (n' |ne )" },
    { kinds: ['credit'], pattern: "{N} (n' est|n' était|ne sont) " },
    { kinds: ['thanks'], pattern: '(non|personne|jamais) {W3}(merci|remercié|remercier) {W2}{N}' },
    { kinds: ['thanks'], pattern: '(dit|dire|a dit) (merci) (à )?{N}' },
    { kinds: ['thanks'], pattern: '(penser à|pense à|oublie pas de|oublier de|faut) {W2}remercier {N}' },
    { kinds: ['agreement', 'invitation'], pattern: '(dit|demande|demandé|a demandé) {W6}{N}' },
    { kinds: ['invitation'], pattern: '{@thanks} à toi {N}' },
    { kinds: ['agreement'], pattern: '(pas sûr|pas sûre|pas certain|pas certaine|je doute) {W6}{N}' },
    { kinds: ['invitation'], pattern: '(demande|demandez) (à )?{N}' },
    { kinds: ['thanks'], pattern: '(à|a|pour|avec|de|au) {N} {@thanks}{END}' },
  ],
  conjunctions: ['et', '&'],
  listFillers: ['à', 'avec', 'aussi', 'euh', 'bah'],
  genitiveS: false,
  elisions: l("d'|l'|qu'|j'|c'|n'|s'|m'|t'|jusqu'|lorsqu'|puisqu'"),
  selfLabels: ['vous', 'moi', 'toi', 'you'],
  stopwords: l(
    "le|les|des|est|et|je|pas|que|on|merci|c'est|avec|pour|une|très|vous|ça|oui|mais|alors|donc|voilà|euh|du|au",
  ),
  captionNames: l('fr|français|french|französisch|francés|francês|francese|frans|フランス語'),
  commonWords: (
    'le la les un une des de du au aux et ou mais donc or ni car je tu il elle on nous vous ils elles me te ' +
    'se moi toi lui leur mon ton son ma ta sa mes tes ses notre votre ce cet cette ces qui que quoi dont où ' +
    'est sont être avoir a ai as ont fait faire très plus moins bien oui non pas ne merci bonjour alors ' +
    'voilà aussi encore déjà rose claire marine pascale aurore océane'
  ).split(' '),
};
