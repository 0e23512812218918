import { render } from 'preact';

function Options() {
  return (
    <main>
      <h1>Rapport</h1>
      <p>Trends, history and settings.</p>
    </main>
  );
}

render(<Options />, document.getElementById('app')!);
