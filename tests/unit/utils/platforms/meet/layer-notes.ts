import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { SelectorChain } from '@/utils/platforms/dom';

export interface LayerNote {
  field: string;
  id: string;
  verified: string;
  why: string;
}

/**
 * The date and reason of every layer, read from the comment on the line above it in the selectors source
 * (`// 2026-08-16 why`), in source order. The runtime data carries neither (they would only weigh down the
 * content script), so this is where the "every layer is dated and explained" guarantee is checked.
 */
export function layerNotes(sourcePath: string): { notes: LayerNote[]; calls: number } {
  const src = readFileSync(resolve(__dirname, '../../../../..', sourcePath), 'utf8');
  const notes: LayerNote[] = [];
  for (const m of src.matchAll(/\/\/ (\S+) ([^\n]*)\n\s*L\(\s*'([^']+)'/g)) {
    notes.push({ field: '', id: m[3]!, verified: m[1]!, why: m[2]!.trim() });
  }
  const calls = [...src.matchAll(/\bL\(\s*'/g)].length;
  return { notes, calls };
}

/** Pairs each layer of the registry (in order) with its note; throws when they do not line up. */
export function notedLayers(registry: Record<string, SelectorChain>, sourcePath: string): LayerNote[] {
  const { notes, calls } = layerNotes(sourcePath);
  const layers = Object.entries(registry).flatMap(([field, chain]) =>
    chain.map((l) => ({ field, id: l.id })),
  );
  if (calls !== layers.length || notes.length !== layers.length) {
    throw new Error(
      `${sourcePath}: ${layers.length} layers, ${calls} L() calls, ${notes.length} dated notes`,
    );
  }
  return layers.map((l, i) => {
    const n = notes[i]!;
    if (n.id !== l.id)
      throw new Error(`${sourcePath}: note #${i} is for ${n.id}, layer is ${l.field}/${l.id}`);
    return { ...n, field: l.field };
  });
}

/** The kinds a layer id may start with (`jsname-ctrl:` is a jsname-family hook on `jscontroller`). */
export const KIND_PREFIX = /^(icon|data|role|jsname|jsname-ctrl|class|structure|text):/;
