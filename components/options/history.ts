/** History list logic: search by title, code or person; sort; paginate. Pure. */
import { normalizeName, type StoredMeeting } from '@/utils/store/records';

export const PAGE_SIZE = 20;
export const HISTORY_SORTS = ['newest', 'oldest', 'longest', 'shortest', 'largest', 'title'] as const;
export type HistorySort = (typeof HISTORY_SORTS)[number];

/** Case-, accent-form- and spacing-insensitive substring match on title, meeting code and people's names. */
export function searchMeetings(list: readonly StoredMeeting[], query: string): StoredMeeting[] {
  const q = normalizeName(query);
  if (!q) return [...list];
  return list.filter(
    (m) =>
      (m.titleKey ?? normalizeName(m.title ?? '')).includes(q) ||
      (m.meetingCode !== null && normalizeName(m.meetingCode).includes(q)) ||
      m.participants.some((p) => !p.isSelf && normalizeName(p.name).includes(q)),
  );
}

const byNewest = (a: StoredMeeting, b: StoredMeeting) => b.startedAt - a.startedAt || (a.id < b.id ? -1 : 1);

export function sortMeetings(list: readonly StoredMeeting[], sort: HistorySort): StoredMeeting[] {
  const out = [...list];
  switch (sort) {
    case 'newest':
      return out.sort(byNewest);
    case 'oldest':
      return out.sort((a, b) => -byNewest(a, b));
    case 'longest':
      return out.sort((a, b) => b.durationMs - a.durationMs || byNewest(a, b));
    case 'shortest':
      return out.sort((a, b) => a.durationMs - b.durationMs || byNewest(a, b));
    case 'largest':
      return out.sort((a, b) => b.participants.length - a.participants.length || byNewest(a, b));
    case 'title':
      // Untitled meetings go last; same titles newest first.
      return out.sort((a, b) => {
        const ta = a.titleKey;
        const tb = b.titleKey;
        if (ta === tb) return byNewest(a, b);
        if (ta === null) return 1;
        if (tb === null) return -1;
        return ta.localeCompare(tb) || byNewest(a, b);
      });
  }
}

export interface Page<T> {
  items: T[];
  /** 0-based, clamped to the available pages. */
  page: number;
  pages: number;
  total: number;
}

export function paginate<T>(list: readonly T[], page: number, size = PAGE_SIZE): Page<T> {
  const pages = Math.max(1, Math.ceil(list.length / size));
  const p = Math.min(Math.max(0, Math.floor(page) || 0), pages - 1);
  return { items: list.slice(p * size, p * size + size), page: p, pages, total: list.length };
}
