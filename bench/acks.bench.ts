/**
 * Acknowledgement detection cost per caption update: a call where each sentence (~20 words) streams in
 * word by word as progressive rewrites of one caption entry, a quarter of sentences get a correction, and
 * about one in three carries an acknowledgement. Every push is timed individually, so the figure includes
 * the finalisation (rule matching) that some updates trigger. Printed for 10 people (mean, p99) and for a
 * 49-person roster (median, the figure), then (issue 23) the p99 with 49 people in every language:
 * the same stream built from that language's filler and acknowledgement phrases (Japanese streams in
 * chunks of characters, without spaces, to 49 Japanese names with honorifics).
 *
 * Run: node --import tsx --expose-gc bench/acks.bench.ts
 */
import { ACK_LANGUAGE_CODES, type AckLanguageCode, createAckDetector } from '../utils/acks';
import type { MeetingEvent } from '../utils/meeting/events';
import { budgets, report } from './budgets';

function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** 49 distinct first names, so every ack in the stream is resolvable (a shared first name never counts). */
const FIRST = (
  'Priya Sam Lee María Mark Alexandra Christopher Katharina Will Grace Dana Søren Zoë Jürgen James Olu Mei ' +
  'Tomás Ingrid Rahul Fatima Yuki Noah Amara Lukas Chloé Diego Hana Ivan Leila Mateo Nadia Omar Paula ' +
  'Quentin Rosa Stefan Tariq Ursula Viktor Wen Ximena Yusuf Zara Anika Bruno Carmen Dmitri Elif'
).split(' ');
const LAST = [
  'Shah',
  'Okafor',
  'Chen',
  'García',
  'Jones',
  'Ivanova',
  'Wu',
  'Müller',
  'Turner',
  'Kim',
  'Nair',
];
const FILLER =
  'so I think the main thing for this quarter is that we keep the scope small and ship the first version of the report before the review next week because the data looks stable now'.split(
    ' ',
  );
const ACKS = [
  (n: string) => `thanks ${n} for pulling this together`,
  (n: string) => `great point ${n}`,
  (n: string) => `${n} what do you think`,
  (n: string) => `I agree with ${n}`,
  (n: string) => `building on ${n}'s idea`,
  (n: string) => `as ${n} said`,
];

interface Script {
  filler: string[];
  acks: ((n: string) => string)[];
  /** How words join (ja: no spaces). */
  sep: string;
  names: string[];
  /** How a name is said (ja: family name + さん). */
  said: (name: string) => string;
}

const LATIN_NAMES = Array.from({ length: 49 }, (_, i) => `${FIRST[i]} ${LAST[(i * 7) % LAST.length]}`);
const JA_FAMILY = (
  '佐藤 鈴木 高橋 田中 伊藤 渡辺 山本 中村 小林 加藤 吉田 山田 佐々木 山口 松本 井上 木村 林 斎藤 清水 山崎 森 ' +
  '池田 橋本 阿部 石川 山下 中島 石井 小川 前田 岡田 長谷川 藤田 後藤 近藤 村上 遠藤 青木 坂本 斉藤 福田 太田 ' +
  '西村 藤井 金子 岡本 藤原 三浦'
).split(' ');
const JA_GIVEN = '翔太 美咲 大輔 陽菜 蓮 結衣 健二 花子 誠 直美 拓海'.split(' ');

