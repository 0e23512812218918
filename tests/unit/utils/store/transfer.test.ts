import { beforeEach, describe, expect, it } from 'vitest';
import type { ExportFile, Store } from '@/utils/store';
import { fromPublicEndReason, toPublicEndReason } from '@/utils/store/export-format';
import { addMeeting, DAY, freshStore, T0 } from './helpers';

const NOW = Date.UTC(2026, 1, 1, 12, 0, 0);

async function snapshotDb(store: Store) {
  const db = store.db;
  return {
    meetings: await db.getAll('meetings'),
    acks: await db.getAll('acknowledgements'),
    reflections: await db.getAll('reflections'),
  };
}

describe('export / import', () => {
  let store: Store;
  let file: ExportFile;
  beforeEach(async () => {
    store = await freshStore();
    await addMeeting(store, 'm1', {
      startedAt: T0,
      code: 'abc-defg-hij',
      title: 'Weekly',
      others: ['Ada', 'Grace'],
    });
    await addMeeting(store, 'm2', {
      startedAt: T0 + DAY,
      platform: 'zoom',
      reason: 'ended_by_host',
      others: ['Bob'],
    });
    await addMeeting(store, 'm3', { startedAt: T0 + 2 * DAY, reason: 'tab_closed', others: [] });
    await store.reflections.put('m1', { answers: ['a', 'b'], score: 4 });
    file = await store.exportAll(NOW);
  });

  it('writes the public v1 shape', () => {
    expect(file.format).toBe('rapport-export');
    expect(file.version).toBe(1);
    expect(file.exportedAt).toBe('2026-02-01T12:00:00.000Z');
    expect(file.meetings.map((m) => m.id)).toEqual(['m1', 'm2', 'm3']);
    const m1 = file.meetings[0]!;
    expect(m1).toMatchObject({
      platform: 'meet',
      meetingCode: 'abc-defg-hij',
      title: 'Weekly',
      startedAt: new Date(T0).toISOString(),
      endedAt: new Date(T0 + 600_000).toISOString(),
      endReason: 'left',
      durationMs: 600_000,
      reflection: { answers: ['a', 'b'], score: 4 },
    });
    expect(m1.balanceIndex).toBeGreaterThanOrEqual(0);
    expect(m1.balanceIndex).toBeLessThanOrEqual(1);
    const self = m1.participants.find((p) => p.isSelf)!;
    expect(self).toMatchObject({
      id: 'me',
      displayName: 'Sam Self',
      speakingMs: 30_000,
      turns: 1,
      acknowledgementsGiven: 1,
      acknowledgementsReceived: 1,
    });
    for (const key of [
      'id',
      'displayName',
      'isSelf',
      'presentMs',
      'speakingMs',
      'turns',
      'longestTurnMs',
      'interruptionsMade',
      'cameraOnMs',
      'acknowledgementsGiven',
      'acknowledgementsReceived',
    ])
      expect(self).toHaveProperty(key);
    expect(m1.acknowledgements[0]).toEqual({
      at: new Date(T0 + 200_000).toISOString(),
      fromId: 'me',
      toId: 'dev-0',
      kind: 'thanks',
      source: 'caption',
    });
    expect(file.meetings[1]!.endReason).toBe('ended');
    expect(file.meetings[2]!.endReason).toBe('tab-closed');
    expect(file.meetings[2]!.reflection).toBeNull();
    expect(JSON.stringify(file)).not.toMatch(/"text"/);
  });

  it('maps end reasons both ways; details keep "removed" exact', () => {
    expect(toPublicEndReason('removed')).toBe('ended');
    expect(toPublicEndReason('unknown')).toBe('unknown');
    expect(fromPublicEndReason('ended')).toBe('ended_by_host');
    expect(fromPublicEndReason('ended', 'removed')).toBe('removed');
    expect(fromPublicEndReason('tab-closed')).toBe('tab_closed');
    expect(fromPublicEndReason('left', 'removed')).toBe('left');
  });

  it('export → wipe → import → export is identical, and the database is restored exactly', async () => {
    const before = await snapshotDb(store);
    await store.meetings.deleteAll();
    expect(await store.meetings.count()).toBe(0);
    const r = await store.importData(JSON.stringify(file));
    expect(r).toEqual({ ok: true, added: 3, skipped: 0 });
    expect(await store.exportAll(NOW)).toEqual(file);
    expect(await snapshotDb(store)).toEqual(before);
  });

  it('importing the same file twice adds nothing', async () => {
    const before = await snapshotDb(store);
    expect(await store.importData(file)).toEqual({ ok: true, added: 0, skipped: 3 });
    expect(await store.importData(file)).toEqual({ ok: true, added: 0, skipped: 3 });
    expect(await snapshotDb(store)).toEqual(before);
  });

  it('imports a plain v1 file without details and fills the rest sensibly', async () => {
    const plain = structuredClone(file);
    for (const m of plain.meetings) {
      delete m.details;
      for (const p of m.participants) delete p.details;
    }
    const other = await freshStore();
    expect(await other.importData(plain)).toEqual({ ok: true, added: 3, skipped: 0 });
    const again = await other.exportAll(NOW);
    const strip = (f: ExportFile) =>
      f.meetings.map(({ details: _d, participants, ...m }) => ({
        ...m,
        participants: participants.map(({ details: _p, ...p }) => p),
      }));
    expect(strip(again)).toEqual(strip(plain));
    expect((await other.meetings.get('m1'))?.selfId).toBe('me');
    expect((await other.meetings.withPerson('ada')).map((m) => m.id)).toEqual(['m1']);
  });

  it('a file that fails in the write transaction changes nothing', async () => {
    const other = await freshStore();
    await addMeeting(other, 'm2', { startedAt: T0 + DAY, others: ['Bob'] });
    const before = await snapshotDb(other);
    const bad = structuredClone(file);
    // Passes the schema but cannot be stored: a reflection value IndexedDB cannot clone.
    (bad.meetings[2]!.reflection as Record<string, unknown>) = { f: () => 1 } as never;
    const r = await other.importData(bad);
    expect(r.ok).toBe(false);
    expect(await snapshotDb(other)).toEqual(before);
  });
});

