/** Plays scenario steps into a simulator renderer on `document`, event by event, up to a time. */
import { SimModel } from '@/tests/sim/page/common';
import { MeetRenderer } from '@/tests/sim/page/meet';
import { ZoomRenderer } from '@/tests/sim/page/zoom';
import { defineScenario, type ScenarioInput } from '@/tests/sim/scenario';
import { expandTimeline } from '@/tests/sim/timeline';

const people: ScenarioInput['participants'] = [
  { id: 'me', name: 'Ana Lúcia', isSelf: true },
  { id: 'b', name: 'Bartek Wiśniewski' },
  { id: 'c', name: '佐藤 美咲' },
];

export function setup(
  platform: 'meet' | 'zoom',
  steps: ScenarioInput['steps'],
  extra: Partial<ScenarioInput> = {},
) {
  const s = defineScenario({ name: 't', participants: people, steps, durationMs: 600_000, ...extra });
  document.body.replaceChildren();
  const model = new SimModel(s);
  const r =
    platform === 'meet'
      ? new MeetRenderer(document, model)
      : new ZoomRenderer(document, model, {
          client: 'new',
          view: 'speaker',
          host: 'app.zoom.us',
          meetingId: s.zoomMeetingId,
          inFrame: false,
        });
  r.mount();
  const events = expandTimeline(s);
  let i = 0;
  const to = (t: number) => {
    while (i < events.length && events[i]!.t <= t) {
      const ev = events[i++]!;
      model.apply(ev);
      r.apply(ev);
    }
  };
  return { to };
}
