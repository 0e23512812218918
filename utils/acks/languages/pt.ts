import { type AckLanguage, l } from './types';
import { UNIVERSAL_RULES } from './universal';

/**
 * Portuguese, one table for Brazil and Portugal: "obrigado/obrigada" (the speaker's gender), "valeu" (BR),
 * você and tu, "falou" (BR) beside "disse", and the contractions before names ("ao João", "à Inês",
 * "da Beatriz", "do Gonçalo", "pela ajuda"). Names usually take an article ("a Inês tem razão"), which
 * the templates allow.
 */
export const pt: AckLanguage = {
  code: 'pt',
  label: 'Português (Brasil e Portugal)',
  lists: {
    thanks: l(
      'obrigado|obrigada|muito obrigado|muito obrigada|obrigadão|obrigadinho|obrigadinha|brigado|brigada|valeu|valeu mesmo|obrigado mesmo|obrigada mesmo|muito obrigado mesmo|muito obrigada mesmo|agradeço|agradecemos|obg|brigadão',
    ),
    praise: l(
      'boa|bom|ótima|ótimo|otima|otimo|excelente|grande|interessante|importante|muito boa|muito bom|bela|belo|genial|pertinente|excelentes',
    ),
    contrib: l(
      'ideia|ideias|pergunta|ponto|observação|comentário|trabalho|análise|resumo|proposta|sugestão|apresentação|explicação|contribuição',
    ),
    kudos: l(
      'parabéns|muito bem|mandou bem|arrasou|bom trabalho|ótimo trabalho|excelente trabalho|belo trabalho|bravo|boa',
    ),
    workPraise: l('bom trabalho|ótimo trabalho|excelente trabalho|belo trabalho|grande trabalho|parabéns'),
    said: l(
      'disse|falou|tinha dito|tinha falado|comentou|mencionou|explicou|propôs|sugeriu|bem disse|bem falou|dizia',
    ),
    shows: l(
      'ajudou muito|ajudou|nos ajudou|mostra|demonstra|é ótima|é ótimo|é excelente|é muito boa|é muito bom|foi muito útil|é muito útil',
    ),
    opinion: l('opinião|ideia|visão|ponto de vista|comentário'),
    art: l('o|a|ao|à|do|da|pelo|pela|para o|para a|pro|pra|com o|com a'),
  },
  rules: [
    // —— obrigado ——
    { kind: 'thanks', pattern: '{@thanks} ({@art} )?{N}' },
    { kind: 'thanks', pattern: '{@thanks} (por|pelo|pela|pelos|pelas) {W5}{N}{END}' },
    { kind: 'thanks', pattern: '{N} {@thanks}' },
    { kind: 'thanks', pattern: '(quero|queria|gostaria de|queremos) (também )?agradecer ({@art} )?{N}' },
    // —— reconhecimento ——
    { kind: 'credit', pattern: '(muito |que )?{@praise} {@contrib} ({@art} )?{N}' },
    { kind: 'credit', pattern: '{@kudos} ({@art} )?{N}{END}' },
    { kind: 'credit', pattern: '{@kudos} ({@art} )?{N} (pelo|pela|pelos|pelas|por|no|na|com)' },
    { kind: 'credit', pattern: '{N} {@kudos}' },
    { kind: 'credit', pattern: '{@workPraise} (no|na|com o|com a|em|nos|nas) {W5}{N}{END}' },
    { kind: 'credit', pattern: '(como|conforme) (o |a )?{N} (já |bem )?{@said}' },
    {
      kind: 'credit',
      pattern: '(seguindo|retomando|complementando) (o que|a ideia|o ponto) ({@art} )?{N}( disse| falou)?',
    },
    { kind: 'credit', pattern: '(seguindo|retomando|complementando) (o que) (o |a )?{N}' },
    { kind: 'credit', pattern: '(o|a|os|as) {@contrib} (do|da|de) {N} (é |foi )?(muito )?{@praise}' },
    { kind: 'credit', pattern: '(o|a|os|as) {@contrib} (do|da|de) {N} {@shows}' },
    // —— convite ——
    {
      kind: 'invitation',
      pattern: '{N} (e )?(o que|que) (você acha|vocês acham|tu achas|achas|acha|pensas|você pensa|acham)',
    },
    { kind: 'invitation', pattern: '(o que|que) (você acha|achas|acha|tu achas|pensas) {N}{END}' },
    { kind: 'invitation', pattern: '{N} (qual é|qual) (a )?(sua|tua) {@opinion}' },
    { kind: 'invitation', pattern: '{N} (como) (você vê|tu vês|vês|vê) (isso|isto)' },
    {
      kind: 'invitation',
      pattern:
        '{N} (queres|quer|você quer|gostaria de|gostarias de) (acrescentar|dizer|comentar|adicionar|começar)( alguma coisa| algo)?',
    },
    {
      kind: 'invitation',
      pattern: '{N} (tens|tem|você tem) (alguma coisa|algo) (a|para|pra) (acrescentar|dizer)',
    },
    { kind: 'invitation', pattern: '{N} (alguma|algum) (ideia|comentário|opinião) \\?' },
    {
      kind: 'invitation',
      pattern: '(e você|e tu|tua vez|sua vez|é contigo|é com você|pode falar|podes falar) {N}{END}',
    },
    { kind: 'invitation', pattern: '(gostaria de|queria|quero|gostava de) (ouvir|escutar) ({@art} )?{N}' },
    // —— concordância ——
    {
      kind: 'agreement',
      pattern: '(concordo|concordamos) (plenamente |totalmente |muito )?com ({@art} )?{N}',
    },
    { kind: 'agreement', pattern: '(estou|estamos) (totalmente |plenamente )?de acordo com ({@art} )?{N}' },
    { kind: 'agreement', pattern: '{N} tem (toda a |toda |muita )?razão' },
    { kind: 'agreement', pattern: '(tens|tem|você tem) (toda a |toda |muita )?razão {N}' },
    { kind: 'agreement', pattern: '{N} (tens|você tem|tem) (toda a |toda |muita )?razão' },
    { kind: 'agreement', pattern: '(exatamente|exato|isso mesmo|é isso|com certeza|concordo) {N}{END}' },
    { kind: 'agreement', pattern: '(penso|acho) (como|igual a|o mesmo que) ({@art} )?{N}' },
    {
      kind: 'agreement',
      pattern: '(assino embaixo|assino por baixo|apoio) (do |de )?(o que )?({@art} )?{N}',
    },
    {
      kind: 'agreement',
      pattern:
        '(assino embaixo|assino por baixo|apoio|concordo com) (do |de )?(o )?que ({@art} )?{N} (disse|falou|diz)',
    },
    { kind: 'agreement', pattern: '\\+1 (para|pra|com) ({@art} )?{N}' },
    ...UNIVERSAL_RULES,
  ],
  vetoes: [
    { kinds: ['agreement', 'credit'], pattern: '(não|nunca|nem|nada) {W5}{N}' },
    { kinds: ['agreement'], pattern: '{N} não {W3}' },
    { kinds: ['credit'], pattern: '{N} (não é|não foi|não está) ' },
    { kinds: ['thanks'], pattern: '(não|nunca|ninguém) {W3}(obrigad[^ ]*|agradec[^ ]*) {W2}{N}' },
    { kinds: ['thanks'], pattern: '({@art}|para|pra|com) {N} {@thanks}{END}' },
    { kinds: ['thanks'], pattern: '(disse|diz|falou) {@thanks} ({@art} )?{N}' },
    { kinds: ['thanks'], pattern: '(tenho de|tenho que|preciso|lembrar de) (agradecer) {W2}{N}' },
    { kinds: ['thanks'], pattern: 'graças a deus {W3}{N}' },
    {
      kinds: ['agreement'],
      pattern: '(não tenho certeza|não sei se|não estou certo|não estou certa|duvido) {W6}{N}',
    },
    { kinds: ['invitation'], pattern: '(pergunta|pergunte|perguntem) ({@art} )?{N}' },
    // reported speech; "pergunta" is also the noun ("boa pergunta Beatriz")
    {
      kinds: ['agreement', 'invitation'],
      pattern: '(?<!o que )(diz|disse|perguntou|perguntei|pergunta (se|o que|que|como)) {W6}{N}',
    },
  ],
  conjunctions: ['e', '&'],
  listFillers: ['a', 'à', 'ao', 'o', 'com', 'com a', 'com o', 'também'],
  genitiveS: false,
  selfLabels: ['você', 'eu', 'tu', 'you'],
  stopwords: l(
    'não|é|uma|com|para|obrigado|obrigada|você|também|isso|muito|está|mas|sim|da|do|então|né|pra|tá|vocês|estou|ao|nós|aqui',
  ),
  captionNames: l(
    'pt|português|portuguese|portugiesisch|portugais|portugués|portoghese|portugees|ポルトガル語',
  ),
  commonWords: (
    'o a os as um uma de do da dos das ao à em no na nos nas por pelo pela com para pra e ou mas que se ' +
    'eu tu ele ela nós vocês eles elas você me te lhe meu minha teu tua seu sua isso isto aquilo este esta ' +
    'é são está estou foi ser ter tem muito mais menos bem sim não obrigado obrigada então já também ' +
    'rosa luz paz glória graça vitória'
  ).split(' '),
};
