/**
 * Where Zoom's own chrome is, so the overlay can keep clear of it: the footer with the call controls and
 * the docked participants/chat panes. Both live in the meeting document — inside `iframe#webclient` when
 * the PWA shell frames it — which is re-resolved on every call, as are the elements: Zoom replaces the
 * frame during join and re-renders the panes, so nothing found here is kept.
 */
import { queryFirst } from '../dom';
import { findMeetingDocument } from './readers';
import { chainCss, ZOOM } from './selectors';

export function findToolbar(top: Document): Element | null {
  const doc = findMeetingDocument(top);
  return doc ? (queryFirst(doc, ZOOM.toolbar)?.el ?? null) : null;
}

/** Every open pane (the container and the panes in it; the geometry keeps the leftmost edge). */
export function findSidePanels(top: Document): Element[] {
  const doc = findMeetingDocument(top);
  return doc ? [...doc.querySelectorAll(chainCss(ZOOM.sidePanel))] : [];
}
