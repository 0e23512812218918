import type { ScenarioInput } from '../scenario';

type StepIn = ScenarioInput['steps'][number];

/** A spoken turn with its caption: speaking for `durationMs`, caption written over ~85% of it. */
export function say(
  at: number,
  who: string,
  text: string,
  durationMs: number,
  opts: { correction?: string; correctAfterMs?: number } = {},
): StepIn[] {
  return [
    { at, type: 'speak', who, durationMs },
    {
      at,
      type: 'caption',
      who,
      text,
      durationMs: Math.max(1, Math.round(durationMs * 0.85)),
      ...(opts.correction ? { correction: opts.correction } : {}),
      ...(opts.correctAfterMs !== undefined ? { correctAfterMs: opts.correctAfterMs } : {}),
    },
  ];
}

/** Stable sort by time, so scenarios can be written in logical blocks. */
export function timeline(...blocks: (StepIn | StepIn[])[]): StepIn[] {
  return blocks.flat().sort((a, b) => a.at - b.at);
}
