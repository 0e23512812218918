/**
 * Fuzzed imports (issue 11): over a thousand broken files go through the real import path — the background
 * service's `ui:import` handler, which calls the store's import — against a database holding real data.
 * Every one must be rejected, and after every one the whole database (every record of every object store,
 * serialised deterministically) must be byte-identical and Object.prototype untouched.
 *
 * The files to import hold meetings the database does NOT have yet, so a file wrongly accepted would add
 * records and fail the snapshot comparison too; the last tests show the unmutated file and harmless
 * variations of it are accepted, so "everything fails" cannot pass this test.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Envelope } from '@/utils/messages';
import { type ExportFile, openStore, type Store } from '@/utils/store';

const MAX_DURATION_MS = 7 * 86_400_000,
  MAX_IMPORT_DEPTH = 16,
  REFLECTION_MAX_CHARS = 16384;

import { ManualClock, makeService, PAGE_SENDER } from '../background/harness';
import { addMeeting, DAY, freshName, T0 } from './helpers';

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type Path = (string | number)[];
const SEED = 20261128;

/** Every record of every object store, keys sorted, with values JSON cannot tell apart spelled out. */
async function snapshot(store: Store): Promise<string> {
  const db = store.db;
  const names = [...db.objectStoreNames].sort();
  const out: Record<string, unknown> = {};
  for (const name of names) {
    const tx = db.transaction(name);
    const [keys, values] = await Promise.all([tx.store.getAllKeys(), tx.store.getAll(), tx.done]);
    out[name] = { keys, values };
  }
  return stable(out);
}

function stable(v: unknown): string {
  if (v === undefined) return 'undefined';
  if (typeof v === 'number') return Object.is(v, -0) ? '-0' : Number.isFinite(v) ? String(v) : `#${v}`;
  if (v === null || typeof v !== 'object') return JSON.stringify(v);
  if (Array.isArray(v)) return `[${v.map(stable).join(',')}]`;
  const o = v as Record<string, unknown>;
  return `{${Object.keys(o)
    .sort()
    .map((k) => `${JSON.stringify(k)}:${stable(o[k])}`)
    .join(',')}}`;
}

const protoKeysBefore = Object.getOwnPropertyNames(Object.prototype).sort().join();
function expectPrototypeClean() {
  expect(Object.getOwnPropertyNames(Object.prototype).sort().join()).toBe(protoKeysBefore);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(Object.getPrototypeOf({})).toBe(Object.prototype);
}

const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

function getAt(root: Json, path: Path): Json {
  let v: Json = root;
  for (const k of path) v = (v as Record<string | number, Json>)[k] as Json;
  return v;
}
function setAt(root: Json, path: Path, value: Json) {
  const parent = getAt(root, path.slice(0, -1)) as Record<string | number, Json>;
  parent[path[path.length - 1] as string | number] = value;
}
function deleteAt(root: Json, path: Path) {
  const parent = getAt(root, path.slice(0, -1)) as Record<string | number, Json>;
  delete parent[path[path.length - 1] as string | number];
}

/** What each field of the export is, by where it sits; drives which replacement makes it invalid. */
type Kind =
  | 'id'
  | 'id?'
  | 'str64'
  | 'str64?'
  | 'str200'
  | 'str200?'
  | 'iso'
  | 'iso?'
  | 'enum'
  | 'duration'
  | 'duration?'
  | 'epoch'
  | 'epoch?'
  | 'count'
  | 'share'
  | 'share?'
  | 'bool'
  | 'array'
  | 'object'
  | 'object?';

