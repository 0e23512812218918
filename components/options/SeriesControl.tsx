/**
 * Issue 22's per-series settings: the user's role (participant, host, presenter: the expected share the
 * fair-share line and balance prompts use), who else presents, and personal targets, for all calls or one
 * recurring meeting (the same series the Trends filter offers). Saved into `settings.series` (utils/store).
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { t } from '@/utils/i18n';
import {
  ALL_CALLS,
  DEFAULT_SERIES,
  MAX_PRESENTERS,
  SERIES_ROLES,
  type SeriesRole,
  type SeriesSettings,
} from '@/utils/store/series';
import type { Settings } from '@/utils/store/settings-defaults';
import type { RapportClient } from './client';
import { type RecurringOption, recurringOptions, toPoint } from './trends';

const ROLE_LABEL: Record<SeriesRole, string> = {
  participant: 'optSeriesRoleParticipant',
  host: 'optSeriesRoleHost',
  presenter: 'optSeriesRolePresenter',
};

interface Form {
  role: SeriesRole;
  presenters: string;
  maxShare: string;
  inviteQuiet: boolean;
  ackByName: boolean;
}

const formOf = (s: SeriesSettings): Form => ({
  role: s.role,
  presenters: s.presenters.join(', '),
  maxShare: s.targets.maxSharePct === null ? '' : String(s.targets.maxSharePct),
  inviteQuiet: s.targets.inviteQuiet,
  ackByName: s.targets.ackByName,
});

/** The settings a form holds, or null when the share limit is not a whole number from 1 to 100. */
export function seriesFromForm(f: Form): SeriesSettings | null {
  const raw = f.maxShare.trim();
  const pct = raw === '' ? null : Number(raw);
  if (pct !== null && !(Number.isInteger(pct) && pct >= 1 && pct <= 100)) return null;
  const presenters = [
    ...new Set(
      f.presenters
        .split(',')
        .map((s) => s.trim().slice(0, 200))
        .filter(Boolean),
    ),
  ].slice(0, MAX_PRESENTERS);
  return {
    role: f.role,
    presenters,
    targets: { maxSharePct: pct, inviteQuiet: f.inviteQuiet, ackByName: f.ackByName },
  };
}

export function SeriesControl({
  client,
  settings,
  onSaved,
}: {
  client: RapportClient;
  settings: Settings;
  onSaved?: (s: Settings) => void;
}) {
  const [series, setSeries] = useState(settings.series);
  const [recurring, setRecurring] = useState<RecurringOption[]>([]);
  const [key, setKey] = useState(ALL_CALLS);
  const [form, setForm] = useState<Form>(formOf(settings.series[ALL_CALLS] ?? DEFAULT_SERIES));
  const [status, setStatus] = useState<{ kind: 'info' | 'error'; text: string } | null>(null);

  useEffect(() => {
    let alive = true;
    client
      .listMeetings()
      .then((ms) => alive && setRecurring(recurringOptions(ms.map((m) => toPoint(m)))))
      .catch(() => {});
    return () => {
      alive = false;
    };
  }, [client]);

  const options = useMemo(() => {
    const out: RecurringOption[] = [{ value: ALL_CALLS, label: t('optSeriesAll'), count: 0 }, ...recurring];
    // A series with settings whose meetings are gone still shows, so it can be removed.
    for (const k of Object.keys(series))
      if (!out.some((o) => o.value === k))
        out.push({ value: k, label: k.replace(/^(code|title):/, ''), count: 0 });
    return out;
  }, [recurring, series]);

  const pick = (k: string) => {
    setKey(k);
    setForm(formOf(series[k] ?? DEFAULT_SERIES));
    setStatus(null);
  };
  const set = <K extends keyof Form>(k: K, v: Form[K]) => {
    setForm({ ...form, [k]: v });
    setStatus(null);
  };
  const save = async (next: Record<string, SeriesSettings>) => {
    try {
      const r = await client.setSettings({ series: next });
      setSeries(r.settings.series);
      onSaved?.(r.settings);
      setStatus({ kind: 'info', text: t('optSeriesSaved') });
    } catch (err) {
      setStatus({ kind: 'error', text: String((err as Error)?.message) });
    }
  };
  const onSubmit = (e: Event) => {
    e.preventDefault();
    const value = seriesFromForm(form);
    if (!value) return setStatus({ kind: 'error', text: t('optSeriesInvalid') });
    void save({ ...series, [key]: value });
  };
  const onRemove = () => {
    const { [key]: _gone, ...rest } = series;
    setForm(formOf(DEFAULT_SERIES));
    void save(rest);
  };
  const invalid = status?.kind === 'error';

  return (
    <form
      class="opt-group opt-series"
      aria-labelledby="opt-series-title"
      onSubmit={onSubmit}
      data-testid="series-control"
    >
      <h3 id="opt-series-title">{t('optSeriesTitle')}</h3>
      <p class="opt-hint">{t('optSeriesIntro')}</p>
      <div class="opt-field">
        <label for="opt-series-which">{t('optSeriesWhich')}</label>
        <select
          id="opt-series-which"
          value={key}
          onChange={(e) => pick((e.currentTarget as HTMLSelectElement).value)}
        >
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </div>
      <div class="opt-field">
        <label for="opt-series-role">{t('optSeriesRole')}</label>
        <select
          id="opt-series-role"
          value={form.role}
          onChange={(e) => set('role', (e.currentTarget as HTMLSelectElement).value as SeriesRole)}
        >
          {SERIES_ROLES.map((r) => (
            <option key={r} value={r}>
              {t(ROLE_LABEL[r])}
            </option>
          ))}
        </select>
      </div>
      <div class="opt-field">
        <label for="opt-series-presenters">{t('optSeriesPresenters')}</label>
        <input
          id="opt-series-presenters"
          type="text"
          maxLength={2000}
          value={form.presenters}
          onInput={(e) => set('presenters', (e.currentTarget as HTMLInputElement).value)}
        />
      </div>
      <div class="opt-field">
        <label for="opt-series-max">{t('optSeriesMaxShare')}</label>
        <input
          id="opt-series-max"
          type="text"
          inputMode="numeric"
          value={form.maxShare}
          aria-invalid={invalid ? 'true' : undefined}
          onInput={(e) => set('maxShare', (e.currentTarget as HTMLInputElement).value)}
        />
      </div>
      <div class="opt-check">
        <input
          id="opt-series-invite"
          type="checkbox"
          checked={form.inviteQuiet}
          onChange={(e) => set('inviteQuiet', (e.currentTarget as HTMLInputElement).checked)}
        />
        <label for="opt-series-invite">{t('optSeriesInviteQuiet')}</label>
      </div>
      <div class="opt-check">
        <input
          id="opt-series-ack"
          type="checkbox"
          checked={form.ackByName}
          onChange={(e) => set('ackByName', (e.currentTarget as HTMLInputElement).checked)}
        />
        <label for="opt-series-ack">{t('optSeriesAckByName')}</label>
      </div>
      <div class="opt-actions">
        <button type="submit" class="opt-primary">
          {t('optSeriesSave')}
        </button>
        {Object.hasOwn(series, key) ? (
          <button type="button" onClick={onRemove}>
            {t('optSeriesRemove')}
          </button>
        ) : null}
      </div>
      {status && (
        <p role={status.kind === 'error' ? 'alert' : 'status'} data-testid="series-status">
          {status.text}
        </p>
      )}
    </form>
  );
}
