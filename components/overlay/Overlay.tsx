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
import {
  clampPosition,
  DEFAULT_INSET_PX,
  defaultOffsets,
  type FreeArea,
  freeArea,
  type Size,
  sameArea,
} from './position';
import { S } from './strings';
import { createStateThrottle, RENDER_INTERVAL_MS } from './throttle';

/** Pointer travel before a press on the pill becomes a drag instead of a click. */
const DRAG_THRESHOLD_PX = 4;
/**
 * A side panel opens from a click or a shortcut and slides in: the area is measured in the frame after the
 * input and once more when a slide-in of Meet's or Zoom's length (about 250 ms) is over.
 */
const SETTLE_MS = 400;
/**
 * Panels can also open without an input this window sees (a click inside Zoom's web-client frame). A
 * measure this seldom costs one query pass and a few rect reads, inside a frame that lays out anyway.
 */
const SAFETY_MEASURE_MS = 2_000;

export interface OverlayProps {
  client: OverlayClient;
  platform?: Platform;
  /** Hidden by the show/hide shortcut: stays subscribed, renders nothing visible. */
  hidden?: boolean;
  onHide?: () => void;
  /** Change this number to move keyboard focus into the overlay (after the shortcut shows it). */
  focusToken?: number;
  /**
   * Reads the free area (viewport minus toolbar and docked side panels). Called on drag start, and in an
   * animation frame on mount, expand/collapse, resize and after page input — never per figures tick.
   */
  measureArea?: () => FreeArea;
  throttleMs?: number;
}

const samePos = (a: OverlayPosition | null, b: OverlayPosition | null) => a?.x === b?.x && a?.y === b?.y;

const isTextEntry = (t: EventTarget | undefined) =>
  t instanceof HTMLElement && (t.isContentEditable || t.tagName === 'INPUT' || t.tagName === 'TEXTAREA');

const viewportOnly = (): FreeArea =>
  freeArea({ width: window.innerWidth, height: window.innerHeight }, null, []);

interface DragState {
  startX: number;
  startY: number;
  origin: OverlayPosition;
  size: Size;
  area: FreeArea;
  moved: boolean;
  last: OverlayPosition | null;
}

