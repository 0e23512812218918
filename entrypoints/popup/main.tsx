import { render } from 'preact';

function Popup() {
  return (
    <main>
      <h1>Rapport</h1>
      <p>Your private mirror for video calls.</p>
    </main>
  );
}

render(<Popup />, document.getElementById('app')!);
