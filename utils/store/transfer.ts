/**
 * Export and import of the public v1 file (see export-format.ts). Import validates the whole file first,
 * then writes in one transaction: either every new meeting lands or none does. Meetings whose id already
 * exists are skipped, so importing the same file twice adds nothing.
 */
import { SIGNALS, type Signal } from '@/utils/meeting/events';
import type { ParticipantSummary } from '@/utils/meeting/types';
import type { RapportDB } from './db';
import {
  describeFirstIssue,
  EXPORT_FORMAT,
  EXPORT_VERSION,
  type ExportAck,
  type ExportFile,
  type ExportMeeting,
  type ExportParticipant,
  exportHeaderSchema,
  exportMeetingSchema,
  findHostileShape,
  fromPublicEndReason,
  toPublicEndReason,
} from './export-format';
import { meetingProblem, setAside } from './integrity';
import { ackKey, peopleKeys, type StoredAck, type StoredMeeting, titleKeyOf } from './records';

const isoOf = (ms: number) => new Date(ms).toISOString();
const msOf = (iso: string) => Date.parse(iso);

export async function exportAll(db: RapportDB, now: number = Date.now()): Promise<ExportFile> {
  const tx = db.transaction(['meetings', 'acknowledgements', 'reflections']);
  const [meetings, acks, reflections] = await Promise.all([
    tx.objectStore('meetings').getAll(),
    tx.objectStore('acknowledgements').getAll(),
    tx.objectStore('reflections').getAll(),
    tx.done,
  ]);
  const acksBy = new Map<string, StoredAck[]>();
  for (const a of acks.sort((x, y) => (x.key < y.key ? -1 : 1))) {
    const list = acksBy.get(a.meetingId) ?? [];
    list.push(a);
    acksBy.set(a.meetingId, list);
  }
  const reflBy = new Map(reflections.map((r) => [r.meetingId, r.data]));
  // A damaged meeting (integrity.ts) is set aside, not exported: the file must always import.
  const out: { m: StoredMeeting; e: ExportMeeting }[] = [];
  const damaged: { id: string; raw: unknown; reason: string }[] = [];
  for (const m of meetings as unknown[]) {
    const id = String((m as { id?: unknown } | null)?.id ?? '');
    let reason = meetingProblem(m);
    if (!reason) {
      const sm = m as StoredMeeting;
      const e = toExportMeeting(sm, acksBy.get(sm.id) ?? [], reflBy.get(sm.id) ?? null);
      const checked = exportMeetingSchema.safeParse(e);
      if (checked.success) out.push({ m: sm, e });
      else reason = describeFirstIssue(checked.error);
    }
    if (reason) damaged.push({ id, raw: m, reason });
  }
  for (const d of damaged) if (d.id) await setAside(db, 'meetings', d.id, d.raw, d.reason, now);
  out.sort((a, b) => a.m.startedAt - b.m.startedAt || (a.m.id < b.m.id ? -1 : 1));
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: isoOf(now),
    meetings: out.map((x) => x.e),
  };
}

function toExportMeeting(
  m: StoredMeeting,
  acks: StoredAck[],
  reflection: Record<string, unknown> | null,
): ExportMeeting {
  return {
    id: m.id,
    platform: m.platform,
    meetingCode: m.meetingCode,
    title: m.title,
    startedAt: isoOf(m.startedAt),
    endedAt: m.endedAt == null ? null : isoOf(m.endedAt),
    endReason: toPublicEndReason(m.endReason),
    durationMs: m.durationMs,
    balanceIndex: m.balanceIndex,
    participants: m.participants.map(toExportParticipant),
    acknowledgements: acks.map(
      (a): ExportAck => ({ at: isoOf(a.at), fromId: a.fromId, toId: a.toId, kind: a.kind, source: a.source }),
    ),
    reflection,
    details: {
      endReason: m.endReason,
      selfId: m.selfId,
      silentIds: m.silentIds,
      selfShare: m.selfShare,
      fairShare: m.fairShare,
      coverage: m.coverage,
      health: m.health,
      rejectedEvents: m.rejectedEvents,
      ...(m.clampedEvents === undefined ? {} : { clampedEvents: m.clampedEvents }),
      ...(m.gaps === undefined ? {} : { gaps: m.gaps }),
      ...(m.gapMs === undefined ? {} : { gapMs: m.gapMs }),
      namesForgottenAt: m.namesForgottenAt == null ? null : isoOf(m.namesForgottenAt),
      ...(m.dominance === undefined ? {} : { dominance: m.dominance.map((d) => ({ ...d })) }),
      ...(m.interruptionPairs === undefined
        ? {}
        : { interruptionPairs: m.interruptionPairs.map((x) => ({ ...x })) }),
      ...(m.pickupPairs === undefined ? {} : { pickupPairs: m.pickupPairs.map((x) => ({ ...x })) }),
    },
  };
}

