/**
 * Zoom web client renderer. Shape as of 2026-11 per meet-zoom-dom.md §2.10: readable BEM classes, speaker
 * view (main frame + filmstrip with `--active`) or gallery (`--active`), tile footers with the name, the
 * participants pane whose row aria-label summarises audio/video state, rolling live-transcription box with
 * only an avatar or initial, virtualised chat, footer controls, waiting room, pre-join and the end modal.
 * Classic client (/wc/join/<id>) and React client (/wc/<id>/join) differ in pre-join and footer details.
 * Own markup, not a capture.
 */
import type { TimelineEvent } from '../timeline';
import {
  addStyle,
  clock12,
  h,
  initials,
  newVideo,
  type PersonState,
  type Renderer,
  type SimModel,
  setCamera,
} from './common';

export interface ZoomOptions {
  client: 'classic' | 'new';
  view: 'speaker' | 'gallery';
  host: string;
  meetingId: string;
  inFrame: boolean;
}

/** Zoom's caption box holds one rolling utterance; its head drops off as it grows. */
export const ZOOM_CAPTION_MAX_CHARS = 140;
/** The chat list is virtualised: only the most recent items stay rendered. */
export const ZOOM_MAX_RENDERED_CHAT = 40;

/** Every other participant has a profile picture; the rest show initials (also in captions). */
export const zoomHasPicture = (p: PersonState) => p.index % 2 === 0;

export function zoomAvatarUrl(opts: ZoomOptions, p: PersonState): string {
  return `https://${opts.host}/p/sim-avatar-${p.index}.svg`;
}

const CSS = `
body{margin:0;font:13px system-ui,sans-serif;background:#1a1a1a;color:#fff}
.meeting-client-inner{margin-right:280px;padding-bottom:60px}
.speaker-active-container__video-frame{height:300px;position:relative;background:#232323}
.speaker-bar-container__horizontal-view-wrap,.gallery-video-container__wrapper{display:flex;flex-wrap:wrap;gap:4px;padding:4px}
.speaker-bar-container__video-frame,.gallery-video-container__video-frame{position:relative;width:160px;height:90px;background:#2d2d2d}
.gallery-video-container__video-frame{width:200px;height:112px}
[class*="__video-frame--active"]{outline:3px solid #7cd44a}
.video-avatar__avatar{position:absolute;inset:0}
.video-avatar__avatar video{width:100%;height:100%;object-fit:cover}
.video-avatar__avatar-title{position:absolute;left:50%;top:45%;transform:translate(-50%,-50%)}
.video-avatar__avatar-img{width:40px;height:40px;border-radius:8px}
.video-avatar__avatar-footer{position:absolute;left:4px;bottom:4px;background:rgba(0,0,0,.5);padding:1px 4px}
.live-transcription-subtitle__box{position:fixed;z-index:2;left:20px;right:300px;bottom:70px;background:rgba(0,0,0,.75);padding:6px}
#live-transcription-subtitle img{width:20px;height:20px}
#wc-footer{position:fixed;left:0;right:280px;bottom:0;padding:8px;background:#111}
.footer__btns-container{display:flex;gap:8px;align-items:center}
#wc-footer button{background:#333;color:#fff;border:0;padding:6px 10px}
#wc-container-right{position:fixed;right:0;top:0;bottom:0;width:280px;background:#fff;color:#222;overflow:auto}
.participants-li{display:block;padding:2px 6px}.participants-item__avatar{width:20px;height:20px}
.zm-modal{position:fixed;left:30%;top:30%;background:#fff;color:#222;padding:24px;border-radius:8px}
.sim-zoom-page{padding:48px;text-align:center}
`;

interface CaptionState {
  who: string | null;
  segments: string[];
  keys: Map<number, number>;
}

