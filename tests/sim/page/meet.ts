/**
 * Google Meet renderer. Shape as of 2026-11 per meet-zoom-dom.md §1.12 (2025–2026 "current" hooks):
 * data-participant-id tiles, the jsname=QgSmzd audio widget (silent = gjg47c), icon ligature text in the
 * toolbar, data-is-muted, the captions region (replaced on CC toggle, entries rewritten in place), chat,
 * People panel with the raised-hands queue, lobby / waiting / end screens. Own markup, not a capture.
 */
import type { TimelineEvent } from '../timeline';
import {
  addStyle,
  type Child,
  clock,
  h,
  newVideo,
  type PersonState,
  type Renderer,
  removeAfter,
  type SimModel,
  setCamera,
  setShown,
  win,
} from './common';

const SPEAKING_CLASSES = ['HX2H7', 'Oaajhc', 'wEsLMd', 'OgVli'];
const SILENT_CLASS = 'gjg47c';

/**
 * A simulated DOM drift, for tests of Rapport's health view. `speaking`: Meet ships a new audio widget
 * (new jsname, controller and classes, as in tests/fixtures/meet/variants/2026-09-mutated-speaking.html),
 * so no layer of the speaking chain matches while everything else is unchanged.
 */
export type MeetDrift = 'speaking';

interface WidgetHooks {
  jsname: string;
  jscontroller: string;
  base: string;
  silent: string;
  speaking: readonly string[];
}
const WIDGET: WidgetHooks = {
  jsname: 'QgSmzd',
  jscontroller: 'tae9tc',
  base: 'IisKdb',
  silent: SILENT_CLASS,
  speaking: SPEAKING_CLASSES,
};
const DRIFTED_WIDGET: WidgetHooks = {
  jsname: 'Zx81Qq',
  jscontroller: 'uU7yNe',
  base: 'Pq2Lmn',
  silent: 'k0s1Lt',
  speaking: ['aV9sPk', 'bR4tQm'],
};
/** Meet keeps a handful of recent caption entries on screen and drops older ones. */
export const MEET_MAX_CAPTION_ENTRIES = 6;
/** Meet trims a long live entry's head (after ~30 min of monologue); the sim trims far sooner. */
export const MEET_CAPTION_TRIM_CHARS = 600;
/** Bound on rendered chat messages so long runs cannot grow the DOM without limit. */
export const MEET_MAX_CHAT_MESSAGES = 100;

/**
 * Real Meet avatars are lh3.googleusercontent.com URLs; the sim inlines an SVG instead so no page request
 * goes to a host other than the platform's (e2e tests flag any such request as a leak). Readers must not
 * depend on the avatar's host anyway.
 */
export function meetAvatarUrl(p: PersonState): string {
  const hue = (p.index * 67) % 360;
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64"><rect width="64" height="64" fill="hsl(${hue},55%,45%)"/>` +
    '<circle cx="32" cy="26" r="12" fill="#fff" fill-opacity=".8"/><rect x="14" y="42" width="36" height="18" rx="9" fill="#fff" fill-opacity=".8"/></svg>';
  return `data:image/svg+xml,${encodeURIComponent(svg)}`;
}

export function meetDeviceId(space: string, p: PersonState): string {
  return `spaces/${space}/devices/${p.id}`;
}