const SCRIPTS: Record<AckLanguageCode, Script> = {
  en: { filler: FILLER, acks: ACKS, sep: ' ', names: LATIN_NAMES, said: (n) => n.split(' ')[0]! },
  de: {
    filler:
      'also ich glaube das wichtigste für dieses quartal ist dass wir den umfang klein halten und die erste version vor der prüfung nächste woche liefern weil die daten jetzt stabil aussehen'.split(
        ' ',
      ),
    acks: [
      (n) => `danke ${n} für die zahlen`,
      (n) => `guter punkt ${n}`,
      (n) => `${n} was meinst du`,
      (n) => `ich stimme ${n} zu`,
      (n) => `wie ${n} gesagt hat`,
    ],
    sep: ' ',
    names: LATIN_NAMES,
    said: (n) => n.split(' ')[0]!,
  },
  es: {
    filler:
      'bueno creo que lo más importante este trimestre es mantener el alcance pequeño y entregar la primera versión del informe antes de la revisión porque los datos ya están estables'.split(
        ' ',
      ),
    acks: [
      (n) => `gracias ${n} por preparar esto`,
      (n) => `buen punto ${n}`,
      (n) => `${n} qué opinas`,
      (n) => `estoy de acuerdo con ${n}`,
      (n) => `como dijo ${n}`,
    ],
    sep: ' ',
    names: LATIN_NAMES,
    said: (n) => n.split(' ')[0]!,
  },
  fr: {
    filler:
      "alors je pense que le plus important ce trimestre c'est de garder un périmètre réduit et de livrer la première version du rapport avant la revue parce que les données sont stables".split(
        ' ',
      ),
    acks: [
      (n) => `merci ${n} pour le résumé`,
      (n) => `bonne idée ${n}`,
      (n) => `${n} tu en penses quoi`,
      (n) => `je suis d'accord avec ${n}`,
      (n) => `comme l'a dit ${n}`,
    ],
    sep: ' ',
    names: LATIN_NAMES,
    said: (n) => n.split(' ')[0]!,
  },
  pt: {
    filler:
      'então eu acho que o mais importante neste trimestre é manter o escopo pequeno e entregar a primeira versão do relatório antes da revisão porque os dados já estão estáveis'.split(
        ' ',
      ),
    acks: [
      (n) => `obrigado ${n} pela ajuda`,
      (n) => `boa ideia ${n}`,
      (n) => `${n} o que você acha`,
      (n) => `concordo com ${n}`,
      (n) => `como ${n} disse`,
    ],
    sep: ' ',
    names: LATIN_NAMES,
    said: (n) => n.split(' ')[0]!,
  },
  it: {
    filler:
      'allora penso che la cosa più importante questo trimestre sia tenere il perimetro piccolo e consegnare la prima versione del report prima della revisione perché i dati sono stabili'.split(
        ' ',
      ),
    acks: [
      (n) => `grazie ${n} per il riassunto`,
      (n) => `bella idea ${n}`,
      (n) => `${n} che ne pensi`,
      (n) => `sono d'accordo con ${n}`,
      (n) => `come diceva ${n}`,
    ],
    sep: ' ',
    names: LATIN_NAMES,
    said: (n) => n.split(' ')[0]!,
  },
  nl: {
    filler:
      'nou ik denk dat het belangrijkste dit kwartaal is dat we de scope klein houden en de eerste versie van het rapport voor de review opleveren omdat de data nu stabiel is'.split(
        ' ',
      ),
    acks: [
      (n) => `bedankt ${n} voor de cijfers`,
      (n) => `goed punt ${n}`,
      (n) => `${n} wat vind jij`,
      (n) => `ik ben het eens met ${n}`,
      (n) => `zoals ${n} al zei`,
    ],
    sep: ' ',
    names: LATIN_NAMES,
    said: (n) => n.split(' ')[0]!,
  },
  ja: {
    filler:
      'えーと 今期 いちばん 大事なのは 範囲を 小さく 保って 来週の レビューの 前に レポートの 最初の 版を 出す ことだと 思います データも もう 安定 しています'.split(
        ' ',
      ),
    acks: [
      (n) => `${n}ありがとうございます`,
      (n) => `${n}いい質問ですね`,
      (n) => `${n}はどう思いますか`,
      (n) => `${n}に賛成です`,
      (n) => `${n}がおっしゃったように`,
    ],
    sep: '',
    names: JA_FAMILY.map((f, i) => `${f} ${JA_GIVEN[i % JA_GIVEN.length]}`),
    said: (n) => `${n.split(' ')[0]}さん`,
  },
};

