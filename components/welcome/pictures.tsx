/**
 * Drawings of Rapport's own UI for the welcome page: simplified, with invented names, so a newcomer sees
 * what will appear in a call without a real meeting. Decorative detail is hidden from assistive tech; each
 * picture has one text alternative. The few words drawn in a picture ("You", "fair") and its percentages come
 * from the caller, in the page's language.
 */

export interface OverlayPictureProps {
  label: string;
  /** The overlay's own words for the user's row and the fair-share mark (ovlYou, ovlFair). */
  you: string;
  fair: string;
  /** A share 0..1 as the overlay writes it ("24%", "24 %"). */
  pct: (share: number) => string;
}

export function OverlayPicture({ label, you, fair, pct }: OverlayPictureProps) {
  const rows: [string, number, boolean][] = [
    [you, 0.24, true],
    ['Priya', 0.31, false],
    ['Sam', 0.22, false],
    ['Lee', 0.15, false],
    ['Zoë', 0.08, false],
  ];
  return (
    <svg viewBox="0 0 320 220" role="img" aria-label={label} class="picture">
      <rect x="0" y="0" width="320" height="220" rx="16" fill="var(--pic-bg)" />
      <rect x="16" y="16" width="150" height="32" rx="16" fill="var(--pic-card)" stroke="var(--pic-line)" />
      <circle cx="34" cy="32" r="6" fill="#3f9d6d" />
      <text x="48" y="37" font-size="13" fill="var(--pic-text)">
        {`${pct(0.24)} · ${fair} ${pct(0.2)}`}
      </text>
      <rect x="16" y="60" width="288" height="146" rx="12" fill="var(--pic-card)" stroke="var(--pic-line)" />
      <rect x="28" y="72" width="264" height="10" rx="5" fill="var(--pic-line)" />
      {
        rows.reduce<{ x: number; els: preact.JSX.Element[] }>(
          (acc, [name, share], i) => {
            const w = 264 * share;
            acc.els.push(
              <rect
                key={name}
                x={28 + acc.x}
                y="72"
                width={w}
                height="10"
                fill={PALETTE[i % PALETTE.length]}
              />,
            );
            acc.x += w;
            return acc;
          },
          { x: 0, els: [] },
        ).els
      }
      <line
        x1={28 + 264 * 0.2}
        y1="68"
        x2={28 + 264 * 0.2}
        y2="86"
        stroke="var(--pic-text)"
        stroke-width="2"
      />
      {rows.map(([name, share, self], i) => (
        <g key={name}>
          {self && <rect x="24" y={92 + i * 22} width="272" height="20" rx="4" fill="var(--pic-highlight)" />}
          <text x="32" y={106 + i * 22} font-size="12" fill="var(--pic-text)">
            {name}
          </text>
          <rect
            x="120"
            y={98 + i * 22}
            width={share * 400}
            height="6"
            rx="3"
            fill={PALETTE[i % PALETTE.length]}
          />
          <text x="288" y={106 + i * 22} font-size="11" text-anchor="end" fill="var(--pic-muted)">
            {pct(share)}
          </text>
        </g>
      ))}
    </svg>
  );
}

export function ReflectionPicture({ label }: { label: string }) {
  return (
    <svg viewBox="0 0 320 220" role="img" aria-label={label} class="picture">
      <rect x="0" y="0" width="320" height="220" rx="16" fill="var(--pic-bg)" />
      <rect x="16" y="16" width="288" height="188" rx="12" fill="var(--pic-card)" stroke="var(--pic-line)" />
      <rect x="32" y="32" width="120" height="10" rx="5" fill="var(--pic-text)" opacity="0.8" />
      <rect x="32" y="52" width="256" height="12" rx="6" fill="var(--pic-line)" />
      <rect x="32" y="52" width="70" height="12" rx="6" fill={PALETTE[0]} />
      <rect x="102" y="52" width="90" height="12" fill={PALETTE[1]} />
      <rect x="192" y="52" width="60" height="12" fill={PALETTE[2]} />
      {[0, 1].map((i) => (
        <g key={i}>
          <rect x="32" y={80 + i * 44} width="256" height="36" rx="8" fill="var(--pic-highlight)" />
          <rect
            x="44"
            y={90 + i * 44}
            width={180 - i * 40}
            height="6"
            rx="3"
            fill="var(--pic-text)"
            opacity="0.7"
          />
          <rect
            x="44"
            y={102 + i * 44}
            width={210 - i * 30}
            height="6"
            rx="3"
            fill="var(--pic-muted)"
            opacity="0.6"
          />
        </g>
      ))}
      {[0, 1, 2, 3, 4].map((i) => (
        <circle
          key={i}
          cx={60 + i * 36}
          cy="182"
          r="10"
          fill={i === 3 ? PALETTE[0] : 'none'}
          stroke="var(--pic-muted)"
          stroke-width="2"
        />
      ))}
    </svg>
  );
}

const PALETTE = ['#3f9d6d', '#e0a43a', '#5b8fd6', '#c46a8f', '#8a7bd1', '#4fb3b8'];
