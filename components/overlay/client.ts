/**
 * The overlay's only dependency on the rest of the extension: `OverlayClient`, defined beside the runtime that
 * implements it (utils/content/overlay-client.ts: meeting model snapshots, pause/never-track through the
 * background, settings from the store). Tests and the preview page use `createMockOverlayClient`.
 */

import type { OverlayClient, OverlayPosition, OverlayState } from '@/utils/content/overlay-client';
import type { LiveSnapshot } from '@/utils/meeting/types';
import { DEFAULT_NUDGES } from '@/utils/store/settings-defaults';

export type {
  NudgeSettings,
  OverlayClient,
  OverlayPosition,
  OverlayState,
} from '@/utils/content/overlay-client';
export { DEFAULT_NUDGES };

export interface MockOverlayClient extends OverlayClient {
  getState(): OverlayState;
  /** Replace parts of the state and notify subscribers (as the real wiring does at ~1 Hz). */
  setState(patch: Partial<OverlayState>): void;
  pushSnapshot(snapshot: LiveSnapshot | null): void;
  readonly calls: {
    markAcknowledged: string[];
    setPaused: boolean[];
    neverTrack: number;
    undoNeverTrack: number;
    setExpanded: boolean[];
    savePosition: OverlayPosition[];
  };
  readonly subscriberCount: number;
}

/** An in-memory client that records every call and reflects it in its state, like the real one would. */
export function createMockOverlayClient(initial: Partial<OverlayState> = {}): MockOverlayClient {
  let state: OverlayState = {
    snapshot: null,
    paused: false,
    neverTracked: false,
    expanded: false,
    position: null,
    nudges: { ...DEFAULT_NUDGES },
    ...initial,
  };
  const subscribers = new Set<(s: OverlayState) => void>();
  const calls: MockOverlayClient['calls'] = {
    markAcknowledged: [],
    setPaused: [],
    neverTrack: 0,
    undoNeverTrack: 0,
    setExpanded: [],
    savePosition: [],
  };
  const setState = (patch: Partial<OverlayState>) => {
    state = { ...state, ...patch };
    for (const cb of [...subscribers]) cb(state);
  };
  return {
    calls,
    get subscriberCount() {
      return subscribers.size;
    },
    getState: () => state,
    setState,
    pushSnapshot: (snapshot) => setState({ snapshot }),
    subscribe(cb) {
      subscribers.add(cb);
      cb(state);
      return () => {
        subscribers.delete(cb);
      };
    },
    markAcknowledged(id) {
      calls.markAcknowledged.push(id);
      const snap = state.snapshot;
      if (!snap) return;
      setState({
        snapshot: {
          ...snap,
          participants: snap.participants.map((p) =>
            p.id === id ? { ...p, acksReceived: p.acksReceived + 1 } : p,
          ),
        },
      });
    },
    setPaused(paused) {
      calls.setPaused.push(paused);
      setState({ paused });
    },
    neverTrack() {
      calls.neverTrack += 1;
      setState({ neverTracked: true });
    },
    undoNeverTrack() {
      calls.undoNeverTrack += 1;
      setState({ neverTracked: false });
    },
    setExpanded(expanded) {
      calls.setExpanded.push(expanded);
      setState({ expanded });
    },
    savePosition(position) {
      calls.savePosition.push(position);
      setState({ position });
    },
  };
}
