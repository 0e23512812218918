/**
 * Google Meet platform adapter. `meetAdapter` is what the content script runs (`runAdapter(meetAdapter, ctx)`);
 * `createMeetAdapter` lets tests and the benchmark tune the debounce and watchdog periods.
 */
import type { AdapterContext, PlatformAdapter } from '../types';
import meta from './meta';
import { type MeetAdapterOptions, type MeetSession, startMeetSession } from './observer';
import { findCaptionsRegion, readCaptionLanguage } from './readers';

export { findSidePanels, findToolbar } from './layout';
export type { MeetAdapterOptions, MeetSession, SignalDiagnostics } from './observer';
export * from './readers';
export { MEET } from './selectors';

export interface MeetAdapter extends PlatformAdapter {
  /** `captionLanguage()`: the caption-language control's text, polled by the content script (issue 23). */
  start(root: Document, ctx: AdapterContext): MeetSession & { captionLanguage(): string | null };
}

export function createMeetAdapter(opts: MeetAdapterOptions = {}): MeetAdapter {
  return {
    id: meta.id,
    // Meet renders in the top document; no frames to search.
    findRoot: (doc) => doc,
    start: (root, ctx) =>
      Object.assign(startMeetSession(root, ctx, opts), {
        captionLanguage: () => readCaptionLanguage(findCaptionsRegion(root)?.el ?? null),
      }),
  };
}

export const meetAdapter = createMeetAdapter();