function toExportParticipant(p: ParticipantSummary): ExportParticipant {
  return {
    id: p.id,
    displayName: p.name,
    isSelf: p.isSelf,
    presentMs: p.presentMs,
    speakingMs: p.speakingMs,
    turns: p.turns,
    longestTurnMs: p.longestTurnMs,
    interruptionsMade: p.interruptionsMade,
    cameraOnMs: p.cameraOnMs,
    acknowledgementsGiven: p.acksGiven,
    acknowledgementsReceived: p.acksReceived,
    details: {
      firstJoinedAt: p.firstJoinedAt,
      leftAt: p.leftAt,
      present: p.present,
      speakingShare: p.speakingShare,
      meanTurnMs: p.meanTurnMs,
      monologues: p.monologues,
      interruptionsReceived: p.interruptionsReceived,
      overlapMs: p.overlapMs,
      cameraShare: p.cameraShare,
      lastSpokeAt: p.lastSpokeAt,
      handRaises: p.handRaises,
      reactions: p.reactions,
      coverage: p.coverage,
      ...(p.turnsPickedUp === undefined ? {} : { turnsPickedUp: p.turnsPickedUp }),
      ...(p.pickups === undefined ? {} : { pickups: p.pickups }),
    },
  };
}

function fromExportParticipant(p: ExportParticipant, m: ExportMeeting): ParticipantSummary {
  const d = p.details;
  const startedAt = msOf(m.startedAt);
  const endedAt = m.endedAt == null ? null : msOf(m.endedAt);
  return {
    id: p.id,
    name: p.displayName,
    isSelf: p.isSelf,
    firstJoinedAt: d?.firstJoinedAt ?? startedAt,
    leftAt: d ? d.leftAt : endedAt,
    present: d?.present ?? false,
    presentMs: p.presentMs,
    speakingMs: p.speakingMs,
    speakingShare: d ? d.speakingShare : null,
    turns: p.turns,
    meanTurnMs: d ? d.meanTurnMs : p.speakingMs != null && p.turns > 0 ? p.speakingMs / p.turns : null,
    longestTurnMs: p.longestTurnMs,
    monologues: d?.monologues ?? 0,
    interruptionsMade: p.interruptionsMade,
    interruptionsReceived: d?.interruptionsReceived ?? 0,
    overlapMs: d?.overlapMs ?? 0,
    cameraOnMs: p.cameraOnMs,
    cameraShare: d
      ? d.cameraShare
      : p.cameraOnMs != null && p.presentMs > 0
        ? p.cameraOnMs / p.presentMs
        : null,
    lastSpokeAt: d ? d.lastSpokeAt : null,
    acksGiven: p.acknowledgementsGiven,
    acksReceived: p.acknowledgementsReceived,
    handRaises: d?.handRaises ?? 0,
    reactions: d?.reactions ?? 0,
    coverage: d?.coverage ?? { speaking: p.speakingMs == null ? 0 : 1, camera: p.cameraOnMs == null ? 0 : 1 },
    ...(d?.turnsPickedUp === undefined ? {} : { turnsPickedUp: d.turnsPickedUp }),
    ...(d?.pickups === undefined ? {} : { pickups: d.pickups }),
  };
}

