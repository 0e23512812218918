import { describe, expect, it, vi } from 'vitest';
import { type CallRuntimeFactory, loadCallRuntime, provideCallRuntime } from '@/utils/content/call-runtime';

describe('loadCallRuntime', () => {
  it('asks once, retries after a failed load, and then uses what the injected script provided', async () => {
    const failing = vi.fn(async () => {
      throw new Error('no tab');
    });
    await expect(loadCallRuntime(failing)).rejects.toThrow('no tab');
    // Answered, but nothing was provided: a load that did not run the script is an error, not a hang.
    await expect(loadCallRuntime(async () => ({ loaded: true }))).rejects.toThrow(/did not load/);

    const factory = vi.fn() as unknown as CallRuntimeFactory<unknown>;
    const inject = vi.fn(async () => {
      provideCallRuntime(factory);
      return { loaded: true };
    });
    const [a, b] = await Promise.all([loadCallRuntime(inject), loadCallRuntime(inject)]);
    expect(a).toBe(factory);
    expect(b).toBe(factory);
    expect(inject).toHaveBeenCalledTimes(1);
    // Once there, no more requests.
    const again = vi.fn(async () => ({}));
    expect(await loadCallRuntime(again)).toBe(factory);
    expect(again).not.toHaveBeenCalled();
  });
});
