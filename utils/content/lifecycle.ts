/**
 * The content script's life across an extension update or reload mid-call (issue 24).
 *
 * Chrome does not stop the content scripts of an extension it replaces: they stay in the page, orphaned,
 * and every extension API they call throws "Extension context invalidated". WXT's context notices
 * (`runtime.id` is gone, checked on each of its timers, or the new copy of the script announces itself)
 * and aborts; `runAdapter` then stops *quietly*: observers and timers stop, the overlay goes, and nothing
 * is sent, because no background can receive it (the last batch the old background had is in its
 * checkpoint; what it had not checkpointed is inside the gap the new background marks as not covered,
 * utils/background/update-gap.ts). No end card, no status: the call has not ended.
 *
 * The new background injects a fresh copy into the open meeting tabs (utils/background/reinject.ts). It
 * asks `cs:resume` before it starts watching the page: the background answers with the session this tab
 * was recording, and the copy records its call into that session — same meeting, sequence numbers going
 * on — if the call it finds has the same meeting code.
 */
import type { ResumeTicket } from '@/utils/background/live-calls';

export type { ResumeTicket };

/** The extension that injected this script is gone (updated, reloaded, removed). */
export function extensionGone(): boolean {
  const g = globalThis as { chrome?: { runtime?: { id?: string } }; browser?: { runtime?: { id?: string } } };
  return (g.browser?.runtime ?? g.chrome?.runtime)?.id == null;
}

/** Errors of an API call made after the extension went away: expected, never worth a page error. */
export function isContextInvalidated(err: unknown): boolean {
  return /context invalidated/i.test(String((err as Error | undefined)?.message ?? err));
}

/**
 * The ticket, once, if the call beginning now is the one it was issued for: same meeting code (a call
 * without one never joins, so two code-less calls in one tab stay two meetings).
 */
export function claimResume(ticket: ResumeTicket | null, meetingCode: string | null): ResumeTicket | null {
  if (!ticket || meetingCode === null || ticket.meetingCode !== meetingCode) return null;
  return ticket;
}
