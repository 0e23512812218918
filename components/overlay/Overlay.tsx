import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Platform } from '@/utils/meeting/events';
import type { OverlayClient, OverlayPosition, OverlayState } from './client';
import {
  balanceLevel,
  computeNudges,
  formatClock,
  formatShare,
  NO_TURN,
  type TurnTracker,
  updateTurnTracker,
} from './derive';
import { Panel, StatusBadge } from './Panel';
import { bottomLimit, clampPosition, type Size } from './position';
import { S } from './strings';
import { createStateThrottle, RENDER_INTERVAL_MS } from './throttle';

/** Pointer travel before a press on the pill becomes a drag instead of a click. */
const DRAG_THRESHOLD_PX = 4;

export interface OverlayProps {
  client: OverlayClient;
  platform?: Platform;
  /** Hidden by the show/hide shortcut: stays subscribed, renders nothing visible. */
  hidden?: boolean;
  onHide?: () => void;
  /** Change this number to move keyboard focus into the overlay (after the shortcut shows it). */
  focusToken?: number;
  /** Lowest y the overlay may reach. Called on drag start, expand and resize only — never per tick. */
  getBottomLimit?: () => number;
  throttleMs?: number;
}

const samePos = (a: OverlayPosition | null, b: OverlayPosition | null) => a?.x === b?.x && a?.y === b?.y;

const defaultBottom = () => bottomLimit(window.innerHeight, null);

interface DragState {
  startX: number;
  startY: number;
  origin: OverlayPosition;
  size: Size;
  viewport: Size;
  bottom: number;
  moved: boolean;
  last: OverlayPosition | null;
}

