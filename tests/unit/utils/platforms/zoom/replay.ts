/** The Zoom readers' replay figures (see tests/unit/utils/diagnostics/replay-helpers.ts). */
import { join } from 'node:path';
import { zoomAdapter } from '@/utils/platforms/zoom';
import * as zoom from '@/utils/platforms/zoom/readers';
import type { ReplayPlatform, Summary } from '../../diagnostics/replay-helpers';

const DIR = join(process.cwd(), 'tests/fixtures/zoom');

const NOTHING: Summary = {
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

export default {
  id: 'zoom',
  fixtureDirs: [DIR, join(DIR, 'variants')],
  capturesDir: join(DIR, 'captures'),
  meetingFrames: zoomAdapter.meetingFrames,
  summarise(doc) {
    const d = zoom.findMeetingDocument(doc);
    if (!d) return NOTHING;
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
  },
  personalStrings(doc) {
    const out: string[] = [];
    const d = zoom.findMeetingDocument(doc);
    if (d) {
      for (const p of zoom.readParticipants(d).list) out.push(p.name, p.avatarSrc ?? '');
      out.push(zoom.readCaption(d).text);
      for (const m of zoom.readChat(d).items) out.push(m.senderName, m.text);
      const info = zoom.readMeetingInfo(d);
      out.push(info.title ?? '', info.meetingId ?? '', zoom.readLobbyName(d));
    }
    return out;
  },
} satisfies ReplayPlatform;
