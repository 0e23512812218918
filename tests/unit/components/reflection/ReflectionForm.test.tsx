// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createMockReflectionClient, type ReflectionEntry } from '@/components/reflection/client';
import { ReflectionForm } from '@/components/reflection/ReflectionForm';
import { reflect } from '@/utils/prompts';
import { teamCall } from '../../utils/prompts/factory';
import { click, flush, type Mounted, mount, typeInto } from './render';

let m: Mounted | null = null;
afterEach(() => {
  m?.unmount();
  m = null;
});

const entry = (id: string, startOffset = 0, summary = teamCall()): ReflectionEntry => ({
  meetingId: id,
  summary: { ...summary, startedAt: summary.startedAt + startOffset },
  saved: null,
  read: false,
});

function radio(root: HTMLElement, name: string, value: number) {
  return root.querySelector(`input[type="radio"][name="${name}"][value="${value}"]`);
}

describe('ReflectionForm', () => {
  it('has two radio groups with legends, labelled note and intention fields', () => {
    const client = createMockReflectionClient();
    m = mount(<ReflectionForm meetingId="m1" client={client} prompts={reflect(teamCall()).prompts} />);
    const legends = [...m.root.querySelectorAll('fieldset > legend')].map((l) => l.textContent);
    expect(legends).toEqual(['Everyone had room to speak', 'I showed interest in others']);
    expect(m.root.querySelectorAll('input[name="room"][type="radio"]').length).toBe(5);
    expect(m.root.querySelector('label[for="rp-note"]')?.textContent).toBe('Private note (optional)');
    expect(m.root.querySelector('#rp-note')).not.toBeNull();
    expect(m.root.querySelector('label[for="rp-intention"]')?.textContent).toBe(
      'Intention for your next call',
    );
  });

  it('saves the ratings, note, chosen intention and prompt ids', async () => {
    const client = createMockReflectionClient([entry('m1')], () => 1234);
    const prompts = reflect(teamCall()).prompts;
    const onSaved = vi.fn();
    m = mount(<ReflectionForm meetingId="m1" client={client} prompts={prompts} onSaved={onSaved} />);
    click(radio(m.root, 'room', 4));
    click(radio(m.root, 'interest', 2));
    typeInto(m.root.querySelector('#rp-note'), 'Lee seemed tired.');
    const suggestions = [...m.root.querySelectorAll('[data-testid="rp-suggestion"]')];
    expect(suggestions.length).toBe(prompts.length);
    const silent = prompts.find((p) => p.id === 'silent-people');
    expect(silent).toBeDefined();
    const button = suggestions.find((b) => b.textContent?.includes(silent!.nextStep));
    click(button);
    expect(button?.getAttribute('aria-pressed')).toBe('true');
    expect((m.root.querySelector('#rp-intention') as HTMLInputElement).value).toBe(silent!.nextStep);
    click(m.root.querySelector('button[type="submit"]'));
    await flush();
    expect(client.calls.saveReflection).toEqual([
      {
        meetingId: 'm1',
        input: {
          ratings: { room: 4, interest: 2 },
          note: 'Lee seemed tired.',
          intention: silent!.nextStep,
          promptIds: prompts.map((p) => p.id),
        },
      },
    ]);
    expect(onSaved).toHaveBeenCalledWith(expect.objectContaining({ meetingId: 'm1', savedAt: 1234 }));
    expect(m.root.querySelector('[role="status"]')?.textContent).toBe('Saved.');
    expect(client.entries[0]?.saved?.intention).toBe(silent!.nextStep);
  });

  it('saves a typed intention and null for skipped ratings', async () => {
    const client = createMockReflectionClient();
    m = mount(<ReflectionForm meetingId="m2" client={client} prompts={[]} />);
    expect(m.root.querySelector('[data-testid="rp-suggestion"]')).toBeNull();
    typeInto(m.root.querySelector('#rp-intention'), '  Ask Kim about the launch  ');
    click(m.root.querySelector('button[type="submit"]'));
    await flush();
    expect(client.calls.saveReflection[0]?.input).toEqual({
      ratings: { room: null, interest: null },
      note: '',
      intention: 'Ask Kim about the launch',
      promptIds: [],
    });
  });

  it('shows an error and keeps the input when saving fails', async () => {
    const client = createMockReflectionClient();
    client.failNextSave();
    m = mount(<ReflectionForm meetingId="m3" client={client} prompts={[]} />);
    typeInto(m.root.querySelector('#rp-note'), 'keep me');
    click(m.root.querySelector('button[type="submit"]'));
    await flush();
    expect(m.root.querySelector('[role="status"]')?.textContent).toBe('Could not save. Please try again.');
    expect((m.root.querySelector('#rp-note') as HTMLTextAreaElement).value).toBe('keep me');
  });

  it('starts from a saved reflection', () => {
    const client = createMockReflectionClient();
    m = mount(
      <ReflectionForm
        meetingId="m4"
        client={client}
        prompts={[]}
        initial={{
          meetingId: 'm4',
          savedAt: 1,
          ratings: { room: 5, interest: null },
          note: 'n',
          intention: 'i',
          promptIds: [],
        }}
      />,
    );
    expect((radio(m.root, 'room', 5) as HTMLInputElement).checked).toBe(true);
    expect((m.root.querySelector('#rp-intention') as HTMLInputElement).value).toBe('i');
  });
});