function kindOf(path: Path): Kind | null {
  const key = path[path.length - 1];
  const parent = path[path.length - 2];
  if (typeof key === 'number') {
    return parent === 'silentIds' ? 'id' : 'object'; // meetings[i], participants[i], acknowledgements[i]
  }
  if (parent === 'coverage') return 'share';
  if (parent === 'health') return 'enum';
  switch (key) {
    case 'format':
    case 'version':
    case 'platform':
    case 'endReason':
    case 'kind':
    case 'source':
      return 'enum';
    case 'id':
    case 'toId':
      return 'id';
    case 'fromId':
    case 'selfId':
      return 'id?';
    case 'meetingCode':
      return 'str64?';
    case 'title':
      return 'str200?';
    case 'displayName':
      return 'str200';
    case 'exportedAt':
    case 'startedAt':
    case 'at':
      return 'iso';
    case 'endedAt':
    case 'namesForgottenAt':
      return 'iso?';
    case 'durationMs':
    case 'presentMs':
    case 'overlapMs':
      return 'duration';
    case 'speakingMs':
    case 'longestTurnMs':
    case 'cameraOnMs':
    case 'meanTurnMs':
      return 'duration?';
    case 'firstJoinedAt':
      return 'epoch';
    case 'leftAt':
    case 'lastSpokeAt':
      return 'epoch?';
    case 'turns':
    case 'interruptionsMade':
    case 'acknowledgementsGiven':
    case 'acknowledgementsReceived':
    case 'monologues':
    case 'interruptionsReceived':
    case 'handRaises':
    case 'reactions':
    case 'rejectedEvents':
    case 'clampedEvents':
      return 'count';
    case 'balanceIndex':
    case 'selfShare':
    case 'fairShare':
    case 'speakingShare':
    case 'cameraShare':
      return 'share?';
    case 'isSelf':
    case 'present':
      return 'bool';
    case 'meetings':
    case 'participants':
    case 'acknowledgements':
    case 'silentIds':
      return 'array';
    case 'details':
    case 'coverage':
    case 'health':
      return 'object';
    case 'reflection':
      return 'object?';
    default:
      return null;
  }
}

/** Fields a v1 file may leave out (all else is required). */
function isOptional(path: Path): boolean {
  const key = path[path.length - 1];
  const parent = path[path.length - 2];
  if (typeof key === 'number') return true; // removing an array element leaves a valid array
  if (
    key === 'details' ||
    key === 'clampedEvents' ||
    key === 'present' ||
    key === 'dominance' ||
    key === 'interruptionPairs' ||
    key === 'pickupPairs' ||
    key === 'turnsPickedUp' ||
    key === 'pickups'
  )
    return true;
  // A meeting's details.coverage/health are partial records keyed by signal: meetings.i.details.health.x
  return (parent === 'coverage' || parent === 'health') && path.length === 5;
}

function leafPaths(root: Json, base: Path = []): Path[] {
  const out: Path[] = [];
  if (root !== null && typeof root === 'object') {
    const entries: [string | number, Json][] = Array.isArray(root)
      ? root.map((v, i) => [i, v])
      : Object.entries(root);
    for (const [k, v] of entries) {
      const p = [...base, k];
      out.push(p);
      // The reflection is opaque JSON: its insides are not typed fields.
      if (k !== 'reflection') out.push(...leafPaths(v, p));
    }
  }
  return out;
}

const LONG = (n: number) => 'x'.repeat(n);
/** Replacements that no field of the kind accepts. NaN/Infinity only survive when sent as an object. */
function badValuesFor(kind: Kind, asText: boolean): unknown[] {
  const notNumbers = ['5', true, {}, [], ''];
  const nums = asText ? [] : [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY];
  const nullable = kind.endsWith('?');
  const notNull = nullable ? [] : [null];
  switch (kind.replace('?', '') as Kind) {
    case 'id':
      return [...notNull, 42, 0, true, {}, [], '', LONG(257), ['a']];
    case 'str64':
      return [42, true, {}, [], LONG(65)];
    case 'str200':
      return [...notNull, 42, true, {}, [], LONG(201)];
    case 'iso':
      return [
        ...notNull,
        0,
        1767603600000,
        '',
        'yesterday',
        '2026-13-01T00:00:00.000Z',
        '2026-01-05',
        '2026-01-05 09:00',
        {},
        [],
      ];
    case 'enum':
      return [null, 0, 'LEFT', 'other', '', {}, [], true, 2];
    case 'duration':
    case 'epoch':
      return [
        ...notNull,
        ...notNumbers,
        ...nums,
        -1,
        -0.5,
        -1e308,
        kind.startsWith('duration') ? MAX_DURATION_MS + 1 : 8.64e15 + 1,
        1e300,
      ];
    case 'count':
      return [null, ...notNumbers, ...nums, -1, 1.5, 2 ** 53, 1e20, -1e308];
    case 'share':
      return [...notNull, ...notNumbers, ...nums, -0.01, 1.0001, 2, 1e300];
    case 'bool':
      return [null, 'true', 1, 0, {}, []];
    case 'array':
      return [null, {}, 'x', 0, true];
    case 'object':
      return [...notNull, 'x', 0, true, []];
    default:
      return [];
  }
}