export class ZoomRenderer implements Renderer {
  private app: HTMLElement | null = null;
  private mainFrame: HTMLElement | null = null;
  private strip: HTMLElement | null = null;
  private captionsHost: HTMLElement | null = null;
  private captionBox: HTMLElement | null = null;
  private footer: HTMLElement | null = null;
  private panelList: HTMLElement | null = null;
  private panelTitle: HTMLElement | null = null;
  private chatList: HTMLElement | null = null;
  private frames = new Map<string, HTMLElement>();
  private rows = new Map<string, HTMLElement>();
  private activeId: string | null = null;
  private lastShownSpeaker: string | null = null;
  private cap: CaptionState = { who: null, segments: [], keys: new Map() };
  private chatIndex = 0;
  private captionRowWho: string | null = null;
  private lastChatSender: string | null = null;

  constructor(
    private readonly doc: Document,
    private readonly model: SimModel,
    private readonly opts: ZoomOptions,
  ) {}

  private get frameClass(): string {
    return this.opts.view === 'gallery'
      ? 'gallery-video-container__video-frame'
      : 'speaker-bar-container__video-frame';
  }

  mount(): void {
    const { doc } = this;
    doc.title = this.opts.inFrame ? 'Zoom' : `${this.model.scenario.title} - Zoom`;
    if (!doc.head.querySelector('style[data-sim-style]')) addStyle(doc, CSS);
    this.render();
  }

  apply(ev: TimelineEvent): void {
    const m = this.model;
    if (ev.kind === 'phase') {
      this.render();
      return;
    }
    if (ev.kind === 'end') {
      this.end();
      return;
    }
    if (m.phase !== 'in-call' || !this.app) return;
    const p = 'who' in ev ? m.people.get(ev.who) : undefined;
    switch (ev.kind) {
      case 'join':
        this.addPerson(p!);
        this.updateCount();
        break;
      case 'leave':
        this.frames.get(p!.id)?.remove();
        this.frames.delete(p!.id);
        this.rows.get(p!.id)?.remove();
        this.rows.delete(p!.id);
        if (this.activeId === p!.id) this.activeId = null;
        this.updateActive();
        this.updateCount();
        break;
      case 'speak':
        this.updateActive(ev.on ? p!.id : undefined);
        break;
      case 'rename':
      case 'camera':
      case 'mute':
      case 'hand':
        this.updatePerson(p!);
        if (ev.kind === 'mute') this.updateActive();
        if (p!.isSelf) this.updateFooter();
        break;
      case 'captions':
        this.setCaptions(ev.on);
        break;
      case 'caption':
        this.caption(p!, ev.key, ev.text);
        break;
      case 'caption-correct':
        this.correct(p!, ev.key, ev.text);
        break;
      case 'chat':
        this.chatMessage(p!, ev.text, ev.id);
        break;
      default:
        break;
    }
  }

  // ---------------------------------------------------------------------------------------------------

  private render(): void {
    const { doc, model: m } = this;
    this.frames.clear();
    this.rows.clear();
    this.app = this.mainFrame = this.strip = this.captionsHost = this.captionBox = this.footer = null;
    this.panelList = this.panelTitle = this.chatList = null;
    doc.body.replaceChildren();
    if (m.phase === 'lobby') {
      const self = m.self;
      doc.body.append(
        this.opts.client === 'new'
          ? h(
              doc,
              'div',
              { class: 'preview-meeting-info sim-zoom-page' },
              h(doc, 'h2', {}, m.scenario.title),
              h(doc, 'input', { id: 'input-for-name', type: 'text', value: self.name }),
              h(
                doc,
                'button',
                { id: 'preview-audio-control-button', type: 'button', 'aria-label': 'Mute' },
                'Mute',
              ),
              h(
                doc,
                'button',
                { id: 'preview-video-control-button', type: 'button', 'aria-label': 'Stop Video' },
                'Stop Video',
              ),
              h(doc, 'button', { type: 'button', class: 'preview-join-button' }, 'Join'),
            )
          : h(
              doc,
              'form',
              { class: 'sim-zoom-page', id: 'join-form' },
              h(doc, 'h2', {}, 'Join Meeting'),
              h(doc, 'input', { id: 'inputname', type: 'text', placeholder: 'Your Name', value: self.name }),
              h(doc, 'button', { id: 'joinBtn', type: 'button' }, 'Join'),
            ),
      );
      return;
    }
    if (m.phase === 'waiting') {
      doc.body.append(
        h(
          doc,
          'div',
          { class: 'sim-zoom-page' },
          h(doc, 'h2', {}, 'Please wait, the meeting host will let you in soon.'),
          h(doc, 'div', {}, m.scenario.title),
        ),
      );
      return;
    }
    this.renderMeeting();
  }

