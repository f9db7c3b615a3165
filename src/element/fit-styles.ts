/**
 * The look of the fitted-function panel: the true function in the ink colour, the fit in the
 * test colour (it is what the test error measures), training points as dots.
 */
import { css } from 'lit';

/** Styles for the fitted-function panel. */
export const fitStyles = css`
  .fit {
    min-width: 0;
  }

  .fit svg {
    max-width: 480px;
  }

  .fit line.grid {
    stroke: var(--_grid);
    stroke-width: 1;
  }

  /* The drawing is laid out at its real width, so this is the size on screen too. */
  .fit .tick {
    fill: var(--_muted);
    font-size: 12px;
  }

  .fit-truth {
    fill: none;
    stroke: var(--_ink);
    stroke-width: 1.5;
    stroke-dasharray: 5 4;
  }

  .fit-line {
    fill: none;
    stroke: var(--_test);
    stroke-width: 2;
  }

  .fit-point {
    fill: var(--_train);
  }

  .fit-legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    margin: 0.25rem 0 0;
    padding: 0;
    list-style: none;
    font-size: 12px;
  }

  .fit-key {
    display: inline-block;
    width: 1.2em;
    height: 0;
    margin-right: 0.35em;
    vertical-align: middle;
    border-top: 2px solid var(--_test);
  }

  .fit-key.fit-truth-key {
    border-top: 2px dashed var(--_ink);
  }

  .fit-key.fit-point-key {
    width: 0.5em;
    height: 0.5em;
    border: none;
    border-radius: 50%;
    background: var(--_train);
  }

  .fit-caption {
    margin: 0.25rem 0 0;
    font-size: 12px;
    color: var(--_muted);
  }

  @media (prefers-reduced-motion: no-preference) {
    .fit-line {
      transition: d 0.2s ease-out;
    }
  }
`;
