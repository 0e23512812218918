import { type AckLanguage, l } from './types';
import { UNIVERSAL_RULES } from './universal';

/**
 * German. Templates are folded when compiled (ü→u, ß→ss), so they can be written with umlauts. Verb-final
 * clauses ("wie Maria gesagt hat", "ich stimme Maria zu") put the signal after the name; negation sits between
 * ("ich stimme Maria nicht zu") and simply fails to match.
 */
export const de: AckLanguage = {
  code: 'de',
  label: 'Deutsch',
  lists: {
    thanks: l(
      'danke|danke dir|danke euch|danke ihnen|danke schön|dankeschön|danke sehr|vielen dank|vielen lieben dank|herzlichen dank|tausend dank|besten dank|lieben dank|danke vielmals|merci|thx|dank|großen dank|ganz lieben dank|danke nochmal|nochmals danke|nochmal danke',
    ),
    // after the nominative forms, the accusative/dative ones ("einen wichtigen Punkt")
    praise: l(
      'gut|guter|gute|gutes|guten|toll|toller|tolle|tolles|super|stark|starker|starke|starkes|klasse|prima|spannend|spannender|spannende|wichtig|wichtiger|wichtige|wichtiges|berechtigt|berechtigter|berechtigte|interessant|interessanter|interessante|hervorragend|hervorragende|hervorragender|großartig|großartige|großartiger|exzellent|exzellente|sehr gut|sehr guter|sehr gute|klug|kluger|kluge|schön|schöner|schöne|wertvoll|wertvoller|wertvolle|hilfreich|hilfreiche|hilfreicher|tollen|starken|spannenden|wichtigen|berechtigten|interessanten|hervorragenden|großartigen|klugen|schönen|wertvollen|hilfreichen|sehr guten',
    ),
    contrib: l(
      'punkt|idee|ideen|frage|einwand|hinweis|beitrag|arbeit|analyse|vorschlag|zusammenfassung|gedanke|job|präsentation|recherche|einschätzung|input|anmerkung|beobachtung|fang',
    ),
    kudos: l(
      'gut gemacht|super gemacht|toll gemacht|klasse gemacht|stark gemacht|sauber gemacht|starke leistung|tolle leistung|gute arbeit|super arbeit|tolle arbeit|klasse arbeit|starke arbeit|respekt|hut ab|chapeau|glückwunsch|herzlichen glückwunsch|bravo|klasse|spitze|super job|guter job|toller job',
    ),
    said: l(
      'sagte|gesagt hat|schon sagte|schon gesagt hat|bereits sagte|bereits gesagt hat|gerade sagte|gerade gesagt hat|eben sagte|eben gesagt hat|meinte|gemeint hat|sagt|meint|erwähnte|erwähnt hat|schon erwähnt hat|betonte|betont hat|zeigte|gezeigt hat|vorschlug|vorgeschlagen hat|anmerkte|angemerkt hat|ausgeführt hat|erklärt hat|erklärte|richtig sagte|richtig gesagt hat|richtig bemerkt hat|schon richtig gesagt hat|vorhin sagte|vorhin gesagt hat|angesprochen hat|festgestellt hat|hervorgehoben hat',
    ),
    shows: l(
      'zeigt|zeigte|hat gezeigt|belegt|beweist|macht deutlich|macht klar|hilft|hat geholfen|hat uns geholfen|hilft uns|ist super|war super|ist toll|war toll|ist klasse|war klasse|war hilfreich|ist hilfreich|war sehr hilfreich|ist sehr hilfreich|trifft es|bringt es auf den punkt|hat mich überzeugt|überzeugt mich',
    ),
    opinion: l('meinung|sicht|einschätzung|gedanken|perspektive|sichtweise|position|input|ansicht'),
    speakUp: l(
      'sagen|ergänzen|beitragen|hinzufügen|einbringen|loslegen|anfangen|teilen|dazu sagen|einsteigen',
    ),
    right: l(
      'recht|völlig recht|vollkommen recht|absolut recht|total recht|ganz recht|voll recht|natürlich recht|schon recht|da recht',
    ),
    // Lob für eine Arbeit, deren Gegenstand folgt ("gute Arbeit beim Rollout, Jürgen")
    workPraise: l(
      'gut gemacht|super gemacht|toll gemacht|klasse gemacht|stark gemacht|sauber gemacht|prima gemacht|starke leistung|tolle leistung|super leistung|gute arbeit|super arbeit|tolle arbeit|klasse arbeit|starke arbeit|großartige arbeit|hervorragende arbeit|saubere arbeit|super job|guter job|toller job|starker job|glückwunsch|herzlichen glückwunsch|respekt|hut ab',
    ),
    zu: l(
      'zu|voll zu|völlig zu|vollkommen zu|absolut zu|voll und ganz zu|ganz zu|da zu|da voll zu|total zu|uneingeschränkt zu|hundertprozentig zu',
    ),
  },
  rules: [
    // —— Dank ——
    { kind: 'thanks', pattern: '{@thanks} (an |für |fur )?{N*}' },
    {
      kind: 'thanks',
      pattern: '{@thanks} (euch allen|allen|an alle) (besonders|vor allem|insbesondere) (an )?{N}',
    },
    { kind: 'thanks', pattern: '{@thanks} (für|fur) {W5,}{N}{END}' },
    // without a comma (captions): the name must not follow a preposition or article, and must end the clause
    {
      kind: 'thanks',
      pattern:
        '{@thanks} (für|fur|fürs|furs) {W5}(?<! (an|mit|von|für|fur|bei|zu|und|oder|dem|der|den|die|das) ){N}(?={END}| (das|es|war|ist|echt|wirklich|super) )',
    },
    { kind: 'thanks', pattern: '{N} {@thanks}(?= für| nochmal| dafür| schön| sehr|{END})' },
    {
      kind: 'thanks',
      pattern: '(dank|danke|großer dank|ein großes dankeschön|ein dankeschön) (geht |gilt )?(an|auch an) {N}',
    },
    {
      kind: 'thanks',
      pattern: '(bedanke mich|bedanken uns|bedanken) (auch |herzlich |ganz herzlich |sehr )?bei {N}',
    },
    {
      kind: 'thanks',
      pattern:
        '(ich möchte|ich will|ich wollte|wir wollten|wir möchten|ich würde gern|ich würde gerne) (mich |uns )?(auch |noch |nochmal |herzlich |ganz herzlich )*(bei )?{N} (danken|bedanken)',
    },
    {
      kind: 'thanks',
      pattern: '(ich möchte|ich will|wir möchten|möchte) {N} (auch |noch |ganz herzlich )?danken',
    },
    { kind: 'thanks', pattern: '(dankbar) (an |für )?{N*}' },
    {
      kind: 'thanks',
      pattern:
        '{N} (du bist|sie sind) (ein |eine )?(schatz|held|heldin|engel|star|lebensretter|lebensretterin)',
    },
    // —— Anerkennung ——
    { kind: 'credit', pattern: '{@praise} {@contrib} {N}' },
    { kind: 'credit', pattern: '{@kudos} (an )?{N}' },
    { kind: 'credit', pattern: '{N} {@kudos}' },
    {
      kind: 'credit',
      pattern:
        '(lob|kompliment|respekt|anerkennung|ein lob|ein kompliment|ein großes lob) (geht |gilt )?(an|für) {N}',
    },
    {
      kind: 'credit',
      pattern:
        '(wie|so wie|genau wie|wie auch) {N} (ja |schon |bereits |gerade |eben |vorhin |richtig |so schön |treffend |sehr schön |sehr richtig )*{@said}',
    },
    {
      kind: 'credit',
      pattern:
        '(aufbauend auf|anknüpfend an|um an|ich möchte an|ich will an|ich knüpfe an|knüpfe an|ich schließe an|um auf) {N*}',
    },
    { kind: 'credit', pattern: '(an|auf) {Ns} {@contrib} (anknüpfen|anschließen|aufbauen|aufsetzen)' },
    {
      kind: 'credit',
      pattern:
        '{Ns} ({@praise} )?{@contrib} (zeigt|zeigte|hat gezeigt|belegt|beweist|macht deutlich|macht klar|hilft|hat geholfen|hat uns geholfen|ist super|war super|ist toll|war toll|ist klasse|war klasse|war hilfreich|ist hilfreich|war sehr hilfreich|ist sehr hilfreich|trifft es|bringt es auf den punkt|hat mich überzeugt|überzeugt mich)',
    },
    { kind: 'credit', pattern: '{Ns} {@praise} {@contrib}' },
    {
      kind: 'credit',
      pattern: '(finde|fand|finden) {Ns} {@contrib} (echt |sehr |richtig |wirklich |total )?{@praise}',
    },
    {
      kind: 'credit',
      pattern:
        '{N} hat (einen |eine |ein |da einen |da eine |sehr |wirklich )?(sehr |wirklich |echt )?{@praise} {@contrib} (gemacht|gebracht|angesprochen|eingebracht|genannt|gestellt|geliefert|aufgebracht)',
    },
    {
      kind: 'credit',
      pattern:
        '{N} (das ist|das war|das wäre|das klingt|ist|war) (ein |eine |echt |wirklich |sehr |total |richtig )*{@praise}(?= {@contrib}| idee|{END}| danke| gemacht)',
    },
    {
      kind: 'credit',
      pattern: '(dank|dank an) {Ns} (arbeit|hilfe|analyse|einsatz|recherche|vorarbeit|idee)',
    },
    // Lob für eine Arbeit, der Name danach: mit Komma ist er der Angesprochene; ohne (Untertitel) muss er
    // den Satz beenden und darf nicht Objekt einer Präposition sein
    {
      kind: 'credit',
      pattern: '{@workPraise} (bei|beim|mit|an|am|für|fur|fürs|zu|zum|zur|in|im|auf) {W5,}{N}{END}',
    },
    {
      kind: 'credit',
      pattern:
        '{@workPraise} (bei|beim|mit|an|am|für|fur|fürs|zu|zum|zur|in|im|auf) {W5}(?<! (an|mit|von|für|fur|bei|zu|und|oder|dem|der|den|die|das|aber) ){N}(?={END}| (das|es|war|ist|echt|wirklich|super) )',
    },
    {
      kind: 'credit',
      pattern:
        '{N} hat {W4}(richtig |echt |wirklich |sehr |super |total |ganz )*(gut|toll|super|klasse|stark|großartig|hervorragend|prima|sauber|spitze) gemacht',
    },
    {
      kind: 'credit',
      pattern:
        '(das|es|den job|die arbeit) hat {N} (richtig |echt |wirklich |sehr |super |total |ganz )*(gut|toll|super|klasse|stark|großartig|hervorragend|prima|sauber|spitze) gemacht',
    },
    {
      kind: 'credit',
      pattern: '{N} hat {W4}{@praise} (arbeit|job|leistung) (gemacht|geleistet|abgeliefert|hingelegt)',
    },
    // —— Einladung ——
    { kind: 'invitation', pattern: '{N} was (meinst|denkst|sagst|hältst|haltst|glaubst) (du|ihr|sie)' },
    { kind: 'invitation', pattern: '{N} wie (siehst|findest|siehts|seht|sehen) (du|ihr|sie|es)' },
    { kind: 'invitation', pattern: '{N} wie ist (denn )?(deine|ihre|eure) {@opinion}' },
    { kind: 'invitation', pattern: '{N} was ist (denn )?(deine|ihre|eure) {@opinion}' },
    { kind: 'invitation', pattern: '{N} (deine|ihre|eure) {@opinion}' },
    {
      kind: 'invitation',
      pattern:
        '{N} (möchtest|willst|magst|würdest|könntest|kannst|wollen|möchten|mögen|würden) (du|sie|ihr) (gern |gerne |noch |kurz |mal )?{W3}{@speakUp}',
    },
    {
      kind: 'invitation',
      pattern:
        '{N} (hast|haben|habt) (du|sie|ihr) (noch )?(etwas|was|gedanken|ideen|anmerkungen|ergänzungen|eine meinung) (dazu|zu ergänzen|beizutragen|hinzuzufügen)?',
    },
    {
      kind: 'invitation',
      pattern:
        '{N} (und du|und sie|du bist dran|sie sind dran|bitte schön|bitteschön|du hast das wort|sie haben das wort|das wort hast du|ich sehe deine hand)',
    },
    {
      kind: 'invitation',
      pattern:
        '{N} (was ist mit dir|wie ist es mit dir|von dir noch was|von dir etwas|noch was von dir|noch etwas von dir)',
    },
    {
      kind: 'invitation',
      pattern: '(lass|lasst|lassen) (uns|sie uns) (mal |auch |noch |kurz )?(von )?{N} hören',
    },
    {
      kind: 'invitation',
      pattern: '(lass|lasst|lassen) (uns|sie uns) (mal |auch |noch |kurz )?hören was {N}',
    },
    {
      kind: 'invitation',
      pattern:
        '(ich würde|ich würde gern|ich würde gerne|wir würden|ich möchte|wir möchten) (gern |gerne |auch |noch )*(von )?{N} hören',
    },
    {
      kind: 'invitation',
      pattern:
        '(ich würde|ich würde gern|ich würde gerne|wir würden|ich möchte|wir möchten) (gern |gerne |auch |noch )*{Ns} {@opinion} hören',
    },
    {
      kind: 'invitation',
      pattern:
        '(was meinst du|was denkst du|was sagst du|was hältst du davon|was meinst du dazu|was denkst du dazu|was sagst du dazu|wie siehst du das|wie siehst du es|deine meinung|deine einschätzung|und du|was meinen sie|wie sehen sie das|ihre meinung|möchtest du etwas ergänzen|magst du was sagen) {N}{END}',
    },
    { kind: 'invitation', pattern: '(übergebe|gebe|geben) (das wort )?(an|weiter an) {N}' },
    { kind: 'invitation', pattern: '(das wort hat|das wort geht an|jetzt ist|als nächstes ist) {N}' },
    // —— Zustimmung ——
    { kind: 'agreement', pattern: '(stimme|stimmen|stimmt) (da |hier |dem |auch |ganz )?{N} {@zu}' },
    { kind: 'agreement', pattern: '(stimme|stimmen) (da |hier |auch )?(mit )?{N} überein' },
    {
      kind: 'agreement',
      pattern: '(schließe|schließen|schliesse) (mich|uns) (da |hier |auch |ganz |voll )*{N} an',
    },
    {
      kind: 'agreement',
      pattern:
        '(bin|sind) (ganz |voll |völlig |total |da |hier )*(bei|auf der seite von|auf der linie von|einer meinung mit) {N}',
    },
    {
      kind: 'agreement',
      pattern: '(bin|sind) (ganz |voll |völlig |da |hier )*{Ns} (meinung|ansicht|auffassung)',
    },
    { kind: 'agreement', pattern: '(sehe|sehen) (das|es) (genau |auch |ganz |genauso )*(so )?wie {N}' },
    {
      kind: 'agreement',
      pattern: '(das|es) (sehe|seh|sehen) (ich|wir) (genau |auch |ganz |genauso )*(so )?wie {N}',
    },
    {
      kind: 'agreement',
      pattern: '{N} hat (da |hier |ja |natürlich |schon |wirklich |echt |auch )*{@right}',
    },
    {
      kind: 'agreement',
      pattern:
        '(da|hier) hat {N} (ja |natürlich |schon |völlig |vollkommen |absolut |total |ganz |wirklich )*recht',
    },
    {
      kind: 'agreement',
      pattern:
        '{N} (du hast|sie haben|ihr habt) (da |ja |natürlich |völlig |vollkommen |absolut |total |ganz |wirklich |so |schon )*recht',
    },
    {
      kind: 'agreement',
      pattern:
        '(genau|richtig|stimmt|absolut|definitiv|sehe ich auch so|sehe ich genauso|seh ich auch so|ganz genau|volle zustimmung|zustimmung|einverstanden|da bin ich bei dir) {N}{END}',
    },
    {
      kind: 'agreement',
      pattern:
        '{N} (genau|ganz genau|stimmt|absolut|sehe ich auch so|sehe ich genauso|seh ich auch so|volle zustimmung|da bin ich bei dir|einverstanden)',
    },
    { kind: 'agreement', pattern: '(genau|ganz genau|genauso|wie) was {N} (sagt|sagte|gesagt hat)' },
    ...UNIVERSAL_RULES,
  ],
  vetoes: [
    { kinds: ['agreement'], pattern: '(nicht|nie|kaum|keineswegs) {W3}{N*}' },
    { kinds: ['agreement'], pattern: '{N} hat (da |hier |ja |aber |doch )*(nicht|kein|keine|unrecht)' },
    {
      kinds: ['credit', 'agreement'],
      pattern:
        '(kein|keine|keinen|nicht|nicht so|nicht wirklich) (so |sehr |wirklich |ein |eine |einen )?{@praise} {@contrib} {N}',
    },
    { kinds: ['credit'], pattern: '{N} (das ist|das war|ist|war) (nicht|kein|keine|keineswegs) {W3}' },
    { kinds: ['thanks'], pattern: '(nicht|ohne|nie) {W2}(bedanken|danken|danke) {W2}{N}' },
    // verneintes Lob ("das war nicht gut gemacht, Lee", "Sam hat das noch nicht gut gemacht")
    {
      kinds: ['credit'],
      pattern:
        '(nicht|kein|keine|keinen|nie|kaum){_}(so{_}|sehr{_}|wirklich{_}|besonders{_}|richtig{_})*({@workPraise}|{@kudos}|{@praise}{_}{@contrib}) {W6}{N*}',
    },
    { kinds: ['credit'], pattern: '{N} hat {W4}(nicht|nie|kaum|keineswegs|kein|keine|keinen) {W4}gemacht' },
    {
      kinds: ['credit'],
      pattern: '(das|es) hat {N} (noch )?(nicht|nie|kaum|keineswegs) {W3}gemacht',
    },
    // berichtetes Lob: "Jürgen sagte gute Arbeit an Sam" ist Jürgens Anerkennung
    {
      kinds: ['credit'],
      pattern:
        '(sagte|sagt|meinte|meint|schrieb|schreibt|gesagt|geschrieben|ausrichten){_}({@workPraise}|{@kudos}|{@praise}{_}{@contrib}) {W6}{N*}',
    },
    { kinds: ['credit', 'agreement'], pattern: '(hast|hat|habt|haben) (du|ihr|sie|er) {W3}{N*}' },
    // a thumbs-up closing a thanks is a sign-off, not agreement ("danke Jürgen 👍")
    { kinds: ['agreement'], pattern: '{@thanks} {N} (👍|\\+1)' },
  ],
  conjunctions: ['und', '&', 'sowie', 'plus'],
  listFillers: ['auch', 'dann', 'äh', 'ähm', 'natürlich', 'besonders', 'nochmal'],
  genitiveS: true,
  selfLabels: ['du', 'sie', 'ich', 'you'],
  stopwords: l(
    'und|ich|nicht|das|ist|wir|der|mit|auch|noch|danke|ja|aber|habe|es|genau|oder|dass|eine|wenn|kann|mal|schon|sind|haben',
  ),
  captionNames: l('de|deutsch|german|allemand|alemán|alemão|tedesco|duits|ドイツ語'),
  commonWords: (
    'der die das den dem des ein eine einer eines einem einen und oder aber doch denn weil dass wenn als wie ' +
    'ich du er sie es wir ihr mich mir dich dir uns euch ihn ihm ihnen sein seine ihre ihr mein meine dein ' +
    'deine unser euer ist sind war waren bin bist hat habe hast haben hatte wird werden wurde kann kannst ' +
    'können muss müssen soll sollen will willst wollen mag darf nicht kein keine auch noch schon nur mal ' +
    'ja nein gut so da hier dort dann jetzt heute morgen gestern immer nie sehr mehr viel viele alle alles ' +
    'mit von zu bei nach aus für über unter vor hinter neben zwischen durch gegen ohne um an auf in im am ' +
    'zum zur vom beim ins was wer wo wann warum welche welcher welches man etwas nichts ' +
    'mark will frank rose max paul hans ernst sonne hoffnung ' +
    'datum termin termine datei dateien liste listen folie folien plan punkt team meeting runde woche tag ' +
    'monat jahr zeit frage fragen projekt kunde kunden budget bericht entwurf ticket aufgabe aufgaben daten ' +
    'zahlen thema themen protokoll agenda nachricht mail email link'
  ).split(' '),
};
