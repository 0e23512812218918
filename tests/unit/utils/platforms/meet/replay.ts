/** The Meet readers' replay figures (see tests/unit/utils/diagnostics/replay-helpers.ts). */
import { join } from 'node:path';
import * as meet from '@/utils/platforms/meet/readers';
import type { ReplayPlatform } from '../../diagnostics/replay-helpers';

const DIR = join(process.cwd(), 'tests/fixtures/meet');

export default {
  id: 'meet',
  fixtureDirs: [DIR, join(DIR, 'variants')],
  capturesDir: join(DIR, 'captures'),
  summarise(doc) {
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
  },
  personalStrings(doc) {
    const out: string[] = [];
    const parts = meet.readParticipants(doc);
    for (const p of parts.byId.values()) out.push(p.name, p.id);
    for (const e of meet.readCaptions(doc).entries) out.push(e.speaker, e.text);
    for (const m of meet.readChat(doc).messages) out.push(m.senderName, m.text, m.id ?? '');
    const info = meet.readMeetingInfo(doc);
    out.push(info.code ?? '', info.title ?? '', meet.readLobbyName(doc).name ?? '');
    // "You" is Meet's own caption label for the local user, not a name.
    return out.filter((s) => s.trim() !== 'You');
  },
} satisfies ReplayPlatform;
