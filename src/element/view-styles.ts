/**
 * The look of what the sample-size and training-time views add (the run from w₀ = 0, the fit
 * and generalisation marks, the explanation) and of the notes panel. Colours come from the same
 * custom properties as the capacity view, so the views match side by side.
 */
import { css } from 'lit';

/** Styles for the other views' additions and the notes panel. */
export const viewStyles = css`
  :host {
    --_zero: var(--dd-zero-init-color, #8250df);
  }

  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light' i])) {
      --_zero: var(--dd-zero-init-color, #d2a8ff);
    }
  }

  :host([theme='dark' i]) {
    --_zero: var(--dd-zero-init-color, #d2a8ff);
  }

  .zero-init { --_color: var(--_zero); }
  .key.zero-init::before { border-top: 2px dashed var(--_zero); }

  .mark line {
    stroke: var(--_ink);
    stroke-width: 1.25;
    stroke-dasharray: 1 3;
  }

  /* A halo in the surface colour keeps a mark's label legible where it crosses a curve. */
  .mark text {
    fill: var(--_ink);
    paint-order: stroke;
    stroke: var(--_surface);
    stroke-width: 3px;
    stroke-linejoin: round;
  }

  .explain {
    margin: 0.25rem 0 0;
    padding: 0.25rem 0.75rem;
    border-left: 3px solid var(--_zero);
  }

  .notes {
    display: grid;
    gap: 0.25rem;
    margin: 0.75rem 0 0;
    padding: 0.5rem 0.75rem;
    border: 1px solid var(--_grid);
    border-radius: 0.375rem;
  }

  .notes textarea {
    /* As a grid item a textarea would keep its default column count's width in a narrow box. */
    min-width: 0;
    font: inherit;
    color: inherit;
    background: var(--_surface);
    border: 1px solid var(--_muted);
    border-radius: 0.25rem;
    resize: vertical;
  }

  .notes textarea:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }

  .notes-footer {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 1rem;
  }

  .notes-footer span {
    color: var(--_muted);
    font-size: 12px;
  }
`;
