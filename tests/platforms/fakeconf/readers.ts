/**
 * The test-only platform's readers: pure, they take a root. Its page (fixtures/, sim.ts) is a call in
 * `main[data-call]` with one `li[data-person-id]` per person, whose state is in true/false attributes.
 */
export interface FakeconfPerson {
  id: string;
  name: string;
  self: boolean;
  camera: boolean;
  muted: boolean;
}

/** A page that shows a call is in the call; the test-only platform has no lobby or end screen. */
export function readPhase(root: ParentNode): 'in_call' | 'unknown' {
  return root.querySelector('main[data-call]') ? 'in_call' : 'unknown';
}

export function readPeople(root: ParentNode): FakeconfPerson[] {
  return [...root.querySelectorAll('main[data-call] li[data-person-id]')].map((li) => ({
    id: li.getAttribute('data-person-id') ?? '',
    name: li.textContent?.trim() ?? '',
    self: li.getAttribute('data-self') === 'true',
    camera: li.getAttribute('data-camera') === 'true',
    muted: li.getAttribute('data-muted') === 'true',
  }));
}
