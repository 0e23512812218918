/**
 * The Settings section's form model: what the inputs hold (strings for number fields, so a half-typed
 * value can be shown and rejected) and the patch a save sends. Validation is the background's own zod
 * schema (`settingsPatchSchema`), run here first so the user sees the problem next to the field instead of
 * a failed request. Only changed fields are sent: the background applies each patch to open calls live,
 * and an untouched field must never overwrite a change made meanwhile in the popup or an overlay.
 */
import { z } from 'zod';
import { registry } from '@/utils/platforms/registry';
import {
  platformEnabled,
  type Settings,
  type SettingsPatch,
  settingsPatchSchema,
} from '@/utils/store/settings';

export interface SettingsForm {
  tracking: boolean;
  /** Per registered platform (by id): record there? */
  platforms: Record<string, boolean>;
  overlayDefault: Settings['overlayDefault'];
  selfMonologue: boolean;
  silentParticipant: boolean;
  acksEnabled: boolean;
  acksLanguage: Settings['acks']['language'];
  /** Days as typed; empty = keep forever / never forget. */
  retentionDays: string;
  forgetNamesAfterDays: string;
  neverTrack: string[];
}

export type FormField = keyof SettingsForm;
/** Field → message key (`_locales`). */
export type FormErrors = Partial<Record<FormField, string>>;

export function formFromSettings(s: Settings): SettingsForm {
  return {
    tracking: s.tracking,
    platforms: Object.fromEntries(registry.ids.map((id) => [id, platformEnabled(s, id)])),
    overlayDefault: s.overlayDefault,
    selfMonologue: s.nudges.selfMonologue,
    silentParticipant: s.nudges.silentParticipant,
    acksEnabled: s.acks.enabled,
    acksLanguage: s.acks.language,
    retentionDays: s.retentionDays === null ? '' : String(s.retentionDays),
    forgetNamesAfterDays: s.forgetNamesAfterDays === null ? '' : String(s.forgetNamesAfterDays),
    neverTrack: [...s.neverTrack],
  };
}

/** '' → null (forever); otherwise a whole number of days, or undefined when it is not one. */
export function parseDays(text: string): number | null | undefined {
  const s = text.trim();
  if (s === '') return null;
  if (!/^\d+$/.test(s)) return undefined;
  return Number(s);
}

const codeSchema = z.string().min(1).max(64);

/**
 * A meeting code as the content scripts report it: Meet codes are lower case (`abc-defg-hij`, as in the
 * URL), Zoom ids are digits (people paste them as `123 4567 8901`). The background compares codes exactly,
 * so the typed form is brought to that shape; null when it cannot be a code.
 */
export function normalizeCode(input: string): string | null {
  let s = input.trim();
  if (/^[\d\s-]+$/.test(s)) s = s.replace(/[\s-]/g, '');
  else s = s.toLowerCase();
  return codeSchema.safeParse(s).success && !/\s/.test(s) ? s : null;
}

export function addCode(list: readonly string[], input: string): { list: string[]; error?: string } {
  const code = normalizeCode(input);
  if (code === null) return { list: [...list], error: 'optErrCode' };
  if (list.includes(code)) return { list: [...list], error: 'optErrCodeDuplicate' };
  if (list.length >= 1000) return { list: [...list], error: 'optErrCodeTooMany' };
  return { list: [...list, code] };
}

export function removeCode(list: readonly string[], code: string): string[] {
  return list.filter((c) => c !== code);
}

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

export type PatchResult = { ok: true; patch: SettingsPatch } | { ok: false; errors: FormErrors };

/** The patch with only the fields that differ from `current`, validated strictly; or per-field errors. */
export function patchFromForm(form: SettingsForm, current: Settings): PatchResult {
  const errors: FormErrors = {};
  const retention = parseDays(form.retentionDays);
  const forget = parseDays(form.forgetNamesAfterDays);
  const dayOk = (d: number | null | undefined) => d === null || (d !== undefined && d >= 1 && d <= 36_500);
  if (!dayOk(retention)) errors.retentionDays = 'optErrDays';
  if (!dayOk(forget)) errors.forgetNamesAfterDays = 'optErrDays';
  if (Object.keys(errors).length > 0) return { ok: false, errors };

  const next: SettingsPatch = {
    tracking: form.tracking,
    platforms: { ...form.platforms },
    overlayDefault: form.overlayDefault,
    nudges: { selfMonologue: form.selfMonologue, silentParticipant: form.silentParticipant },
    acks: { enabled: form.acksEnabled, language: form.acksLanguage },
    retentionDays: retention ?? null,
    forgetNamesAfterDays: forget ?? null,
    neverTrack: form.neverTrack,
  };
  const patch: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(next)) {
    if (!sameJson(v, current[k as keyof Settings])) patch[k] = v;
  }
  const parsed = settingsPatchSchema.strict().safeParse(patch);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const top = String(issue.path[0] ?? '');
      const field: FormField =
        top === 'nudges' ? 'selfMonologue' : top === 'acks' ? 'acksEnabled' : (top as FormField);
      errors[field] = top === 'neverTrack' ? 'optErrCode' : 'optErrInvalid';
    }
    return { ok: false, errors };
  }
  return { ok: true, patch: parsed.data };
}
