/**
 * The pair figures as small matrices that are real tables (issue 22): who picked up whom (the model's
 * turn-taking graph) and who spoke over whom. Rows are the person who spoke first (or was spoken over's
 * interrupter), columns who came next; a screen reader reads each cell with its row and column header.
 * Names are page text and only ever text children. At most `MAX_PEOPLE` people (the most involved).
 */

import { t } from '@/utils/i18n';
import type { MeetingSummary } from '@/utils/meeting/types';
import type { Locale } from '@/utils/prompts/format';

export const MAX_PEOPLE = 8;

export type PairKind = 'pickups' | 'interruptions';

interface Cell {
  row: string;
  col: string;
  count: number;
}

function cellsOf(summary: MeetingSummary, kind: PairKind): Cell[] | null {
  if (kind === 'pickups')
    return summary.pickupPairs?.map((x) => ({ row: x.fromId, col: x.toId, count: x.count })) ?? null;
  return summary.interruptionPairs?.map((x) => ({ row: x.byId, col: x.ofId, count: x.count })) ?? null;
}

/** The people a matrix shows: those in any pair, most involved first, at most MAX_PEOPLE. */
export function matrixPeople(summary: MeetingSummary, cells: readonly Cell[]): string[] {
  const weight = new Map<string, number>();
  for (const c of cells) {
    weight.set(c.row, (weight.get(c.row) ?? 0) + c.count);
    weight.set(c.col, (weight.get(c.col) ?? 0) + c.count);
  }
  const order = new Map(summary.participants.map((p, i) => [p.id, i]));
  return [...weight.keys()]
    .filter((id) => order.has(id))
    .sort((a, b) => weight.get(b)! - weight.get(a)! || order.get(a)! - order.get(b)!)
    .slice(0, MAX_PEOPLE)
    .sort((a, b) => order.get(a)! - order.get(b)!);
}

export function PairMatrix({
  summary,
  kind,
  locale = 'en',
}: {
  summary: MeetingSummary;
  kind: PairKind;
  locale?: Locale;
}) {
  const cells = cellsOf(summary, kind);
  const words =
    kind === 'pickups'
      ? { caption: t('reflPickupsCaption'), none: t('reflPickupsNone') }
      : { caption: t('reflInterruptionsCaption'), none: t('reflInterruptionsNone') };
  if (cells === null) return <p class="rp-muted">{t('reflPairsNotMeasured')}</p>;
  const ids = matrixPeople(summary, cells);
  if (ids.length === 0) return <p>{words.none}</p>;
  const byId = new Map(summary.participants.map((p) => [p.id, p]));
  const label = (id: string) => {
    const p = byId.get(id)!;
    return p.isSelf ? `${p.name} (${t('reflYou')})` : p.name;
  };
  const count = new Map(cells.map((c) => [`${c.row}\u0000${c.col}`, c.count]));
  const fmt = new Intl.NumberFormat(locale);
  return (
    <table class="rp-matrix" data-testid={`rp-matrix-${kind}`}>
      <caption>{words.caption}</caption>
      <thead>
        <tr>
          <td />
          {ids.map((id) => (
            <th key={id} scope="col">
              {label(id)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {ids.map((row) => (
          <tr key={row}>
            <th scope="row">{label(row)}</th>
            {ids.map((col) => {
              const n = row === col ? null : (count.get(`${row}\u0000${col}`) ?? 0);
              return (
                <td key={col} class={n ? 'rp-matrix-hit' : undefined}>
                  {n === null ? (
                    <>
                      <span aria-hidden="true">–</span>
                      <span class="rp-visually-hidden">{t('reflPairsSelf')}</span>
                    </>
                  ) : (
                    fmt.format(n)
                  )}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Both matrices under one heading, as the summary view shows them. */
export function PairFigures({
  summary,
  locale = 'en',
  level,
}: {
  summary: MeetingSummary;
  locale?: Locale;
  level: number;
}) {
  const H = level <= 3 ? 'h3' : 'h4';
  return (
    <section aria-labelledby="rp-pairs-title" class="rp-pairs">
      <H id="rp-pairs-title">{t('reflPairsTitle')}</H>
      <PairMatrix summary={summary} kind="pickups" locale={locale} />
      <PairMatrix summary={summary} kind="interruptions" locale={locale} />
    </section>
  );
}
