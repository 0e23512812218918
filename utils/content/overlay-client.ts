/**
 * The contract between the content-script runtime and the overlay view: the runtime (`run-adapter.ts`)
 * implements `OverlayClient`, the view (components/overlay) renders `OverlayState` and is mounted through
 * a function the entrypoint passes in. Defined here, below both, because nothing under `utils/` imports
 * `components/`; components/overlay/client.ts re-exports these and adds the in-memory mock.
 */
import type { Platform } from '@/utils/meeting/events';
import type { LiveSnapshot } from '@/utils/meeting/types';
import type { SeriesSettings } from '@/utils/store/series';
import type { NudgeSettings, OverlayPosition } from '@/utils/store/settings-defaults';

export type { NudgeSettings, OverlayPosition };

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
  /** This call's meeting series settings (role, presenters, personal targets); null or absent: none. */
  series?: SeriesSettings | null;
  /**
   * The background cannot write (storage full, or failing otherwise): recording goes on in memory and is
   * saved when writing works again; the overlay says so. Absent or null: writes work.
   */
  storage?: 'full' | 'failing' | null;
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

/** A mounted overlay, as the runtime drives it. */
export interface OverlayHandle {
  remove(): void;
  /** Show/hide, e.g. from the `toggle-overlay` command relayed by the background. */
  toggle(): void;
  setHidden(hidden: boolean): void;
  readonly hidden: boolean;
}

export interface MountOverlayOptions {
  platform: Platform;
  client: OverlayClient;
  /** Finds the platform's call-controls toolbar; the overlay stays above its top edge. */
  toolbarSelector?: () => Element | null;
  /** Finds the platform's docked side panels; the overlay stays left of an open one. */
  sidePanels?: () => readonly Element[];
}

/** The overlay view's mount function (components/overlay/mount.ts), handed to the runtime by the entrypoint. */
export type MountOverlay<Ctx> = (ctx: Ctx, opts: MountOverlayOptions) => Promise<OverlayHandle>;
