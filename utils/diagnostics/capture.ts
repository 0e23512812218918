/**
 * Anonymised page samples ("captures"): an HTML skeleton of the meeting page that keeps everything the
 * readers look at — tags, roles, classes, `jsname`/`jscontroller`, aria state, `data-*` attribute names,
 * icon ligatures, inline `display:none`, video readiness — and replaces everything a person wrote or is
 * called by salted-hash placeholders (rules in ./anonymise.ts). The output is the fixture format: saved into
 * tests/fixtures/<platform>/captures/ it replays through the readers unchanged.
 *
 * Pure: reads the DOM (never writes it), no network, no browser APIs beyond `crypto.getRandomValues` for
 * the salt (injectable). Bounded: at most `maxBytes` of UTF-8 and `maxDepth` element levels; whatever does
 * not fit is replaced by a `<rapport-truncated>` marker.
 */
import { matchesChain, type SelectorChain } from '../platforms/dom';
import {
  anonymiseAria,
  anonymiseData,
  anonymiseId,
  anonymiseStyle,
  anonymiseText,
  type Hasher,
  urlPlaceholder,
} from './anonymise';
import { makeHasher, randomSalt } from './hash';

/** A registered platform's id (`utils/platforms/registry.ts`); named in the sample's header and file name. */
export type CapturePlatform = string;

export interface CaptureOptions {
  platform: CapturePlatform;
  /**
   * The platform's same-origin frames that hold the meeting (Zoom's web client), from its adapter: their
   * documents are inlined so the sample replays like the page. None for a platform without such frames.
   */
  frames?: SelectorChain;
  /** Inline those frames' documents (default true). */
  includeFrame?: boolean;
  /** Rapport's version for the header (the caller passes `browser.runtime.getManifest().version`). */
  version?: string;
  /** Capture time for the header (default: now). */
  now?: Date;
  /** Hash salt. Default: 128 random bits, never written out. Fixed only for reproducible test fixtures. */
  salt?: string;
  /** Output ceiling in UTF-8 bytes (default 2 MB). */
  maxBytes?: number;
  /** Element nesting ceiling (default 200; Meet pages are ~60 deep). */
  maxDepth?: number;
}

export const DEFAULT_MAX_BYTES = 2 * 1024 * 1024;
export const DEFAULT_MAX_DEPTH = 200;

/** Video readiness is a property, not markup: recorded as these attributes (the second is the loaders'). */
export const READY_STATE_ATTR = 'data-rapport-ready-state';
export const TEST_READY_STATE_ATTR = 'data-test-ready-state';

const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);
/** Dropped with their content: code, styles, and elements whose content is raw text or a draft. */
const DROP = new Set(['script', 'style', 'noscript', 'template', 'xmp', 'noembed', 'noframes', 'plaintext']);
/** Kept as tags, content dropped. */
const EMPTY = new Set(['textarea', 'iframe', 'object']);

