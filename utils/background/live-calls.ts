/**
 * The calls being recorded now, as the popup and the toolbar badge name them (issue 24, two calls at
 * once), and the ticket a content script gets when it joins a session an earlier copy of itself recorded
 * (issue 24, an extension update mid-call; utils/content/lifecycle.ts).
 */
import type { Platform } from '@/utils/meeting/events';

export interface LiveCall {
  sessionId: string;
  platform: Platform;
  /** The platform's meeting title as the page showed it (page text: render as text). */
  title: string | null;
  meetingCode: string | null;
  /** The tab recording it; null for a session rebuilt from a checkpoint that predates tab ids. */
  tabId: number | null;
  /** Event clock of the call's start (epoch-like ms). */
  startedAt: number;
}

export interface ResumeTicket {
  sessionId: string;
  /** The sequence number the joining script numbers its first event with (`appliedSeq + 1`). */
  nextSeq: number;
  /** The meeting the session records: the script joins only if its call has the same code. */
  meetingCode: string | null;
}

/** The badge tooltip's list: "Meet: Weekly sync · Zoom: 123 456 789" (title, else code, else platform). */
export function describeLiveCalls(calls: readonly LiveCall[], platformName: (p: Platform) => string): string {
  return calls
    .map((c) => {
      const what = c.title?.trim() || c.meetingCode || '';
      return what ? `${platformName(c.platform)}: ${what}` : platformName(c.platform);
    })
    .join(' · ');
}