  private renderMeeting(): void {
    const { doc, model: m } = this;
    const inner = h(doc, 'div', { class: 'meeting-client-inner' });
    if (this.opts.view === 'speaker') {
      this.mainFrame = h(doc, 'div', { class: 'speaker-active-container__video-frame' });
      this.strip = h(doc, 'div', { class: 'speaker-bar-container__horizontal-view-wrap' });
      inner.append(h(doc, 'div', { class: 'speaker-active-container__wrap' }, this.mainFrame), this.strip);
    } else {
      this.strip = h(doc, 'div', { class: 'gallery-video-container__wrapper' });
      inner.append(this.strip);
    }
    this.captionsHost = h(doc, 'div', { class: 'sim-captions-host' });
    this.footer = this.buildFooter();
    inner.append(this.captionsHost, this.footer);
    const right = h(doc, 'div', { id: 'wc-container-right' });
    if (m.scenario.panels.people) {
      this.panelTitle = h(doc, 'span', {}, 'Participants (0)');
      this.panelList = h(doc, 'ul', {
        id: 'participants-ul',
        class: 'participants-ul participants-list-container',
      });
      right.append(
        h(
          doc,
          'div',
          { class: 'participants-section-container' },
          h(doc, 'div', { class: 'participants-header__title' }, this.panelTitle),
          h(doc, 'div', { 'aria-label': 'participants list' }, this.panelList),
        ),
      );
    }
    if (m.scenario.panels.chat) {
      this.chatList = h(doc, 'div', {
        'aria-label': 'Chat Message List',
        class: 'chat-virtuoso-wrapper',
        id: 'chat-list-content',
      });
      right.append(
        h(
          doc,
          'div',
          { class: 'chat-container' },
          this.chatList,
          h(
            doc,
            'div',
            { class: 'chat-rtf-box__editor-outer' },
            h(doc, 'div', { class: 'tiptap ProseMirror', contenteditable: 'true' }, h(doc, 'p', {})),
          ),
          h(doc, 'button', { type: 'button', class: 'chat-rtf-box__send', 'aria-label': 'send' }),
        ),
      );
    }
    this.app = h(doc, 'div', { class: 'meeting-app' }, inner, right);
    doc.body.append(this.app);
    for (const p of m.present()) this.addPerson(p);
    this.updateCount();
    this.updateFooter();
    this.setCaptions(m.captionsOn);
    this.updateActive();
  }

  // ---------------------------------------------------------------------------------------------------
  // Tiles

  private avatar(p: PersonState, withVideo: boolean): HTMLElement {
    const { doc } = this;
    const title = h(doc, 'div', { class: 'video-avatar__avatar-title' });
    // Camera off: the big name; camera on: the picture element (§2.4, C) — plus the painted video.
    if (p.camera) {
      title.append(
        h(doc, 'img', { class: 'video-avatar__avatar-img', alt: p.name, src: zoomAvatarUrl(this.opts, p) }),
      );
    } else {
      title.append(h(doc, 'div', { class: 'video-avatar__avatar-name' }, p.name));
    }
    const footer = h(
      doc,
      'div',
      {
        class: `video-avatar__avatar-footer${p.muted ? ' video-avatar__avatar-footer--view-mute-computer' : ''}`,
      },
      h(doc, 'span', { role: 'none' }, p.name),
    );
    const el = h(doc, 'div', { class: 'video-avatar__avatar' }, title, footer);
    if (withVideo) {
      const video = newVideo(doc, 'sim-video');
      el.prepend(video);
      setCamera(video, p.camera);
    }
    return el;
  }

