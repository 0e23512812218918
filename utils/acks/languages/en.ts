import { type AckLanguage, l } from './types';
import { UNIVERSAL_RULES } from './universal';

/**
 * English. Rules name the phrase *and* where the name sits: a name alone is never an acknowledgement, and a
 * request ("Sam, can you send the file") matches no rule because invitations need an opinion word
 * (think, thoughts, view, add, weigh in…), not an errand.
 */
export const en: AckLanguage = {
  code: 'en',
  label: 'English',
  lists: {
    thanks: l(
      'thanks|thank you|thank u|thx|thnx|tnx|ty|tysm|cheers|many thanks|much appreciated|appreciate it|appreciate that|appreciate you|thanks so much|thank you so much|thank you very much|thanks a lot|thanks a ton|thanks a bunch|thanks again|thank you again|big thanks|huge thanks|ta',
    ),
    praise: l(
      'great|good|excellent|brilliant|fair|valid|interesting|nice|fantastic|amazing|awesome|superb|strong|important|helpful|insightful|smart|clever|solid|terrific|wonderful|outstanding|really good|really great|very good|super|cool',
    ),
    contrib: l(
      'point|points|idea|ideas|question|catch|work|job|effort|efforts|suggestion|observation|insight|summary|find|analysis|presentation|demo|proposal|research|writeup|write-up|input|contribution|thinking|framing|explanation|question there|point there',
    ),
    kudos: l(
      'well done|nice work|great work|good work|excellent work|amazing work|awesome work|good job|great job|nice job|nice one|great stuff|good stuff|good catch|nice catch|great catch|bravo|congrats|congratulations|kudos|hats off|way to go',
    ),
    said: l(
      'said|says|just said|mentioned|pointed out|noted|suggested|showed|shown|explained|put it|was saying|highlighted|raised|proposed|argued|observed|described|emphasized|emphasised|rightly said|rightly pointed out|correctly said|said earlier|mentioned earlier|was just saying',
    ),
    shows: l(
      'shows|showed|show|demonstrates|demonstrated|proves|proved|highlights|highlighted|helped|helps|really helped|saved|nailed|captures|captured|makes clear|made clear|is great|was great|is excellent|was excellent|was really helpful|is really helpful|was helpful|is helpful|is spot on|was spot on|changed my mind|convinced me|made the difference|was brilliant|is brilliant|was fantastic',
    ),
    opinion: l('thoughts|view|views|take|opinion|perspective|input|feedback|two cents|thinking'),
    speakUp: l(
      'add|say|comment|weigh in|chime in|jump in|go next|go first|respond|react|build on that|add something|add anything|share your thoughts',
    ),
    right: l('right|correct|spot on|onto something|on to something'),
    // praise of work whose object follows ("great job on the release notes, Priya")
    workPraise: l(
      'well done|nice work|great work|good work|excellent work|amazing work|awesome work|brilliant work|fantastic work|solid work|good job|great job|nice job|brilliant job|fantastic job|amazing job|awesome job|excellent job|terrific job|stellar job|good catch|nice catch|great catch|great effort|amazing effort|huge effort|great stuff|nice one|congrats|congratulations|kudos|props|hats off',
    ),
    // what a "job" can be when it is not praise ("great job title", "a good job posting")
    jobNoun: l(
      'title|titles|description|descriptions|posting|postings|offer|offers|interview|interviews|market|hunt|board|boards|site|ad|ads|listing|listings|application|applications|opening|openings|search',
    ),
    degree: l(
      'absolutely|totally|completely|fully|entirely|exactly|so|quite|definitely|really|100|100 percent',
    ),
  },
  rules: [
    // —— thanks ——
    { kind: 'thanks', pattern: '{@thanks} {N*}' },
    { kind: 'thanks', pattern: '{@thanks} (to|for) {N*}' },
    { kind: 'thanks', pattern: '{@thanks} for {W5,}{N}{END}' },
    // a name that is an object, not the addressee ("thanks for sending it to Priya", "for inviting Grace")
    // cannot follow a preposition, conjunction or -ing verb; without a comma the name must end the clause
    // or start the next one ("thanks for the walkthrough dana it helped a lot")
    {
      kind: 'thanks',
      pattern:
        "{@thanks} for {W5}(?<! (to|with|from|by|for|about|of|on|at|and|or|cc|cc'ing) )(?<!ing ){N}(?={END}| (it|that|this|you|really|super|so|was|is) )",
    },
    {
      kind: 'thanks',
      pattern:
        "{@thanks} (to )?(everyone|all|both|guys|team|folks|y'all|you all) {W2}{N} (in particular|especially|above all){END}",
    },
    {
      kind: 'thanks',
      pattern:
        "{@thanks} (to )?(everyone|all|both|guys|team|folks|y'all|you all) {W4}(and )?(especially|esp|in particular|particularly|above all) {N}",
    },
    { kind: 'thanks', pattern: '{N} {@thanks}(?= for| so| very| again| a lot|{END})' },
    {
      kind: 'thanks',
      pattern:
        "(i|i'd|i would|we|we'd|we would|i want to|i wanna|i just want to|want to|wanted to|i wanted to|just want to|just wanted to|i'd like to|we'd like to|let me|let's) (also |really |just )?(thank|thanks) {N*}",
    },
    { kind: 'thanks', pattern: '(i|we) (really |truly |do |so )?appreciate {N*}' },
    { kind: 'thanks', pattern: '(grateful|thankful|appreciative) (to|for) {N*}' },
    {
      kind: 'thanks',
      pattern: "{N} (you're|you are|ur) (a|an|the) (star|lifesaver|life saver|legend|hero|gem|rockstar)",
    },
    { kind: 'thanks', pattern: '(shout out|shoutout|big shout out) (to )?{N}' },
    // —— credit ——
    { kind: 'credit', pattern: '{@praise} {@contrib} {N}' },
    { kind: 'credit', pattern: '{@kudos} (to )?{N}' },
    { kind: 'credit', pattern: '{@praise} {@contrib} (by|from) {N}' },
    { kind: 'credit', pattern: '(i like|i love|i really like|i really love|love|like) {Ns} {@contrib}' },
    {
      kind: 'credit',
      pattern:
        "{N} (that's a |that is a |what a |such a |a )?(really |very )?{@praise} {@contrib}(?! {@jobNoun}(?![^ ]))",
    },
    { kind: 'credit', pattern: '{N} {@kudos}(?! {@jobNoun}(?![^ ]))' },
    { kind: 'credit', pattern: '(credit|props|hats off|kudos) (goes |go )?to {N}' },
    { kind: 'credit', pattern: '{N} deserves (the |all the |a lot of |full |some )?credit' },
    { kind: 'credit', pattern: '(as|like) {N} (so |very |already |just |also )?{@said}' },
    {
      kind: 'credit',
      pattern:
        '(as|like) {N} (has|had) (already |just )?(said|mentioned|pointed out|noted|shown|explained|suggested)',
    },
    {
      kind: 'credit',
      pattern:
        "(building|build|to build|i'll build|let me build|i want to build|piggybacking|piggyback|piggy-backing|expanding|riffing|following) (on|off) (what )?{N*}",
    },
    { kind: 'credit', pattern: '(echoing|to echo|i want to echo|i echo|just to echo) (what )?{N*}' },
    { kind: 'credit', pattern: '(to|per) {Ns} point' },
    { kind: 'credit', pattern: '(as per|per|according to|based on|going by) {Ns} {@contrib}' },
    {
      kind: 'credit',
      pattern: '{Ns} ({@praise} )?{@contrib} (really |clearly |nicely |perfectly )?{@shows}',
    },
    { kind: 'credit', pattern: '{Ns} {@praise} {@contrib}' },
    {
      kind: 'credit',
      pattern:
        '{N} (made|raised|makes|raises|brought up|brings up|asked|asks|did|does|has done|had done|is doing|was doing) (a |an |some |the |two |several |such a )?(really |very |super |such |so )?{@praise} {@contrib}',
    },
    {
      kind: 'credit',
      pattern:
        "{N} (that's|that is|that was|this is|this was|what a|such a) (a |an |really |very |such a |so |super )?(really |very )?{@praise}",
    },
    { kind: 'credit', pattern: '{N} (nailed it|is spot on|knocked it out of the park|crushed it)' },
    {
      kind: 'credit',
      pattern:
        '{N} (really |totally |absolutely )?(nailed|crushed|aced|smashed) (the|that|this|those|her|his|their)',
    },
    {
      kind: 'credit',
      pattern: "{N} (you|you've|you have) (nailed it|done a great job|did a great job|did great|did amazing)",
    },
    { kind: 'credit', pattern: 'thanks to {Ns} (work|help|analysis|effort|efforts|research|idea)' },
    // praise of a piece of work, the person named after it: with a comma ("nice work on the dashboard,
    // Sam") the name is the addressee; without one (captions) it must end the clause or start the next,
    // and cannot be the object of a preposition ("great job for Sam")
    {
      kind: 'credit',
      pattern:
        "({@workPraise}|(you|you've|you have) (really |just |absolutely )?(did|done) (a |an |such a |some |such )?(really |very |super |so |truly )?{@praise} (job|work)) (on|with|w|for|in|at|around) {W5,}{N}{END}",
    },
    {
      kind: 'credit',
      pattern:
        "({@workPraise}|(you|you've|you have) (really |just |absolutely )?(did|done) (a |an |such a |some |such )?(really |very |super |so |truly )?{@praise} (job|work)) (on|with|w|for|in|at|around) {W5}(?<! (to|with|from|by|for|about|of|on|at|and|or|in|w) )(?<!ing ){N}(?={END}| (it|that|this|you|really|super|so|was|is|they|those|these|that's) )",
    },
    { kind: 'credit', pattern: '{@workPraise} (there|here|today|again|as always|as usual) {N}{END}' },
    {
      kind: 'credit',
      pattern:
        "(you|you've|you have) (really |just |absolutely )?(did|done) (a |an |such a |some |such )?(really |very |super |so |truly )?{@praise} (job|work) {N}{END}",
    },
    {
      kind: 'credit',
      pattern: '{N} (really |totally |absolutely )?(smashed|rocked|killed|aced|owned) it',
    },
    // —— invitation ——
    { kind: 'invitation', pattern: '{N} what do you (think|reckon|make of)' },
    { kind: 'invitation', pattern: '{N} (what are|what were) your (first )?{@opinion}' },
    {
      kind: 'invitation',
      pattern: "{N} (what's|what is|whats) your (take|view|opinion|perspective|read|sense|feeling)",
    },
    { kind: 'invitation', pattern: '{N} (how do you|how would you) (see|feel|view|read)' },
    { kind: 'invitation', pattern: '{N} (any|your|some|got any|have any) {@opinion}' },
    // chat: "@James thoughts?" — the question mark makes a bare opinion word a question
    { kind: 'invitation', pattern: '{N} {@opinion} \\?' },
    {
      kind: 'invitation',
      pattern:
        "{N} (i'm |i am |we're |we are |just |really |so )*(curious|keen|interested) (to hear |in hearing |to know |about )?(what|how) you (think|see|feel|reckon)",
    },
    {
      kind: 'invitation',
      pattern:
        '{N} (would you|do you want to|did you want to|would you like to|do you wanna|want to|wanna|would you care to|can you|could you|would you be willing to) (like to )?{@speakUp}',
    },
    {
      kind: 'invitation',
      pattern: '{N} (can you|could you|would you) (share|give us|tell us) (your|some|a few|any) {@opinion}',
    },
    {
      kind: 'invitation',
      pattern:
        '{N} (do you have|have you got|you have|got) (anything|something|any thoughts) (to add|else|on this|on that|to say)',
    },
    { kind: 'invitation', pattern: '{N} anything (to add|else to add|from you|from your side)' },
    {
      kind: 'invitation',
      pattern:
        "{N} (how about you|what about you|and you|your turn|go ahead|over to you|the floor is yours|floor is yours|you had your hand up|you have your hand up|you're up|please go ahead)",
    },
    {
      kind: 'invitation',
      pattern: "{N} (i'd|i would|we'd|we would) (love|like) to hear (from you|your|what you)",
    },
    { kind: 'invitation', pattern: "{N} (you've|you have) been quiet" },
    // opening the floor ("would you like to start with the rollout?"); "start the deploy" is an errand
    {
      kind: 'invitation',
      pattern:
        '{N} (would you like to|would you|do you want to|did you want to|want to|wanna|would you care to|could you|can you|would you mind) (start|begin|lead) (us off|things off|off|with|by)',
    },
    {
      kind: 'invitation',
      pattern:
        '{N} (would you like to|would you|do you want to|did you want to|want to|wanna|would you care to|could you|can you) kick (us|things|it) off',
    },
    {
      kind: 'invitation',
      pattern:
        "{N} (i'd|we'd|i would|we would) (love|like|appreciate|value) (your|some|to hear your|to get your) {@opinion}",
    },
    { kind: 'invitation', pattern: "{N} (you're|you are) (next|up next|up){END}" },
    {
      kind: 'invitation',
      pattern:
        "(let's|lets|let us|can we|could we|i'd like to|i'd love to|i would like to|i would love to|we'd love to|i want to|we should) (also )?hear (from|what) {N}",
    },
    {
      kind: 'invitation',
      pattern:
        "(let's|lets|let us|i'd like to|i'd love to|i would love to|i would like to|we'd love to|we'd like to) (also )?(hear|get|have) {Ns} {@opinion}",
    },
    {
      kind: 'invitation',
      pattern:
        '(over to you|over to|your turn|floor is yours|the floor is yours|go ahead|how about you|what about you|and you|you first) {N}{END}',
    },
    {
      kind: 'invitation',
      pattern:
        "(what do you think|what are your thoughts|any thoughts|thoughts|your thoughts|what do you reckon|how do you see it|how do you feel about (it|this|that)|would you like to add anything|anything to add|do you want to add anything|what would you add|what is your take|what's your take|what's your view|do you agree) {N}{END}",
    },
    {
      kind: 'invitation',
      pattern:
        "(i'm|i am|we're|we are) (curious|keen|interested) (to hear |in hearing |about |what )?(what |how )?{N} (thinks|sees|feels|would|has)",
    },
    { kind: 'invitation', pattern: '(bring|bringing|pull|pulling) {N} in' },
    {
      kind: 'invitation',
      pattern:
        "(let's|lets|i'll|i'd like to) (go to|turn to|hand (it )?over to|pass (it )?to|give the floor to) {N}",
    },
    // —— agreement ——
    { kind: 'agreement', pattern: '(agree|agreed|agreeing) (with|w|w/) (what )?{N*}' },
    {
      kind: 'agreement',
      pattern: '(same as|ditto|exactly|just|agree with|\\+1 to|\\+1 on|echo) what {N} (said|says|just said)',
    },
    {
      kind: 'agreement',
      pattern: '(^|yeah |yes |yep |yup |right |totally |so |ok |okay )what {N} (said|says|just said){END}',
    },
    {
      kind: 'agreement',
      pattern:
        "(i'm|i am|im) (totally |fully |completely |100% )?(with|on the same page as|aligned with|in line with) {N}(?= on| here| there| about| in|{END})",
    },
    {
      kind: 'agreement',
      pattern:
        "(i|we|i'll|i'd|i'm gonna|i'm going to|let me|gonna) (also |just |totally |fully )?(second|support|back) (what )?{N*}",
    },
    { kind: 'agreement', pattern: '(same as|ditto|seconding) {N}' },
    {
      kind: 'agreement',
      pattern:
        "{N} (is|was|'s|has been) ({@degree} )?{@right}(?= about| on| there| here| that| to| with| i think| in| we| they| it| you| so| but| and|{END})",
    },
    {
      kind: 'agreement',
      pattern:
        '{Ns} ({@degree} )?{@right}(?= about| on| there| here| that| to| with| i think| in| we| they| it| you| so| but| and|{END})',
    },
    { kind: 'agreement', pattern: "{N} (you're|you are|youre|ur) ({@degree} )?{@right}" },
    {
      kind: 'agreement',
      pattern:
        '{N} (has|had|makes|made) a (good |fair |valid |great |strong )?point(?= about| on| there| here| that|{END})',
    },
    {
      kind: 'agreement',
      pattern:
        "(agreed|exactly|absolutely|totally|yes|yeah|yep|true|precisely|spot on|so true|couldn't agree more|i agree|agree) {N}{END}",
    },
    {
      kind: 'agreement',
      pattern:
        // "Zoë absolutely smashed it": an adverb before a verb is not a reply
        "{N} (i agree|agreed|exactly|absolutely|i couldn't agree more|couldn't agree more|totally agree|i totally agree|100|so true|spot on)(?! (smashed|nailed|crushed|rocked|killed|aced|owned|did|does|loved|needs|needed|has|had|is|was|will|would|should|must|can|could|deserves|deserved)(?![^ ]))",
    },
    ...UNIVERSAL_RULES,
  ],
  vetoes: [
    {
      kinds: ['agreement'],
      pattern:
        "(don't|do not|dont|didn't|did not|can't|cannot|cant|couldn't|not|never|won't|wouldn't|doesn't|hardly|partly|partially|disagree) {W3}{N*}",
    },
    { kinds: ['agreement'], pattern: "{N} (isn't|is not|wasn't|was not|isnt|wasnt|'s not|aren't) {W2}" },
    {
      kinds: ['credit', 'agreement'],
      pattern:
        "(not|isn't|wasn't|isnt|wasnt|never|hardly|no) (a |an |such a |really a |really |very |that |the )?{@praise} {@contrib} {N}",
    },
    { kinds: ['credit'], pattern: "{N} (that's|that is|that was|this is|this was) (not|never|hardly) {W3}" },
    { kinds: ['credit'], pattern: '(not|never) (as|like) {N}' },
    // negated praise ("that was not a great job on the deck Lee")
    {
      kinds: ['credit'],
      pattern:
        "(not|isn't|wasn't|isnt|wasnt|never|hardly|didn't|didnt|don't|doesn't){_}(do{_}|did{_}|a{_}|an{_}|such{_}a{_}|really{_}|very{_}|that{_}|the{_}|so{_}|exactly{_}|quite{_})*({@workPraise}|{@praise}{_}{@contrib}) {W6}{N*}",
    },
    // reported praise: "Priya said great job to Sam" is Priya's credit, not the speaker's
    {
      kinds: ['credit'],
      pattern:
        '(said|says|say|told{_}(me|us|him|her|them)|tells{_}(me|us)|wrote|writes|relayed|passed{_}on){_}({@workPraise}|{@kudos}|{@praise}{_}{@contrib}) {W6}{N*}',
    },
    // a task, not praise: "Dana, a good job for you would be the release notes"
    { kinds: ['credit'], pattern: '{N} (a|an|one|the) {@praise} (job|task) for (you|him|her|them|us)' },
    {
      kinds: ['credit', 'agreement'],
      pattern: "(did|do|does|didn't|don't|have|has) (you|we|they|he|she) {W3}{N*}",
    },
    // declining ("no thanks Sam, I have a copy") is not thanking
    { kinds: ['thanks'], pattern: '(no|never|nah) (thanks|thank you|thx) (to )?{N}' },
    // the name starts the next clause as its subject: "ok thanks Will can take the notes"
    {
      kinds: ['thanks'],
      pattern:
        '{@thanks}{_}{N}{_}(can|could|will|would|should|must|might|needs to|has to|is going to|is gonna){_}(?!(you|do)\\b)[^\\x20]+',
    },
    // a thumbs-up closing a thanks is a sign-off, not agreement ("cheers Will 👍")
    { kinds: ['agreement'], pattern: '{@thanks} {N} (👍|\\+1)' },
    {
      kinds: ['agreement'],
      pattern:
        '(not sure|unsure|not convinced|not certain) (if |that |whether )?(i |we )?(agree|agreed|do agree) {W2}{N*}',
    },
    // reported speech: "Sam said thanks to Priya" is Sam's thanks, not the speaker's
    {
      kinds: ['thanks'],
      pattern:
        '(said|says|say|sent|send|sends|passed on|pass on|give|gave|gives|relay|relayed|conveyed){_}(his{_}|her{_}|their{_}|our{_}|my{_}|a{_}big{_})?(thanks|thank you|thx){_}(to{_})?{N}',
    },
    { kinds: ['thanks'], pattern: '(without|never) (thanking|thanks|thank) {N}' },
    {
      kinds: ['thanks'],
      pattern:
        "(forgot|forget|forgotten|remind me|remember|don't forget|need|needs|have|has) to (thank|thanks) {N}",
    },
  ],
  conjunctions: ['and', '&', 'plus', 'as well as'],
  listFillers: ['also', 'then', 'um', 'uh', 'erm', 'especially', 'esp', 'obviously', 'finally', 'lastly'],
  genitiveS: false,
  selfLabels: ['you', 'me', 'yourself'],
  stopwords: l(
    'the|and|is|that|you|it|of|to|what|this|we|have|for|with|think|thanks|yeah|about|can|just|so|was|are|our|they',
  ),
  captionNames: l('en|english|englisch|anglais|inglés|inglês|inglese|engels|英語'),
  commonWords: (
    'a about above after again against all also am an and any are as at be because been before being below ' +
    'between both but by can cannot could did do does doing down during each few for from further get got had ' +
    'has have having he her here hers herself him himself his how i if in into is it its itself just let like ' +
    'make made many may me might more most much must my myself new no nor not now of off on once one only or ' +
    'other our ours out over own same see seen say said she should so some such than that the their them ' +
    'then there these they this those through to too under until up very was we were what when where which ' +
    'while who whom why will with would you your yours yourself yourselves yes yeah okay ok well right left ' +
    'mark bill will grace hope joy faith may june april august summer rose dawn frank rich drew chase pat rob ' +
    'sue ray guy art max jack bob nick sky page lane hunter gray grey amber crystal ruby ivy holly olive ' +
    'date dates time times day week month year today tomorrow yesterday team call meeting agenda item items ' +
    'file files doc docs deck slide slides data list lists note notes plan plans point next last first ' +
    'second third need needs want wants send share sent update updates check move moved close open start ' +
    'stop done fine sure maybe later soon still even ever never always back front side line lines part ' +
    'down mind kind lot lots bit thing things stuff way ways word words number numbers issue issues ticket ' +
    'tickets task tasks review budget sale sales deal client customer project product design draft report ' +
    'test tests code build release launch ship store market price cost cash bank fund sign mean means ' +
    'march may july late lately long short high low big small cool hot warm take takes took give gave ' +
    'know knew think thought feel felt look looks looked come came go went work works talk talked said tell ' +
    'told ask asked call called keep kept run ran read wrote write set put hear heard meet met live lives'
  ).split(' '),
};
