/**
 * ~40 s calls in Spanish and in Japanese (issue 23) with the acknowledgement setting left on "Automatic":
 * the others speak first, so the words seen pick the rules; the user then invites, credits or thanks by
 * name (captions and chat) and says near-misses (a task, reported speech). The Japanese captions come in
 * phrases separated by spaces, as recognisers often write them; names carry honorifics. Invented people.
 */
import type { TextAckKind } from '@/utils/acks/languages';
import { defineScenario } from '../scenario';
import { say, timeline } from './helpers';

export const fourPersonAcksEs = defineScenario({
  name: 'four-person-acks-es',
  description: 'Spanish, ~40 s: automatic rules, an invitation, credit for work, thanks in chat, near-misses',
  meetingCode: 'ack-espn-lxq',
  title: 'Revisión del lanzamiento',
  participants: [
    { id: 'me', name: 'Talia Brandt', isSelf: true },
    { id: 'oskar', name: 'Óscar Lindqvist', host: true, camera: true },
    { id: 'mirela', name: 'Mirela Popescu' },
    { id: 'kofi', name: 'Kofi Mensah', camera: true },
  ],
  steps: timeline(
    say(2_000, 'oskar', 'Hola a todos, bueno, creo que tenemos que revisar el estado del lanzamiento', 5_000),
    say(7_500, 'mirela', 'Sí, y también hay que ver los tickets de soporte que tenemos', 4_500),
    say(12_500, 'me', 'Mirela, ¿quieres empezar con el despliegue?', 3_500),
    say(16_500, 'mirela', 'Claro, el despliegue llegó a todas las regiones el martes', 4_500),
    say(
      21_500,
      'me',
      'Buen trabajo con los scripts de migración, Kofi, nos ahorraron un fin de semana.',
      5_000,
    ),
    // near-misses: a task and reported speech
    say(27_500, 'me', 'Óscar, ¿puedes enviar las notas? Mirela dijo que la presentación está lista.', 4_500),
    { at: 34_000, type: 'chat', who: 'me', text: 'gracias oscar por el tablero' },
    { at: 40_000, type: 'end', reason: 'left' },
  ),
});

export const fourPersonAcksEsTruth: readonly { to: string; kind: TextAckKind }[] = [
  { to: 'mirela', kind: 'invitation' },
  { to: 'kofi', kind: 'credit' },
  { to: 'oskar', kind: 'thanks' },
];

export const fourPersonAcksJa = defineScenario({
  name: 'four-person-acks-ja',
  description: 'Japanese, ~40 s: automatic rules, honorifics, an invitation, thanks, near-misses',
  meetingCode: 'ack-japn-lxq',
  title: 'リリース確認',
  participants: [
    { id: 'me', name: '山本 健二', isSelf: true },
    { id: 'tanaka', name: '田中 美咲', host: true, camera: true },
    { id: 'sato', name: '佐藤 翔太' },
    { id: 'maria', name: 'マリア・ガルシア', camera: true },
  ],
  steps: timeline(
    say(2_000, 'tanaka', 'おはようございます 今日は リリースの 状況を 確認しましょう', 5_000),
    say(7_500, 'me', '佐藤さんは どう思いますか', 3_000),
    say(11_000, 'sato', 'そうですね 火曜日に 全地域に 展開しました', 4_500),
    say(16_000, 'me', '田中さん 本当に 助かりました 移行スクリプトの おかげです', 5_000),
    // near-misses: a task and reported speech
    say(22_000, 'me', 'マリアさん 資料を 送ってください 佐藤さんが 資料は 完成したと 言っていました', 6_000),
    { at: 31_000, type: 'chat', who: 'me', text: 'マリアさん、ありがとうございます🙏' },
    { at: 40_000, type: 'end', reason: 'left' },
  ),
});

export const fourPersonAcksJaTruth: readonly { to: string; kind: TextAckKind }[] = [
  { to: 'sato', kind: 'invitation' },
  { to: 'tanaka', kind: 'thanks' },
  { to: 'maria', kind: 'thanks' },
];
