/**
 * The numbers behind the sample-size and training-time charts as a table, in the same native
 * disclosure as the capacity view's, with rows rendered only while it is open.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { SampleViewCurve, TrainingViewCurve } from '../view-compute.js';
import { renderTableDisclosure } from './data-table.js';
import { formatValue } from './describe.js';

/** Renders the disclosure for `curve`; `toggled` reports opening and closing. */
export function renderViewTable(
  curve: SampleViewCurve | TrainingViewCurve,
  open: boolean,
  toggled: (open: boolean) => void,
): TemplateResult {
  const training = curve.view === 'training';
  const zero = training && curve.params.initScale > 0 ? curve.zeroInit.test : null;
  const what = training
    ? 'each gradient-descent step count'
    : `each training-set size n at capacity d = ${curve.params.d}`;
  const columns = html`<th scope="col">${training ? 'step' : 'n'}</th>
    <th scope="col">train (mean)</th>
    <th scope="col">test (mean)</th>
    <th scope="col">test (median)</th>
    ${zero === null ? nothing : html`<th scope="col">test from w₀ = 0 (mean)</th>`}`;
  const rows = () =>
    curve.x.map(
      (x, i) => html`<tr>
        <th scope="row">${x}</th>
        <td>${formatValue(curve.train[i])}</td>
        <td>${formatValue(curve.test[i])}</td>
        <td>${formatValue(curve.quantiles.test.median[i])}</td>
        ${zero === null ? nothing : html`<td>${formatValue(zero[i])}</td>`}
      </tr>`,
    );
  const caption =
    `Mean and median squared error over ${curve.params.trials} trials at ${what}, in this ` +
    'synthetic linear task';
  return renderTableDisclosure({ caption, columns, rows }, open, toggled);
}
