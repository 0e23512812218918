/**
 * Entry of the page bundle. The driver puts `window.__rapportSimConfig` in the page before this runs; the
 * runtime takes over the static fixture, renders the scenario's first state and exposes
 * `window.__rapportSim = { play(), state, done }`. In Zoom's PWA shell (top document holding
 * `iframe#webclient`) it only forwards to the runtime inside the frame.
 */
import type { Scenario } from '../scenario';
import { expandTimeline } from '../timeline';
import { Player, type Renderer, type SimApi, SimModel, type SimState } from './common';
import { type MeetDrift, MeetRenderer } from './meet';
import { type ZoomOptions, ZoomRenderer } from './zoom';

export interface SimConfig {
  platform: 'meet' | 'zoom';
  scenario: Scenario;
  autoplay: boolean;
  speed?: number;
  /** Zoom only. `shell`: this document is the PWA shell; the meeting runs in iframe#webclient. */
  zoom?: ZoomOptions & { role: 'meeting' | 'shell' };
  /** Meet only: render a drifted DOM (see `MeetDrift`); absent = the current shape. */
  drift?: MeetDrift;
}

declare global {
  interface Window {
    __rapportSimConfig?: SimConfig;
    __rapportSim?: SimApi;
  }
}

function shellApi(): SimApi {
  const frame = () => document.querySelector<HTMLIFrameElement>('iframe#webclient');
  const inner = (): SimApi | undefined => frame()?.contentWindow?.__rapportSim;
  const ready = new Promise<SimApi>((resolve) => {
    const poll = () => {
      const api = inner();
      if (api) resolve(api);
      else setTimeout(poll, 20);
    };
    poll();
  });
  return {
    play: () => {
      void ready.then((api) => api.play());
    },
    get state(): SimState {
      return inner()?.state as SimState;
    },
    done: ready.then((api) => api.done),
  };
}

export function start(cfg: SimConfig, doc: Document = document): SimApi {
  if (cfg.platform === 'zoom' && cfg.zoom?.role === 'shell') return shellApi();
  const model = new SimModel(cfg.scenario);
  const events = expandTimeline(cfg.scenario);
  const renderer: Renderer =
    cfg.platform === 'meet'
      ? new MeetRenderer(doc, model, cfg.drift)
      : new ZoomRenderer(doc, model, cfg.zoom!);
  renderer.mount();
  const player = new Player(model, events, renderer, cfg.platform, cfg.speed ?? 1);
  return {
    play: () => player.play(),
    get state() {
      return player.state;
    },
    done: player.done,
  };
}

const cfg = typeof window !== 'undefined' ? window.__rapportSimConfig : undefined;
if (cfg) {
  const boot = () => {
    const api = start(cfg);
    window.__rapportSim = api;
    if (cfg.autoplay) api.play();
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', boot, { once: true });
  else boot();
}