const CSS = `
body{margin:0;font:14px system-ui,sans-serif;background:#202124;color:#e8eaed}
.sim-stage{display:grid;grid-template-columns:repeat(auto-fill,minmax(180px,1fr));gap:6px;padding:8px;margin-right:300px}
.sim-tile{position:relative;background:#3c4043;border-radius:8px;aspect-ratio:16/9;overflow:hidden}
.sim-tile video{width:100%;height:100%;object-fit:cover}
.sim-tile img.avatar{width:56px;height:56px;border-radius:50%;position:absolute;left:50%;top:40%;transform:translate(-50%,-50%)}
.sim-tile [data-self-name]{position:absolute;left:8px;bottom:6px}
.sim-tile .IisKdb{position:absolute;right:8px;top:8px;display:flex;gap:2px}
.IisKdb>div{width:4px;height:4px;background:#8ab4f8;border-radius:2px}
.IisKdb:not(.gjg47c)>div{height:14px}
.sim-tile:has(>.IisKdb:not(.gjg47c)){outline:3px solid #8ab4f8}
.google-symbols{font-style:normal;font-size:11px;opacity:.8}
.sim-tile .sim-badges{position:absolute;left:8px;top:6px;display:flex;gap:6px}
[role=toolbar]{position:fixed;bottom:0;left:0;right:300px;display:flex;gap:8px;justify-content:center;padding:8px;background:#202124}
[role=toolbar] button,[role=toolbar] [role=button]{background:#3c4043;color:#e8eaed;border:0;border-radius:18px;padding:6px 10px}
aside{position:fixed;right:0;top:0;width:300px;height:55%;overflow:auto;background:#fff;color:#202124}
.Ge9Kpc{position:fixed;right:0;bottom:0;width:300px;height:45%;overflow:auto;background:#f1f3f4;color:#202124}
.iOzk7{position:fixed;left:16px;right:316px;bottom:56px}
[role=region][aria-label=Captions]{background:rgba(0,0,0,.7);padding:6px;border-radius:8px;max-height:140px;overflow:hidden}
.nMcdL{display:flex;gap:8px}.adE6rb{display:flex;gap:4px;font-weight:600}.adE6rb img{width:20px;height:20px;border-radius:50%}
.sim-toasts{position:fixed;left:16px;top:16px}.toast{background:#3c4043;padding:6px 10px;border-radius:6px;margin-bottom:4px}
html-blob{display:inline-block;font-size:28px}
.sim-end,.sim-lobby{padding:48px;text-align:center}
textarea[aria-label="Send a message"]{position:fixed;right:8px;bottom:8px;width:280px}
.cxdMu{display:flex;align-items:center;gap:6px;padding:4px 8px}.cxdMu img{width:28px;height:28px;border-radius:50%}
.cxdMu button{background:none;border:0}.cxdMu .d93U2d{font-size:11px;color:#5f6368}
`;

interface CaptionEntry {
  who: string;
  el: HTMLElement;
  /** The one text node Meet rewrites in place. */
  text: Text;
  segments: string[];
}

export class MeetRenderer implements Renderer {
  private root!: HTMLElement;
  private stage: HTMLElement | null = null;
  private capWrap: HTMLElement | null = null;
  private region: HTMLElement | null = null;
  private toolbar: HTMLElement | null = null;
  private panelList: HTMLElement | null = null;
  private handsRegion: HTMLElement | null = null;
  private chat: HTMLElement | null = null;
  private toasts: HTMLElement | null = null;
  private reactions: HTMLElement | null = null;
  private countBadge: HTMLElement | null = null;
  private tiles = new Map<string, HTMLElement>();
  private rows = new Map<string, HTMLElement>();
  private entries: CaptionEntry[] = [];
  private captionKeys = new Map<number, { entry: CaptionEntry; seg: number }>();
  private chatCount = 0;
  private lastChatSender: string | null = null;
  private tooltipSeq = 0;
  private cycle: number | null = null;
  private readonly space: string;

  private readonly w: WidgetHooks;
  private readonly widgetCss: string;

  constructor(
    private readonly doc: Document,
    private readonly model: SimModel,
    drift?: MeetDrift,
  ) {
    this.w = drift === 'speaking' ? DRIFTED_WIDGET : WIDGET;
    this.widgetCss = `[jsname="${this.w.jsname}"]`;
    this.space = `SP${model.scenario.meetingCode.replace(/-/g, '')}`;
  }

  mount(): void {
    const { doc } = this;
    doc.title = `Meet – ${this.model.scenario.meetingCode}`;
    if (!doc.head.querySelector('style[data-sim-style]')) addStyle(doc, CSS);
    doc.body.replaceChildren();
    this.root = h(doc, 'div', { class: 'sim-meet' });
    doc.body.append(this.root);
    this.renderPhase();
  }

