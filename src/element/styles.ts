/**
 * The look of `<double-descent-demo>`: colours and font come from custom properties so a host
 * page can theme it, with light and dark defaults that follow the reader's colour scheme.
 */
import { css } from 'lit';

/** The element's shadow-root styles. */
export const demoStyles = css`
  :host {
    --_train: var(--dd-train-color, #1f6feb);
    --_test: var(--dd-test-color, #c2410c);
    --_ink: #1f2328;
    --_muted: #59636e;
    --_grid: #d8dee4;
    --_surface: #ffffff;
    --_alert-ink: #82071e;
    --_alert-surface: #ffebe9;
    display: block;
    min-width: 0;
    color: var(--_ink);
    background: var(--_surface);
    font-family: var(--dd-font, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    font-size: 14px;
    line-height: 1.4;
  }

  /* Defaults only: a page that sets --dd-train-color keeps its colour in both schemes. */
  @media (prefers-color-scheme: dark) {
    :host {
      --_train: var(--dd-train-color, #58a6ff);
      --_test: var(--dd-test-color, #f0883e);
      --_ink: #e6edf3;
      --_muted: #9198a1;
      --_grid: #30363d;
      --_surface: #0d1117;
      --_alert-ink: #ffdcd7;
      --_alert-surface: #5d0f12;
    }
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
  }

  .key::before {
    content: '';
    display: inline-block;
    width: 1.25rem;
    height: 0;
    margin-right: 0.4rem;
    vertical-align: middle;
    border-top: 3px solid currentColor;
  }

  .key.train::before {
    border-top-color: var(--_train);
  }

  .key.test::before {
    border-top-color: var(--_test);
  }

  .key.threshold::before {
    border-top: 2px dashed var(--_muted);
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
  }

  .grid line {
    stroke: var(--_grid);
    stroke-width: 1;
  }

  .axis text {
    fill: var(--_muted);
  }

  .axis .title {
    fill: var(--_ink);
  }

  .axis line {
    stroke: var(--_muted);
  }

  .threshold line {
    stroke: var(--_muted);
    stroke-width: 1.5;
    stroke-dasharray: 4 4;
  }

  .threshold text {
    fill: var(--_ink);
  }

  .curve {
    fill: none;
    stroke-width: 2.25;
    stroke-linejoin: round;
    stroke-linecap: round;
  }

  .curve.train,
  .markers.train {
    stroke: var(--_train);
    fill: var(--_train);
  }

  .curve.test,
  .markers.test {
    stroke: var(--_test);
    fill: var(--_test);
  }

  .curve.train,
  .curve.test {
    fill: none;
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

  .note,
  .summary {
    margin: 0.25rem 0 0;
  }

  .note {
    color: var(--_muted);
    font-size: 12px;
  }

  .message {
    margin: 0.5rem 0 0;
    padding: 0.5rem 0.75rem;
    border-radius: 0.25rem;
    color: var(--_alert-ink);
    background: var(--_alert-surface);
  }

  .message p {
    margin: 0;
  }
`;
