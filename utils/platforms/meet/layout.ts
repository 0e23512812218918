/**
 * Where Meet's own chrome is, so the overlay can keep clear of it: the call-controls bar and docked side
 * panels. Looked up afresh on every call and never cached — Meet re-renders these roots (the bar on layout
 * changes, the panel on every open), and a kept element would be a detached one measuring 0×0.
 */
import { queryFirst } from '../dom';
import { MEET } from './selectors';

const TOOLBAR_CSS = MEET.toolbar.map((l) => l.css).join(', ');
const SIDE_PANEL_CSS = MEET.sidePanel.map((l) => l.css).join(', ');

/**
 * The bar that holds the Leave control (found by its language-neutral `call_end` ligature first). Searching
 * from Leave rather than for the first `[role=toolbar]` keeps a tile's hover toolbar from ever counting.
 */
export function findToolbar(root: Document): Element | null {
  return queryFirst(root, MEET.leave)?.el.closest(TOOLBAR_CSS) ?? null;
}

/**
 * Side panels and the chat list (inside the panel today; a sibling of it in older shapes). Closed panels
 * may be returned: they are removed, hidden or empty, and the overlay's geometry ignores those.
 */
export function findSidePanels(root: Document): Element[] {
  const panels = [...root.querySelectorAll(SIDE_PANEL_CSS)];
  const chat = queryFirst(root, MEET.chatContainer)?.el;
  if (chat && !panels.some((p) => p.contains(chat))) panels.push(chat);
  return panels;
}