  apply(ev: TimelineEvent): void {
    const m = this.model;
    if (ev.kind === 'phase' || ev.kind === 'end') {
      this.renderPhase();
      return;
    }
    const p = 'who' in ev ? m.people.get(ev.who) : undefined;
    if (m.phase !== 'in-call' || m.ended) {
      // Lobby and waiting room only show the self preview.
      if (p?.isSelf && (ev.kind === 'camera' || ev.kind === 'mute')) this.renderPhase();
      return;
    }
    switch (ev.kind) {
      case 'join':
        this.addPerson(p!);
        this.toast(`${p!.name} joined`);
        break;
      case 'leave':
        this.tiles.get(p!.id)?.remove();
        this.tiles.delete(p!.id);
        this.rows.get(p!.id)?.remove();
        this.rows.delete(p!.id);
        this.updateCount();
        this.updateHands();
        this.toast(`${p!.name} left`);
        break;
      case 'rename':
      case 'camera':
      case 'mute':
      case 'speak':
        this.updatePerson(p!);
        if (p!.isSelf) this.updateToolbar();
        break;
      case 'hand':
        this.updatePerson(p!);
        this.updateHands();
        if (p!.isSelf) this.updateToolbar();
        if (ev.raised) this.toast(`${p!.name} has raised a hand`);
        break;
      case 'reaction':
        this.react(p!, ev.emoji);
        break;
      case 'captions':
        this.setCaptions(ev.on);
        this.updateToolbar();
        break;
      case 'caption':
        this.caption(p!, ev.key, ev.text);
        break;
      case 'caption-correct':
        this.correct(ev.key, ev.text);
        break;
      case 'chat':
        this.chatMessage(p!, ev.text, ev.id);
        break;
    }
  }

  // ---------------------------------------------------------------------------------------------------
  // Phases

  private renderPhase(): void {
    const { doc, model: m } = this;
    this.tiles.clear();
    this.rows.clear();
    this.entries = [];
    this.captionKeys.clear();
    this.stage = this.region = this.capWrap = this.toolbar = this.panelList = this.handsRegion = null;
    this.chat = this.toasts = this.reactions = this.countBadge = null;
    if (this.cycle) win(this.doc).clearInterval(this.cycle);
    this.cycle = null;
    this.root.replaceChildren();
    if (m.ended) {
      this.root.setAttribute('data-call-ended', 'true');
      const heading = {
        left: 'You left the meeting',
        ended_by_host: 'Your host ended the meeting for everyone',
        removed: "You've been removed from the meeting",
      }[m.ended];
      this.root.append(
        h(
          doc,
          'div',
          { class: 'sim-end' },
          h(doc, 'h1', { class: 'roSPhc' }, heading),
          h(doc, 'button', { type: 'button' }, 'Rejoin'),
          h(
            doc,
            'button',
            { type: 'button', jsname: 'EszDse', 'data-mdc-dialog-action': 'returnToHomePage' },
            'Return to home screen',
          ),
        ),
      );
      return;
    }
    if (m.phase === 'in-call') {
      this.root.setAttribute('data-call-ended', 'false');
      this.renderCall();
    } else {
      this.root.removeAttribute('data-call-ended');
      this.renderLobby(m.phase === 'waiting');
    }
  }

