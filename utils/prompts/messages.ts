/**
 * Every sentence the reflection engine produces, per locale. Rules only name a key and pass figures;
 * the wording lives here so a language is one more table, and the compiler checks each table has every key.
 *
 * Tone (see the issue and `../shared/reference/relationships-at-work.txt`): a private mirror, never a
 * grade. Evidence states what Rapport saw, questions are open, next steps are one small concrete action.
 * No "you should", no blame, no verdicts — `tests/unit/utils/prompts/wording.test.ts` enforces a deny-list.
 */
import { type Fmt, type Locale, makeFmt, type Params } from './format';

export type Msg = (p: Params, f: Fmt) => string;

const en = {
  // ── concepts (a short label above each prompt) ──
  'concept.respectful-engagement': () => 'Respectful engagement',
  'concept.listening': () => 'Listening',
  'concept.inclusion': () => 'Inclusion',
  'concept.psychological-safety': () => 'Psychological safety',
  'concept.task-enabling': () => 'Task enabling',
  'concept.trusting': () => 'Trusting',
  'concept.exposure': () => 'Being visible',
  'concept.playing': () => 'Playing',
  'concept.care': () => 'Care',
  'concept.recognition': () => 'Recognition',

  // ── caveats ──
  'caveat.speaking.partial': (p, f) =>
    `Rapport could see who was speaking for ${f.pct(p.coverage)} of the call, so speaking figures are incomplete.`,
  'caveat.speaking.off': (p, f) =>
    `Rapport could see who was speaking for only ${f.pct(p.coverage)} of the call, so prompts about talk time are left out.`,
  'caveat.camera.partial': (p, f) =>
    `Cameras were visible to Rapport for ${f.pct(p.coverage)} of the call, so camera figures are incomplete.`,
  'caveat.camera.off': (p, f) =>
    `Cameras were visible to Rapport for only ${f.pct(p.coverage)} of the call, so prompts about cameras are left out.`,
  'caveat.acks.partial': (p, f) =>
    `Captions and chat were visible for ${f.pct(p.coverage)} of the call, so some thanks and credit may have been missed.`,
  'caveat.acks.off': (p, f) =>
    `Captions and chat were visible for only ${f.pct(p.coverage)} of the call, so Rapport does not say who went unacknowledged.`,
  'caveat.self': () =>
    'Rapport could not tell which participant was you, so prompts about your own part are left out.',

  // ── rules ──
  'silent-people.title': () => 'Voices not heard',
  'silent-people.each': (p, f) =>
    `${f.name(p.name)} spoke 0 of the ${f.dur(p.present)} they were in the call.`,
  'silent-people.more': (p, f) =>
    `${f.n(p.count)} more ${f.plural(p.count, 'person', 'people')} did not speak either.`,
  'silent-people.question': (p, f) => `What might have made it easier for ${f.name(p.name)} to come in?`,
  'silent-people.step': (p, f) =>
    `Next time, ask ${f.name(p.name)} by name for their view on one specific point, and give them a moment to think.`,

  'quiet-people.title': () => 'Quieter voices',
  'quiet-people.each': (p, f) =>
    `${f.name(p.name)} spoke for ${f.dur(p.spoke)}, ${f.pct(p.share)} of the talk time (an even share would be ${f.pct(p.fair)}).`,
  'quiet-people.question': (p, f) =>
    `Did ${f.name(p.name)} have something to add that the pace of the call did not leave room for?`,
  'quiet-people.step': (p, f) =>
    `Before the next call, share the agenda with ${f.name(p.name)} and ask which point they would like to open.`,

  'presenter-airtime.title': () => 'Room to speak up',
  'presenter-airtime.evidence': (p, f) =>
    `You spoke ${f.pct(p.share)} of the time; an even share among ${f.n(p.n)} people would be ${f.pct(p.fair)}.`,
  'presenter-airtime.question': () =>
    'Which parts of the call needed you to lead, and where could others have shaped the discussion?',
  'presenter-airtime.step': () =>
    'Plan two pauses in your next call: ask an open question, then wait a full ten seconds for an answer.',

  'pair-self-heavy.title': () => 'Making space in a one-to-one',
  'pair-self-heavy.evidence': (p, f) =>
    `In your call with ${f.name(p.name)} you spoke ${f.pct(p.share)} of the time and ${f.name(p.name)} ${f.pct(p.other)}.`,
  'pair-self-heavy.question': (p, f) =>
    `What did you learn about how ${f.name(p.name)} is doing and what they need right now?`,
  'pair-self-heavy.step': (p, f) =>
    `Open your next conversation with ${f.name(p.name)} with a question about them, and let them have the first five minutes.`,

  'pair-other-heavy.title': () => 'Bringing yourself in',
  'pair-other-heavy.evidence': (p, f) =>
    `${f.name(p.name)} spoke ${f.pct(p.other)} of the time and you ${f.pct(p.share)}.`,
  'pair-other-heavy.question': (p, f) =>
    `You gave ${f.name(p.name)} plenty of room. Was there also something you wanted to share, ask, or ask for help with?`,
  'pair-other-heavy.step': (p, f) =>
    `Before your next call with ${f.name(p.name)}, note one thing of your own to bring: an update, a question, or something you are stuck on.`,

  'pair-mutual.title': () => 'A two-way conversation',
  'pair-mutual.evidence': (p, f) =>
    `You and ${f.name(p.name)} shared the talk almost evenly: ${f.pct(p.share)} and ${f.pct(p.other)}.`,
  'pair-mutual.question': (p, f) => `What helped the conversation with ${f.name(p.name)} flow both ways?`,
  'pair-mutual.step': (p, f) =>
    `End your next call with ${f.name(p.name)} by asking what would help them most this week.`,

  'balanced-group.title': () => 'Everyone had a voice',
  'balanced-group.evidence': (p, f) =>
    `Talk time was evenly spread: a balance of ${f.n(Number(p.balance) * 100)} out of 100, and all ${f.n(p.n)} people spoke.`,
  'balanced-group.question': () => 'What did you or the host do that gave everyone room?',
  'balanced-group.step': () =>
    'Name that habit to yourself and repeat it on purpose in your next group call.',

  'self-monologues.title': () => 'Long stretches of talk',
  'self-monologues.evidence': (p, f) => `${f.n(p.count)} of your turns ran longer than ${f.dur(p.limit)}.`,
  'self-monologues.longest': (p, f) => `Your longest turn lasted ${f.dur(p.longest)}.`,
  'self-monologues.question': () => 'At which point could a question to the others have let them steer?',
  'self-monologues.step': () =>
    'When you notice you have been speaking for a while, pause and ask: "What is your take so far?"',

  'self-interrupting.title': () => 'Letting others finish',
  'self-interrupting.evidence': (p, f) =>
    `${f.n(p.count)} ${f.plural(p.count, 'time', 'times')} you started speaking while someone else was still mid-turn.`,
  'self-interrupting.received': (p, f) =>
    `Others started while you were mid-turn ${f.n(p.count)} ${f.plural(p.count, 'time', 'times')}.`,
  'self-interrupting.question': () =>
    'What was going on in those moments: enthusiasm, time pressure, a thought you did not want to lose?',
  'self-interrupting.step': () =>
    'Keep a note open, jot the thought down, and bring it in once the speaker has finished.',

  'others-interrupted.title': () => 'Finishing a thought',
  'others-interrupted.each': (p, f) =>
    `${f.name(p.name)} was spoken over ${f.n(p.count)} ${f.plural(p.count, 'time', 'times')}.`,
  'others-interrupted.question': (p, f) =>
    `How might it have felt for ${f.name(p.name)} to be cut off, and what would help them finish next time?`,
  'others-interrupted.step': (p, f) =>
    `If it happens again, hand the floor back: "${f.name(p.name)}, you were saying…"`,

  'thanked-others.title': () => 'You recognised others',
  'thanked-others.thanks': (p, f) => `You thanked ${f.names(p.names)}.`,
  'thanked-others.credit': (p, f) => `You gave credit to ${f.names(p.names)}.`,
  'thanked-others.agreement': (p, f) => `You agreed with or built on what ${f.names(p.names)} said.`,
  'thanked-others.manual': (p, f) => `You marked ${f.names(p.names)} as acknowledged.`,
  'thanked-others.question': () => 'Which of these moments felt most natural, and could it become a habit?',
  'thanked-others.step': () =>
    'Next time you thank someone, name the specific thing they did and how it helped.',

  'invited-in.title': () => 'You opened the door',
  'invited-in.evidence': (p, f) => `You invited ${f.names(p.names)} in by name.`,
  'invited-in.question': () =>
    'How did it go when you invited someone in, and what made it feel safe for them?',
  'invited-in.step': () =>
    'Keep doing it: in your next call, invite in one person who has not spoken yet, with a specific question.',

  'unacknowledged.title': () => 'Contributions worth naming',
  'unacknowledged.each': (p, f) => `${f.name(p.name)} spoke for ${f.dur(p.spoke)}.`,
  'unacknowledged.none': (p, f) => `Rapport noticed no thanks or credit from you to ${f.names(p.names)}.`,
  'unacknowledged.question': (p, f) =>
    `What did ${f.name(p.name)} bring to the call that helped the work along?`,
  'unacknowledged.step': (p, f) =>
    `Send ${f.name(p.name)} a short message naming one thing they contributed.`,

  'camera-off.title': () => 'Being seen',
  'camera-off.evidence': (p, f) => `Your camera was on for ${f.pct(p.share)} of the call.`,
  'camera-off.group': (p, f) => `Across the others, cameras were on ${f.pct(p.group)} of the time.`,
  'camera-off.question': () =>
    'Camera off can be the right choice. On days when it is possible, what might being seen add to how people connect with you?',
  'camera-off.step': () =>
    'If it suits you, turn your camera on for the first and last few minutes of your next call: the hellos and the goodbyes.',

  'camera-on.title': () => 'You were visible',
  'camera-on.evidence': (p, f) => `Your camera was on for ${f.pct(p.share)} of the call.`,
  'camera-on.question': () => 'What did seeing each other add to the conversation today?',
  'camera-on.step': () => 'Use that visibility: greet people by name as they join your next call.',

  'thanked-by-others.title': () => 'You helped others',
  'thanked-by-others.evidence': (p, f) =>
    `${f.names(p.names)} thanked or credited you ${f.n(p.count)} ${f.plural(p.count, 'time', 'times')}.`,
  'thanked-by-others.question': () =>
    'What did you do that helped them, and who else could use that kind of help?',
  'thanked-by-others.step': () => 'Offer the same kind of help to one more colleague this week.',

  'hands-raised.title': () => 'Keeping the queue clear',
  'hands-raised.evidence': (p, f) =>
    `Hands went up ${f.n(p.count)} ${f.plural(p.count, 'time', 'times')}, from ${f.names(p.names)}.`,
  'hands-raised.question': () =>
    'Did everyone who raised a hand get their turn, and was it clear who was next?',
  'hands-raised.step': () =>
    'In your next call, say aloud who is next in the queue so people can relax and listen.',

  'playful-moments.title': () => 'Moments of lightness',
  'playful-moments.evidence': (p, f) =>
    `There were ${f.n(p.count)} emoji ${f.plural(p.count, 'reaction', 'reactions')} in the call.`,
  'playful-moments.self': (p, f) => `${f.n(p.count)} of them ${f.plural(p.count, 'was', 'were')} yours.`,
  'playful-moments.question': () =>
    'What sparked those lighter moments, and could you make room for one on purpose?',
  'playful-moments.step': () => 'Open your next call with a two-minute light check-in question for everyone.',

  'long-call.title': () => 'Energy over a long call',
  'long-call.evidence': (p, f) => `The call ran for ${f.dur(p.duration)}.`,
  'long-call.question': () => "How was everyone's energy towards the end, including yours?",
  'long-call.step': () =>
    'For calls longer than an hour, plan a five-minute break and mention it at the start.',

  'few-voices.title': () => 'Hearing more voices',
  'few-voices.evidence': (p, f) => `${f.n(p.speakers)} of ${f.n(p.n)} people spoke for more than a minute.`,
  'few-voices.question': () => 'Was this meant as a broadcast, or would you have liked to hear more voices?',
  'few-voices.step': () =>
    'Try one question everyone answers in the chat, then invite two of those answers in aloud.',

  'self-quiet.title': () => 'Your voice counts too',
  'self-quiet.evidence': (p, f) =>
    `You spoke ${f.pct(p.share)} of the time; an even share among ${f.n(p.n)} people would be ${f.pct(p.fair)}.`,
  'self-quiet.question': () =>
    'Was there something you held back: a question, a concern, an idea? What would have made it easier to say?',
  'self-quiet.step': () =>
    'Prepare one question or idea before the next call and bring it in during the first ten minutes.',
} satisfies Record<string, Msg>;

