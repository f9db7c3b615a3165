/**
 * The element's text around the chart: the readout at the cursor, the summary, the alert for
 * rejected values and failures, and the citation line. Every sentence is scoped to this
 * synthetic linear task.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { ParamError } from '../params.js';
import { readingAt } from '../readings.js';
import type { CapacityCurve } from '../types.js';
import { describeCurve, describeReading, describeRidge, formatValue } from './describe.js';

/** The numbers at capacity index `index`; while guessing, only the training error. */
export function renderReadout(
  curve: CapacityCurve,
  index: number,
  guessing: boolean,
): TemplateResult {
  const reading = readingAt(curve, index);
  const text = guessing
    ? `d = ${reading.d}: train MSE ${formatValue(reading.train)}; test error is hidden until ` +
      'you guess.'
    : describeReading(reading, curve.params.trials);
  return html`<p class="readout" part="readout" aria-live="polite">${text}</p>`;
}

/** The summary, which also describes the chart to assistive technology (`aria-describedby`). */
export function renderSummary(curve: CapacityCurve | null, guessing: boolean): TemplateResult {
  const text =
    curve === null
      ? ''
      : guessing
        ? 'In this synthetic linear task the test curve stays hidden until you make a guess.'
        : `${describeCurve(curve)} ${describeRidge(curve)}`.trim();
  return html`<p id="summary" part="summary" class="summary">${text}</p>`;
}

/** The alert for rejected attribute values and failed runs, or nothing. */
export function renderMessage(
  errors: ParamError[],
  failure: string | null,
  keptCurve: boolean,
): TemplateResult | typeof nothing {
  if (errors.length === 0 && failure === null) return nothing;
  return html`<div class="message" part="message" role="alert">
    ${errors.map((error) => html`<p>${error.message}</p>`)}
    ${failure === null ? nothing : html`<p>${failure}</p>`}
    ${keptCurve ? html`<p>The chart still shows the last valid curve.</p>` : nothing}
  </div>`;
}

/** Links to the papers the experiment and its overlays come from. */
export function renderCitation(): TemplateResult {
  return html`<p class="cite" part="citation">
    Sources: <a href="https://doi.org/10.1073/pnas.1903070116">Belkin et al. 2019 (PNAS)</a>;
    <a href="https://arxiv.org/abs/1912.02292">Nakkiran et al. 2019, “Deep double descent”</a>;
    <a href="https://arxiv.org/abs/1903.08560">Hastie et al. 2019 (arXiv 1903.08560)</a>.
  </p>`;
}