  private renderLobby(waiting: boolean): void {
    const { doc, model: m } = this;
    const self = m.self;
    const video = newVideo(doc);
    const preview = h(
      doc,
      'div',
      {
        class: 'sim-preview',
        'data-participant-id': `${meetDeviceId(this.space, self)}-effects`,
        'aria-label': 'visual_effects Backgrounds and effects',
      },
      video,
    );
    const toggles = [
      h(
        doc,
        'div',
        {
          role: 'button',
          jsname: 'hw0c9',
          'data-is-muted': String(self.muted),
          'aria-label': self.muted ? 'Turn on microphone' : 'Turn off microphone',
        },
        h(doc, 'i', { class: 'google-symbols' }, self.muted ? 'mic_off' : 'mic'),
      ),
      h(
        doc,
        'div',
        {
          role: 'button',
          jsname: 'psRWwc',
          'data-is-muted': String(!self.camera),
          'aria-label': self.camera ? 'Turn off camera' : 'Turn on camera',
        },
        h(doc, 'i', { class: 'google-symbols' }, self.camera ? 'videocam' : 'videocam_off'),
      ),
    ];
    const body: Child[] = waiting
      ? [
          h(doc, 'h2', {}, 'Asking to be let in…'),
          h(doc, 'div', {}, 'You’ll join the call when someone lets you in'),
          h(
            doc,
            'button',
            { type: 'button', jsname: 'CQylAd', 'aria-label': 'Leave call' },
            h(doc, 'i', { class: 'google-symbols', 'data-google-symbols-override': 'true' }, 'call_end'),
          ),
          h(doc, 'button', { type: 'button' }, 'Return to home screen'),
        ]
      : [
          h(doc, 'h2', {}, 'Ready to join?'),
          h(doc, 'div', { class: 'awLEm' }, self.name),
          h(doc, 'input', { type: 'text', 'aria-label': 'Your name', value: self.name }),
          h(doc, 'button', { type: 'button' }, 'Join now'),
          h(doc, 'button', { type: 'button' }, 'Ask to join'),
        ];
    this.root.append(
      h(
        doc,
        'div',
        { class: 'sim-lobby' },
        h(doc, 'div', { 'data-meeting-title': m.scenario.title }, m.scenario.title),
        preview,
        ...toggles,
        ...body,
      ),
    );
    setCamera(video, self.camera);
  }

  private renderCall(): void {
    const { doc, model: m } = this;
    this.stage = h(doc, 'main', { class: 'sim-stage' });
    // The self-preview / effects element carries a data-participant-id in the call too (§1.1).
    this.stage.append(
      h(doc, 'div', {
        class: 'sim-effects',
        'data-participant-id': `${meetDeviceId(this.space, m.self)}-effects`,
        'aria-label': 'visual_effects Backgrounds and effects',
        hidden: true,
      }),
    );
    this.capWrap = h(doc, 'div', { jsname: 'dsyhDe', class: 'iOzk7' });
    this.toolbar = this.buildToolbar();
    this.countBadge = h(doc, 'span', { class: 'sim-count', 'data-avatar-count': '0' }, '0');
    this.toasts = h(doc, 'div', { class: 'sim-toasts' });
    this.reactions = h(doc, 'div', { class: 'sim-reactions' });
    this.root.append(
      h(doc, 'div', { class: 'u6vdEc' }, m.scenario.title),
      this.countBadge,
      this.stage,
      this.capWrap,
      this.toolbar,
      this.toasts,
      this.reactions,
    );
    if (m.scenario.panels.people) {
      this.panelList = h(doc, 'div', { role: 'list', 'aria-label': 'Participants' });
      this.handsRegion = h(doc, 'div', { class: 'sim-hands' });
      this.root.append(
        h(
          doc,
          'aside',
          { 'aria-label': 'Side panel' },
          h(doc, 'h2', {}, 'People'),
          this.handsRegion,
          h(
            doc,
            'div',
            { role: 'region', 'aria-label': 'In call' },
            h(doc, 'h3', {}, 'In the meeting'),
            this.panelList,
          ),
        ),
      );
    }
    if (m.scenario.panels.chat) {
      this.chat = h(doc, 'div', { jsname: 'xySENc', 'aria-live': 'polite', class: 'Ge9Kpc' });
      this.root.append(this.chat, h(doc, 'textarea', { 'aria-label': 'Send a message' }));
    }
    for (const p of m.present()) this.addPerson(p);
    this.updateHands();
    this.setCaptions(m.captionsOn);
    this.updateToolbar();
    this.cycle = win(this.doc).setInterval(() => this.cycleSpeaking(), 300);
    if (m.scenario.autoHideToolbar) {
      const bar = this.toolbar;
      // Present but invisible: adapters must use presence, not visibility (§1.1, Vexa).
      win(doc).setTimeout(() => {
        bar.style.visibility = 'hidden';
      }, 3000);
    }
  }

