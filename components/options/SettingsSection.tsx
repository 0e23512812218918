/**
 * Settings: recording switches (global, per platform), never-track codes, overlay, nudges, acknowledgement
 * detection, retention and name forgetting. Saved as one strict patch of the changed fields; the
 * background stores it, applies retention and pushes it to open calls.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { ACK_LANGUAGE_LABELS } from '@/utils/acks/languages/labels';
import { t } from '@/utils/i18n';
import { registry } from '@/utils/platforms/registry';
import type { Settings } from '@/utils/store/settings';
import { ACK_SETTING_LANGUAGES } from '@/utils/store/settings-defaults';
import type { RapportClient } from './client';
import { SeriesControl } from './SeriesControl';
import {
  addCode,
  type FormErrors,
  type FormField,
  formFromSettings,
  patchFromForm,
  removeCode,
  type SettingsForm,
} from './settings-form';

type Status = { kind: 'info' | 'error'; text: string } | null;

function ErrorText({ id, error }: { id: string; error: string | undefined }) {
  return error ? (
    <p id={id} class="opt-error" role="alert">
      {t(error)}
    </p>
  ) : null;
}

function Check({
  label,
  checked,
  onChange,
  hint,
  name,
}: {
  label: string;
  checked: boolean;
  onChange: (v: boolean) => void;
  hint?: string;
  name: string;
}) {
  const id = `opt-set-${name}`;
  return (
    <div class="opt-check">
      <input
        id={id}
        type="checkbox"
        checked={checked}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onChange={(e) => onChange((e.currentTarget as HTMLInputElement).checked)}
      />
      <label for={id}>{label}</label>
      {hint && (
        <p id={`${id}-hint`} class="opt-hint">
          {hint}
        </p>
      )}
    </div>
  );
}

function Group({ legend, children }: { legend: string; children: ComponentChildren }) {
  return (
    <fieldset class="opt-group">
      <legend>{legend}</legend>
      {children}
    </fieldset>
  );
}

export function SettingsSection({ client }: { client: RapportClient }) {
  const [current, setCurrent] = useState<Settings | null>(null);
  const [form, setForm] = useState<SettingsForm | null>(null);
  const [errors, setErrors] = useState<FormErrors>({});
  const [status, setStatus] = useState<Status>(null);
  const [busy, setBusy] = useState(false);
  const [code, setCode] = useState('');
  const [codeError, setCodeError] = useState<string | undefined>();

  useEffect(() => {
    let alive = true;
    client
      .getSettings()
      .then((s) => {
        if (!alive) return;
        setCurrent(s);
        setForm(formFromSettings(s));
      })
      .catch((err: unknown) => alive && setStatus({ kind: 'error', text: String((err as Error)?.message) }));
    return () => {
      alive = false;
    };
  }, [client]);

  if (!form || !current) {
    return (
      <section aria-labelledby="opt-settings-title">
        <h2 id="opt-settings-title">{t('optSettingsTitle')}</h2>
        {status ? (
          <p role="alert">{status.text}</p>
        ) : (
          <p role="status" class="opt-muted">
            {t('optLoading')}
          </p>
        )}
      </section>
    );
  }

  const set = <K extends FormField>(key: K, value: SettingsForm[K]) => {
    setForm({ ...form, [key]: value });
    if (errors[key]) setErrors({ ...errors, [key]: undefined });
    setStatus(null);
  };

  const onAddCode = (e: Event) => {
    e.preventDefault();
    const r = addCode(form.neverTrack, code);
    setCodeError(r.error);
    if (!r.error) {
      set('neverTrack', r.list);
      setCode('');
    }
  };

  const onSave = async (e: Event) => {
    e.preventDefault();
    const r = patchFromForm(form, current);
    if (!r.ok) {
      setErrors(r.errors);
      setStatus({ kind: 'error', text: t('optSettingsInvalid') });
      return;
    }
    if (Object.keys(r.patch).length === 0) {
      setStatus({ kind: 'info', text: t('optSettingsNoChanges') });
      return;
    }
    setBusy(true);
    try {
      const { settings, retention } = await client.setSettings(r.patch);
      setCurrent(settings);
      setForm(formFromSettings(settings));
      const extra =
        retention.deleted + retention.pseudonymised > 0
          ? ` ${t('optSettingsRetentionApplied', [String(retention.deleted), String(retention.pseudonymised)])}`
          : '';
      setStatus({ kind: 'info', text: `${t('optSettingsSaved')}${extra}` });
    } catch (err) {
      setStatus({ kind: 'error', text: `${t('optSettingsSaveFailed')} ${(err as Error)?.message ?? ''}` });
    } finally {
      setBusy(false);
    }
  };

  const daysInput = (field: 'retentionDays' | 'forgetNamesAfterDays', label: string, hint: string) => {
    const id = `opt-set-${field}`;
    const err = errors[field];
    return (
      <div class="opt-field">
        <label for={id}>{label}</label>
        <input
          id={id}
          type="text"
          inputMode="numeric"
          size={6}
          value={form[field]}
          aria-invalid={err ? 'true' : undefined}
          aria-describedby={`${id}-hint${err ? ` ${id}-error` : ''}`}
          onInput={(e) => set(field, (e.currentTarget as HTMLInputElement).value)}
        />
        <p id={`${id}-hint`} class="opt-hint">
          {hint}
        </p>
        <ErrorText id={`${id}-error`} error={err} />
      </div>
    );
  };

  return (
    <section aria-labelledby="opt-settings-title">
      <h2 id="opt-settings-title">{t('optSettingsTitle')}</h2>
      <form onSubmit={onSave} noValidate>
        <Group legend={t('optSetRecordingLegend')}>
          <Check
            name="tracking"
            label={t('optSetTracking')}
            hint={t('optSetTrackingHint')}
            checked={form.tracking}
            onChange={(v) => set('tracking', v)}
          />
          {registry.metas.map((m) => (
            <Check
              key={m.id}
              name={m.id}
              label={t(m.settingsLabelKey)}
              checked={form.platforms[m.id] ?? true}
              onChange={(v) => set('platforms', { ...form.platforms, [m.id]: v })}
            />
          ))}
        </Group>

        <Group legend={t('optNeverTrackLegend')}>
          <p class="opt-hint" id="opt-never-hint">
            {t('optNeverTrackHint')}
          </p>
          {form.neverTrack.length === 0 ? (
            <p data-testid="never-track-empty">{t('optNeverTrackEmpty')}</p>
          ) : (
            <ul class="opt-codes" data-testid="never-track-list">
              {form.neverTrack.map((c) => (
                <li key={c}>
                  <code>{c}</code>{' '}
                  <button
                    type="button"
                    aria-label={t('optNeverTrackRemove', c)}
                    onClick={() => set('neverTrack', removeCode(form.neverTrack, c))}
                  >
                    {t('optRemove')}
                  </button>
                </li>
              ))}
            </ul>
          )}
          <div class="opt-field opt-inline">
            <label for="opt-never-code">{t('optNeverTrackCode')}</label>
            <input
              id="opt-never-code"
              type="text"
              value={code}
              maxLength={80}
              aria-invalid={codeError ? 'true' : undefined}
              aria-describedby={`opt-never-hint${codeError ? ' opt-never-error' : ''}`}
              onInput={(e) => {
                setCode((e.currentTarget as HTMLInputElement).value);
                setCodeError(undefined);
              }}
              onKeyDown={(e) => {
                if (e.key === 'Enter') onAddCode(e);
              }}
            />{' '}
            <button type="button" onClick={onAddCode}>
              {t('optNeverTrackAdd')}
            </button>
          </div>
          <ErrorText id="opt-never-error" error={codeError} />
        </Group>

        <Group legend={t('optSetOverlayLegend')}>
          <div class="opt-field">
            <label for="opt-set-overlay">{t('optSetOverlayDefault')}</label>
            <select
              id="opt-set-overlay"
              value={form.overlayDefault}
              onChange={(e) =>
                set(
                  'overlayDefault',
                  (e.currentTarget as HTMLSelectElement).value as SettingsForm['overlayDefault'],
                )
              }
            >
              <option value="collapsed">{t('optOverlayCollapsed')}</option>
              <option value="expanded">{t('optOverlayExpanded')}</option>
              <option value="hidden">{t('optOverlayHidden')}</option>
            </select>
          </div>
        </Group>

        <Group legend={t('optSetNudgesLegend')}>
          <Check
            name="selfMonologue"
            label={t('optSetNudgeMonologue')}
            checked={form.selfMonologue}
            onChange={(v) => set('selfMonologue', v)}
          />
          <Check
            name="silentParticipant"
            label={t('optSetNudgeSilent')}
            checked={form.silentParticipant}
            onChange={(v) => set('silentParticipant', v)}
          />
        </Group>

        <Group legend={t('optSetAcksLegend')}>
          <Check
            name="acksEnabled"
            label={t('optSetAcksEnabled')}
            hint={t('optSetAcksHint')}
            checked={form.acksEnabled}
            onChange={(v) => set('acksEnabled', v)}
          />
          <div class="opt-field">
            <label for="opt-set-acks-lang">{t('optSetAcksLanguage')}</label>
            <select
              id="opt-set-acks-lang"
              value={form.acksLanguage}
              disabled={!form.acksEnabled}
              onChange={(e) =>
                set(
                  'acksLanguage',
                  (e.currentTarget as HTMLSelectElement).value as SettingsForm['acksLanguage'],
                )
              }
            >
              <option value="auto">{t('optLangAuto')}</option>
              {ACK_SETTING_LANGUAGES.filter((c) => c !== 'auto').map((code) => (
                <option key={code} value={code} lang={code}>
                  {ACK_LANGUAGE_LABELS[code]}
                </option>
              ))}
            </select>
          </div>
        </Group>

        <Group legend={t('optSetKeepLegend')}>
          {daysInput('retentionDays', t('optSetRetention'), t('optSetRetentionHint'))}
          {daysInput('forgetNamesAfterDays', t('optSetForget'), t('optSetForgetHint'))}
        </Group>

        <div class="opt-actions">
          <button type="submit" class="opt-primary" disabled={busy}>
            {t('optSettingsSave')}
          </button>
        </div>
        {status && (
          <p
            role={status.kind === 'error' ? 'alert' : 'status'}
            data-kind={status.kind}
            data-testid="settings-status"
          >
            {status.text}
          </p>
        )}
      </form>
      <SeriesControl client={client} settings={current} />
    </section>
  );
}