  private addPerson(p: PersonState): void {
    if (!this.strip || this.frames.has(p.id)) return;
    const { doc } = this;
    const frame = h(doc, 'div', { class: this.frameClass });
    frame.append(this.avatar(p, true));
    this.strip.append(frame);
    this.frames.set(p.id, frame);
    if (this.panelList) {
      const left = h(
        doc,
        'div',
        { class: 'participants-item__left-section' },
        zoomHasPicture(p)
          ? h(doc, 'img', {
              class: 'participants-item__avatar',
              src: zoomAvatarUrl(this.opts, p),
              alt: '',
              'aria-hidden': 'true',
            })
          : h(
              doc,
              'span',
              { class: 'participants-item__avatar participants-item__avatar--initial' },
              initials(p.name),
            ),
        h(
          doc,
          'span',
          { class: 'participants-item__name-section' },
          h(doc, 'span', { class: 'participants-item__display-name' }, p.name),
          h(doc, 'span', { class: 'participants-item__name-label' }, this.label(p)),
        ),
      );
      const row = h(
        doc,
        'div',
        { class: 'participants-item-position' },
        h(
          doc,
          'li',
          { class: 'item-pos participants-li', tabindex: '-1' },
          h(
            doc,
            'div',
            { class: 'participants-item__item-layout' },
            left,
            h(doc, 'span', { class: 'participants-item__right-section' }),
          ),
        ),
      );
      this.panelList.append(row);
      this.rows.set(p.id, row);
    }
    this.updatePerson(p);
  }

  private label(p: PersonState): string {
    const parts = [p.host && 'Host', p.isSelf && 'me'].filter(Boolean);
    return parts.length ? `(${parts.join(', ')})` : '';
  }

  private updatePerson(p: PersonState): void {
    const { doc } = this;
    const frame = this.frames.get(p.id);
    if (frame) frame.replaceChildren(this.avatar(p, true));
    if (this.mainFrame && this.lastShownSpeaker === p.id) this.showInMain(p);
    const row = this.rows.get(p.id);
    if (row) {
      const li = row.querySelector('li')!;
      const label = this.label(p);
      li.setAttribute(
        'aria-label',
        `${p.name}${label ? ` ${label}` : ''} computer audio ${p.muted ? 'muted' : 'unmuted'} video ${p.camera ? 'on' : 'off'}`,
      );
      row.querySelector('.participants-item__display-name')!.textContent = p.name;
      row.querySelector('.participants-item__right-section')!.replaceChildren(
        ...[
          p.hand && h(doc, 'i', { class: 'participants-icon__participants-raisehand' }),
          // The icon class names the host's action, not the state: a muted row shows "unmute"
          // (2020 classic client capture, see utils/platforms/zoom/selectors.ts panelMuted).
          h(doc, 'i', {
            class: p.muted
              ? 'participants-icon__participants-unmute'
              : 'participants-icon__participants-mute',
          }),
          h(doc, 'i', {
            class: `participants-icon__participant-video${p.camera ? '' : ' participants-icon__participant-video--stopped'}`,
          }),
        ].filter((x): x is HTMLElement => !!x),
      );
    }
  }

  private showInMain(p: PersonState): void {
    if (!this.mainFrame) return;
    this.mainFrame.replaceChildren(this.avatar(p, false), h(this.doc, 'canvas', { class: 'video-canvas' }));
  }

  /**
   * Zoom shows one active speaker: the most recent to start among those speaking. With nobody speaking
   * the `--active` modifier is cleared; the speaker-view main frame keeps the last speaker (it always exists).
   */
  private updateActive(started?: string): void {
    const speaking = [...this.model.people.values()].filter((p) => p.speaking && p.present && !p.muted);
    if (started && speaking.some((p) => p.id === started)) this.activeId = started;
    else if (!this.activeId || !speaking.some((p) => p.id === this.activeId))
      this.activeId = speaking[0]?.id ?? null;
    const mod = `${this.frameClass}--active`;
    for (const [id, frame] of this.frames) frame.classList.toggle(mod, id === this.activeId);
    const show =
      this.activeId ?? this.lastShownSpeaker ?? this.model.present().find((p) => !p.isSelf)?.id ?? null;
    if (this.mainFrame && show && show !== this.lastShownSpeaker) {
      this.lastShownSpeaker = show;
      this.showInMain(this.model.people.get(show)!);
    }
  }