  // ---------------------------------------------------------------------------------------------------
  // Tiles and People rows

  private widget(): HTMLElement {
    const { doc } = this;
    return h(
      doc,
      'div',
      { jsname: this.w.jsname, jscontroller: this.w.jscontroller, class: `${this.w.base} ${this.w.silent}` },
      h(doc, 'div', { class: 'UBNDXc' }),
      h(doc, 'div', { class: 'HPxjXe' }),
      h(doc, 'div', { class: 'DwvCqe' }),
    );
  }

  private addPerson(p: PersonState): void {
    const { doc } = this;
    if (!this.stage || this.tiles.has(p.id)) return;
    const dev = meetDeviceId(this.space, p);
    const tile = h(
      doc,
      'div',
      {
        class: 'sim-tile',
        'data-participant-id': dev,
        'data-requested-participant-id': dev,
        'data-initial-participant-id': dev,
      },
      newVideo(doc),
      h(doc, 'img', { class: 'avatar', src: meetAvatarUrl(p), alt: '' }),
      h(
        doc,
        'div',
        { 'data-self-name': 'You' },
        h(
          doc,
          'div',
          { 'data-tooltip-id': `tt-c${++this.tooltipSeq}`, 'data-tooltip-anchor-boundary-type': '1' },
          h(doc, 'span', { class: 'notranslate' }, p.name),
        ),
      ),
      this.widget(),
      h(doc, 'div', { class: 'sim-badges' }),
    );
    this.stage.append(tile);
    this.tiles.set(p.id, tile);
    if (this.panelList) {
      const row = h(
        doc,
        'div',
        { role: 'listitem', 'aria-label': p.name, class: 'cxdMu', 'data-participant-id': dev },
        h(doc, 'img', { src: meetAvatarUrl(p), alt: '' }),
        h(doc, 'span', { class: 'zWGUib' }, p.name),
        p.isSelf && h(doc, 'span', { class: 'NnTWjc' }, '(You)'),
        p.host && h(doc, 'div', { class: 'd93U2d' }, 'Meeting host'),
        h(
          doc,
          'button',
          { type: 'button', class: 'sim-mute' },
          this.widget(),
          h(doc, 'i', { class: 'google-symbols' }, 'devices'),
        ),
        h(doc, 'button', { type: 'button', 'aria-label': 'More actions' }),
      );
      this.panelList.append(row);
      this.rows.set(p.id, row);
    }
    this.updatePerson(p);
    this.updateCount();
  }

  private setWidget(w: Element | null | undefined, p: PersonState): void {
    if (!w) return;
    const el = w as HTMLElement;
    // Muted: the widget stays in the DOM but is display:none (2026 capture, §1.4).
    setShown(el, !p.muted);
    const speaking = p.speaking && !p.muted;
    const { silent, speaking: on } = this.w;
    el.classList.remove(silent, ...on);
    el.classList.add(speaking ? on[p.index % on.length]! : silent);
  }

  private updatePerson(p: PersonState): void {
    const { doc } = this;
    const tile = this.tiles.get(p.id);
    if (tile) {
      const video = tile.querySelector('video')!;
      const avatar = tile.querySelector<HTMLElement>('img.avatar')!;
      setCamera(video, p.camera);
      avatar.hidden = p.camera;
      tile.querySelector('span.notranslate')!.textContent = p.name;
      this.setWidget(tile.querySelector(this.widgetCss), p);
      const badges = tile.querySelector('.sim-badges')!;
      const icons: Child[] = [
        p.muted && h(doc, 'i', { class: 'google-symbols', 'aria-hidden': 'true' }, 'mic_off'),
        p.hand && h(doc, 'i', { class: 'google-symbols', 'aria-hidden': 'true' }, 'front_hand'),
      ];
      badges.replaceChildren(...(icons.filter(Boolean) as Node[]));
    }
    const row = this.rows.get(p.id);
    if (row) {
      row.setAttribute('aria-label', p.name);
      row.querySelector('.zWGUib')!.textContent = p.name;
      const btn = row.querySelector<HTMLButtonElement>('button.sim-mute')!;
      if (p.muted) {
        btn.disabled = true;
        btn.setAttribute('aria-label', "You can't unmute someone else");
      } else {
        btn.disabled = false;
        btn.setAttribute('aria-label', `Mute ${p.name}'s microphone`);
      }
      this.setWidget(row.querySelector(this.widgetCss), p);
    }
  }

