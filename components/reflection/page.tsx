/**
 * The reflection extension page, in two modes:
 * - `reflection.html#<meetingId>`: the full reflection of one meeting (opened from the end-of-call card).
 * - `reflection.html?card=1#<meetingId>`: the compact card shown in an iframe on the platform's end screen.
 *   The meeting is finalised by the background a moment after the call ends, so the card waits for it.
 */
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { CLOSE_CARD } from '@/utils/content-messages';
import { uiLocale } from '@/utils/i18n';
import type { Locale } from '@/utils/prompts/format';
import { createMessagingReflectionClient } from '@/utils/reflection-client';
import type { ReflectionEntry } from './client';
import { ReflectionCard } from './ReflectionCard';
import { ReflectionView } from './ReflectionPanel';
import { ui } from './strings';

/** How long the card waits for the background to finalise the meeting before giving up quietly. */
const WAIT_FOR_MEETING_MS = 15_000;
const POLL_MS = 500;

const locale = (): Locale => uiLocale();

function ReflectionPage({ meetingId, card }: { meetingId: string; card: boolean }) {
  const client = createMessagingReflectionClient();
  const [entry, setEntry] = useState<ReflectionEntry | null | 'missing'>(null);
  const loc = locale();

  useEffect(() => {
    let alive = true;
    const started = Date.now();
    const load = async () => {
      const e = await client.get(meetingId).catch(() => null);
      if (!alive) return;
      if (e) {
        setEntry(e);
        if (!card) void client.markRead(meetingId);
      } else if (Date.now() - started < WAIT_FOR_MEETING_MS) setTimeout(load, POLL_MS);
      else setEntry('missing');
    };
    void load();
    return () => {
      alive = false;
    };
  }, [meetingId]);

  // '*': the card cannot know its embedding page's origin; the content script checks the source window.
  const close = () => window.parent.postMessage(CLOSE_CARD, '*');
  if (entry === null) return <p class="rp-loading">{ui(loc).loading}</p>;
  if (entry === 'missing') {
    if (card) close();
    return <p>{ui(loc).meetingGone}</p>;
  }
  if (card) {
    return (
      <ReflectionCard
        summary={entry.summary}
        locale={loc}
        onDismiss={close}
        onOpenFull={() => {
          const url = new URL(location.href);
          url.search = '';
          window.open(url.toString(), '_blank', 'noopener');
          close();
        }}
      />
    );
  }
  return (
    <main class="rp-page">
      <ReflectionView entry={entry} client={client} locale={loc} />
    </main>
  );
}

export function mountReflectionPage(root: HTMLElement, url: URL): void {
  const meetingId = decodeURIComponent(url.hash.slice(1));
  const card = url.searchParams.has('card');
  document.documentElement.lang = locale();
  if (card) document.documentElement.classList.add('rp-card-mode');
  render(<ReflectionPage meetingId={meetingId} card={card} />, root);
}
