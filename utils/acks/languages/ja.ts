import { type AckLanguage, l } from './types';

/**
 * Japanese: no spaces between words, so names are found inside the text (utils/acks/names.ts
 * `findTextMentions`) and the honorific glued to a name (さん, 様, くん, ちゃん, 先生) is part of the mention.
 * Templates are written without spaces; `{W8}` is up to eight characters. Politeness levels are phrase
 * alternatives (ありがとう / ありがとうございます / ありがとうございました). Negation follows the verb
 * (賛成できません, 言う通りではない), where the vetoes look for it.
 */
export const ja: AckLanguage = {
  code: 'ja',
  label: '日本語',
  unspaced: true,
  honorifics: l('さん|さま|様|くん|君|ちゃん|先生|氏|殿|せんせい|はん'),
  lists: {
    thanks: l(
      'ありがとう|ありがとうございます|ありがとうございました|ありがと|どうもありがとう|本当にありがとう|本当にありがとうございます|本当にありがとうございました|ほんとにありがとう|助かりました|助かります|助かる|感謝します|感謝しています|感謝です|サンキュー|thanks|thx',
    ),
    praise: l(
      'いい|良い|よい|素晴らしい|すばらしい|鋭い|すごい|すごくいい|とてもいい|ナイス|面白い|おもしろい|大事な|重要な|的確な|貴重な',
    ),
    contrib: l(
      '質問|指摘|アイデア|アイディア|意見|提案|ご指摘|ご質問|ご意見|ご提案|ポイント|まとめ|分析|資料|発表|説明',
    ),
    praiseAfter: l(
      'いいですね|いいね|素晴らしいです|素晴らしい|素晴らしいと思います|すごいです|すごい|さすがです|さすが|参考になりました|参考になります|とても分かりやすかったです|分かりやすかったです|わかりやすかったです|とても分かりやすい|分かりやすい|助かりました|お見事です|お見事|ナイスです|ナイス|良かったです|よかったです',
    ),
    said: l(
      'おっしゃったように|おっしゃっていたように|おっしゃった通り|言ったように|言ってたように|言っていたように|言われたように|ご指摘のように|が言うように|が言ったように',
    ),
    agree: l(
      '賛成です|賛成します|賛成|同感です|同感|同意します|同意です|同意見です|同じ意見です|同じ考えです|同じです',
    ),
    askOpinion: l(
      'どう思いますか|どう思う|どう思われますか|どうですか|どう|いかがですか|いかがでしょうか|いかが|何かありますか|何かある|何か補足ありますか|補足ありますか|何か意見ありますか|ご意見ありますか|どうでしょう|どうでしょうか|どう考えますか|どう見ていますか',
    ),
  },
  rules: [
    // —— 感謝 ——
    { kind: 'thanks', pattern: '{N}(、)?(本当に|ほんとに|どうも|えーと)?{@thanks}' },
    { kind: 'thanks', pattern: '{N}(に|には)(本当に|とても|心から)?(感謝|お礼申し上げます)' },
    { kind: 'thanks', pattern: '{N}(お疲れ様でした|おつかれさまでした){@thanks}' },
    { kind: 'thanks', pattern: '{@thanks}{N}{END}' },
    { kind: 'thanks', pattern: '{N}(ありがとね|ありがとうね|サンキュー)' },
    // —— 評価 ——
    { kind: 'credit', pattern: '{N}(の)?(とても|すごく|本当に)?{@praise}{@contrib}' },
    { kind: 'credit', pattern: '{N}(の)?{@contrib}(は|が|も)?(とても|すごく|本当に)?{@praiseAfter}' },
    { kind: 'credit', pattern: '{N}(の)?(さすがです|さすが|お見事です|お見事|ナイスです|ナイス)' },
    { kind: 'credit', pattern: '{N}(が)?{@said}' },
    // —— 発言の促し ——
    {
      kind: 'invitation',
      pattern:
        '{N}(は|も|から)?(どう思いますか|どう思う|どう思われますか|どうですか|いかがですか|いかがでしょうか|何かありますか|何か補足ありますか|補足ありますか|ご意見ありますか|どうでしょう)',
    },
    {
      kind: 'invitation',
      pattern:
        '{N}(の)?(ご意見|意見|お考え|考え)(も|を)?(お聞きしたいです|お聞きしたい|聞きたいです|聞きたい|伺いたいです|お願いします)',
    },
    { kind: 'invitation', pattern: '{N}(から)?(一言|ひとこと)(お願いします|どうぞ|いただけますか)' },
    { kind: 'invitation', pattern: '(では|じゃあ|それでは|次は){N}(、)?(お願いします|どうぞ)' },
    // —— 同意 ——
    { kind: 'agreement', pattern: '{N}(に|と|の意見に|のご意見に|の考えに)(完全に|全く|まったく)?{@agree}' },
    { kind: 'agreement', pattern: '{N}の(言う|いう|おっしゃる)(通り|とおり)' },
    { kind: 'agreement', pattern: '{N}(と)(同じ意見|同じ考え|同感)' },
  ],
  vetoes: [
    {
      kinds: ['agreement'],
      pattern:
        '{N}{W6}(できません|しません|ではない|じゃない|ではありません|反対|とは思いません|かどうか|分かりません|わかりません)',
    },
    { kinds: ['credit'], pattern: '{N}{W12}(良くない|よくない|ない|ません)' },
    {
      kinds: ['thanks', 'agreement', 'invitation', 'credit'],
      pattern:
        '{N}{W16}(と言って|といって|と言いました|と言っていました|って言って|聞いていました|聞きました|聞いた)',
    },
    { kinds: ['thanks'], pattern: '{N}(に)?(お礼を言わないと|お礼を言っていない|お礼しないと)' },
    { kinds: ['thanks'], pattern: '{N}(結構です|大丈夫です)' },
    { kinds: ['invitation'], pattern: '{N}よろしくお願いします' },
  ],
  conjunctions: ['と', 'や', 'も'],
  genitiveS: false,
  selfLabels: ['あなた', '自分', 'you'],
  stopwords: l(
    'です|ます|した|して|ありがとう|思います|これ|それ|あの|えーと|ですね|ません|でした|から|まで|ので|けど',
  ),
  captionNames: l('ja|日本語|japanese|japanisch|japonais|japonés|japonês|giapponese|japans'),
  commonWords: [],
};