  /** Meet's widget class changes while audio is detected; cycling also exercises "no silence class" readers. */
  private cycleSpeaking(): void {
    for (const p of this.model.people.values()) {
      if (!p.speaking || p.muted) continue;
      for (const container of [this.tiles.get(p.id), this.rows.get(p.id)]) {
        const w = container?.querySelector(this.widgetCss);
        if (!w) continue;
        const on = this.w.speaking;
        const cur = on.findIndex((c) => w.classList.contains(c));
        const next = on[(cur + 1) % on.length]!;
        if (cur >= 0) w.classList.replace(on[cur]!, next);
      }
    }
  }

  private updateCount(): void {
    const n = String(this.tiles.size);
    if (this.countBadge) {
      this.countBadge.setAttribute('data-avatar-count', n);
      this.countBadge.textContent = n;
    }
    this.panelList?.setAttribute('aria-setsize', n);
  }

  private updateHands(): void {
    if (!this.handsRegion) return;
    const { doc } = this;
    const up = this.model
      .present()
      .filter((p) => p.hand)
      .sort((a, b) => a.handSeq - b.handSeq);
    if (up.length === 0) {
      this.handsRegion.replaceChildren();
      return;
    }
    const list = h(doc, 'div', {
      role: 'list',
      'aria-label': `${up.length} raised hand${up.length > 1 ? 's' : ''}`,
    });
    for (const p of up) {
      list.append(
        h(
          doc,
          'div',
          { role: 'listitem', 'aria-label': p.name },
          h(doc, 'i', { class: 'google-symbols' }, 'front_hand'),
          h(doc, 'span', {}, p.name),
          h(doc, 'button', { type: 'button', 'aria-label': `Lower ${p.name}'s hand` }),
        ),
      );
    }
    this.handsRegion.replaceChildren(
      h(doc, 'button', { type: 'button' }, `Raised hands ${up.length}`),
      h(
        doc,
        'div',
        { role: 'region', 'aria-label': 'Raised hands' },
        h(doc, 'button', { type: 'button' }, 'Lower all hands'),
        list,
      ),
    );
  }

  // ---------------------------------------------------------------------------------------------------
  // Toolbar

  private buildToolbar(): HTMLElement {
    const { doc } = this;
    const icon = (text: string) => h(doc, 'i', { class: 'google-symbols', 'aria-hidden': 'true' }, text);
    return h(
      doc,
      'div',
      { role: 'toolbar', 'aria-label': 'Call controls' },
      h(doc, 'button', { type: 'button', jsname: 'hw0c9', class: 'sim-mic' }, icon('mic')),
      h(doc, 'button', { type: 'button', jsname: 'psRWwc', class: 'sim-cam' }, icon('videocam')),
      h(doc, 'button', { type: 'button', jsname: 'RrG0hf', class: 'sim-cc' }, icon('closed_caption_off')),
      h(doc, 'button', { type: 'button', jsname: 'FpSaz', class: 'sim-hand' }, icon('front_hand')),
      h(doc, 'button', { type: 'button', jsname: 'G0pghc', 'aria-label': 'Send a reaction' }, icon('mood')),
      h(
        doc,
        'button',
        {
          type: 'button',
          jsname: 'CQylAd',
          'aria-label': 'Leave call',
          'data-google-symbols-override': 'true',
        },
        icon('call_end'),
      ),
      h(
        doc,
        'button',
        {
          type: 'button',
          jsname: 'A5il2e',
          'data-panel-id': '2',
          'aria-pressed': String(this.model.scenario.panels.chat),
          'aria-label': 'Chat with everyone',
        },
        icon('chat'),
      ),
      h(
        doc,
        'div',
        { role: 'button', jsname: 'QbKf1d', 'aria-haspopup': 'dialog' },
        icon('people'),
        h(doc, 'span', {}, 'People'),
      ),
    );
  }

