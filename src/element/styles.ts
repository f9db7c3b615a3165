/**
 * The look of `<double-descent-demo>`'s chart: colours and font come from custom properties so a
 * host page can theme it, with light and dark defaults that follow the reader's colour scheme
 * unless `theme` forces one.
 */
import { css } from 'lit';

// The dark palette is applied in two places (the media query and theme="dark"), so it is one
// fragment. A page that sets --dd-train-color keeps its colour in both schemes.
const dark = css`
  --_train: var(--dd-train-color, #58a6ff);
  --_test: var(--dd-test-color, #f0883e);
  --_theory: var(--dd-theory-color, #d2a8ff);
  --_optimal: var(--dd-optimal-color, #3fb950);
  --_ink: var(--dd-ink, #e6edf3);
  --_muted: #9198a1;
  --_grid: #30363d;
  --_surface: var(--dd-surface, #0d1117);
  --_control: #161b22;
  --_focus: #58a6ff;
  --_alert-ink: #ffdcd7;
  --_alert-surface: #5d0f12;
  color-scheme: dark;
`;

/** The element's host, theme and chart styles. */
export const demoStyles = css`
  :host {
    --_train: var(--dd-train-color, #1f6feb);
    --_test: var(--dd-test-color, #c2410c);
    --_theory: var(--dd-theory-color, #8250df);
    --_optimal: var(--dd-optimal-color, #1a7f37);
    --_ink: var(--dd-ink, #1f2328);
    --_muted: #59636e;
    --_grid: #d8dee4;
    --_surface: var(--dd-surface, #ffffff);
    --_control: #f6f8fa;
    --_focus: #0969da;
    --_alert-ink: #82071e;
    --_alert-surface: #ffebe9;
    color-scheme: light;
    display: block;
    min-width: 0;
    color: var(--_ink);
    background: var(--_surface);
    font-family: var(--dd-font, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    font-size: 14px;
    line-height: 1.4;
  }

  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light' i])) {
      ${dark}
    }
  }

  :host([theme='dark' i]) {
    ${dark}
  }

  :host([hidden]) {
    display: none;
  }

  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    margin: 0 0 0.25rem;
    padding: 0;
    list-style: none;
    font-size: 13px;
  }

  .key::before {
    content: '';
    display: inline-block;
    width: 1.25rem;
    height: 0;
    margin-right: 0.4rem;
    vertical-align: middle;
    border-top: 3px solid var(--_swatch, currentColor);
  }

  .key.train { --_swatch: var(--_train); }
  .key.test { --_swatch: var(--_test); }
  .key.optimal { --_swatch: var(--_optimal); }
  .key.theory::before { border-top: 2px dashed var(--_theory); }
  .key.test-median::before { border-top: 1.5px dashed var(--_test); }
  .key.threshold::before { border-top: 2px dashed var(--_muted); }

  .key.test-band::before {
    height: 0.7rem;
    border: none;
    background: var(--_test);
    opacity: 0.25;
  }

  .frame {
    position: relative;
  }

  svg {
    display: block;
    width: 100%;
    height: auto;
    overflow: visible;
    font-size: 12px;
    touch-action: pan-y;
  }

  .grid line { stroke: var(--_grid); stroke-width: 1; }
  .axis text { fill: var(--_muted); }
  .axis .title { fill: var(--_ink); }
  .axis line { stroke: var(--_muted); }

  .threshold line,
  .guess line {
    stroke: var(--_muted);
    stroke-width: 1.5;
    stroke-dasharray: 4 4;
  }

  .threshold text,
  .guess text {
    fill: var(--_ink);
  }

  .guess line { stroke: var(--_ink); stroke-dasharray: 1 3; stroke-width: 2; }

  .curve {
    fill: none;
    stroke-width: 2.25;
    stroke-linejoin: round;
    stroke-linecap: round;
  }

  .curve.dashed { stroke-width: 2; stroke-dasharray: 7 5; }
  .curve.thin { stroke-width: 1.25; stroke-dasharray: 3 3; }
  /* Lines are stroked only; markers and cursor dots are filled with the same colour. */
  .train { --_color: var(--_train); }
  .test,
  .test-median { --_color: var(--_test); }
  .theory { --_color: var(--_theory); }
  .optimal { --_color: var(--_optimal); }
  .curve { stroke: var(--_color); }
  .markers,
  .dot { fill: var(--_color); }

  .band.test-band {
    fill: var(--_test);
    opacity: 0.18;
    stroke: none;
  }

  .cursor line,
  .hover line {
    stroke: var(--_ink);
    stroke-width: 1;
  }

  .hover line { stroke-dasharray: 2 3; opacity: 0.6; }
  .cursor .dot, .hover .dot { stroke: var(--_surface); stroke-width: 1.5; }

  [part='chart'] {
    cursor: crosshair;
  }

  .placeholder {
    display: grid;
    place-items: center;
    aspect-ratio: 16 / 10;
    color: var(--_muted);
  }

  .busy {
    position: absolute;
    top: 0.25rem;
    right: 0.25rem;
    padding: 0.1rem 0.5rem;
    border-radius: 0.25rem;
    color: var(--_muted);
    background: var(--_surface);
    font-size: 12px;
  }

  /* The revealed test curve fades in; readers who ask for less motion get it at once. */
  .curve.test,
  .band {
    animation: reveal 400ms ease-out;
  }

  @keyframes reveal {
    from { opacity: 0; }
  }

  @media (prefers-reduced-motion: reduce) {
    .curve.test,
    .band {
      animation: none;
    }
  }
`;
