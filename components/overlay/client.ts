/**
 * The overlay's only dependency on the rest of the extension. The content-script wiring implements it
 * (meeting model snapshots, pause/never-track through the background, settings from storage); tests and
 * the preview page use `createMockOverlayClient`.
 */
import type { LiveSnapshot } from '@/utils/meeting/types';

export interface OverlayPosition {
  x: number;
  y: number;
}

/** Gentle nudges, set in options; both off by default. */
export interface NudgeSettings {
  /** "You have been speaking for 3 minutes straight." */
  selfMonologue: boolean;
  /** "Someone has not spoken in 15 minutes." */
  silentParticipant: boolean;
}

export const DEFAULT_NUDGES: NudgeSettings = { selfMonologue: false, silentParticipant: false };

export interface OverlayState {
  /** Null until the meeting model has produced its first figures. */
  snapshot: LiveSnapshot | null;
  /** Paused for this call: nothing is recorded while true. */
  paused: boolean;
  /** This meeting's code is on the never-track list: nothing is recorded, the overlay only offers undo. */
  neverTracked: boolean;
  expanded: boolean;
  /** Top-left of the overlay in viewport px, remembered per platform; null = default corner. */
  position: OverlayPosition | null;
  /** The intention the user set in the reflection after their last call. */
  intention?: string;
  nudges: NudgeSettings;
}

export interface OverlayClient {
  /** Calls `cb` synchronously with the current state, then on every change. Returns an unsubscribe. */
  subscribe(cb: (state: OverlayState) => void): () => void;
  /** Records a `manual` acknowledgement from the user to this participant. */
  markAcknowledged(participantId: string): void;
  setPaused(paused: boolean): void;
  neverTrack(): void;
  undoNeverTrack(): void;
  setExpanded(expanded: boolean): void;
  savePosition(position: OverlayPosition): void;
  /** Opens the health view with per-signal details (optional: the preview has none). */
  openHealth?(): void;
}

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
