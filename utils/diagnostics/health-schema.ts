/**
 * zod schema of a HealthReport, for the background's message validation (kept apart from ./health.ts so
 * content scripts can build reports without pulling zod into their bundle).
 */
import { z } from 'zod';
import { HEALTH_STATES, PLATFORMS, SIGNALS } from '../meeting/constants';
import type { HealthReport } from './health';

const t = z.number().finite().nonnegative();
const layer = z.string().max(200).nullable();

export const signalHealthSchema = z.object({
  state: z.enum(HEALTH_STATES),
  layer,
  lastOkAt: t.nullable(),
  lastOkLayer: layer,
  since: t,
});

export const healthReportSchema = z.object({
  platform: z.enum(PLATFORMS),
  at: t,
  signals: z.object(
    Object.fromEntries(SIGNALS.map((s) => [s, signalHealthSchema])) as Record<
      (typeof SIGNALS)[number],
      typeof signalHealthSchema
    >,
  ),
}) satisfies z.ZodType<HealthReport>;
