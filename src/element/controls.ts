/**
 * The element's own controls: native, labelled range inputs, a select and checkboxes, each
 * mirroring one attribute. Moving one calls `set` with the attribute and its new value; the
 * element writes the attribute, which recomputes. The ridge slider is logarithmic with 0 at its
 * left end, since useful λ span six decades.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { RIDGE_GRID } from '../experiment.js';
import { LIMITS } from '../params.js';
import { BAND_KINDS, type BandKind } from './capacity-view.js';
import type { ControlName } from './attributes.js';
import { formatRidge } from './describe.js';

/** The values the controls show (the last valid settings). */
export interface ControlValues {
  nTrain: number;
  noise: number;
  ridge: number;
  trials: number;
  maxD: number;
  /** The capacities on the x-axis, and the index of the one under the cursor. */
  dims: number[];
  cursor: number;
  band: BandKind;
  showTheory: boolean;
  showOptimalRidge: boolean;
}

/** Receives an attribute name and its new value (a boolean toggles a boolean attribute). */
export type SetAttribute = (attribute: string, value: string | boolean) => void;

const BAND_LABELS: Record<BandKind, string> = {
  iqr: 'middle half of trials',
  minmax: 'all trials (min to max)',
  none: 'none',
};

/** The slider position of λ: its index on the ridge grid, or the nearest in log λ. */
export function ridgePosition(lambda: number): number {
  if (lambda <= 0) return 0;
  let best = 1;
  for (let i = 1; i < RIDGE_GRID.length; i++) {
    const gap = Math.abs(Math.log10(RIDGE_GRID[i] / lambda));
    if (gap < Math.abs(Math.log10(RIDGE_GRID[best] / lambda))) best = i;
  }
  return best;
}

/** Renders the controls named in `shown`, or nothing when the list is empty. */
export function renderControls(
  shown: readonly ControlName[],
  values: ControlValues,
  set: SetAttribute,
): TemplateResult | typeof nothing {
  // Controls of other views (view-controls.ts) are listed in `shown` but drawn there.
  const mine = shown.filter((name) => CONTROLS[name] !== undefined);
  if (mine.length === 0) return nothing;
  const rendered = mine.map((name) => CONTROLS[name]!(values, set));
  return html`<fieldset class="controls" part="controls">
    <legend class="visually-hidden">Experiment settings</legend>
    ${rendered}
  </fieldset>`;
}

/** One capacity-view control, or nothing if `name` belongs to another view. */
export function renderControl(
  name: ControlName,
  values: ControlValues,
  set: SetAttribute,
): TemplateResult | typeof nothing {
  return CONTROLS[name]?.(values, set) ?? nothing;
}

/**
 * A labelled range input with its value shown beside the label. A label that ends in a symbol
 * joins it with a no-break space (`Ridge&nbsp;<var>λ</var>`), so a narrow column never leaves
 * the symbol alone on a line.
 */
export function slider(
  name: string,
  label: TemplateResult | string,
  range: { min: number; max: number; step: number; value: number },
  shown: string,
  onInput: (value: number) => void,
): TemplateResult {
  const id = `control-${name}`;
  return html`<div class="control range">
    <label for=${id}>${label}</label>
    <input
      id=${id}
      name=${name}
      type="range"
      min=${range.min}
      max=${range.max}
      step=${range.step}
      .value=${String(range.value)}
      aria-valuetext=${shown}
      @input=${(event: Event) => onInput(Number((event.target as HTMLInputElement).value))}
    />
    <output for=${id} aria-hidden="true">${shown}</output>
  </div>`;
}

/** A labelled checkbox that toggles the boolean attribute `name`. */
export function checkbox(
  name: string,
  label: string,
  checked: boolean,
  set: SetAttribute,
): TemplateResult {
  const id = `control-${name}`;
  return html`<div class="control toggle">
    <input
      id=${id}
      name=${name}
      type="checkbox"
      .checked=${checked}
      @change=${(event: Event) => set(name, (event.target as HTMLInputElement).checked)}
    />
    <label for=${id}>${label}</label>
  </div>`;
}

type Control = (v: ControlValues, set: SetAttribute) => TemplateResult;

const CONTROLS: Partial<Record<ControlName, Control>> = {
  'n-train': (v, set) =>
    slider(
      'n-train',
      html`Training samples&nbsp;<var>n</var>`,
      // Up to max-d, so the threshold d = n stays on the chart.
      {
        min: 2,
        max: Math.min(LIMITS.nTrain.max, Math.max(v.maxD, v.nTrain)),
        step: 1,
        value: v.nTrain,
      },
      `n = ${v.nTrain}`,
      (value) => set('n-train', String(value)),
    ),
  noise: (v, set) =>
    slider(
      'noise',
      html`Label noise&nbsp;<var>σ</var>`,
      { min: 0, max: Math.max(2, v.noise), step: 0.05, value: v.noise },
      `σ = ${v.noise}`,
      (value) => set('noise', String(Number(value.toFixed(2)))),
    ),
  ridge: (v, set) =>
    slider(
      'ridge',
      html`Ridge&nbsp;<var>λ</var>`,
      { min: 0, max: RIDGE_GRID.length - 1, step: 1, value: ridgePosition(v.ridge) },
      `λ = ${formatRidge(v.ridge)}${v.ridge === 0 ? ' (minimum norm)' : ''}`,
      (position) => set('ridge', String(RIDGE_GRID[position])),
    ),
  trials: (v, set) =>
    slider(
      'trials',
      'Trials',
      { min: 1, max: Math.max(100, v.trials), step: 1, value: v.trials },
      `${v.trials} ${v.trials === 1 ? 'trial' : 'trials'}`,
      (value) => set('trials', String(value)),
    ),
  capacity: (v, set) =>
    slider(
      'capacity',
      html`Cursor at capacity&nbsp;<var>d</var>`,
      { min: 0, max: Math.max(0, v.dims.length - 1), step: 1, value: v.cursor },
      `d = ${v.dims[v.cursor] ?? '–'}`,
      (index) => set('capacity', String(v.dims[index])),
    ),
  band: (v, set) => html`<div class="control select">
    <label for="control-band">Spread band</label>
    <select
      id="control-band"
      name="band"
      @change=${(event: Event) => set('band', (event.target as HTMLSelectElement).value)}
    >
      ${BAND_KINDS.map(
        (kind) => html`<option value=${kind} ?selected=${kind === v.band}>
          ${BAND_LABELS[kind]}
        </option>`,
      )}
    </select>
  </div>`,
  'show-theory': (v, set) => checkbox('show-theory', 'Theory curve', v.showTheory, set),
  'show-optimal-ridge': (v, set) =>
    checkbox('show-optimal-ridge', 'Best λ per capacity', v.showOptimalRidge, set),
};
