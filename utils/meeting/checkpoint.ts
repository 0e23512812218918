/**
 * Checkpoints of the meeting model: `serializeState` turns a `MeetingState` into JSON-able data for the
 * store, `restoreState` validates such data and rebuilds the state (the background after a worker restart).
 * Kept apart from the reducer, which folds events and never needs zod.
 */
import { z } from 'zod';
import { meetingConfigSchema } from './config';
import {
  ACK_KINDS,
  ACK_SOURCES,
  type AckKind,
  type AckSource,
  END_REASONS,
  HEALTH_STATES,
  PLATFORMS,
  SIGNALS,
  type Signal,
} from './constants';
import { type DomState, type MeetingState, newDom, newPerson, newSignals, STATE_VERSION } from './reducer';

/**
 * Checkpoint schemas are built on first use: content scripts run the reducer but never restore
 * checkpoints, and schemas built at module load would pull zod into their bundle.
 */
function buildSerializedSchema() {
  const platformSchema = z.enum(PLATFORMS);
  const endReasonSchema = z.enum(END_REASONS);
  const healthStateSchema = z.enum(HEALTH_STATES);
  const ackKindSchema = z.enum(ACK_KINDS);
  const ackSourceSchema = z.enum(ACK_SOURCES);
  const num = z.number().finite();
  const idx = z.number().int().nonnegative();

  const personSchema = z.object({
    key: z.string(),
    name: z.string(),
    isSelf: z.boolean(),
    firstJoinedAt: num,
    leftAt: num.nullable(),
    present: z.boolean(),
    presentSince: num,
    presentMs: num,
    /** Absent from checkpoints written before late leaves: filled in with the state's `lastT`. */
    lastAt: num.optional(),
    covSpeakMs: num,
    covSpeakAt: num,
    covCamMs: num,
    covCamAt: num,
    /** Absent from checkpoints written before per-person visibility: everyone was visible then. */
    speakVisible: z.boolean().default(true),
    camVisible: z.boolean().default(true),
    muted: z.boolean(),
    speaking: z.boolean(),
    turnStart: num,
    pendingStop: num.nullable(),
    turnOverlapMs: num,
    overlapSince: num.nullable(),
    /** Absent from checkpoints written before dominance windows: the turn's start. */
    domAt: num.optional(),
    cands: z.array(z.object({ of: idx, since: num })),
    /** Absent from checkpoints written before pick-ups: no turn picks up anyone until the next one. */
    turnSerial: idx.optional(),
    pick: z.number().int().min(-1).optional(),
    pickSerial: idx.optional(),
    pickedUp: idx.optional(),
    pickedSerial: z.number().int().min(-1).optional(),
    pickups: idx.optional(),
    turns: idx,
    speakingMs: num,
    longestTurnMs: num,
    monologues: idx,
    overlapMs: num,
    lastSpokeAt: num.nullable(),
    intMade: idx,
    intReceived: idx,
    cameraOn: z.boolean(),
    camAt: num,
    cameraMs: num,
    handRaised: z.boolean(),
    handRaises: idx,
    reactions: idx,
    acksGiven: idx,
    acksReceived: idx,
  });

  const signalTrackSchema = z.object({
    ok: z.boolean(),
    okMs: num,
    okSince: num,
    state: healthStateSchema.nullable(),
  });

  const ackRecordSchema = z.object({
    t: num,
    fromId: z.string(),
    toId: z.string(),
    kind: ackKindSchema,
    source: ackSourceSchema,
  });

  const serializedSchema = z.object({
    v: z.literal(STATE_VERSION),
    config: meetingConfigSchema(),
    platform: platformSchema,
    meetingCode: z.string().nullable(),
    title: z.string().nullable(),
    callStartedSeen: z.boolean(),
    begun: z.boolean(),
    startedAt: num,
    lastT: num,
    endedAt: num.nullable(),
    endReason: endReasonSchema.nullable(),
    selfIdx: z.number().int().min(-1),
    people: z.array(personSchema),
    /** [device id, person index] pairs: an object would let an id like "__proto__" misbehave. */
    devices: z.array(z.tuple([z.string(), idx])),
    speakers: z.array(idx),
    signals: z.object(
      Object.fromEntries(SIGNALS.map((s) => [s, signalTrackSchema])) as Record<
        Signal,
        typeof signalTrackSchema
      >,
    ),
    /** Absent from checkpoints written before late leaves: filled in with `lastT`. */
    coverageChangedAt: num.optional(),
    acks: z.array(ackRecordSchema),
    ackHead: idx,
    rejectedEvents: idx,
    clampedEvents: idx,
    ignoredWhileMuted: idx,
    captions: idx,
    chatMessages: idx,
    /** Absent from checkpoints written before dominance windows: measured from the checkpoint on. */
    dom: z
      .object({
        next: idx,
        due: num,
        ring: z.array(z.object({ k: z.number().int().min(-1), who: z.array(idx), ms: z.array(num) })),
        stretches: z.array(
          z.object({ from: num, to: num, who: idx, peak: z.number().min(0).max(1), windows: idx }),
        ),
        dropped: idx,
        lastCredit: z.number().int().min(-1),
      })
      .optional(),
    /** Absent from checkpoints written before pair figures: counted from the checkpoint on. */
    intPairs: z.array(z.tuple([idx, idx, idx])).optional(),
    /** Absent from checkpoints written before pick-ups: counted from the next turn on. */
    pickups: z
      .object({
        turnSeq: idx,
        floorWho: z.number().int().min(-1),
        floorEnd: num,
        floorSerial: idx,
        pairs: z.array(z.tuple([idx, idx, idx])),
      })
      .optional(),
    /** Absent from checkpoints written before gaps (reducer.ts "Gaps"): none seen until then. */
    gaps: idx.optional(),
    gapMs: z.number().finite().nonnegative().optional(),
  });
  return serializedSchema;
}
let serializedSchemaCache: ReturnType<typeof buildSerializedSchema> | null = null;