/** The fuzzed file is sent as text (what the options page reads) or as the parsed value. */
interface Mutant {
  data: unknown;
  what: string;
}

let store: Store;
let base: ExportFile;
let baseText: string;
let paths: Path[];
let before: string;
let send: (data: unknown) => Promise<Envelope<unknown>>;
let rejected = 0;

async function expectRejected(m: Mutant) {
  const r = await send(m.data);
  if (r.ok) throw new Error(`accepted: ${m.what}`);
  expect(typeof r.error).toBe('string');
  const now = await snapshot(store);
  if (now !== before) throw new Error(`database changed after: ${m.what}`);
  expectPrototypeClean();
  rejected++;
}

/** A mutated export: either its JSON text or the parsed value (text keeps `__proto__` as an own key). */
const asTextArb = fc.boolean();

// Each test runs hundreds of imports; the whole file takes ~15 s alone and more on a loaded machine.
describe('fuzzed imports are all rejected and leave the database byte-identical', { timeout: 60_000 }, () => {
  beforeAll(async () => {
    store = await openStore({ name: freshName() });
    await addMeeting(store, 'seed-1', {
      startedAt: T0,
      code: 'abc-defg-hij',
      title: 'Weekly',
      others: ['Ada'],
    });
    await addMeeting(store, 'seed-2', { startedAt: T0 + DAY, platform: 'zoom', reason: 'ended_by_host' });
    await store.reflections.put('seed-1', { ratings: { room: 4, interest: 5 }, note: 'n', intention: 'i' });
    await store.settings.update({ retentionDays: 90 });
    await store.checkpoints.putMany([
      {
        sessionId: 'live-1',
        platform: 'meet',
        state: null,
        appliedSeq: 3,
        // Fresh as of the service's clock, so its start-up does not finalise it as an orphan.
        lastEventT: T0 + 10 * DAY,
        updatedAt: T0 + 10 * DAY,
        createdAt: T0 + 10 * DAY,
        droppedByTab: 0,
        droppedText: 0,
        invalidEvents: 0,
        goodbye: false,
      },
    ]);
    // The file to mutate: meetings the seeded database does not have, exported from elsewhere.
    const other = await openStore({ name: freshName() });
    await addMeeting(other, 'new-1', {
      startedAt: T0 + 5 * DAY,
      code: 'xyz-abcd-efg',
      title: 'Planning',
      others: ['Grace Hopper', 'Bob'],
    });
    await addMeeting(other, 'new-2', { startedAt: T0 + 6 * DAY, platform: 'zoom', reason: 'removed' });
    await other.reflections.put('new-1', {
      ratings: { room: 3, interest: null },
      note: '',
      intention: 'ask',
    });
    // Name forgetting writes `namesForgottenAt`, so that field is fuzzed as a string too.
    await other.settings.update({ forgetNamesAfterDays: 1 });
    await other.applyRetention(T0 + 5 * DAY + 3 * DAY);
    base = await other.exportAll(T0 + 10 * DAY);
    other.close();
    baseText = JSON.stringify(base);
    paths = leafPaths(base as unknown as Json);
    const service = makeService(store, new ManualClock(T0 + 10 * DAY));
    send = (data) => service.handle({ type: 'ui:import', data }, PAGE_SENDER);
    // Start-up (orphaned checkpoints, retention) runs before the first message; the snapshot comes after it.
    await service.start();
    before = await snapshot(store);
    // The snapshot covers every store, each holding something.
    for (const name of ['meetings', 'acknowledgements', 'reflections', 'checkpoints', 'settings'])
      expect(before).toContain(`"${name}":{"keys":["`);
    expect(base.meetings[0]?.details?.namesForgottenAt).toEqual(expect.any(String));
  });

  it('a field replaced by a value of the wrong type or out of range (600 files)', async () => {
    const typed = paths.filter((p) => kindOf(p) !== null);
    expect(typed.length).toBeGreaterThan(100);
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...typed), fc.nat(), asTextArb, async (path, pick, asText) => {
        const kind = kindOf(path) as Kind;
        const bad = badValuesFor(kind, asText);
        const value = bad[pick % bad.length] as Json;
        const file = clone(base) as unknown as Json;
        setAt(file, path, value);
        await expectRejected({
          data: asText ? JSON.stringify(file) : file,
          what: `${path.join('.')} (${kind}) = ${String(JSON.stringify(value)).slice(0, 40)}`,
        });
      }),
      { numRuns: 600, seed: SEED },
    );
  });

  it('a required field missing (120 files)', async () => {
    const required = paths.filter((p) => !isOptional(p));
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...required), asTextArb, async (path, asText) => {
        const file = clone(base) as unknown as Json;
        deleteAt(file, path);
        await expectRejected({
          data: asText ? JSON.stringify(file) : file,
          what: `missing ${path.join('.')}`,
        });
      }),
      { numRuns: 120, seed: SEED + 1 },
    );
  });

  it('wrong format, version, or a top level that is not an export (60 files)', async () => {
    const wrongTop = fc.oneof(
      fc.record({
        format: fc.constantFrom('rapport', 'Rapport-Export', 'rapport-export ', '', 1, null),
        version: fc.constant(1),
      }),
      fc.record({
        format: fc.constant('rapport-export'),
        version: fc.constantFrom(0, 2, '1', 1.5, -1, null, 1e308, [1]),
      }),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          wrongTop.map((top) => JSON.stringify({ ...base, ...top })),
          fc.constantFrom('null', '[]', '0', '"rapport-export"', 'true', '{}', `[${baseText}]`),
          fc.constantFrom(null, undefined, 0, '', [], [base], { file: base }, new Date(T0)),
        ),
        async (data) => expectRejected({ data, what: String(JSON.stringify(data)).slice(0, 60) }),
      ),
      { numRuns: 60, seed: SEED + 2 },
    );
  });

  it('files that are not JSON at all, or truncated JSON (120 files)', async () => {
    const garbage = fc.oneof(
      // Random bytes behind a byte no JSON text starts with.
      fc.uint8Array({ minLength: 0, maxLength: 512 }).map((b) => `\u0000${String.fromCharCode(...b)}`),
      fc.constantFrom(
        '',
        ' ',
        'PK\u0003\u0004\u0014\u0000',
        '\u001f\u008b\u0008\u0000',
        '%PDF-1.7',
        '<html><script>alert(1)</script></html>',
        'NaN',
        'undefined',
        `${baseText}}`,
        `${baseText},`,
        baseText.replace(/"/g, "'"),
        baseText.replace(/:/, '='),
      ),
      // Any prefix of an object's text that stops before its closing brace is not JSON.
      fc.integer({ min: 0, max: baseText.length - 2 }).map((k) => baseText.slice(0, k + 1)),
    );
    await fc.assert(
      fc.asyncProperty(garbage, async (data) =>
        expectRejected({ data, what: `text ${JSON.stringify(data.slice(0, 40))}… (${data.length})` }),
      ),
      { numRuns: 120, seed: SEED + 3 },
    );
  });

  it('prototype-pollution keys as real own keys anywhere in the file (100 files)', async () => {
    const objects = [
      [] as Path,
      ...paths.filter((p) => {
        const v = getAt(base as unknown as Json, p);
        return v !== null && typeof v === 'object' && !Array.isArray(v);
      }),
    ];
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...objects),
        fc.constantFrom('__proto__', 'constructor', 'prototype'),
        fc.constantFrom<Json>({ polluted: true }, { toString: 'x' }, 'x', [], null, {
          prototype: { polluted: 1 },
        }),
        fc.boolean(),
        async (path, key, value, sendParsed) => {
          // JSON.parse makes `__proto__` an own key, as a crafted file would; setting it here would not.
          const file = clone(base) as unknown as Json;
          const target = getAt(file, path) as Record<string, Json>;
          const marker = '"__rapport_fuzz_marker__":0';
          target.__rapport_fuzz_marker__ = 0;
          const withKey = JSON.stringify(file).replace(
            marker,
            `${JSON.stringify(key)}:${JSON.stringify(value)}`,
          );
          const data = sendParsed ? JSON.parse(withKey) : withKey;
          if (sendParsed) expect(Object.hasOwn(getAt(data as Json, path) as object, key)).toBe(true);
          await expectRejected({ data, what: `${key} at ${path.join('.') || 'top'}` });
        },
      ),
      { numRuns: 100, seed: SEED + 4 },
    );
  });

  it('deeply nested values anywhere (40 files)', async () => {
    // Built as text: JSON.stringify itself overflows the stack on a few thousand levels, JSON.parse does not.
    const nest = (depth: number, arrays: boolean) =>
      arrays ? `${'['.repeat(depth)}1${']'.repeat(depth)}` : `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
    const where = ['reflection', 'details', 'title', 'participants', 'extra'];
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: 1 }),
        fc.constantFrom(...where),
        fc.integer({ min: MAX_IMPORT_DEPTH, max: 5000 }),
        fc.boolean(),
        fc.boolean(),
        async (meeting, at, depth, arrays, asText) => {
          const file = clone(base) as unknown as Json;
          setAt(file, ['meetings', meeting, at], '__rapport_fuzz_marker__');
          const text = JSON.stringify(file).replace('"__rapport_fuzz_marker__"', nest(depth, arrays));
          await expectRejected({ data: asText ? text : JSON.parse(text), what: `depth ${depth} at ${at}` });
        },
      ),
      { numRuns: 40, seed: SEED + 5 },
    );
  });

  it('100,000-element arrays and oversized reflections (12 files)', async () => {
    const N = 100_000;
    const m = base.meetings[0] as unknown as Record<string, Json>;
    const p0 = (m.participants as Json[])[0] as Json;
    const a0 = (m.acknowledgements as Json[])[0] as Json;
    const cases: [string, () => unknown][] = [
      ['meetings: 1e5 numbers', () => JSON.stringify({ ...base, meetings: Array(N).fill(0) })],
      ['meetings: 1e5 empty objects', () => ({ ...base, meetings: Array.from({ length: N }, () => ({})) })],
      [
        'participants: 1e5 copies',
        () => ({ ...base, meetings: [{ ...m, participants: Array(N).fill(p0) }] }),
      ],
      [
        'acknowledgements: 100,001 valid acks',
        () => ({ ...base, meetings: [{ ...m, acknowledgements: Array(N + 1).fill(a0) }] }),
      ],
      [
        'silentIds: 1e5 ids',
        () => ({
          ...base,
          meetings: [{ ...m, details: { ...(m.details as object), silentIds: Array(N).fill('dev-0') } }],
        }),
      ],
      [
        'reflection: 1e5-element array',
        () => JSON.stringify({ ...base, meetings: [{ ...m, reflection: { answers: Array(N).fill('a') } }] }),
      ],
      [
        'reflection: one huge note',
        () => ({ ...base, meetings: [{ ...m, reflection: { note: 'x'.repeat(REFLECTION_MAX_CHARS) } }] }),
      ],
      ['title: 1 MB', () => JSON.stringify({ ...base, meetings: [{ ...m, title: 'x'.repeat(1 << 20) }] })],
      [
        'displayName: 1e5 characters',
        () =>
          JSON.stringify({
            ...base,
            meetings: [{ ...m, participants: [{ ...(p0 as object), displayName: 'y'.repeat(N) }] }],
          }),
      ],
      ['a 1e5-element array at top', () => Array(N).fill(base)],
      ['1e5 meetings all with one id', () => ({ ...base, meetings: Array(N).fill(m) })],
      [
        'an extra 1e5-element array of deep values',
        () => ({ ...base, junk: Array(N).fill([[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]) }),
      ],
    ];
    for (const [what, make] of cases) await expectRejected({ data: make(), what });
  });

  it('files valid in shape but inconsistent (20 files)', async () => {
    const variants: [string, (f: ExportFile) => void][] = [
      ['duplicate meeting id', (f) => f.meetings.push(clone(f.meetings[0]!))],
      [
        'duplicate participant id',
        (f) => f.meetings[0]!.participants.push(clone(f.meetings[0]!.participants[0]!)),
      ],
      ['ended before it started', (f) => (f.meetings[0]!.endedAt = '2020-01-01T00:00:00.000Z')],
      ['details.endReason contradicts endReason', (f) => (f.meetings[1]!.endReason = 'left')],
      ['one good meeting and one bad', (f) => (f.meetings[1]!.durationMs = -5)],
    ];
    for (const asText of [true, false])
      for (const [what, mutate] of variants) {
        const f = clone(base);
        mutate(f);
        await expectRejected({ data: asText ? JSON.stringify(f) : f, what });
        // twice: a rejected file leaves nothing behind that changes how the next attempt goes
        await expectRejected({ data: asText ? JSON.stringify(f) : f, what: `${what} again` });
      }
  });

  it('counted at least 1,000 rejected files, each checked against the snapshot', () => {
    expect(rejected).toBeGreaterThanOrEqual(1000);
  });

  describe('harmless variations are accepted (the fuzz is not "everything fails")', () => {
    async function acceptsIntoCopy(data: unknown) {
      const s = await openStore({ name: freshName() });
      try {
        const service = makeService(s, new ManualClock(T0 + 10 * DAY));
        const r = await service.handle({ type: 'ui:import', data }, PAGE_SENDER);
        expect(r).toEqual({ ok: true, data: { ok: true, added: 2, skipped: 0 } });
        return s;
      } finally {
        s.close();
      }
    }
    const withKeysReversed = (v: Json): Json =>
      v === null || typeof v !== 'object'
        ? v
        : Array.isArray(v)
          ? v.map(withKeysReversed)
          : Object.fromEntries(
              Object.entries(v)
                .reverse()
                .map(([k, x]) => [k, withKeysReversed(x)]),
            );

    it.each<[string, () => unknown]>([
      ['the unmutated file as text', () => baseText],
      ['the unmutated file as a value', () => clone(base)],
      ['pretty-printed', () => JSON.stringify(base, null, 2)],
      [
        'every object’s keys in reverse order',
        () => JSON.stringify(withKeysReversed(base as unknown as Json)),
      ],
      [
        'unknown extra fields at every level',
        () => {
          const f = clone(base) as unknown as Record<string, Json> & ExportFile;
          (f as Record<string, Json>).app = 'rapport 9.9';
          for (const m of f.meetings) {
            (m as unknown as Record<string, Json>).colour = 'blue';
            for (const p of m.participants) (p as unknown as Record<string, Json>).emoji = '🙂';
          }
          return JSON.stringify(f);
        },
      ],
      [
        'a plain v1 file: no details, unknown figures null',
        () => {
          const f = clone(base);
          for (const m of f.meetings) {
            delete m.details;
            m.balanceIndex = null;
            for (const p of m.participants) {
              delete p.details;
              p.speakingMs = null;
              p.cameraOnMs = null;
            }
          }
          return f;
        },
      ],
      [
        'names with markup and RTL text',
        () => baseText.replaceAll('Grace Hopper', '<img src=x onerror=alert(1)>\u202e'),
      ],
    ])('%s', async (_what, make) => {
      await acceptsIntoCopy(make());
    });

    it('the seeded database itself takes the unmutated file, so the snapshot would have seen a wrong accept', async () => {
      const r = await send(baseText);
      expect(r).toEqual({ ok: true, data: { ok: true, added: 2, skipped: 0 } });
      expect(await snapshot(store)).not.toBe(before);
    });
  });
});
