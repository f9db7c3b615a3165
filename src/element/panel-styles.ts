/**
 * The look of everything around the chart: the readout, the controls, the predict panel, the
 * data table, messages and the citation line. Controls wrap into as many columns as fit, and
 * within a control the parts wrap too, so the same markup reads at 240px and at 1000px.
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

  /* The chart is laid out at its column's width, so the column must not take its width from the
     chart. */
  .main {
    min-width: 0;
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
    /* min() lets the single column of a container narrower than 13rem shrink with it. */
    grid-template-columns: repeat(auto-fill, minmax(min(13rem, 100%), 1fr));
    gap: 0.5rem 1.25rem;
    /* A fieldset is otherwise at least as wide as its widest content, such as a long select. */
    min-width: 0;
    margin: 0.5rem 0 0;
    padding: 0.5rem 0.75rem;
    border: 1px solid var(--_grid);
    border-radius: 0.375rem;
    background: var(--_control);
  }

  /* A label and its value or select share a line when both fit; otherwise the second wraps
     under the label instead of squeezing it into one word per line. A slider takes its own line
     under both. */
  .control {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0 0.5rem;
    min-width: 0;
  }

  .control label {
    min-width: 0;
  }

  .control.range input {
    order: 1;
    flex: 1 0 100%;
    min-width: 0;
    margin: 0.25rem 0;
    accent-color: var(--_train);
  }

  .control output {
    margin-left: auto;
    font-variant-numeric: tabular-nums;
    color: var(--_muted);
  }

  .control.toggle {
    flex-wrap: nowrap;
  }

  .control.select select {
    flex: 1 1 auto;
    min-width: 0;
    max-width: 100%;
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
    /* A rejected value is quoted as given, however long, and must not widen the element. */
    overflow-wrap: anywhere;
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