type Serialized = z.infer<ReturnType<typeof buildSerializedSchema>>;

/** A JSON-able deep copy of the state (later events do not alter it). */
export function serializeState(state: MeetingState): unknown {
  const { devices, deviceCount: _deviceCount, ...rest } = state;
  const { intPairs, pickPairs, turnSeq, floorWho, floorEnd, floorSerial, ...plain } = rest;
  const triples = (pairs: Record<string, number>) =>
    Object.keys(pairs).map((k) => {
      const [a, b] = k.split('>').map(Number) as [number, number];
      return [a, b, pairs[k]!] as [number, number, number];
    });
  const out = {
    ...plain,
    devices: Object.keys(devices).map((k) => [k, devices[k]!] as [string, number]),
    intPairs: triples(intPairs),
    pickups: { turnSeq, floorWho, floorEnd, floorSerial, pairs: triples(pickPairs) },
  };
  return JSON.parse(JSON.stringify(out));
}

/** Validates a checkpoint and rebuilds the state; throws on anything malformed or inconsistent. */
export function restoreState(data: unknown): MeetingState {
  serializedSchemaCache ??= buildSerializedSchema();
  const d: Serialized = serializedSchemaCache.parse(data);
  const n = d.people.length;
  const bad = (why: string): never => {
    throw new Error(`restoreState: inconsistent checkpoint (${why})`);
  };
  if (d.selfIdx >= n) bad('selfIdx');
  if (n > d.config.maxParticipants) bad('too many participants');
  if (d.acks.length > d.config.maxAcks) bad('acks');
  if (d.ackHead > 0 && (d.ackHead >= d.acks.length || d.acks.length < d.config.maxAcks)) bad('ackHead');
  const devices = Object.create(null) as Record<string, number>;
  for (const [k, i] of d.devices) {
    if (i >= n || k in devices) bad('devices');
    devices[k] = i;
  }
  if (d.devices.length > d.config.maxDeviceIds) bad('too many devices');
  const seen = new Set<number>();
  for (const i of d.speakers) {
    if (i >= n || seen.has(i) || !d.people[i]!.speaking) bad('speakers');
    seen.add(i);
  }
  const people = d.people.map((q, i) => {
    if (q.speaking !== seen.has(i) || (!q.present && (q.speaking || q.pendingStop !== null || q.cameraOn))) {
      bad('speaking flags');
    }
    if ((q.speaking && !q.speakVisible) || (q.cameraOn && !q.camVisible)) bad('visibility flags');
    for (const c of q.cands) if (c.of >= n) bad('candidates');
    // Rebuild through the factory so every person has the same shape (keeps the hot path monomorphic).
    const p = newPerson(q.key, q.name, q.isSelf, q.firstJoinedAt);
    // Before late leaves existed nothing was recorded: a late leave may then take back nothing before
    // the checkpoint's last event.
    Object.assign(p, q, {
      lastAt: q.lastAt ?? d.lastT,
      domAt: q.domAt ?? q.turnStart,
      cands: q.cands.map((c) => ({ of: c.of, since: c.since })),
      turnSerial: q.turnSerial ?? 0,
      pick: q.pick ?? -1,
      pickSerial: q.pickSerial ?? 0,
      pickedUp: q.pickedUp ?? 0,
      pickedSerial: q.pickedSerial ?? -1,
      pickups: q.pickups ?? 0,
    });
    if (p.pick >= n || p.pick === i) bad('pick-ups');
    return p;
  });
  const signals = newSignals();
  for (const s of SIGNALS) Object.assign(signals[s], d.signals[s]);
  const config = { ...d.config };
  let dom: DomState;
  if (d.dom) {
    dom = newDom(config, d.startedAt, d.dom.next);
    if (d.dom.ring.length !== dom.ring.length) bad('dominance ring');
    if (d.dom.stretches.length > config.maxDominanceStretches) bad('dominance stretches');
    dom.ring = d.dom.ring.map((b) => {
      if (b.who.length !== b.ms.length || b.who.some((w) => w >= n)) bad('dominance bucket');
      return { k: b.k, who: b.who.slice(), ms: b.ms.slice() };
    });
    dom.stretches = d.dom.stretches.map((x) => {
      if (x.who >= n) bad('dominance stretch');
      return { ...x };
    });
    dom.due = d.dom.due;
    dom.dropped = d.dom.dropped;
    dom.lastCredit = d.dom.lastCredit;
  } else {
    // Before dominance windows nothing was bucketed: windows are judged from the checkpoint's bucket on.
    const next = d.begun ? Math.max(0, Math.floor((d.lastT - d.startedAt) / config.dominanceBucketMs)) : 0;
    dom = newDom(config, d.startedAt, next);
  }
  const intPairs = Object.create(null) as Record<string, number>;
  for (const [by, of, count] of d.intPairs ?? []) {
    const key = `${by}>${of}`;
    if (
      by >= n ||
      of >= n ||
      by === of ||
      by >= config.pairMaxPeople ||
      of >= config.pairMaxPeople ||
      key in intPairs
    )
      bad('interruption pairs');
    intPairs[key] = count;
  }
  const pickPairs = Object.create(null) as Record<string, number>;
  const pk = d.pickups;
  if (pk && pk.floorWho >= n) bad('pick-ups');
  for (const [from, to, count] of pk?.pairs ?? []) {
    const key = `${from}>${to}`;
    if (from >= n || to >= n || from === to || Math.max(from, to) >= config.pairMaxPeople || key in pickPairs)
      bad('pick-up pairs');
    pickPairs[key] = count;
  }
  return {
    v: STATE_VERSION,
    config,
    platform: d.platform,
    meetingCode: d.meetingCode,
    title: d.title,
    callStartedSeen: d.callStartedSeen,
    begun: d.begun,
    startedAt: d.startedAt,
    lastT: d.lastT,
    endedAt: d.endedAt,
    endReason: d.endReason,
    selfIdx: d.selfIdx,
    people,
    devices,
    deviceCount: d.devices.length,
    speakers: d.speakers.slice(),
    signals,
    coverageChangedAt: d.coverageChangedAt ?? d.lastT,
    acks: d.acks.map((a) => ({
      t: a.t,
      fromId: a.fromId,
      toId: a.toId,
      kind: a.kind as AckKind,
      source: a.source as AckSource,
    })),
    ackHead: d.ackHead,
    rejectedEvents: d.rejectedEvents,
    clampedEvents: d.clampedEvents,
    ignoredWhileMuted: d.ignoredWhileMuted,
    captions: d.captions,
    chatMessages: d.chatMessages,
    dom,
    intPairs,
    turnSeq: pk?.turnSeq ?? people.reduce((m, q) => Math.max(m, q.turnSerial), 0),
    floorWho: pk?.floorWho ?? -1,
    floorEnd: pk?.floorEnd ?? 0,
    floorSerial: pk?.floorSerial ?? 0,
    pickPairs,
    gaps: d.gaps ?? 0,
    gapMs: d.gapMs ?? 0,
  };
}
