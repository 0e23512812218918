/**
 * Zoom web-client platform adapter. `zoomAdapter` is what the content script runs
 * (`runAdapter(zoomAdapter, ctx, …)`); `createZoomAdapter` lets tests and the benchmark tune the debounce
 * and watchdog periods.
 *
 * Frame strategy: the content script runs in the top frame only and the session reaches into the
 * same-origin `iframe#webclient` itself. Why not `allFrames`: the overlay must live in the top frame (inside
 * the webclient frame it would be clipped by, and re-created with, the frame); the top frame matches the
 * meeting URL too, so `allFrames` would need cross-frame de-duplication of one call into two sessions; and
 * Zoom replaces or reloads that frame during join and audio init, which with `allFrames` would end the
 * frame's content script and start a second recording mid-call. Reaching in from the top keeps one session
 * across frame replacement: `findRoot` returns the top document (the wiring starts once), and the session
 * re-resolves the frame's document on every iframe `load`, shell mutation and watchdog tick (observer.ts).
 * `findRoot` waits (null) while the shell's frame has no reachable document yet.
 */
import type { AdapterContext, PlatformAdapter } from '../types';
import meta from './meta';
import { startZoomSession, type ZoomAdapterOptions, type ZoomSession } from './observer';
import { findMeetingDocument } from './readers';
import { ZOOM } from './selectors';

export { type MergeKind, type MergeResult, MIN_OVERLAP, mergeRolling } from '../kernel/rolling';
export { findSidePanels, findToolbar } from './layout';
export type { SignalDiagnostics, ZoomAdapterOptions, ZoomSession } from './observer';
export * from './readers';
export { ZOOM } from './selectors';

export interface ZoomAdapter extends PlatformAdapter {
  start(root: Document, ctx: AdapterContext): ZoomSession;
}

export function createZoomAdapter(opts: ZoomAdapterOptions = {}): ZoomAdapter {
  return {
    id: meta.id,
    meetingFrames: ZOOM.webclientFrame,
    findRoot: (doc) => (findMeetingDocument(doc) ? doc : null),
    start: (root, ctx) => startZoomSession(root, ctx, opts),
  };
}

export const zoomAdapter = createZoomAdapter();
