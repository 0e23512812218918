/** The simulator page of the test-only platform: a call page with the given people, as text nodes only. */
export function fakeconfPage(doc: Document, people: readonly { id: string; name: string }[]): void {
  const main = doc.createElement('main');
  main.dataset.call = 'in-progress';
  const list = doc.createElement('ul');
  list.setAttribute('role', 'list');
  for (const p of people) {
    const li = doc.createElement('li');
    li.dataset.personId = p.id;
    li.textContent = p.name;
    list.append(li);
  }
  main.append(list);
  doc.body.append(main);
}
