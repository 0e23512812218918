import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createMockOverlayClient, type OverlayState } from '@/components/overlay/client';
import { snapshot } from '@/components/overlay/fixtures';
import { createStateThrottle } from '@/components/overlay/throttle';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

const base = createMockOverlayClient().getState();
const withNow = (now: number): OverlayState => ({ ...base, snapshot: snapshot({ now }) });

describe('createStateThrottle', () => {
  it('emits the first snapshot at once and coalesces a burst into one trailing emit', () => {
    const emit = vi.fn();
    const t = createStateThrottle(emit, 1000);
    for (let i = 0; i < 50; i += 1) t.push(withNow(i));
    expect(emit).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(1000);
    expect(emit).toHaveBeenCalledTimes(2);
    expect(emit.mock.lastCall![0].snapshot.now).toBe(49);
    vi.advanceTimersByTime(5000);
    expect(emit).toHaveBeenCalledTimes(2);
  });
  it('emits user-visible state changes immediately, even inside the cooldown', () => {
    const emit = vi.fn();
    const t = createStateThrottle(emit, 1000);
    t.push(withNow(1));
    t.push({ ...withNow(2), paused: true });
    expect(emit).toHaveBeenCalledTimes(2);
    expect(emit.mock.lastCall![0].paused).toBe(true);
  });
  it('stops after dispose', () => {
    const emit = vi.fn();
    const t = createStateThrottle(emit, 1000);
    t.push(withNow(1));
    t.push(withNow(2));
    t.dispose();
    vi.advanceTimersByTime(2000);
    expect(emit).toHaveBeenCalledTimes(1);
  });
});
