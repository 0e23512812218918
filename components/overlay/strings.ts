/**
 * Every user-facing string of the overlay in one place (English), so moving them to `_locales` is a
 * mechanical change. Functions take already-formatted figures; names are only ever inserted as text.
 */
export const S = {
  appName: 'Rapport',
  you: 'You',
  youSuffix: '(you)',
  fair: 'fair',
  waiting: 'Waiting for the call’s first figures…',
  recording: 'Recording',
  paused: 'Paused',
  notTracked: 'Not tracked',
  openPanel: 'Open the Rapport panel',
  collapse: 'Collapse the Rapport panel',
  hide: 'Hide Rapport (Alt+Shift+R shows it again)',
  callTime: 'Call time',
  balance: {
    even: 'Balance: even',
    uneven: 'Balance: uneven',
    very_uneven: 'Balance: very uneven',
    unknown: 'Balance: unknown',
  },
  shareUnknownReason: 'Rapport can’t see speaking for this call, so your share is unknown.',
  pausedBanner:
    'Paused for this call — nothing is recorded until you resume. Figures cover only the recorded part.',
  neverTrackedBanner: 'This meeting is on your never-track list: nothing from this call is recorded.',
  intention: 'Your intention',
  pause: 'Pause for this call',
  healthDetails: 'Details',
  resume: 'Resume',
  neverTrack: 'Never track this meeting',
  undoNeverTrack: 'Undo — track this meeting',
  acknowledge: 'I acknowledged them',
  // The visible text leads the accessible name (WCAG 2.5.3), the name tells rows apart for screen readers.
  acknowledgeLabel: (name: string) => `I acknowledged them: ${name}`,
  noted: 'Noted',
  unknown: 'unknown',
  spoke: 'spoke',
  turns: (n: number) => (n === 1 ? '1 turn' : `${n} turns`),
  camera: 'camera',
  acks: (n: number) => (n === 1 ? '1 ack' : `${n} acks`),
  acksTitle: 'Acknowledgements received (thanks, credit, invitations, agreement)',
  speakingNow: 'speaking',
  left: 'left',
  notSpokenYet: 'hasn’t spoken yet',
  quietFor: (min: number) => `quiet for ${min} min`,
  speakingUnknownReason: 'Rapport didn’t see this person’s speaking',
  cameraUnknownReason: 'Rapport didn’t see this person’s camera',
  personSeen: (what: string, pct: string) => `${what} seen ${pct}`,
  sharesUnknown: 'Speaking shares unknown',
  sharesLabel: (self: string, fair: string) => `Speaking shares. Your share ${self}, fair share ${fair}.`,
  fairMark: 'fair share',
  health: {
    speaking_broken: 'Rapport can’t see who is speaking — speaking figures are unknown until it can.',
    speaking_not_visible:
      'Rapport can’t see who is speaking right now — show the participant tiles to fix it.',
    captions_not_visible: 'Captions are off — turn them on to see acknowledgements.',
    captions_broken: 'Rapport can’t read captions — acknowledgements in speech are not seen.',
    camera_broken: 'Rapport can’t see cameras — camera-on time is unknown.',
    camera_not_visible: 'Rapport can’t see cameras right now — camera-on time is partial.',
    participants_broken: 'Rapport can’t see the participant list — some people may be missing.',
    participants_not_visible:
      'Rapport can’t see the participant list right now — some people may be missing.',
    self_broken: 'Rapport can’t tell which participant is you — your share is unknown.',
    self_not_visible: 'Rapport can’t tell which participant is you — your share is unknown.',
    phase_broken: 'Rapport can’t tell whether the call is running — figures may stop.',
    chat_broken: 'Rapport can’t read chat — acknowledgements in chat are not seen.',
  } as Record<string, string>,
  coverage: (what: string, pct: string) => `${what} seen for ${pct} of the call`,
  coverageWhat: {
    speaking: 'Speaking',
    camera: 'Camera',
    captions: 'Captions',
    participants: 'Participants',
  } as Record<string, string>,
  nudgeSelfMonologue: (min: number) =>
    `You’ve been speaking for ${min} minutes straight — maybe pause for others?`,
  nudgeSilentOne: (name: string, min: number) =>
    `${name} hasn’t spoken in ${min} minutes — maybe invite them in?`,
  nudgeSilentMany: (name: string, others: number, min: number) =>
    `${name} and ${others} ${others === 1 ? 'other' : 'others'} haven’t spoken in ${min} minutes — maybe invite them in?`,
} as const;
