/**
 * The numbers behind the chart as a table, inside a native disclosure so screen-reader users
 * (and anyone else) can read every value the chart draws. Rows are rendered only while it is
 * open, since a sweep can have thousands of capacities. Every view fills the same disclosure.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { CapacityCurve } from '../types.js';
import { formatRidge, formatValue, taskPhrase } from './describe.js';

/** What a view puts in the shared disclosure. */
export interface TableContent {
  /** The table's caption: what the values are, scoped to the task. */
  caption: string;
  /** Header cells (`<th scope="col">`), the x column first. */
  columns: TemplateResult;
  /** The body rows, built only while the disclosure is open. */
  rows: () => TemplateResult[];
}

/** The disclosure and its table; `open` says whether to fill in rows, `toggled` reports changes. */
export function renderTableDisclosure(
  content: TableContent,
  open: boolean,
  toggled: (open: boolean) => void,
): TemplateResult {
  return html`<details
    class="data"
    part="data-table"
    ?open=${open}
    @toggle=${(event: Event) => toggled((event.target as HTMLDetailsElement).open)}
  >
    <summary>Table of the numbers behind the chart</summary>
    ${open
      ? html`<div class="table-scroll" tabindex="0" role="region" aria-label="Data table">
          <table>
            <caption>${content.caption}</caption>
            <thead>
              <tr>${content.columns}</tr>
            </thead>
            <tbody>
              ${content.rows()}
            </tbody>
          </table>
        </div>`
      : nothing}
  </details>`;
}

/** The capacity view's table: mean, median and, when shown, theory and best-λ values. */
export function renderDataTable(
  curve: CapacityCurve,
  open: boolean,
  toggled: (open: boolean) => void,
): TemplateResult {
  const theory = curve.theory;
  const optimal = curve.optimalRidge;
  const value = (v: number | null | undefined) =>
    v === null || v === undefined ? '—' : formatValue(v);
  const columns = html`<th scope="col">d</th>
    <th scope="col">train (mean)</th>
    <th scope="col">test (mean)</th>
    <th scope="col">test (median)</th>
    ${theory === null ? nothing : html`<th scope="col">test (theory)</th>`}
    ${optimal === null
      ? nothing
      : html`<th scope="col">best λ</th><th scope="col">test at best λ</th>`}`;
  const rows = () =>
    curve.x.map(
      (d, i) => html`<tr>
        <th scope="row">${d}</th>
        <td>${value(curve.train[i])}</td>
        <td>${value(curve.test[i])}</td>
        <td>${value(curve.quantiles.test.median[i])}</td>
        ${theory === null
          ? nothing
          : html`<td>${theory[i] === null ? 'infinite' : value(theory[i])}</td>`}
        ${optimal === null
          ? nothing
          : html`<td>${formatRidge(optimal.lambda[i])}</td><td>${value(optimal.test[i])}</td>`}
      </tr>`,
    );
  const caption =
    `Mean and median squared error over ${curve.params.trials} trials at each capacity d, ` +
    `in ${taskPhrase(curve)}`;
  return renderTableDisclosure({ caption, columns, rows }, open, toggled);
}
