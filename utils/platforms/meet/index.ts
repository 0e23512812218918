/**
 * Google Meet platform adapter. `meetAdapter` is what the content script runs (`runAdapter(meetAdapter, ctx)`);
 * `createMeetAdapter` lets tests and the benchmark tune the debounce and watchdog periods.
 */
import type { AdapterContext, PlatformAdapter } from '../types';
import meta from './meta';
import { type MeetAdapterOptions, type MeetSession, startMeetSession } from './observer';

export { findSidePanels, findToolbar } from './layout';
export type { MeetAdapterOptions, MeetSession, SignalDiagnostics } from './observer';
export * from './readers';
export { MEET } from './selectors';

export interface MeetAdapter extends PlatformAdapter {
  start(root: Document, ctx: AdapterContext): MeetSession;
}

export function createMeetAdapter(opts: MeetAdapterOptions = {}): MeetAdapter {
  return {
    id: meta.id,
    // Meet renders in the top document; no frames to search.
    findRoot: (doc) => doc,
    start: (root, ctx) => startMeetSession(root, ctx, opts),
  };
}

export const meetAdapter = createMeetAdapter();