describe('import rejections name the first problem and change nothing', () => {
  let store: Store;
  let good: ExportFile;
  beforeEach(async () => {
    store = await freshStore();
    await addMeeting(store, 'm1', { startedAt: T0, others: ['Ada'] });
    good = await store.exportAll(NOW);
    await store.meetings.deleteAll();
    await addMeeting(store, 'keep', { startedAt: T0 - DAY, others: ['Zed'] });
  });

  // biome-ignore lint/suspicious/noExplicitAny: the cases mutate arbitrary JSON
  type Json = any;
  type Mutate = (f: Json) => unknown;
  const cases: [string, Mutate | string, RegExp][] = [
    ['not JSON', 'this is { not json', /^Not a JSON file/],
    ['not an object', () => 42, /expected object/],
    ['wrong format tag', (f) => ({ ...f, format: 'other' }), /^format: /],
    ['wrong version', (f) => ({ ...f, version: 2 }), /^version: /],
    ['bad exportedAt', (f) => ({ ...f, exportedAt: 'yesterday' }), /^exportedAt: /],
    ['missing meetings', ({ meetings: _m, ...f }) => f, /^meetings: /],
    [
      'missing meeting id',
      (f) => {
        delete f.meetings[0].id;
      },
      /^meetings\[0\]\.id: /,
    ],
    [
      'empty meeting id',
      (f) => {
        f.meetings[0].id = '';
      },
      /^meetings\[0\]\.id: /,
    ],
    [
      'bad platform',
      (f) => {
        f.meetings[0].platform = 'teams';
      },
      /^meetings\[0\]\.platform: /,
    ],
    [
      'meetingCode not string',
      (f) => {
        f.meetings[0].meetingCode = 5;
      },
      /^meetings\[0\]\.meetingCode: /,
    ],
    [
      'title too long',
      (f) => {
        f.meetings[0].title = 'x'.repeat(201);
      },
      /^meetings\[0\]\.title: /,
    ],
    [
      'bad startedAt',
      (f) => {
        f.meetings[0].startedAt = '2026-13-45';
      },
      /^meetings\[0\]\.startedAt: /,
    ],
    [
      'bad endedAt',
      (f) => {
        f.meetings[0].endedAt = 12;
      },
      /^meetings\[0\]\.endedAt: /,
    ],
    [
      'endedAt before startedAt',
      (f) => {
        f.meetings[0].endedAt = '2000-01-01T00:00:00.000Z';
      },
      /^meetings\[0\]\.endedAt: endedAt is before/,
    ],
    [
      'bad endReason',
      (f) => {
        f.meetings[0].endReason = 'tab_closed';
      },
      /^meetings\[0\]\.endReason: /,
    ],
    [
      'negative duration',
      (f) => {
        f.meetings[0].durationMs = -1;
      },
      /^meetings\[0\]\.durationMs: /,
    ],
    [
      'balance above 1',
      (f) => {
        f.meetings[0].balanceIndex = 1.5;
      },
      /^meetings\[0\]\.balanceIndex: /,
    ],
    [
      'participants not array',
      (f) => {
        f.meetings[0].participants = {};
      },
      /^meetings\[0\]\.participants: /,
    ],
    [
      'participant turns as string',
      (f) => {
        f.meetings[0].participants[1].turns = '3';
      },
      /^meetings\[0\]\.participants\[1\]\.turns: /,
    ],
    [
      'participant fractional turns',
      (f) => {
        f.meetings[0].participants[0].turns = 1.5;
      },
      /^meetings\[0\]\.participants\[0\]\.turns: /,
    ],
    [
      'participant missing isSelf',
      (f) => void delete f.meetings[0].participants[0].isSelf,
      /^meetings\[0\]\.participants\[0\]\.isSelf: /,
    ],
    [
      'participant bad speakingMs',
      (f) => {
        f.meetings[0].participants[0].speakingMs = 'a lot';
      },
      /speakingMs: /,
    ],
    [
      'participant name too long',
      (f) => {
        f.meetings[0].participants[0].displayName = 'n'.repeat(201);
      },
      /displayName: /,
    ],
    [
      'duplicate participant',
      (f) => void f.meetings[0].participants.push(f.meetings[0].participants[0]),
      /participants\[2\]\.id: duplicate participant id/,
    ],
    [
      'ack bad kind',
      (f) => {
        f.meetings[0].acknowledgements[0].kind = 'praise';
      },
      /^meetings\[0\]\.acknowledgements\[0\]\.kind: /,
    ],
    [
      'ack bad source',
      (f) => {
        f.meetings[0].acknowledgements[0].source = 'email';
      },
      /acknowledgements\[0\]\.source: /,
    ],
    [
      'ack bad at',
      (f) => {
        f.meetings[0].acknowledgements[0].at = 'noon';
      },
      /acknowledgements\[0\]\.at: /,
    ],
    [
      'ack missing toId',
      (f) => void delete f.meetings[0].acknowledgements[1].toId,
      /acknowledgements\[1\]\.toId: /,
    ],
    [
      'reflection not object',
      (f) => {
        f.meetings[0].reflection = 'great';
      },
      /^meetings\[0\]\.reflection: /,
    ],
    [
      'details reason disagrees',
      (f) => {
        f.meetings[0].details.endReason = 'tab_closed';
      },
      /details\.endReason: does not match/,
    ],
    [
      'details bad coverage',
      (f) => {
        f.meetings[0].details.coverage.speaking = 2;
      },
      /details\.coverage\.speaking: /,
    ],
    [
      'duplicate meeting id',
      (f) => void f.meetings.push(structuredClone(f.meetings[0])),
      /^meetings\[1\]\.id: duplicate meeting id/,
    ],
  ];

  it.each(cases)('%s', async (_name, mutate, pattern) => {
    const before = await store.db.getAll('meetings');
    let input: unknown;
    if (typeof mutate === 'string') input = mutate;
    else {
      const copy = structuredClone(good) as Json;
      const out = mutate(copy);
      input = out === undefined ? copy : out;
    }
    const r = await store.importData(input);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(pattern);
    expect(await store.db.getAll('meetings')).toEqual(before);
    expect((await store.db.getAll('acknowledgements')).length).toBe(2);
  });
});