  private updateCount(): void {
    const n = this.frames.size;
    if (this.panelTitle) this.panelTitle.textContent = `Participants (${n})`;
    const btn = this.footer?.querySelector('#participant button');
    if (btn) {
      btn.setAttribute('aria-label', `open the participants list pane,[${n}]`);
      btn.querySelector('.footer-button__number-counter > span')!.textContent = String(n);
    }
  }

  // ---------------------------------------------------------------------------------------------------
  // Footer

  private buildFooter(): HTMLElement {
    const { doc } = this;
    const label = (t: string) => h(doc, 'span', { class: 'footer-button-base__button-label' }, t);
    const classic = this.opts.client === 'classic';
    return h(
      doc,
      'footer',
      { id: 'wc-footer', class: 'footer' },
      h(
        doc,
        'div',
        { class: 'footer__btns-container' },
        h(
          doc,
          'div',
          { id: 'audioOptionMenu' },
          h(doc, 'button', { type: 'button', 'aria-label': 'Audio options' }),
          h(doc, 'ul', { role: 'menu', hidden: true }, h(doc, 'li', {}, h(doc, 'a', {}, 'Audio Settings'))),
        ),
        h(
          doc,
          'button',
          { type: 'button', class: 'footer-button-base__button join-audio-container__btn' },
          label('Mute'),
        ),
        h(
          doc,
          'button',
          { type: 'button', class: 'footer-button-base__button send-video-container__btn' },
          label('Start Video'),
        ),
        h(
          doc,
          'div',
          { id: 'participant' },
          h(
            doc,
            'button',
            { type: 'button', class: 'footer-button-base__button' },
            h(doc, 'span', { class: 'footer-button__number-counter' }, h(doc, 'span', {}, '0')),
            label('Participants'),
          ),
        ),
        h(
          doc,
          'div',
          { id: 'chat' },
          h(
            doc,
            'button',
            { type: 'button', class: 'footer-button-base__button', 'aria-label': 'open the chat panel' },
            label('Chat'),
          ),
        ),
        h(
          doc,
          'div',
          { class: 'footer__leave-btn-container' },
          h(
            doc,
            'button',
            {
              type: 'button',
              class: `footer-button-base__button footer-button__button${classic ? ' footer__leave-btn' : ''}`,
              'aria-label': 'Leave',
            },
            classic ? 'Leave Meeting' : 'Leave',
          ),
        ),
      ),
    );
  }

  private updateFooter(): void {
    if (!this.footer) return;
    const self = this.model.self;
    const audio = this.footer.querySelector('.join-audio-container__btn')!;
    audio.querySelector('.footer-button-base__button-label')!.textContent = self.muted ? 'Unmute' : 'Mute';
    audio.setAttribute('aria-label', self.muted ? 'unmute my microphone' : 'mute my microphone');
    const video = this.footer.querySelector('.send-video-container__btn')!;
    video.querySelector('.footer-button-base__button-label')!.textContent = self.camera
      ? 'Stop Video'
      : 'Start Video';
    video.setAttribute('aria-label', self.camera ? 'stop my video' : 'start my video');
  }

  // ---------------------------------------------------------------------------------------------------
  // Captions: one rolling row, speaker shown only as a picture or an initial.

  private setCaptions(on: boolean): void {
    if (!this.captionsHost) return;
    this.captionBox?.remove();
    this.captionBox = null;
    this.cap = { who: null, segments: [], keys: new Map() };
    if (on) {
      this.captionBox = h(this.doc, 'div', { class: 'live-transcription-subtitle__box' });
      this.captionsHost.append(this.captionBox);
    }
  }

  private caption(p: PersonState, key: number, text: string): void {
    if (!this.captionBox) return;
    if (this.cap.who !== p.id) this.cap = { who: p.id, segments: [], keys: new Map() };
    let seg = this.cap.keys.get(key);
    if (seg === undefined) {
      seg = this.cap.segments.push('') - 1;
      this.cap.keys.set(key, seg);
    }
    this.cap.segments[seg] = text;
    this.writeCaption(p);
  }

