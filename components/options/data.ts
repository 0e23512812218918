/**
 * What Trends and People read: every meeting with its acknowledgements (who → whom) and reflection ratings.
 * One `exportData()` round trip carries all three (the list message has no acknowledgement pairs or
 * reflections); each meeting is converted with the store's own `fromExportMeeting`, the inverse of export.
 */
import { reflectionSchema } from '@/utils/prompts/reflection';
import { evaluateTargets, targetsMetFraction } from '@/utils/prompts/targets';
import type { ExportFile } from '@/utils/store/export-format';
import { fromStoredMeeting, type StoredAck, type StoredMeeting } from '@/utils/store/records';
import { hasTargets, seriesFor } from '@/utils/store/series';
import type { Settings } from '@/utils/store/settings-defaults';
import { fromExportMeeting } from '@/utils/store/transfer';
import type { RapportClient } from './client';
import type { PeopleMeeting } from './people';
import { type MeetingPoint, type Ratings, toPoint } from './trends';

export interface Insights {
  /** Oldest first. */
  points: MeetingPoint[];
  people: PeopleMeeting[];
}

const ratingsSchema = reflectionSchema.shape.ratings;

export function ratingsOf(reflection: unknown): Ratings | null {
  const r = ratingsSchema.safeParse((reflection as { ratings?: unknown } | null)?.ratings);
  return r.success ? r.data : null;
}

/** The fraction of its series' personal targets a meeting met (null: none set, or none judged). */
export function targetsOf(
  meeting: StoredMeeting,
  acks: readonly StoredAck[],
  series: Settings['series'] | undefined,
): number | null {
  const targets = seriesFor(series, meeting.meetingCode, meeting.title)?.settings.targets;
  if (!hasTargets(targets)) return null;
  return targetsMetFraction(evaluateTargets(fromStoredMeeting(meeting, acks), targets));
}

export function insightsFromExport(file: ExportFile, series?: Settings['series']): Insights {
  const rows: Array<{ meeting: StoredMeeting; point: MeetingPoint; people: PeopleMeeting }> = [];
  for (const m of file.meetings) {
    const { meeting, acks } = fromExportMeeting(m);
    rows.push({
      meeting,
      point: toPoint(meeting, ratingsOf(m.reflection), targetsOf(meeting, acks, series)),
      people: { meeting, acks },
    });
  }
  rows.sort((a, b) => a.meeting.startedAt - b.meeting.startedAt);
  return { points: rows.map((r) => r.point), people: rows.map((r) => r.people) };
}

export async function loadInsights(client: RapportClient): Promise<Insights> {
  const [file, settings] = await Promise.all([client.exportData(), client.getSettings().catch(() => null)]);
  return insightsFromExport(file, settings?.series);
}
