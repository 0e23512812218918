/** The test-only platform's replay figures, found by tests/unit/utils/diagnostics/replay-helpers.ts. */
import { join } from 'node:path';
import type { ReplayPlatform } from '../../unit/utils/diagnostics/replay-helpers';
import { readPeople, readPhase } from './readers';

const HERE = join(process.cwd(), 'tests/platforms/fakeconf');

export default {
  id: 'fakeconf',
  fixtureDirs: [join(HERE, 'fixtures')],
  capturesDir: join(HERE, 'captures'),
  summarise(doc) {
    const people = readPeople(doc);
    return {
      phase: readPhase(doc),
      participants: people.length,
      // The page has no tiles, speaking indicator, captions or chat.
      tiles: 0,
      self: people.some((p) => p.self),
      speaking: 0,
      camera: people.filter((p) => p.camera).length,
      muted: people.filter((p) => p.muted).length,
      captions: false,
      captionEntries: 0,
      chat: false,
      chatMessages: 0,
    };
  },
  personalStrings: (doc) => readPeople(doc).flatMap((p) => [p.name, p.id]),
} satisfies ReplayPlatform;
