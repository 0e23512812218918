/**
 * Hash routes of the options page: `#trends`, `#people`, `#history`, `#history/<meetingId>`, `#settings`,
 * `#data`, `#health`. Pure, so the routing is tested without a browser; an unknown hash falls back to Trends.
 */
export const SECTIONS = ['trends', 'people', 'history', 'settings', 'data', 'health'] as const;
export type SectionId = (typeof SECTIONS)[number];

export interface Route {
  section: SectionId;
  /** `#history/<id>`: one meeting's detail. */
  meetingId?: string;
}

export const DEFAULT_ROUTE: Route = { section: 'trends' };

function isSection(s: string): s is SectionId {
  return (SECTIONS as readonly string[]).includes(s);
}

export function parseHash(hash: string): Route {
  const raw = hash.replace(/^#\/?/, '');
  const slash = raw.indexOf('/');
  const head = slash < 0 ? raw : raw.slice(0, slash);
  if (!isSection(head)) return DEFAULT_ROUTE;
  if (head === 'history' && slash >= 0) {
    let id: string;
    try {
      id = decodeURIComponent(raw.slice(slash + 1));
    } catch {
      return { section: 'history' };
    }
    return id ? { section: 'history', meetingId: id } : { section: 'history' };
  }
  return { section: head };
}

export function formatRoute(r: Route): string {
  return r.section === 'history' && r.meetingId
    ? `#history/${encodeURIComponent(r.meetingId)}`
    : `#${r.section}`;
}