export type MessageKey = keyof typeof en;
export type Messages = Record<MessageKey, Msg>;

const de: Messages = {
  'concept.respectful-engagement': () => 'Respektvolles Engagement',
  'concept.listening': () => 'Zuhören',
  'concept.inclusion': () => 'Einbeziehen',
  'concept.psychological-safety': () => 'Psychologische Sicherheit',
  'concept.task-enabling': () => 'Andere unterstützen',
  'concept.trusting': () => 'Vertrauen',
  'concept.exposure': () => 'Sichtbar sein',
  'concept.playing': () => 'Leichtigkeit',
  'concept.care': () => 'Fürsorge',
  'concept.recognition': () => 'Anerkennung',

  'caveat.speaking.partial': (p, f) =>
    `Rapport konnte ${f.pct(p.coverage)} des Gesprächs sehen, wer spricht; die Redezeiten sind unvollständig.`,
  'caveat.speaking.off': (p, f) =>
    `Rapport konnte nur ${f.pct(p.coverage)} des Gesprächs sehen, wer spricht; Impulse zur Redezeit entfallen.`,
  'caveat.camera.partial': (p, f) =>
    `Kameras waren für Rapport ${f.pct(p.coverage)} des Gesprächs sichtbar; die Kamerawerte sind unvollständig.`,
  'caveat.camera.off': (p, f) =>
    `Kameras waren für Rapport nur ${f.pct(p.coverage)} des Gesprächs sichtbar; Impulse zur Kamera entfallen.`,
  'caveat.acks.partial': (p, f) =>
    `Untertitel und Chat waren ${f.pct(p.coverage)} des Gesprächs sichtbar; manches Danke kann fehlen.`,
  'caveat.acks.off': (p, f) =>
    `Untertitel und Chat waren nur ${f.pct(p.coverage)} des Gesprächs sichtbar; Rapport sagt daher nicht, wessen Beitrag ungewürdigt blieb.`,
  'caveat.self': () =>
    'Rapport konnte nicht erkennen, wer du warst; Impulse zu deinem eigenen Anteil entfallen.',

  'silent-people.title': () => 'Stimmen, die nicht zu hören waren',
  'silent-people.each': (p, f) =>
    `${f.name(p.name)} hat in ${f.dur(p.present)} Anwesenheit nicht gesprochen.`,
  'silent-people.more': (p, f) =>
    `${f.n(p.count)} ${f.plural(p.count, 'weitere Person hat', 'weitere Personen haben')} ebenfalls nicht gesprochen.`,
  'silent-people.question': (p, f) => `Was hätte es ${f.name(p.name)} leichter gemacht, sich einzubringen?`,
  'silent-people.step': (p, f) =>
    `Frag ${f.name(p.name)} beim nächsten Mal mit Namen nach einer Einschätzung zu einem konkreten Punkt und lass Zeit zum Nachdenken.`,

  'quiet-people.title': () => 'Leisere Stimmen',
  'quiet-people.each': (p, f) =>
    `${f.name(p.name)} hat ${f.dur(p.spoke)} gesprochen, ${f.pct(p.share)} der Redezeit (gleich verteilt wären ${f.pct(p.fair)}).`,
  'quiet-people.question': (p, f) =>
    `Hatte ${f.name(p.name)} etwas beizutragen, für das das Tempo keinen Raum ließ?`,
  'quiet-people.step': (p, f) =>
    `Teile die Agenda vorab mit ${f.name(p.name)} und frag, welchen Punkt sie oder er eröffnen möchte.`,

  'presenter-airtime.title': () => 'Raum, sich zu äußern',
  'presenter-airtime.evidence': (p, f) =>
    `Du hast ${f.pct(p.share)} der Zeit gesprochen; gleich verteilt auf ${f.n(p.n)} Personen wären es ${f.pct(p.fair)}.`,
  'presenter-airtime.question': () =>
    'Welche Teile brauchten deine Leitung, und wo hätten andere das Gespräch mitgestalten können?',
  'presenter-airtime.step': () =>
    'Plane zwei Pausen ein: Stell eine offene Frage und warte volle zehn Sekunden auf eine Antwort.',

  'pair-self-heavy.title': () => 'Raum im Zweiergespräch',
  'pair-self-heavy.evidence': (p, f) =>
    `Im Gespräch mit ${f.name(p.name)} hast du ${f.pct(p.share)} der Zeit gesprochen, ${f.name(p.name)} ${f.pct(p.other)}.`,
  'pair-self-heavy.question': (p, f) =>
    `Was hast du darüber erfahren, wie es ${f.name(p.name)} geht und was gerade gebraucht wird?`,
  'pair-self-heavy.step': (p, f) =>
    `Beginne das nächste Gespräch mit ${f.name(p.name)} mit einer Frage an sie oder ihn und überlass die ersten fünf Minuten.`,

  'pair-other-heavy.title': () => 'Dich selbst einbringen',
  'pair-other-heavy.evidence': (p, f) =>
    `${f.name(p.name)} hat ${f.pct(p.other)} der Zeit gesprochen, du ${f.pct(p.share)}.`,
  'pair-other-heavy.question': (p, f) =>
    `Du hast ${f.name(p.name)} viel Raum gegeben. Gab es auch etwas, das du teilen, fragen oder um Hilfe bitten wolltest?`,
  'pair-other-heavy.step': (p, f) =>
    `Notiere vor dem nächsten Gespräch mit ${f.name(p.name)} eine eigene Sache: ein Update, eine Frage oder etwas, bei dem du feststeckst.`,

  'pair-mutual.title': () => 'Ein Gespräch in beide Richtungen',
  'pair-mutual.evidence': (p, f) =>
    `Du und ${f.name(p.name)} habt fast gleich viel gesprochen: ${f.pct(p.share)} und ${f.pct(p.other)}.`,
  'pair-mutual.question': (p, f) =>
    `Was hat dem Gespräch mit ${f.name(p.name)} geholfen, in beide Richtungen zu fließen?`,
  'pair-mutual.step': (p, f) =>
    `Frag ${f.name(p.name)} am Ende des nächsten Gesprächs, was diese Woche am meisten helfen würde.`,

  'balanced-group.title': () => 'Alle kamen zu Wort',
  'balanced-group.evidence': (p, f) =>
    `Die Redezeit war gleichmäßig verteilt: Balance ${f.n(Number(p.balance) * 100)} von 100, und alle ${f.n(p.n)} Personen haben gesprochen.`,
  'balanced-group.question': () => 'Was hast du oder die Moderation getan, das allen Raum gab?',
  'balanced-group.step': () =>
    'Benenne diese Gewohnheit für dich und wiederhole sie bewusst im nächsten Gruppengespräch.',

  'self-monologues.title': () => 'Lange Redestrecken',
  'self-monologues.evidence': (p, f) =>
    `${f.n(p.count)} deiner Beiträge dauerten länger als ${f.dur(p.limit)}.`,
  'self-monologues.longest': (p, f) => `Dein längster Beitrag dauerte ${f.dur(p.longest)}.`,
  'self-monologues.question': () =>
    'An welcher Stelle hätte eine Frage an die anderen sie mitsteuern lassen?',
  'self-monologues.step': () =>
    'Wenn du merkst, dass du schon eine Weile sprichst, halte inne und frag: „Wie seht ihr das bis hierhin?“',

  'self-interrupting.title': () => 'Andere ausreden lassen',
  'self-interrupting.evidence': (p, f) =>
    `${f.n(p.count)}-mal hast du begonnen zu sprechen, während jemand anderes noch mitten im Satz war.`,
  'self-interrupting.received': (p, f) =>
    `Andere haben ${f.n(p.count)}-mal begonnen, während du noch gesprochen hast.`,
  'self-interrupting.question': () =>
    'Was war in diesen Momenten los: Begeisterung, Zeitdruck, ein Gedanke, den du nicht verlieren wolltest?',
  'self-interrupting.step': () =>
    'Halte eine Notiz offen, schreib den Gedanken auf und bring ihn ein, wenn die andere Person fertig ist.',

  'others-interrupted.title': () => 'Einen Gedanken zu Ende bringen',
  'others-interrupted.each': (p, f) => `${f.name(p.name)} wurde ${f.n(p.count)}-mal unterbrochen.`,
  'others-interrupted.question': (p, f) =>
    `Wie könnte es sich für ${f.name(p.name)} angefühlt haben, unterbrochen zu werden, und was hilft beim nächsten Mal?`,
  'others-interrupted.step': (p, f) =>
    `Wenn es wieder passiert, gib das Wort zurück: „${f.name(p.name)}, du warst gerade dabei …“`,

  'thanked-others.title': () => 'Du hast andere gewürdigt',
  'thanked-others.thanks': (p, f) => `Du hast dich bei ${f.names(p.names)} bedankt.`,
  'thanked-others.credit': (p, f) => `Du hast die Arbeit von ${f.names(p.names)} hervorgehoben.`,
  'thanked-others.agreement': (p, f) => `Du hast an Beiträge von ${f.names(p.names)} angeknüpft.`,
  'thanked-others.manual': (p, f) => `Du hast ${f.names(p.names)} als gewürdigt markiert.`,
  'thanked-others.question': () =>
    'Welcher dieser Momente fiel dir am leichtesten, und könnte er zur Gewohnheit werden?',
  'thanked-others.step': () =>
    'Wenn du dich das nächste Mal bedankst, nenne genau, was die Person getan hat und wie es half.',

  'invited-in.title': () => 'Du hast die Tür geöffnet',
  'invited-in.evidence': (p, f) => `Du hast ${f.names(p.names)} mit Namen eingeladen, etwas zu sagen.`,
  'invited-in.question': () =>
    'Wie lief es, als du jemanden eingeladen hast, und was machte es für die Person sicher?',
  'invited-in.step': () =>
    'Mach weiter so: Lade im nächsten Gespräch eine Person, die noch nichts gesagt hat, mit einer konkreten Frage ein.',

  'unacknowledged.title': () => 'Beiträge, die Anerkennung verdienen',
  'unacknowledged.each': (p, f) => `${f.name(p.name)} hat ${f.dur(p.spoke)} gesprochen.`,
  'unacknowledged.none': (p, f) =>
    `Rapport hat kein Danke und keine Anerkennung von dir an ${f.names(p.names)} bemerkt.`,
  'unacknowledged.question': (p, f) =>
    `Was hat ${f.name(p.name)} eingebracht, das die Arbeit vorangebracht hat?`,
  'unacknowledged.step': (p, f) =>
    `Schick ${f.name(p.name)} eine kurze Nachricht und nenne einen konkreten Beitrag.`,

  'camera-off.title': () => 'Gesehen werden',
  'camera-off.evidence': (p, f) => `Deine Kamera war ${f.pct(p.share)} des Gesprächs an.`,
  'camera-off.group': (p, f) => `Bei den anderen waren die Kameras ${f.pct(p.group)} der Zeit an.`,
  'camera-off.question': () =>
    'Kamera aus kann die richtige Wahl sein. Was könnte es an Tagen, an denen es geht, für die Verbindung bringen, gesehen zu werden?',
  'camera-off.step': () =>
    'Wenn es für dich passt, schalte die Kamera in den ersten und letzten Minuten ein: zur Begrüßung und zum Abschied.',

  'camera-on.title': () => 'Du warst sichtbar',
  'camera-on.evidence': (p, f) => `Deine Kamera war ${f.pct(p.share)} des Gesprächs an.`,
  'camera-on.question': () => 'Was hat es heute zum Gespräch beigetragen, einander zu sehen?',
  'camera-on.step': () =>
    'Nutze diese Sichtbarkeit: Begrüße Menschen im nächsten Gespräch mit Namen, wenn sie dazukommen.',

  'thanked-by-others.title': () => 'Du hast anderen geholfen',
  'thanked-by-others.evidence': (p, f) =>
    `${f.names(p.names)} ${f.plural(Array.isArray(p.names) ? p.names.length : 1, 'hat', 'haben')} dir ${f.n(p.count)}-mal gedankt oder dich hervorgehoben.`,
  'thanked-by-others.question': () =>
    'Was hast du getan, das ihnen geholfen hat, und wem könnte diese Hilfe noch nützen?',
  'thanked-by-others.step': () =>
    'Biete diese Woche einer weiteren Kollegin oder einem weiteren Kollegen dieselbe Hilfe an.',

  'hands-raised.title': () => 'Eine klare Reihenfolge',
  'hands-raised.evidence': (p, f) => `Hände gingen ${f.n(p.count)}-mal hoch, von ${f.names(p.names)}.`,
  'hands-raised.question': () =>
    'Kam jede Person mit erhobener Hand dran, und war klar, wer als Nächstes spricht?',
  'hands-raised.step': () =>
    'Sag im nächsten Gespräch laut, wer als Nächstes dran ist, damit alle entspannt zuhören können.',

  'playful-moments.title': () => 'Momente der Leichtigkeit',
  'playful-moments.evidence': (p, f) =>
    `Es gab ${f.n(p.count)} Emoji-${f.plural(p.count, 'Reaktion', 'Reaktionen')} im Gespräch.`,
  'playful-moments.self': (p, f) => `${f.n(p.count)} davon ${f.plural(p.count, 'kam', 'kamen')} von dir.`,
  'playful-moments.question': () =>
    'Was hat diese leichten Momente ausgelöst, und könntest du bewusst Raum für einen schaffen?',
  'playful-moments.step': () =>
    'Beginne das nächste Gespräch mit einer zweiminütigen, lockeren Einstiegsfrage an alle.',

  'long-call.title': () => 'Energie in einem langen Gespräch',
  'long-call.evidence': (p, f) => `Das Gespräch dauerte ${f.dur(p.duration)}.`,
  'long-call.question': () => 'Wie war die Energie aller gegen Ende, auch deine?',
  'long-call.step': () =>
    'Plane bei Gesprächen über einer Stunde fünf Minuten Pause ein und kündige sie zu Beginn an.',

  'few-voices.title': () => 'Mehr Stimmen hören',
  'few-voices.evidence': (p, f) =>
    `${f.n(p.speakers)} von ${f.n(p.n)} Personen haben länger als eine Minute gesprochen.`,
  'few-voices.question': () => 'War das als Vortrag gedacht, oder hättest du gern mehr Stimmen gehört?',
  'few-voices.step': () =>
    'Stell eine Frage, die alle im Chat beantworten, und lade dann zwei der Antworten ein, sie laut auszuführen.',

  'self-quiet.title': () => 'Deine Stimme zählt auch',
  'self-quiet.evidence': (p, f) =>
    `Du hast ${f.pct(p.share)} der Zeit gesprochen; gleich verteilt auf ${f.n(p.n)} Personen wären es ${f.pct(p.fair)}.`,
  'self-quiet.question': () =>
    'Gab es etwas, das du zurückgehalten hast: eine Frage, eine Sorge, eine Idee? Was hätte es leichter gemacht?',
  'self-quiet.step': () =>
    'Bereite vor dem nächsten Gespräch eine Frage oder Idee vor und bring sie in den ersten zehn Minuten ein.',
};

export const MESSAGES: Record<Locale, Messages> = { en, de };

/** Renders one message. Output is plain text: views must put it in text nodes, never in HTML. */
export function t(locale: Locale, key: MessageKey, params: Params = {}): string {
  return MESSAGES[locale][key](params, makeFmt(locale));
}