  private updateToolbar(): void {
    const t = this.toolbar;
    if (!t) return;
    const self = this.model.self;
    const mic = t.querySelector('.sim-mic')!;
    mic.setAttribute('data-is-muted', String(self.muted));
    mic.setAttribute(
      'aria-label',
      self.muted ? 'Turn on microphone (ctrl + d)' : 'Turn off microphone (ctrl + d)',
    );
    mic.querySelector('i')!.textContent = self.muted ? 'mic_off' : 'mic';
    const cam = t.querySelector('.sim-cam')!;
    cam.setAttribute('data-is-muted', String(!self.camera));
    cam.setAttribute('aria-label', self.camera ? 'Turn off camera (ctrl + e)' : 'Turn on camera (ctrl + e)');
    cam.querySelector('i')!.textContent = self.camera ? 'videocam' : 'videocam_off';
    const cc = t.querySelector('.sim-cc')!;
    cc.setAttribute('aria-label', this.model.captionsOn ? 'Turn off captions' : 'Turn on captions');
    cc.querySelector('i')!.textContent = this.model.captionsOn ? 'closed_caption' : 'closed_caption_off';
    const hand = t.querySelector('.sim-hand')!;
    hand.setAttribute('aria-pressed', String(self.hand));
    hand.setAttribute('aria-label', self.hand ? 'Lower hand' : 'Raise hand');
  }

  // ---------------------------------------------------------------------------------------------------
  // Captions

  private setCaptions(on: boolean): void {
    if (!this.capWrap) return;
    // A toggle replaces the region node (2026-05, TranscripTonic #93): off drops it, on builds a new one.
    this.region?.remove();
    this.region = null;
    this.entries = [];
    this.captionKeys.clear();
    if (!on) return;
    const { doc } = this;
    this.region = h(
      doc,
      'div',
      { role: 'region', tabindex: '0', 'aria-label': 'Captions', class: 'vNKgIf UDinHf' },
      h(doc, 'div', { class: 'sim-dummy' }),
      h(doc, 'button', { type: 'button' }, 'Jump to bottom'),
    );
    this.capWrap.append(this.region);
  }

  private caption(p: PersonState, key: number, text: string): void {
    if (!this.region) return;
    let ref = this.captionKeys.get(key);
    if (!ref) {
      const last = this.entries[this.entries.length - 1];
      if (last && last.who === p.id && last.el.isConnected) {
        // Same speaker keeps talking: Meet grows the live entry.
        last.segments.push('');
        ref = { entry: last, seg: last.segments.length - 1 };
      } else {
        ref = { entry: this.newEntry(p), seg: 0 };
      }
      this.captionKeys.set(key, ref);
    }
    ref.entry.segments[ref.seg] = text;
    this.writeEntry(ref.entry);
  }

  private correct(key: number, text: string): void {
    const ref = this.captionKeys.get(key);
    if (!ref?.entry.el.isConnected) return;
    ref.entry.segments[ref.seg] = text;
    this.writeEntry(ref.entry);
  }

  private writeEntry(e: CaptionEntry): void {
    let s = e.segments.filter((x) => x.length > 0).join(' ');
    if (s.length > MEET_CAPTION_TRIM_CHARS) {
      // Head trim of a long monologue: keep the tail, as Meet does, and forget the trimmed segments.
      const keep = s.slice(s.length - Math.floor(MEET_CAPTION_TRIM_CHARS / 2));
      e.segments = [keep];
      for (const [k, ref] of this.captionKeys)
        if (ref.entry === e) this.captionKeys.set(k, { entry: e, seg: 0 });
      s = keep;
    }
    e.text.data = s; // in place: characterData mutation on the same text node
  }

