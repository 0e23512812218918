/**
 * Names from the page inside our own sentences. A name may be right-to-left (Arabic, Hebrew) or carry
 * explicit direction controls; left bare, it can reorder the words around it ("נועה (2) hasn't spoken…"),
 * and an override (U+202E) can make a sentence read backwards — text spoofing. So embedded controls are
 * removed, and a name with right-to-left letters is wrapped in a first-strong isolate (U+2068 … U+2069),
 * which lets it lay out in its own direction without touching the sentence. Left-to-right names stay
 * unchanged, so ordinary sentences keep their exact text.
 */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;
const RTL_LETTERS = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFC]/;

export function stripBidiControls(text: string): string {
  return text.replace(BIDI_CONTROLS, '');
}

export function isolate(name: string): string {
  const clean = stripBidiControls(name);
  return RTL_LETTERS.test(clean) ? `\u2068${clean}\u2069` : clean;
}
