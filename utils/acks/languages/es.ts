import { type AckLanguage, l } from './types';
import { UNIVERSAL_RULES } from './universal';

/**
 * Spanish. "gracias a Ana" is thanks to Ana, but "gracias a dios" and "gracias a que…" are not: the name must
 * follow "a" directly. A request ("Ana, puedes enviar el archivo") matches nothing: invitations need an
 * opinion word (opinas, piensas, añadir…), not an errand.
 */
export const es: AckLanguage = {
  code: 'es',
  label: 'Español',
  lists: {
    thanks: l(
      'gracias|muchas gracias|mil gracias|muchísimas gracias|gracias de verdad|gracias mil|mil gracias de verdad|te agradezco|se agradece|gracias otra vez|gracias de nuevo|muchas gracias de verdad|te lo agradezco|graciass|grax|thx',
    ),
    praise: l(
      'buena|buen|buenísima|buenísimo|excelente|gran|genial|estupenda|estupendo|interesante|importante|muy buena|muy buen|muy interesante|magnífica|magnífico|fantástica|fantástico|brillante|acertada|acertado|valiosa|valioso|qué buena|qué buen|que buena|que buen',
    ),
    contrib: l(
      'idea|ideas|punto|pregunta|aporte|aportación|observación|comentario|trabajo|análisis|resumen|propuesta|sugerencia|presentación|explicación|informe|apunte',
    ),
    kudos: l(
      'bravo|enhorabuena|felicidades|felicitaciones|bien hecho|muy bien hecho|chapó|olé|qué crack|crack|genial trabajo|gran trabajo|buen trabajo|excelente trabajo|muy buen trabajo',
    ),
    workPraise: l(
      'buen trabajo|gran trabajo|excelente trabajo|muy buen trabajo|bien hecho|buen curro|enhorabuena|felicidades',
    ),
    said: l(
      'dijo|ha dicho|decía|dice|comentó|ha comentado|mencionó|ha mencionado|señaló|ha señalado|explicó|propuso|bien dijo|bien ha dicho|apuntó|planteó',
    ),
    shows: l(
      'ayudó|nos ayudó|ha ayudado|nos ha ayudado|muestra|demuestra|es muy buena|es buena|es excelente|es genial|fue muy útil|es muy útil|fue clave|es clave',
    ),
    opinion: l('opinión|idea|ideas|punto de vista|visión|comentario|comentarios'),
    speakUp: l(
      'añadir algo|añadir|comentar algo|comentar|decir algo|aportar algo|aportar|empezar|compartir algo',
    ),
  },
  rules: [
    // —— gracias ——
    { kind: 'thanks', pattern: '{@thanks} (a )?{N}' },
    { kind: 'thanks', pattern: '{@thanks} (por|para) {W5}{N}{END}' },
    {
      kind: 'thanks',
      pattern:
        '{@thanks} (por|para) {W5}(?<! (a|de|con|y|o|para|por|el|la|los|las|al|del) ){N}(?= (muy|de verdad|es|fue|está|gracias) )',
    },
    { kind: 'thanks', pattern: '{N} {@thanks}' },
    {
      kind: 'thanks',
      pattern: '(quiero|quería|me gustaría|queremos) (también )?(agradecer|dar las gracias) (a )?{N}',
    },
    { kind: 'thanks', pattern: '(agradezco|agradecemos) (mucho )?(a )?{N}' },
    // —— reconocimiento ——
    { kind: 'credit', pattern: '(muy |qué |que )?{@praise} {@contrib} {N}' },
    { kind: 'credit', pattern: '{@kudos} (a )?{N}' },
    { kind: 'credit', pattern: '{N} {@kudos}' },
    { kind: 'credit', pattern: '{@workPraise} (con|en|por|sobre) {W5}{N}{END}' },
    { kind: 'credit', pattern: '(como|tal como) (bien )?{N} (ya |bien )?{@said}' },
    { kind: 'credit', pattern: '(como|tal como) (ya |bien )?{@said} {N}' },
    {
      kind: 'credit',
      pattern:
        '(siguiendo|retomando|sumándome a) (lo que|la idea de|el punto de) (dijo |ha dicho |decía |comentó )?{N}',
    },
    { kind: 'credit', pattern: '(el|la|los|las) {@contrib} de {N} (es |fue )?(muy )?{@praise}' },
    { kind: 'credit', pattern: '(el|la|los|las) {@contrib} de {N} {@shows}' },
    { kind: 'credit', pattern: 'gracias a (el |la )?{@contrib} de {N}' },
    // —— invitación ——
    {
      kind: 'invitation',
      pattern:
        '{N} (y )?(tú |usted |vosotros |ustedes )?(qué|que) (opinas|piensas|te parece|opina|piensa|le parece|opináis|pensáis|os parece|opinan|piensan)',
    },
    {
      kind: 'invitation',
      pattern:
        '(qué|que) (opinas|piensas|te parece|opina usted|piensa usted|opináis|pensáis) (tú |usted )?{N}{END}',
    },
    { kind: 'invitation', pattern: '{N} (cuál es|cual es) (tu|su|vuestra) {@opinion}' },
    { kind: 'invitation', pattern: '{N} (cómo|como) lo (ves|ve|veis|ven)' },
    { kind: 'invitation', pattern: '{N} (quieres|quiere|queréis|te gustaría|le gustaría) {@speakUp}' },
    {
      kind: 'invitation',
      pattern: '{N} (tienes|tiene|tenéis) algo (que|para) (añadir|decir|aportar|comentar)',
    },
    { kind: 'invitation', pattern: '{N} (alguna|algún) (idea|comentario|opinión) \\?' },
    { kind: 'invitation', pattern: '(y tú|y usted|te toca|tu turno|adelante|cuéntanos) {N}{END}' },
    {
      kind: 'invitation',
      pattern:
        '(me gustaría|nos gustaría|quiero|queremos) (escuchar|oír) (a |la opinión de |qué piensa )?{N}',
    },
    // —— acuerdo ——
    { kind: 'agreement', pattern: '(estoy|estamos) (totalmente |muy |completamente )?de acuerdo con {N}' },
    { kind: 'agreement', pattern: '(totalmente |muy |completamente )?de acuerdo con {N}' },
    { kind: 'agreement', pattern: '(coincido|coincidimos) (plenamente |totalmente )?con {N}' },
    { kind: 'agreement', pattern: '{N} tiene (toda la |mucha )?razón' },
    { kind: 'agreement', pattern: '(tienes|tiene|tiene usted) (toda la |mucha )?razón {N}' },
    { kind: 'agreement', pattern: '{N} (tienes|tiene) (toda la |mucha )?razón' },
    { kind: 'agreement', pattern: '(exacto|exactamente|eso es|así es|tal cual|totalmente) {N}{END}' },
    { kind: 'agreement', pattern: '(pienso|opino) (igual|lo mismo) que {N}' },
    { kind: 'agreement', pattern: '(apoyo|secundo|suscribo) (lo que (dice|dijo|ha dicho) )?{N}' },
    { kind: 'agreement', pattern: '(estoy|estamos) con {N}(?= en| sobre| aquí|{END})' },
    { kind: 'agreement', pattern: '\\+1 (a|para|con) {N}' },
    ...UNIVERSAL_RULES,
  ],
  vetoes: [
    { kinds: ['agreement', 'credit'], pattern: '(no|nunca|tampoco|nada) {W5}{N}' },
    { kinds: ['agreement'], pattern: '{N} no {W3}' },
    { kinds: ['credit'], pattern: '{N} (no es|no fue|no está) ' },
    { kinds: ['thanks'], pattern: '(no|nunca|nadie) {W3}(gracias|agradec[^ ]*) {W2}{N}' },
    // the name is an object, the thanks goes to everyone: "le mandé el enlace a lucía gracias"
    { kinds: ['thanks'], pattern: '(a|al|para|con|de|del) {N} {@thanks}{END}' },
    { kinds: ['thanks'], pattern: '(dijo|dice|dio|dar|darle|dale|díselo) {W2}(las )?gracias (a )?{N}' },
    { kinds: ['thanks'], pattern: 'gracias a (dios|que) {W3}{N}' },
    // doubt is not agreement; a question passed on is not an invitation
    {
      kinds: ['agreement'],
      pattern: '(no sé si|no se si|no estoy seguro de|no estoy segura de|dudo que) {W6}{N}',
    },
    { kinds: ['invitation'], pattern: '(pregúntale|pregúntele|preguntadle|pregunta) a {N}' },
    // reported speech, but not "apoyo lo que dice Chloé"; "pregunta" is also the noun ("buena pregunta")
    {
      kinds: ['agreement', 'invitation'],
      pattern: '(?<!lo que )(dice|dijo|preguntó|pregunté|pregunta (si|qué|que|cómo)) {W6}{N}',
    },
  ],
  conjunctions: ['y', 'e', '&'],
  listFillers: ['a', 'con', 'también', 'eh', 'em'],
  genitiveS: false,
  selfLabels: ['tú', 'yo', 'usted', 'you'],
  stopwords: l(
    'el|los|que|es|por|pero|muy|gracias|está|estoy|para|también|qué|cómo|yo|sí|bueno|pues|creo|tenemos|vale|hay|esto|eso|una',
  ),
  captionNames: l('es|español|spanish|spanisch|espagnol|espanhol|spagnolo|spaans|スペイン語|castellano'),
  commonWords: (
    'el la los las un una de del al a y o que en con por para es son está estoy ser fue muy más menos pero ' +
    'sí no yo tú él ella nosotros vosotros ellos le lo me te se mi tu su nuestro este esta esto eso ese ' +
    'hay como cuando donde qué quién bien mal bueno buena gracias hola vale pues entonces ya también ' +
    'rosa paz luz sol mar flor reyes victoria esperanza pilar dolores amparo ángeles'
  ).split(' '),
};
