/**
 * The benchmark's busy call: `manyTiles` (49 people, 4 speaker changes per second, a streaming caption per
 * turn) plus a chat message every 2 s, every tenth one thanking someone by name (so the acknowledgement
 * detector has work).
 */
import { defineScenario, type Scenario } from '../../tests/sim/scenario';
import { manyTiles } from '../../tests/sim/scenarios';

export function busyCall(seconds: number, n = 49): Scenario {
  const base = manyTiles({ n, changesPerSecond: 4, durationMs: Math.round(seconds * 1000), captions: true });
  const people = base.participants;
  const chat = [];
  for (let at = 1000, i = 0; at < seconds * 1000 - 500; at += 2000, i++) {
    const from = people[(i * 7 + 1) % people.length]!;
    const to = people[(i * 11 + 2) % people.length]!;
    chat.push({
      at,
      type: 'chat' as const,
      who: from.id,
      text:
        i % 10 === 0
          ? `thanks ${to.name.split(' ')[0]}, great point`
          : `note ${i}: see the doc, section ${i % 7}`,
    });
  }
  const steps = [...base.steps, ...chat].sort((a, b) => a.at - b.at);
  return defineScenario({ ...base, name: `${base.name}-chat`, steps });
}