const URL_ATTRS = new Set([
  'src',
  'href',
  'srcset',
  'imagesrcset',
  'poster',
  'action',
  'formaction',
  'data',
  'xlink:href',
  'background',
  'cite',
  'longdesc',
  'ping',
  'manifest',
  'codebase',
  'icon',
]);
const TEXT_ATTRS = new Set(['alt', 'title', 'placeholder', 'label', 'summary', 'abbr']);
const IDREF_ATTRS = new Set([
  'id',
  'for',
  'form',
  'list',
  'headers',
  'popovertarget',
  'anchor',
  'aria-labelledby',
  'aria-describedby',
  'aria-controls',
  'aria-owns',
  'aria-activedescendant',
  'aria-details',
  'aria-errormessage',
  'aria-flowto',
]);
/** Structural attributes whose values are tokens, kept when they look like one. */
const TOKEN_ATTRS = new Set([
  'role',
  'tabindex',
  'type',
  'dir',
  'hidden',
  'disabled',
  'checked',
  'selected',
  'open',
  'readonly',
  'required',
  'multiple',
  'draggable',
  'contenteditable',
  'spellcheck',
  'autoplay',
  'muted',
  'playsinline',
  'loop',
  'controls',
  'width',
  'height',
  'lang',
  'translate',
  'rel',
  'target',
  'method',
  'inert',
  'slot',
  'charset',
  'colspan',
  'rowspan',
  'scope',
  'viewbox',
  'jsname',
  'jscontroller',
]);
const TOKEN_VALUE = /^[\w .,:%/-]{0,60}$/;
/** Never copied: values typed by the user, and our own attributes (re-derived from the live page). */
const DROP_ATTRS = new Set([
  'value',
  'srcdoc',
  'nonce',
  'integrity',
  READY_STATE_ATTR,
  TEST_READY_STATE_ATTR,
]);
const ATTR_NAME = /^[^\s"'>/=]+$/;

function escText(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function escAttr(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** UTF-8 length without encoding. */
export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

function anonymiseAttr(name: string, value: string, hash: Hasher): string | null {
  const lower = name.toLowerCase();
  if (!ATTR_NAME.test(name) || lower.startsWith('on') || DROP_ATTRS.has(lower)) return null;
  if (lower === 'class') return value.replace(/\s+/g, ' ').trim();
  if (lower === 'style') return anonymiseStyle(value, hash);
  if (lower === 'id') return anonymiseId(value, hash);
  if (IDREF_ATTRS.has(lower))
    return value
      .split(/\s+/)
      .filter(Boolean)
      .map((v) => anonymiseId(v, hash))
      .join(' ');
  if (URL_ATTRS.has(lower)) return urlPlaceholder(value, hash);
  if (TEXT_ATTRS.has(lower)) return anonymiseText(value, hash);
  if (lower.startsWith('data-')) return anonymiseData(lower, value, hash);
  if (lower.startsWith('aria-')) return anonymiseAria(lower, value, hash);
  if (TOKEN_ATTRS.has(lower)) return TOKEN_VALUE.test(value) ? value : `h:${hash(value)}`;
  // Unknown attribute: its presence can matter to a selector, its value is nobody's business.
  return value ? `h:${hash(value)}` : '';
}

function isoDate(d: Date): string {
  return Number.isFinite(d.getTime()) ? d.toISOString() : 'unknown';
}

function header(opts: CaptureOptions, now: Date): string {
  const safe = (s: string) => s.replace(/--+/g, '-').replace(/[<>]/g, '').slice(0, 64);
  return [
    '<!--',
    '  Rapport anonymised page sample',
    `  platform: ${opts.platform}`,
    `  captured: ${isoDate(now)}`,
    `  rapport: ${safe(opts.version ?? 'unknown')}`,
    '  anonymised: every text, name, URL, image source, caption and chat line is a placeholder.',
    '    [t:xxxxxxxx] text, h:xxxxxxxx data value, about:blank#u-xxxxxxxx URL: salted hashes; equal values',
    '    share a placeholder within this file only. The salt was random and is not stored. Scripts,',
    '    styles, comments, event handlers and form values were dropped. Nothing was sent anywhere.',
    '  replay: save under tests/fixtures/<platform>/captures/ (see utils/diagnostics/README.md).',
    '-->',
  ].join('\n');
}

const TRUNC_SIZE = '<rapport-truncated data-rapport-reason="size"></rapport-truncated>';
const TRUNC_DEPTH = '<rapport-truncated data-rapport-reason="depth"></rapport-truncated>';

class Writer {
  private parts: string[] = [];
  private used = 0;
  /** Bytes the closing tags of currently open elements will need. */
  private closing = 0;
  full = false;

  // One byte stays free for the trailing newline.
  constructor(private max: number) {
    this.max = max - 1;
  }

  /** Appends `s` if it still leaves room to close every open element; else marks the output full. */
  tryWrite(s: string, extraClosing = 0): boolean {
    if (this.full) return false;
    const n = utf8Length(s);
    if (this.used + n + this.closing + extraClosing + TRUNC_SIZE.length > this.max) {
      this.full = true;
      this.write(TRUNC_SIZE);
      return false;
    }
    this.write(s);
    return true;
  }

  write(s: string): void {
    this.parts.push(s);
    this.used += utf8Length(s);
  }

  open(closeTag: string): void {
    this.closing += closeTag.length;
  }

  close(closeTag: string): void {
    this.closing -= closeTag.length;
    this.write(closeTag);
  }

  toString(): string {
    return this.parts.join('');
  }
}

interface Ctx {
  hash: Hasher;
  out: Writer;
  opts: CaptureOptions;
  maxDepth: number;
}

function startTag(el: Element, tag: string, ctx: Ctx, extra: [string, string][] = []): string {
  let s = `<${tag}`;
  for (const a of Array.from(el.attributes)) {
    const v = anonymiseAttr(a.name, a.value, ctx.hash);
    if (v === null) continue;
    s += v === '' ? ` ${a.name.toLowerCase()}` : ` ${a.name.toLowerCase()}="${escAttr(v)}"`;
  }
  for (const [k, v] of extra) s += ` ${k}="${escAttr(v)}"`;
  return `${s}>`;
}

function isWebclientFrame(el: Element, ctx: Ctx): boolean {
  return (
    ctx.opts.frames !== undefined &&
    ctx.opts.includeFrame !== false &&
    el.localName === 'iframe' &&
    matchesChain(el, ctx.opts.frames) !== null
  );
}

function frameDocument(el: Element): Document | null {
  try {
    const d = (el as HTMLIFrameElement).contentDocument;
    return d?.body ? d : null;
  } catch {
    return null; // cross-origin
  }
}

function writeChildren(parent: ParentNode, depth: number, ctx: Ctx): void {
  for (const child of Array.from(parent.childNodes)) {
    if (ctx.out.full) return;
    writeNode(child, depth, ctx);
  }
}

function writeNode(node: Node, depth: number, ctx: Ctx): void {
  if (node.nodeType === 3) {
    ctx.out.tryWrite(escText(anonymiseText(node.nodeValue ?? '', ctx.hash)));
    return;
  }
  if (node.nodeType !== 1) return; // comments, processing instructions, CDATA
  const el = node as Element;
  const tag = el.localName.toLowerCase();
  if (DROP.has(tag) || !ATTR_NAME.test(tag)) return;
  if (depth >= ctx.maxDepth) {
    ctx.out.tryWrite(TRUNC_DEPTH);
    return;
  }

  if (isWebclientFrame(el, ctx)) {
    const doc = frameDocument(el);
    const attrs: [string, string][] = [['data-rapport-frame', doc ? 'inlined' : 'unreachable']];
    const open = `<rapport-frame id="${escAttr(anonymiseId(el.id, ctx.hash))}"${attrs
      .map(([k, v]) => ` ${k}="${v}"`)
      .join('')}>`;
    const close = '</rapport-frame>';
    if (!ctx.out.tryWrite(open, close.length)) return;
    ctx.out.open(close);
    if (doc) writeChildren(doc.body, depth + 1, ctx);
    ctx.out.close(close);
    return;
  }

  const extra: [string, string][] = [];
  if (tag === 'video') {
    const rs = Number((el as HTMLVideoElement).readyState);
    const v = String(Number.isFinite(rs) ? rs : 0);
    extra.push([READY_STATE_ATTR, v], [TEST_READY_STATE_ATTR, v]);
  }
  const open = startTag(el, tag, ctx, extra);
  if (VOID.has(tag)) {
    ctx.out.tryWrite(open);
    return;
  }
  const close = `</${tag}>`;
  if (!ctx.out.tryWrite(open, close.length)) return;
  ctx.out.open(close);
  if (!EMPTY.has(tag)) writeChildren(el, depth + 1, ctx);
  ctx.out.close(close);
}

/**
 * An anonymised, replayable HTML skeleton of `doc` (see the module comment for what is kept). For Zoom the
 * same-origin `iframe#webclient` document is inlined as `<rapport-frame id="webclient">…</rapport-frame>`
 * — the readers then find the meeting in the top document, as they do on a page without the PWA shell.
 */
export function captureSkeleton(doc: Document, opts: CaptureOptions): string {
  const now = opts.now ?? new Date();
  const ctx: Ctx = {
    hash: makeHasher(opts.salt ?? randomSalt()),
    out: new Writer(opts.maxBytes ?? DEFAULT_MAX_BYTES),
    opts,
    maxDepth: opts.maxDepth ?? DEFAULT_MAX_DEPTH,
  };
  ctx.out.write(`<!doctype html>\n${header(opts, now)}\n`);
  const root = doc.documentElement;
  if (root) writeNode(root, 0, ctx);
  ctx.out.write('\n');
  return ctx.out.toString();
}

/** The file name the health view offers: `rapport-page-sample-<platform>-YYYY-MM-DD.html` (local date). */
export function captureFileName(platform: CapturePlatform, now: Date = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `rapport-page-sample-${platform}-${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}.html`;
}