export function Overlay({
  client,
  platform,
  hidden = false,
  onHide,
  focusToken,
  measureArea = viewportOnly,
  throttleMs = RENDER_INTERVAL_MS,
}: OverlayProps) {
  const [state, setState] = useState<OverlayState | null>(null);
  const turn = useRef<TurnTracker>(NO_TURN);
  const lastSnap = useRef<OverlayState['snapshot']>(null);

  // Hidden (the shortcut): nothing renders at all; the latest state waits and is shown when it comes back.
  const hiddenRef = useRef(hidden);
  hiddenRef.current = hidden;
  const latest = useRef<OverlayState | null>(null);
  const throttleRef = useRef<ReturnType<typeof createStateThrottle> | null>(null);
  useLayoutEffect(() => {
    const throttle = createStateThrottle(setState, throttleMs);
    throttleRef.current = throttle;
    const unsubscribe = client.subscribe((s) => {
      // Every snapshot feeds the turn tracker (cheap); only the throttled ones render.
      if (s.snapshot && s.snapshot !== lastSnap.current)
        turn.current = updateTurnTracker(turn.current, s.snapshot);
      lastSnap.current = s.snapshot;
      latest.current = s;
      if (!hiddenRef.current) throttle.push(s);
    });
    return () => {
      unsubscribe();
      throttle.dispose();
      if (throttleRef.current === throttle) throttleRef.current = null;
    };
  }, [client, throttleMs]);
  useLayoutEffect(() => {
    if (!hidden && latest.current) throttleRef.current?.push(latest.current);
  }, [hidden]);

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

  // The displayed place is derived: the wanted position (saved or dropped) clamped into the last measured
  // free area with the last measured size. Nothing is written back, so when a side panel closes again the
  // overlay returns to where the user put it.
  const [area, setArea] = useState<FreeArea>(viewportOnly);
  const [size, setSize] = useState<Size>({ width: 0, height: 0 });
  const measureRef = useRef(measureArea);
  measureRef.current = measureArea;
  const frame = useRef(0);
  const scheduleMeasure = useCallback(() => {
    if (frame.current) return;
    frame.current = requestAnimationFrame(() => {
      frame.current = 0;
      const next = measureRef.current();
      setArea((prev) => (sameArea(prev, next) ? prev : next));
    });
  }, []);

  const sizeFrom = (w: number, h: number) =>
    setSize((prev) => (prev.width === w && prev.height === h ? prev : { width: w, height: h }));

  // One layout read when the box changes shape (expand/collapse, shown, first state), then the area in rAF.
  useLayoutEffect(() => {
    if (hidden) return;
    const r = rootRef.current?.getBoundingClientRect();
    if (r) sizeFrom(r.width, r.height);
    scheduleMeasure();
  }, [expanded, hidden, state === null]);

  // Later size changes (a nudge line, a row, a wider figure) come from the observer, which reads nothing.
  useEffect(() => {
    const el = rootRef.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const ro = new ResizeObserver((entries) => {
      const box = entries[entries.length - 1]?.borderBoxSize?.[0];
      if (box) sizeFrom(box.inlineSize, box.blockSize);
    });
    ro.observe(el);
    return () => ro.disconnect();
  }, []);

  useEffect(() => {
    if (hidden) return;
    let settle = 0;
    const onInput = (e: Event) => {
      // Typing into the chat or a name field opens no panel: no measure per keystroke.
      if (e.type === 'keyup' && isTextEntry(e.composedPath()[0])) return;
      scheduleMeasure();
      clearTimeout(settle);
      settle = window.setTimeout(scheduleMeasure, SETTLE_MS);
    };
    const safety = window.setInterval(() => {
      if (document.visibilityState === 'visible') scheduleMeasure();
    }, SAFETY_MEASURE_MS);
    const opts = { capture: true, passive: true } as const;
    window.addEventListener('resize', scheduleMeasure);
    window.addEventListener('pointerup', onInput, opts);
    window.addEventListener('keyup', onInput, opts);
    return () => {
      window.removeEventListener('resize', scheduleMeasure);
      window.removeEventListener('pointerup', onInput, opts);
      window.removeEventListener('keyup', onInput, opts);
      clearTimeout(settle);
      clearInterval(safety);
      if (frame.current) cancelAnimationFrame(frame.current);
      frame.current = 0;
    };
  }, [hidden, scheduleMeasure]);

  const onDragStart = useCallback((e: PointerEvent) => {
    if (e.button !== 0) return;
    const el = rootRef.current;
    if (!el) return;
    // Captured from the press on, so a quick flick that leaves the pill before the first move still drags
    // (the handle itself keeps the capture, so a press that stays put is still its click).
    try {
      (e.currentTarget as Element | null)?.setPointerCapture?.(e.pointerId);
    } catch {
      // Not an active pointer (synthetic events): the moves that reach the root still drag.
    }
    const r = el.getBoundingClientRect();
    drag.current = {
      startX: e.clientX,
      startY: e.clientY,
      origin: { x: r.left, y: r.top },
      size: { width: r.width, height: r.height },
      // Measured now, not from the last frame: the toolbar or a panel may have been re-rendered since.
      area: measureRef.current(),
      moved: false,
      last: null,
    };
  }, []);

  const onPointerMove = (e: PointerEvent) => {
    const d = drag.current;
    const el = rootRef.current;
    if (!d || !el) return;
    const dx = e.clientX - d.startX;
    const dy = e.clientY - d.startY;
    if (!d.moved) {
      if (Math.hypot(dx, dy) < DRAG_THRESHOLD_PX) return;
      d.moved = true;
    }
    const p = clampPosition({ x: d.origin.x + dx, y: d.origin.y + dy }, d.size, d.area);
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
    setArea((prev) => (sameArea(prev, d.area) ? prev : d.area));
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

  const shown = pos ? clampPosition(pos, size, area) : null;
  const corner = defaultOffsets(size, area);
  // The panel's height is capped to the room above the toolbar (overlay.css), so expanding never covers it.
  const room = `${Math.max(0, area.bottom - 2 * DEFAULT_INSET_PX)}px`;
  const style = shown
    ? { left: `${shown.x}px`, top: `${shown.y}px`, '--rp-room': room }
    : { right: `${corner.right}px`, top: `${corner.top}px`, '--rp-room': room };
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
