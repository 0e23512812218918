/**
 * Dev and test only — never imported by an entrypoint: `getMessage` over a parsed `messages.json`, with
 * Chrome's substitution rules (named `$NAME$` placeholders whose content is `$1`…`$9`, `$$` for a dollar,
 * unknown keys give ""). The Vitest setup and the overlay preview use it to show the words a user sees.
 */

export type Messages = Record<
  string,
  { message: string; description?: string; placeholders?: Record<string, { content: string }> }
>;

export function renderMessage(messages: Messages, key: string, substitutions?: string | string[]): string {
  const entry = messages[key];
  if (!entry) return '';
  const subs =
    substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
  const named = new Map(
    Object.entries(entry.placeholders ?? {}).map(([k, v]) => [k.toLowerCase(), v.content]),
  );
  const positional = (s: string) => s.replace(/\$(\d)/g, (_m, d: string) => subs[Number(d) - 1] ?? '');
  // One pass over the message, so a substituted name containing "$1" or "$NAME$" stays text.
  return entry.message.replace(/\$\$|\$([A-Za-z0-9_@]+)\$|\$(\d)/g, (m, name?: string, digit?: string) => {
    if (m === '$$') return '$';
    if (name !== undefined) {
      const content = named.get(name.toLowerCase());
      return content === undefined ? m : positional(content);
    }
    return subs[Number(digit) - 1] ?? '';
  });
}

/** Gives a page without extension APIs (the preview) a `chrome.i18n` that reads `messages`. */
export function installI18nShim(messages: Messages, lang: string): void {
  const g = globalThis as { chrome?: Record<string, unknown> };
  g.chrome = {
    ...(g.chrome ?? {}),
    i18n: {
      getMessage: (key: string, subs?: string | string[]) => renderMessage(messages, key, subs),
      getUILanguage: () => lang,
    },
  };
}