function* captionStream(
  people: number,
  sentences: number,
  seed: number,
  script: Script = SCRIPTS.en,
): Generator<MeetingEvent> {
  const r = rng(seed);
  const names = script.names.slice(0, people);
  const FILLER = script.filler;
  const ACKS = script.acks;
  for (let i = 0; i < people; i++)
    yield { type: 'participant.joined', t: 0, id: `p${i}`, name: names[i]!, isSelf: i === 0 };
  let t = 0;
  for (let s = 0; s < sentences; s++) {
    const speaker = Math.floor(r() * people);
    const words: string[] = [];
    const start = Math.floor(r() * 10);
    for (let w = 0; w < 20; w++) words.push(FILLER[(start + w) % FILLER.length]!);
    if (r() < 0.35) {
      const other = (speaker + 1 + Math.floor(r() * (people - 1))) % people;
      const phrase = ACKS[Math.floor(r() * ACKS.length)]!(script.said(names[other]!)).split(' ');
      words.splice(Math.floor(r() * 10), phrase.length, ...phrase);
    }
    const captionId = `c${s}`;
    for (let w = 1; w <= words.length; w++) {
      t += 150 + Math.floor(r() * 300);
      yield {
        type: 'caption',
        t,
        captionId,
        speakerId: `p${speaker}`,
        speakerName: names[speaker]!,
        text: words.slice(0, w).join(script.sep),
        replaces: w > 1,
      };
    }
    if (r() < 0.25) {
      t += 900;
      yield {
        type: 'caption',
        t,
        captionId,
        speakerId: `p${speaker}`,
        speakerName: names[speaker]!,
        text: `${words.join(script.sep)}${script.sep ? '.' : '。'}`,
        replaces: true,
      };
    }
    t += 500 + Math.floor(r() * 2000);
  }
}

function measure(
  people: number,
  sentences: number,
  seed: number,
  language: AckLanguageCode = 'en',
): { times: number[]; acks: number } {
  const d = createAckDetector({ language });
  const times: number[] = [];
  let acks = 0;
  for (const e of captionStream(people, sentences, seed, SCRIPTS[language])) {
    if (e.type !== 'caption') {
      d.push(e);
      continue;
    }
    const t0 = performance.now();
    acks += d.push(e).length;
    times.push(performance.now() - t0);
  }
  acks += d.flush().length;
  return { times, acks };
}

const pct = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!;

measure(10, 400, 1); // warm-up: JIT and compiled rules
globalThis.gc?.();
const ten = measure(10, 2_000, 42);
const tenSorted = [...ten.times].sort((a, b) => a - b);
const mean = ten.times.reduce((a, b) => a + b, 0) / ten.times.length;
console.log(`10 people: ${ten.times.length.toLocaleString('en-US')} caption updates, ${ten.acks} acks`);
report('ackPerCaptionUpdateMs (10 people, mean)', mean, 'ms', budgets.ackPerCaptionUpdateMs);
report('ackPerCaptionUpdateMs (10 people, p99)', pct(tenSorted, 0.99), 'ms', budgets.ackPerCaptionUpdateMs);
globalThis.gc?.();
const big = measure(49, 1_000, 7);
const bigSorted = [...big.times].sort((a, b) => a - b);
console.log(`49 people: ${big.times.length.toLocaleString('en-US')} caption updates, ${big.acks} acks`);
report('ackPerCaptionUpdateMs (49 people, median)', pct(bigSorted, 0.5), 'ms', budgets.ackPerCaptionUpdateMs);
report('ackPerCaptionUpdateMs (49 people, p99)', pct(bigSorted, 0.99), 'ms', budgets.ackPerCaptionUpdateMs);
for (const lang of ACK_LANGUAGE_CODES) {
  measure(49, 200, 3, lang); // warm-up of this language's compiled rules
  globalThis.gc?.();
  const run = measure(49, 600, 11, lang);
  const sorted = [...run.times].sort((a, b) => a - b);
  console.log(
    `49 people, ${lang}: ${run.times.length.toLocaleString('en-US')} caption updates, ${run.acks} acks`,
  );
  report(
    `ackPerCaptionUpdateMs (49 people, p99, ${lang})`,
    pct(sorted, 0.99),
    'ms',
    budgets.ackPerCaptionUpdateMs,
  );
}
