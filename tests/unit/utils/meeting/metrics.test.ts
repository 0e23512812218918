import { describe, expect, it } from 'vitest';
import { balanceIndex, fairShare, isCounted, share } from '@/utils/meeting/metrics';

describe('balanceIndex (normalized Shannon entropy)', () => {
  it('is 1 when everyone spoke equally', () => {
    expect(balanceIndex([10, 10, 10, 10])).toBeCloseTo(1, 12);
  });

  it('is 0 when one person did all the talking, for any group size', () => {
    expect(balanceIndex([10, 0])).toBe(0);
    expect(balanceIndex([10, 0, 0, 0, 0, 0, 0, 0, 0, 0])).toBe(0);
  });

  it('matches the formula for an uneven split', () => {
    // p = (2/3, 1/3): H = -(2/3 ln 2/3 + 1/3 ln 1/3), normalized by ln 2.
    const h = -((2 / 3) * Math.log(2 / 3) + (1 / 3) * Math.log(1 / 3));
    expect(balanceIndex([20, 10])).toBeCloseTo(h / Math.log(2), 12);
  });

  it('penalises a silent person more than a mild imbalance among talkers', () => {
    expect(balanceIndex([1, 1, 0])!).toBeLessThan(balanceIndex([1.5, 1, 0.5])!);
  });

  it('is null for one person, for nobody speaking, and leaves unknown (null) people out of n', () => {
    expect(balanceIndex([100])).toBeNull();
    expect(balanceIndex([])).toBeNull();
    expect(balanceIndex([0, 0, 0])).toBeNull();
    expect(balanceIndex([5, null, 5])).toBeCloseTo(1, 12);
    expect(balanceIndex([5, null])).toBeNull();
  });
});

describe('fairShare, share, isCounted', () => {
  it('fair share is 1/n and null for nobody', () => {
    expect(fairShare(4)).toBe(0.25);
    expect(fairShare(1)).toBe(1);
    expect(fairShare(0)).toBeNull();
  });

  it('share is null when unknown or nothing to divide', () => {
    expect(share(3, 4)).toBe(0.75);
    expect(share(null, 4)).toBeNull();
    expect(share(0, 0)).toBeNull();
  });

  it('counts people present for at least the fraction of the call; everyone in a zero-length call', () => {
    expect(isCounted(25, 100, 0.25)).toBe(true);
    expect(isCounted(24, 100, 0.25)).toBe(false);
    expect(isCounted(0, 0, 0.25)).toBe(true);
  });
});