  private newEntry(p: PersonState): CaptionEntry {
    const { doc } = this;
    const text = doc.createTextNode('');
    const el = h(
      doc,
      'div',
      { class: 'nMcdL bj4p3b' },
      h(
        doc,
        'div',
        { class: 'adE6rb' },
        h(doc, 'img', { 'data-iml': String(1000 + p.index), src: meetAvatarUrl(p), alt: '' }),
        h(
          doc,
          'div',
          { class: 'KcIKyf jxFHg' },
          h(doc, 'span', { class: 'NWpY1d' }, p.isSelf ? 'You' : p.name),
        ),
      ),
      h(doc, 'div', { class: 'ygicle VbkSUe' }, text),
    );
    // Entries go before the two trailing non-caption children.
    this.region!.insertBefore(el, this.region!.querySelector(':scope > .sim-dummy'));
    const entry: CaptionEntry = { who: p.id, el, text, segments: [''] };
    this.entries.push(entry);
    while (this.entries.length > MEET_MAX_CAPTION_ENTRIES) {
      const old = this.entries.shift()!;
      old.el.remove();
      for (const [k, ref] of this.captionKeys) if (ref.entry === old) this.captionKeys.delete(k);
    }
    return entry;
  }

  // ---------------------------------------------------------------------------------------------------
  // Chat, toasts, reactions

  private chatMessage(p: PersonState, text: string, id: string): void {
    if (!this.chat) {
      this.toast(`${p.name} says in chat: ${text}`);
      return;
    }
    const { doc } = this;
    let group = this.chat.lastElementChild as HTMLElement | null;
    if (!group || this.lastChatSender !== p.id) {
      group = h(
        doc,
        'div',
        { class: 'Ss4fHf' },
        h(
          doc,
          'div',
          { class: 'QTyiie' },
          // Own messages carry no sender, only the time (§1.3 "Local user").
          !p.isSelf && h(doc, 'div', { class: 'poVWob' }, p.name),
          h(doc, 'div', { class: 'MuzmKe' }, clock()),
        ),
      );
      this.chat.append(group);
      this.lastChatSender = p.id;
    }
    group.append(
      h(
        doc,
        'div',
        { class: 'RLrADb', 'data-message-id': id },
        h(doc, 'div', { jsname: 'dTKtvb' }, h(doc, 'div', {}, text)),
        h(doc, 'button', { type: 'button', 'aria-label': 'Pin message', 'data-message-id': id }),
      ),
    );
    this.chatCount++;
    while (this.chatCount > MEET_MAX_CHAT_MESSAGES) {
      const first = this.chat.querySelector('.RLrADb');
      if (!first) break;
      const g = first.parentElement!;
      first.remove();
      if (!g.querySelector('.RLrADb')) g.remove();
      this.chatCount--;
    }
    if (!p.isSelf) this.toast(`${p.name} says in chat: ${text}`);
  }

  private toast(text: string): void {
    if (!this.toasts) return;
    const t = h(this.doc, 'div', { 'aria-live': 'polite', class: 'toast' }, text);
    this.toasts.append(t);
    while (this.toasts.childElementCount > 3) this.toasts.firstElementChild!.remove();
    removeAfter(t, 4000);
  }

  private react(p: PersonState, emoji: string): void {
    if (!this.reactions) return;
    const { doc } = this;
    const bubble = h(
      doc,
      'div',
      { class: 'sim-reaction' },
      h(doc, 'html-blob', {}, h(doc, 'img', { 'aria-label': emoji, alt: emoji })),
      h(doc, 'span', {}, p.name),
    );
    this.reactions.append(bubble);
    while (this.reactions.childElementCount > 20) this.reactions.firstElementChild!.remove();
    removeAfter(bubble, 3000);
    this.toast(`${p.name} reacted with ${emoji}`);
  }
}
