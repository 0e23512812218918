/**
 * What the replay tests compare between a page and its anonymised capture: the reader results that do not
 * depend on what anything is called (phase, counts, presence), per platform.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { READY_STATE_ATTR } from '@/utils/diagnostics/capture';
import * as meet from '@/utils/platforms/meet/readers';
import * as zoom from '@/utils/platforms/zoom/readers';

export const FIXTURES = join(process.cwd(), 'tests/fixtures');

export interface FixtureFile {
  platform: 'meet' | 'zoom';
  dir: string;
  file: string;
}

/** Every fixture page of both platforms (top level and variants; not the captures themselves). */
export function allFixtures(): FixtureFile[] {
  const out: FixtureFile[] = [];
  for (const platform of ['meet', 'zoom'] as const) {
    for (const sub of ['', 'variants']) {
      const dir = join(FIXTURES, platform, sub);
      for (const file of readdirSync(dir).sort())
        if (file.endsWith('.html')) out.push({ platform, dir, file });
    }
  }
  return out;
}

export function setReadyState(v: Element, n: number): void {
  Object.defineProperty(v, 'readyState', { configurable: true, get: () => n });
}

/** Parse HTML the way the fixture loaders do: static HTML cannot set `video.readyState`, attributes do. */
export function parseHtml(html: string): Document {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  for (const v of doc.querySelectorAll('video')) {
    const a = v.getAttribute(READY_STATE_ATTR) ?? v.getAttribute('data-test-ready-state');
    if (a !== null) setReadyState(v, Number(a));
  }
  return doc;
}

export function readFixture(f: FixtureFile): string {
  return readFileSync(join(f.dir, f.file), 'utf8');
}

export interface Summary {
  phase: string;
  participants: number;
  tiles: number;
  self: boolean;
  speaking: number;
  camera: number;
  muted: number;
  captions: boolean;
  captionEntries: number;
  chat: boolean;
  chatMessages: number;
}

export function summarise(platform: 'meet' | 'zoom', doc: Document): Summary {
  if (platform === 'meet') {
    const parts = meet.readParticipants(doc);
    const sp = meet.readSpeaking(doc, parts);
    const cam = meet.readCamera(parts);
    const mute = meet.readMute(doc, parts, sp);
    const cap = meet.readCaptions(doc);
    const chat = meet.readChat(doc);
    return {
      phase: meet.readPhase(doc).phase,
      participants: parts.byId.size,
      tiles: parts.tileCount,
      self: !!meet.readSelf(doc, parts).id,
      speaking: sp.speaking.size,
      camera: [...cam.on.values()].filter(Boolean).length,
      muted: [...mute.muted.values()].filter(Boolean).length,
      captions: !!cap.region,
      captionEntries: cap.entries.length,
      chat: !!chat.container,
      chatMessages: chat.messages.length,
    };
  }
  const d = zoom.findMeetingDocument(doc);
  if (!d)
    return {
      phase: 'unknown',
      participants: 0,
      tiles: 0,
      self: false,
      speaking: 0,
      camera: 0,
      muted: 0,
      captions: false,
      captionEntries: 0,
      chat: false,
      chatMessages: 0,
    };
  const parts = zoom.readParticipants(d);
  const cap = zoom.readCaption(d);
  const chat = zoom.readChat(d);
  return {
    phase: zoom.readPhase(d).phase,
    participants: parts.list.length,
    tiles: parts.frameCount,
    self: !!zoom.readSelf(parts).name,
    speaking: zoom.readActiveSpeakers(d).names.length,
    camera: parts.list.filter((p) => p.camera).length,
    muted: parts.list.filter((p) => p.muted).length,
    captions: !!cap.box,
    captionEntries: cap.text ? 1 : 0,
    chat: !!chat.list,
    chatMessages: chat.items.length,
  };
}

/** Names, caption and chat texts the readers see on a page: none of them may survive a capture. */
export function personalStrings(platform: 'meet' | 'zoom', doc: Document): string[] {
  const out: string[] = [];
  if (platform === 'meet') {
    const parts = meet.readParticipants(doc);
    for (const p of parts.byId.values()) out.push(p.name, p.id);
    for (const e of meet.readCaptions(doc).entries) out.push(e.speaker, e.text);
    for (const m of meet.readChat(doc).messages) out.push(m.senderName, m.text, m.id ?? '');
    const info = meet.readMeetingInfo(doc);
    out.push(info.code ?? '', info.title ?? '', meet.readLobbyName(doc).name ?? '');
  } else {
    const d = zoom.findMeetingDocument(doc);
    if (d) {
      for (const p of zoom.readParticipants(d).list) out.push(p.name, p.avatarSrc ?? '');
      out.push(zoom.readCaption(d).text);
      for (const m of zoom.readChat(d).items) out.push(m.senderName, m.text);
      const info = zoom.readMeetingInfo(d);
      out.push(info.title ?? '', info.meetingId ?? '', zoom.readLobbyName(d));
    }
  }
  // "You" is Meet's own caption label for the local user, not a name.
  return [...new Set(out.map((s) => s.trim()))].filter((s) => s.length >= 3 && s !== 'You');
}
