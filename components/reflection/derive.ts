/**
 * The figures the summary view shows, derived from a MeetingSummary with the same thresholds the prompt
 * rules use (so the summary and the prompts never disagree). Pure; null stays null ("unknown").
 */
import type { MeetingSummary } from '@/utils/meeting/types';
import { buildContext, PERSON_MIN_COVERAGE, type RuleContext, speakingKnown } from '@/utils/prompts/context';
import { isContributor, QUIET_FAIR_FRACTION, stretchMinutes } from '@/utils/prompts/rules';

export interface ShareRow {
  id: string;
  name: string;
  isSelf: boolean;
  /** null = unknown (speaking not visible for this person). */
  share: number | null;
}

export interface SummaryFigures {
  ctx: RuleContext;
  people: number;
  selfShare: number | null;
  fairShare: number | null;
  shares: ShareRow[];
  silent: Array<{ id: string; name: string; presentMs: number }>;
  quiet: Array<{ id: string; name: string; share: number }>;
  /** Names the user acknowledged (thanks, credit, invitation, agreement, manual, reaction). */
  acknowledged: string[];
  /** Contributors with no acknowledgement from the user; null when that cannot be known. */
  unacknowledged: string[] | null;
  selfCamera: number | null;
  groupCamera: number | null;
  /**
   * Stretches one person carried (the model's dominance windows), in 1-based minutes of the call; null
   * when the meeting was recorded before they were measured. People whose speaking was barely seen are
   * left out, as in the prompts.
   */
  held: Array<{ key: string; from: number; to: number; name: string; isSelf: boolean; share: number }> | null;
}

export function deriveFigures(summary: MeetingSummary): SummaryFigures {
  const ctx = buildContext(summary);
  const fair = summary.fairShare;
  const shares: ShareRow[] = summary.participants
    .filter((p) => p.presentMs >= 0.25 * summary.durationMs || p.isSelf)
    .map((p) => ({
      id: p.id,
      name: p.name,
      isSelf: p === ctx.self,
      share: ctx.covered.speaking ? p.speakingShare : null,
    }))
    .sort((a, b) => (b.share ?? -1) - (a.share ?? -1));
  const known = ctx.covered.speaking ? speakingKnown(ctx) : [];
  const silentIds = new Set(summary.silentIds);
  const silent = known
    .filter((p) => silentIds.has(p.id) && p.speakingMs === 0)
    .map((p) => ({ id: p.id, name: p.name, presentMs: p.presentMs }));
  const quiet =
    fair === null
      ? []
      : known
          .filter(
            (p) =>
              !silentIds.has(p.id) &&
              (p.speakingShare ?? 1) < QUIET_FAIR_FRACTION * fair &&
              (p.speakingMs ?? 0) > 0,
          )
          .map((p) => ({ id: p.id, name: p.name, share: p.speakingShare ?? 0 }));
  const ackedIds = new Set(ctx.acksBySelf.map((a) => a.toId));
  const acknowledged = ctx.others.filter((p) => ackedIds.has(p.id)).map((p) => p.name);
  const unacknowledged =
    ctx.self && ctx.covered.acks && ctx.covered.speaking && fair !== null
      ? known.filter((p) => !ackedIds.has(p.id) && isContributor(p, fair)).map((p) => p.name)
      : null;
  const self = ctx.self;
  const selfCamera =
    self && ctx.covered.camera && self.coverage.camera >= PERSON_MIN_COVERAGE ? self.cameraShare : null;
  let on = 0;
  let seen = 0;
  if (ctx.covered.camera) {
    for (const p of ctx.others) {
      if (p.cameraShare === null || p.coverage.camera < PERSON_MIN_COVERAGE) continue;
      on += p.cameraShare * p.presentMs;
      seen += p.presentMs;
    }
  }
  const held =
    summary.dominance === undefined
      ? null
      : summary.dominance.flatMap((d) => {
          const p = ctx.byId.get(d.id);
          if (!p || (p !== ctx.self && p.coverage.speaking < PERSON_MIN_COVERAGE)) return [];
          const m = stretchMinutes(summary.startedAt, d);
          return [
            { key: `${d.id}-${d.from}`, ...m, name: p.name, isSelf: p === ctx.self, share: d.peakShare },
          ];
        });
  return {
    ctx,
    people: ctx.n,
    held,
    selfShare: ctx.covered.speaking ? summary.selfShare : null,
    fairShare: fair,
    shares,
    silent,
    quiet,
    acknowledged,
    unacknowledged,
    selfCamera,
    groupCamera: seen > 0 ? on / seen : null,
  };
}
