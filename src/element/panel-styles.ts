/**
 * The look of everything around the chart: the readout, the controls, the predict panel, the
 * data table, messages and the citation line. Controls wrap into as many columns as fit, so the
 * same markup reads at 320px and at 1000px.
 */
import { css } from 'lit';

/** Styles for the panels around the chart. */
export const panelStyles = css`
  .layout {
    display: grid;
    gap: 0.75rem;
  }

  /* The fitted-function panel, when a 1-D feature family shows one, sits beside the chart on
     wide containers and under it on narrow ones. */
  @container (min-width: 760px) {
    .layout.with-fit {
      grid-template-columns: 3fr 2fr;
    }
  }

  :host {
    container-type: inline-size;
  }

  .readout {
    min-height: 1.4em;
    margin: 0.25rem 0 0;
    font-variant-numeric: tabular-nums;
  }

  .note,
  .summary,
  .cite {
    margin: 0.25rem 0 0;
  }

  .note,
  .cite {
    color: var(--_muted);
    font-size: 12px;
  }

  .cite a {
    color: inherit;
  }

  .controls {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(13rem, 1fr));
    gap: 0.5rem 1.25rem;
    margin: 0.5rem 0 0;
    padding: 0.5rem 0.75rem;
    border: 1px solid var(--_grid);
    border-radius: 0.375rem;
    background: var(--_control);
  }

  .control {
    display: grid;
    grid-template-columns: 1fr auto;
    align-items: center;
    gap: 0 0.5rem;
    min-width: 0;
  }

  .control.range input {
    grid-column: 1 / -1;
    grid-row: 2;
    width: 100%;
    margin: 0.25rem 0;
    accent-color: var(--_train);
  }

  .control output {
    font-variant-numeric: tabular-nums;
    color: var(--_muted);
  }

  .control.toggle {
    grid-template-columns: auto 1fr;
  }

  .control.select select {
    font: inherit;
    color: inherit;
    background: var(--_surface);
    border: 1px solid var(--_muted);
    border-radius: 0.25rem;
  }

  input:focus-visible,
  select:focus-visible,
  button:focus-visible,
  summary:focus-visible,
  .table-scroll:focus-visible,
  a:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }

  button {
    font: inherit;
    padding: 0.3rem 0.8rem;
    border: 1px solid var(--_muted);
    border-radius: 0.375rem;
    color: var(--_ink);
    background: var(--_control);
    cursor: pointer;
  }

  .predict {
    display: grid;
    gap: 0.4rem;
    margin: 0.5rem 0 0;
    padding: 0.5rem 0.75rem;
    border-left: 3px solid var(--_test);
  }

  .predict p {
    margin: 0;
  }

  .predict button {
    justify-self: start;
  }

  .data {
    margin: 0.5rem 0 0;
    font-size: 13px;
  }

  .data summary {
    cursor: pointer;
    color: var(--_muted);
  }

  .table-scroll {
    max-height: 16rem;
    overflow: auto;
  }

  table {
    border-collapse: collapse;
    font-variant-numeric: tabular-nums;
  }

  caption {
    text-align: start;
    padding: 0.25rem 0;
  }

  th,
  td {
    padding: 0.1rem 0.6rem;
    text-align: end;
    border-bottom: 1px solid var(--_grid);
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

  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;