export function Overlay({
  client,
  platform,
  hidden = false,
  onHide,
  focusToken,
  getBottomLimit = defaultBottom,
  throttleMs = RENDER_INTERVAL_MS,
}: OverlayProps) {
  const [state, setState] = useState<OverlayState | null>(null);
  const turn = useRef<TurnTracker>(NO_TURN);
  const lastSnap = useRef<OverlayState['snapshot']>(null);

  useLayoutEffect(() => {
    const throttle = createStateThrottle(setState, throttleMs);
    const unsubscribe = client.subscribe((s) => {
      // Every snapshot feeds the turn tracker (cheap); only the throttled ones render.
      if (s.snapshot && s.snapshot !== lastSnap.current)
        turn.current = updateTurnTracker(turn.current, s.snapshot);
      lastSnap.current = s.snapshot;
      throttle.push(s);
    });
    return () => {
      unsubscribe();
      throttle.dispose();
    };
  }, [client, throttleMs]);

  // Local echo so expand/collapse and drops feel instant even if the client answers asynchronously.
  const [expandedLocal, setExpandedLocal] = useState<boolean | null>(null);
  const clientExpanded = state?.expanded;
  useEffect(() => setExpandedLocal(null), [clientExpanded]);
  const expanded = expandedLocal ?? state?.expanded ?? false;

  // A local position (a drop, or a re-clamp) overrides the client's remembered one until that one changes.
  const clientPos = state?.position ?? null;
  const [posOverride, setPosOverride] = useState<{
    base: OverlayPosition | null;
    pos: OverlayPosition;
  } | null>(null);
  const pos = posOverride && samePos(posOverride.base, clientPos) ? posOverride.pos : clientPos;
  const setPosLocal = (p: OverlayPosition) => setPosOverride({ base: clientPos, pos: p });

  const rootRef = useRef<HTMLDivElement>(null);
  const pillRef = useRef<HTMLButtonElement>(null);
  const collapseRef = useRef<HTMLButtonElement>(null);
  const focusNext = useRef<'pill' | 'panel' | null>(null);
  const drag = useRef<DragState | null>(null);
  const suppressClick = useRef(false);

  const setExpanded = useCallback(
    (b: boolean) => {
      focusNext.current = b ? 'panel' : 'pill';
      setExpandedLocal(b);
      client.setExpanded(b);
    },
    [client],
  );

  // Focus follows the toggle, so keyboard users never lose their place when the pill becomes the panel.
  // The request is only consumed once its target exists: a figures render (1 Hz) whose effect runs before
  // the toggled render would otherwise clear it while the button is not yet mounted, and focus would be lost.
  useEffect(() => {
    const target = focusNext.current;
    if (!target) return;
    const el = target === 'panel' ? collapseRef.current : pillRef.current;
    if (!el) return;
    focusNext.current = null;
    el.focus();
  });

  useEffect(() => {
    if (focusToken === undefined || focusToken === 0) return;
    (expanded ? collapseRef.current : pillRef.current)?.focus();
  }, [focusToken]);

  // Re-clamp only when the box changes shape or the window does: one layout read, not one per tick.
  const reclamp = useCallback(() => {
    const el = rootRef.current;
    if (!el || !pos) return;
    const r = el.getBoundingClientRect();
    const next = clampPosition(
      pos,
      { width: r.width, height: r.height },
      { width: window.innerWidth, height: window.innerHeight },
      getBottomLimit(),
    );
    if (next.x !== pos.x || next.y !== pos.y) setPosLocal(next);
  }, [pos?.x, pos?.y, clientPos?.x, clientPos?.y, getBottomLimit]);

  useLayoutEffect(() => {
    if (!hidden) reclamp();
  }, [expanded, hidden, state === null]);

  useEffect(() => {
    let frame = 0;
    const onResize = () => {
      if (frame) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        reclamp();
      });
    };
    window.addEventListener('resize', onResize);
    return () => {
      window.removeEventListener('resize', onResize);
      if (frame) cancelAnimationFrame(frame);
    };
  }, [reclamp]);

  const onDragStart = useCallback(
    (e: PointerEvent) => {
      if (e.button !== 0) return;
      const el = rootRef.current;
      if (!el) return;
      const r = el.getBoundingClientRect();
      drag.current = {
        startX: e.clientX,
        startY: e.clientY,
        origin: { x: r.left, y: r.top },
        size: { width: r.width, height: r.height },
        viewport: { width: window.innerWidth, height: window.innerHeight },
        bottom: getBottomLimit(),
        moved: false,
        last: null,
      };
    },
    [getBottomLimit],
  );

  const onPointerMove = (e: PointerEvent) => {
    const d = drag.current;
    const el = rootRef.current;
    if (!d || !el) return;
    const dx = e.clientX - d.startX;
    const dy = e.clientY - d.startY;
    if (!d.moved) {
      if (Math.hypot(dx, dy) < DRAG_THRESHOLD_PX) return;
      d.moved = true;
      (e.target as Element | null)?.setPointerCapture?.(e.pointerId);
    }
    const p = clampPosition({ x: d.origin.x + dx, y: d.origin.y + dy }, d.size, d.viewport, d.bottom);
    d.last = p;
    // Straight to the style while dragging: no re-render per pointer event.
    el.style.left = `${p.x}px`;
    el.style.top = `${p.y}px`;
    el.style.right = 'auto';
  };

  const onPointerEnd = () => {
    const d = drag.current;
    drag.current = null;
    if (!d?.moved || !d.last) return;
    suppressClick.current = true;
    setPosLocal(d.last);
    client.savePosition(d.last);
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && expanded) {
      e.stopPropagation();
      setExpanded(false);
    }
  };

  // Root-level listeners are attached imperatively (the root is a layer, not a widget); they read the
  // latest handlers through a ref so they are added once.
  const handlers = useRef({ onPointerMove, onPointerEnd, onKeyDown });
  handlers.current = { onPointerMove, onPointerEnd, onKeyDown };
  useEffect(() => {
    const el = rootRef.current;
    if (!el) return;
    const move = (e: PointerEvent) => handlers.current.onPointerMove(e);
    const end = () => handlers.current.onPointerEnd();
    const key = (e: KeyboardEvent) => handlers.current.onKeyDown(e);
    el.addEventListener('pointermove', move);
    el.addEventListener('pointerup', end);
    el.addEventListener('pointercancel', end);
    el.addEventListener('keydown', key);
    return () => {
      el.removeEventListener('pointermove', move);
      el.removeEventListener('pointerup', end);
      el.removeEventListener('pointercancel', end);
      el.removeEventListener('keydown', key);
    };
  }, []);

  const style = pos ? { left: `${pos.x}px`, top: `${pos.y}px` } : { right: '16px', top: '16px' };
  const snap = state?.snapshot ?? null;
  const active = state !== null && !state.paused && !state.neverTracked;
  const nudges = active && snap ? computeNudges(snap, state.nudges, turn.current) : [];

  return (
    <div
      ref={rootRef}
      class="rp-root"
      data-platform={platform}
      data-state={expanded ? 'expanded' : 'collapsed'}
      hidden={hidden}
      style={style}
    >
      {state === null ? null : expanded ? (
        <Panel
          state={state}
          client={client}
          onCollapse={() => setExpanded(false)}
          onHide={onHide}
          onDragStart={onDragStart}
          collapseRef={collapseRef}
        />
      ) : (
        <button
          ref={pillRef}
          type="button"
          class="rp-pill"
          aria-expanded="false"
          title={S.openPanel}
          onPointerDown={onDragStart}
          onClick={() => {
            if (suppressClick.current) {
              suppressClick.current = false;
              return;
            }
            setExpanded(true);
          }}
        >
          <PillContent state={state} />
        </button>
      )}
      <div class="rp-nudges" aria-live="polite">
        {nudges.map((n) => (
          <p key={n.kind} class="rp-nudge" data-nudge={n.kind}>
            {n.text}
          </p>
        ))}
      </div>
    </div>
  );
}

function PillContent({ state }: { state: OverlayState }) {
  const snap = state.snapshot;
  if (state.neverTracked || !snap) {
    return (
      <>
        <span class="rp-pill-name">{S.appName}</span>
        <StatusBadge state={state} />
        <span class="rp-sr">{S.openPanel}</span>
      </>
    );
  }
  const level = balanceLevel(snap.balanceIndex);
  return (
    <>
      <span class={`rp-dot rp-dot--${level}`} aria-hidden="true" />
      <span class="rp-sr">{S.balance(level)}. </span>
      <span
        class="rp-pill-share"
        data-testid="pill-share"
        title={snap.selfShare === null ? S.shareUnknownReason : undefined}
      >
        {S.you} <strong>{formatShare(snap.selfShare)}</strong> · {S.fair} {formatShare(snap.fairShare)}
      </span>
      <span class="rp-time" data-testid="pill-time">
        <span class="rp-sr">{S.callTime} </span>
        {formatClock(snap.durationMs)}
      </span>
      <StatusBadge state={state} />
      <span class="rp-sr">. {S.openPanel}</span>
    </>
  );
}