export function fromExportMeeting(m: ExportMeeting): { meeting: StoredMeeting; acks: StoredAck[] } {
  const d = m.details;
  const participants = m.participants.map((p) => fromExportParticipant(p, m));
  const coverage = Object.fromEntries(SIGNALS.map((s) => [s, d?.coverage[s] ?? 0])) as Record<Signal, number>;
  const meeting: StoredMeeting = {
    id: m.id,
    platform: m.platform,
    meetingCode: m.meetingCode,
    title: m.title,
    titleKey: titleKeyOf(m.title),
    startedAt: msOf(m.startedAt),
    endedAt: m.endedAt == null ? null : msOf(m.endedAt),
    endReason: fromPublicEndReason(m.endReason, d?.endReason),
    durationMs: m.durationMs,
    selfId: d ? d.selfId : (participants.find((p) => p.isSelf)?.id ?? null),
    participants,
    balanceIndex: m.balanceIndex,
    silentIds: d?.silentIds ?? [],
    selfShare: d ? d.selfShare : null,
    fairShare: d ? d.fairShare : null,
    coverage,
    health: d?.health ?? {},
    rejectedEvents: d?.rejectedEvents ?? 0,
    ...(d?.clampedEvents === undefined ? {} : { clampedEvents: d.clampedEvents }),
    ...(d?.gaps === undefined ? {} : { gaps: d.gaps }),
    ...(d?.gapMs === undefined ? {} : { gapMs: d.gapMs }),
    ...(d?.dominance === undefined ? {} : { dominance: d.dominance.map((x) => ({ ...x })) }),
    ...(d?.interruptionPairs === undefined
      ? {}
      : { interruptionPairs: d.interruptionPairs.map((x) => ({ ...x })) }),
    ...(d?.pickupPairs === undefined ? {} : { pickupPairs: d.pickupPairs.map((x) => ({ ...x })) }),
    people: peopleKeys(participants),
    ackCount: m.acknowledgements.length,
    namesForgottenAt: d?.namesForgottenAt ? msOf(d.namesForgottenAt) : null,
  };
  const acks = m.acknowledgements.map(
    (a, i): StoredAck => ({
      key: ackKey(m.id, i),
      meetingId: m.id,
      at: msOf(a.at),
      fromId: a.fromId,
      toId: a.toId,
      kind: a.kind,
      source: a.source,
    }),
  );
  return { meeting, acks };
}

export type ImportResult = { ok: true; added: number; skipped: number } | { ok: false; error: string };

/** Parses text or an already-parsed value; never throws for bad input. */
export function parseExport(input: unknown): { ok: true; file: ExportFile } | { ok: false; error: string } {
  let data = input;
  if (typeof input === 'string') {
    try {
      data = JSON.parse(input);
    } catch (err) {
      return { ok: false, error: `Not a JSON file: ${(err as Error).message}` };
    }
  }
  // Cheapest first, and stop at the first problem (the only one reported): a wrong kind of file or a
  // hostile one is refused in milliseconds instead of after validating 100,000 elements.
  const header = exportHeaderSchema.safeParse(data);
  if (!header.success) return { ok: false, error: describeFirstIssue(header.error) };
  const hostile = findHostileShape(data);
  if (hostile) return { ok: false, error: hostile };
  const meetings: ExportMeeting[] = [];
  const seen = new Set<string>();
  for (const [i, raw] of header.data.meetings.entries()) {
    const m = exportMeetingSchema.safeParse(raw);
    if (!m.success) return { ok: false, error: describeFirstIssue(m.error, ['meetings', i]) };
    if (seen.has(m.data.id))
      return { ok: false, error: `meetings[${i}].id: duplicate meeting id "${m.data.id}"` };
    seen.add(m.data.id);
    meetings.push(m.data);
  }
  return { ok: true, file: { ...header.data, meetings } };
}

export async function importExport(db: RapportDB, input: unknown): Promise<ImportResult> {
  const parsed = parseExport(input);
  if (!parsed.ok) return parsed;
  const converted = parsed.file.meetings.map((m) => ({ ...fromExportMeeting(m), reflection: m.reflection }));
  const tx = db.transaction(['meetings', 'acknowledgements', 'reflections'], 'readwrite');
  const meetings = tx.objectStore('meetings');
  const ackStore = tx.objectStore('acknowledgements');
  const reflections = tx.objectStore('reflections');
  let added = 0;
  let skipped = 0;
  try {
    const existing = await Promise.all(converted.map((c) => meetings.getKey(c.meeting.id)));
    const writes: Promise<unknown>[] = [];
    // Every request is observed: when one fails the transaction aborts and the rest reject too.
    const track = (p: Promise<unknown>) => {
      p.catch(() => undefined);
      writes.push(p);
    };
    converted.forEach((c, i) => {
      if (existing[i] !== undefined) {
        skipped++;
        return;
      }
      added++;
      track(meetings.add(c.meeting));
      for (const a of c.acks) track(ackStore.put(a));
      if (c.reflection) track(reflections.put({ meetingId: c.meeting.id, data: c.reflection }));
    });
    await Promise.all([...writes, tx.done]);
  } catch (err) {
    try {
      tx.abort();
    } catch {
      // already finished (aborted by the failing request)
    }
    await tx.done.catch(() => undefined);
    return {
      ok: false,
      error: `Import failed, nothing was changed: ${(err as Error).message ?? String(err)}`,
    };
  }
  return { ok: true, added, skipped };
}
