/**
 * Fair share by role (issue 22): what share of the talk the user may expect to carry, given their role
 * in the meeting series (host, presenter, participant) and who else presents there. Pure, zod-free: the
 * overlay, the reflection and the prompt rules read the same figure, so they never disagree.
 *
 * Each counted person (present for a quarter of the call, as the model's fair share) has a weight: 1 for
 * a participant, `HOST_WEIGHT` for a host, `PRESENTER_WEIGHT` for a presenter; the expected share of the
 * user is their weight over the sum of everyone's. With nobody marked that is exactly the model's 1/n.
 *
 * The weights are a convention, not a measurement: a host opens, frames and closes (a little more than an
 * even share: 1.5×); a presenter walks people through material and is expected to carry the call, but a
 * presentation that leaves no room for questions has gone too far (3×: in a 5-person call 3/7 ≈ 43 %,
 * still short of everyone else together). The user picks the role per series in options.
 */
import type { MeetingSummary } from '@/utils/meeting/types';
import { isPresenter, type SeriesRole, type SeriesSettings } from '@/utils/store/series';

export const HOST_WEIGHT = 1.5;
export const PRESENTER_WEIGHT = 3;
/** As the model's `countedMinPresenceFraction`. */
const COUNTED_FRACTION = 0.25;

/**
 * even: 1/n. host / presenter: the user's role in the series. other-presenter: someone else presents
 * (the user's even share is smaller).
 */
export type ExpectationBasis = 'even' | 'host' | 'presenter' | 'other-presenter';

export interface Expectation {
  basis: ExpectationBasis;
  /** The share the user may expect (0..1). */
  share: number;
  /** The even share 1/n it is based on. */
  even: number;
  /** Counted people, the user included. */
  n: number;
  /** The user's weight (1, HOST_WEIGHT or PRESENTER_WEIGHT). */
  weight: number;
  /** Other presenters among the counted people (names as shown, page text). */
  presenters: string[];
}

export function roleWeight(role: SeriesRole): number {
  return role === 'host' ? HOST_WEIGHT : role === 'presenter' ? PRESENTER_WEIGHT : 1;
}

/** The user's expected share in this call; null when the model has no fair share (nobody counted). */
export function expectationFor(
  summary: Pick<MeetingSummary, 'participants' | 'durationMs' | 'fairShare'>,
  series: SeriesSettings | null | undefined,
): Expectation | null {
  if (summary.fairShare === null || !(summary.fairShare > 0)) return null;
  const even = summary.fairShare;
  const n = Math.max(1, Math.round(1 / even));
  const role: SeriesRole = series?.role ?? 'participant';
  const weight = roleWeight(role);
  const presenters: string[] = [];
  for (const p of summary.participants) {
    if (p.isSelf || p.presentMs < COUNTED_FRACTION * summary.durationMs) continue;
    if (isPresenter(series, p.name)) presenters.push(p.name);
  }
  // The counted others, at most n − 1 of them, of whom `presenters` weigh more.
  const marked = Math.min(presenters.length, n - 1);
  const total = weight + (n - 1 - marked) + marked * PRESENTER_WEIGHT;
  const basis: ExpectationBasis =
    role === 'host' ? 'host' : role === 'presenter' ? 'presenter' : marked > 0 ? 'other-presenter' : 'even';
  return { basis, share: weight / total, even, n, weight, presenters: presenters.slice(0, marked) };
}
