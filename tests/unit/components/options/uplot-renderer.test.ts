import { describe, expect, it } from 'vitest';
import { singleMeetingRange } from '@/components/options/uplot-renderer';

describe('the Trends time axis', () => {
  const t = 1_795_000_000; // seconds

  it('shows a day either side of a single meeting, whatever uPlot widened the scale to', () => {
    // uPlot hands `range` min and min + 86,400,000 for a single time point (its ms-based widening).
    expect(singleMeetingRange({ data: [[t], [0.3]] }, t, t + 86_400_000)).toEqual([t - 86_400, t + 86_400]);
    expect(
      singleMeetingRange(
        {
          data: [
            [t, t],
            [0.3, 0.4],
          ],
        },
        t,
        t,
      ),
    ).toEqual([t - 86_400, t + 86_400]);
  });

  it('keeps the data span for two or more meetings', () => {
    expect(
      singleMeetingRange(
        {
          data: [
            [t, t + 3600],
            [0.3, 0.4],
          ],
        },
        t,
        t + 3600,
      ),
    ).toEqual([t, t + 3600]);
  });
});