  private correct(p: PersonState, key: number, text: string): void {
    const seg = this.cap.who === p.id ? this.cap.keys.get(key) : undefined;
    if (seg === undefined) return; // the utterance already rolled away
    this.cap.segments[seg] = text;
    this.writeCaption(p);
  }

  private writeCaption(p: PersonState): void {
    const { doc } = this;
    let s = this.cap.segments.filter(Boolean).join(' ');
    if (s.length > ZOOM_CAPTION_MAX_CHARS) {
      const cut = s.indexOf(' ', s.length - ZOOM_CAPTION_MAX_CHARS);
      s = s.slice(cut < 0 ? s.length - ZOOM_CAPTION_MAX_CHARS : cut + 1);
    }
    let row = this.captionBox!.querySelector<HTMLElement>('#live-transcription-subtitle');
    if (!row || this.captionRowWho !== p.id) {
      row?.remove();
      this.captionRowWho = p.id;
      row = h(
        doc,
        'div',
        { id: 'live-transcription-subtitle' },
        zoomHasPicture(p)
          ? h(doc, 'img', { src: zoomAvatarUrl(this.opts, p), alt: '' })
          : h(doc, 'span', { class: 'zmu-data-selector-item__icon' }, initials(p.name)),
        h(doc, 'span', { class: 'live-transcription-subtitle__item', dir: 'auto' }, ''),
      );
      this.captionBox!.append(row);
    }
    row.querySelector('.live-transcription-subtitle__item')!.textContent = s;
  }

  // ---------------------------------------------------------------------------------------------------
  // Chat

  private chatMessage(p: PersonState, text: string, id: string): void {
    if (!this.chatList) return;
    const { doc } = this;
    const time = clock12();
    const newRun = this.lastChatSender !== p.id;
    this.lastChatSender = p.id;
    this.chatList.append(
      h(
        doc,
        'div',
        { 'data-index': String(this.chatIndex++) },
        h(
          doc,
          'div',
          {
            class: 'chat-item-container',
            'data-id': id,
            id: `chat-message-${id}`,
            'aria-label': `${p.name} said to Everyone at ${time}: ${text}`,
          },
          newRun && h(doc, 'span', { class: 'chat-item__sender' }, p.name),
          newRun && h(doc, 'span', { class: 'new-chat-item__chat-info-time-stamp' }, time),
          h(
            doc,
            'div',
            { class: 'new-chat-message__container' },
            h(
              doc,
              'div',
              { class: 'new-chat-message__text-content' },
              h(doc, 'div', { class: '_rtfEditor_1n3rs_1' }, text),
            ),
            h(doc, 'div', { class: 'chat-vote-row' }),
          ),
        ),
      ),
    );
    while (this.chatList.childElementCount > ZOOM_MAX_RENDERED_CHAT)
      this.chatList.firstElementChild!.remove();
  }

  // ---------------------------------------------------------------------------------------------------
  // End

  private end(): void {
    const { doc } = this;
    const reason = this.model.ended;
    if (!this.app || reason === 'left') {
      // Leaving yourself: the client tears the meeting down and shows the post-meeting page.
      doc.body.replaceChildren(
        h(
          doc,
          'div',
          { class: 'meeting-ended-container sim-zoom-page' },
          h(doc, 'h2', {}, 'You have left the meeting'),
        ),
      );
      return;
    }
    const title =
      reason === 'removed' ? 'You have been removed from the meeting' : 'This meeting has been ended by host';
    const ok = h(doc, 'button', { type: 'button', class: 'zm-btn zm-btn-legacy' }, 'OK');
    const modal = h(
      doc,
      'div',
      { class: 'zm-modal', role: 'dialog', 'aria-label': 'Meeting is end now' },
      h(doc, 'div', { class: 'zm-modal-body-title' }, title),
      ok,
    );
    ok.addEventListener('click', () => {
      modal.remove();
      this.footer?.remove();
    });
    // Tiles stop; the modal sits over the meeting until OK.
    for (const frame of this.frames.values()) frame.classList.remove(`${this.frameClass}--active`);
    this.app.append(modal);
  }
}
