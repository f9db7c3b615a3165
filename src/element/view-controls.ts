/**
 * The controls of the sample-size and training-time views: capacity d, the training knobs
 * (weight decay, initialisation scale, learning rate, scenario) and the shared noise, ridge,
 * trials and band controls drawn as the capacity view draws them. Weight decay, like ridge, has
 * a logarithmic slider with 0 at its left end.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Scenario } from '../types.js';
import type { OtherView, ViewRequest } from '../view-compute.js';
import type { BandKind } from './capacity-view.js';
import type { ControlName } from './attributes.js';
import { renderControl, slider, type SetAttribute } from './controls.js';
import { formatRidge } from './describe.js';

/** The controls each view shows when `controls` is not set. */
export const VIEW_DEFAULT_CONTROLS: Record<OtherView, readonly ControlName[]> = {
  samples: ['d', 'noise', 'ridge', 'trials'],
  training: ['weight-decay', 'init-scale', 'learning-rate', 'noise'],
};

/** The controls that change each view; others in a `controls` list are not drawn. */
const APPLICABLE: Record<OtherView, readonly ControlName[]> = {
  samples: ['d', 'noise', 'ridge', 'trials', 'band'],
  training: ['scenario', 'weight-decay', 'init-scale', 'learning-rate', 'noise', 'trials', 'band'],
};

/** Weight decay 0, then four steps per decade from 1e-4 to 1. */
export const WEIGHT_DECAY_GRID: readonly number[] = [
  0,
  ...Array.from({ length: 17 }, (_, i) => Number((10 ** (i / 4 - 4)).toPrecision(3))),
];

const SCENARIO_LABELS: Record<Scenario, string> = {
  'grokking-like': 'grokking-like delay',
  'epoch-wise': 'epoch-wise double descent',
};

/** The slider position of `lambda` on `grid`: 0 for 0, else the nearest in log λ. */
function gridPosition(grid: readonly number[], lambda: number): number {
  if (lambda <= 0) return 0;
  let best = 1;
  for (let i = 1; i < grid.length; i++) {
    if (Math.abs(Math.log10(grid[i] / lambda)) < Math.abs(Math.log10(grid[best] / lambda))) {
      best = i;
    }
  }
  return best;
}

/** The controls for `request`'s view, in the fixed order; nothing if none apply. */
export function renderViewControls(
  names: readonly ControlName[],
  request: ViewRequest,
  band: BandKind,
  set: SetAttribute,
): TemplateResult | typeof nothing {
  const shown = names.filter((name) => APPLICABLE[request.view].includes(name));
  if (shown.length === 0) return nothing;
  const p = request.params;
  // The shared controls read the same fields as in the capacity view.
  const shared = {
    nTrain: 0, noise: p.noise, ridge: 'ridge' in p ? p.ridge : 0, trials: p.trials, maxD: 0,
    dims: [], cursor: 0, band, showTheory: false, showOptimalRidge: false,
  };
  const own = (name: ControlName) => {
    if (request.view === 'samples' && name === 'd') {
      const { d } = request.params;
      const range = { min: 2, max: Math.max(300, d), step: 1, value: d };
      return slider('d', html`Capacity&nbsp;<var>d</var>`, range, `d = ${d}`, (value) =>
        set('d', String(value)));
    }
    if (request.view === 'training') return trainingControl(name, request.params, set);
    return nothing;
  };
  return html`<fieldset class="controls" part="controls">
    <legend class="visually-hidden">Experiment settings</legend>
    ${shown.map((name) => {
      const mine = own(name);
      return mine === nothing ? renderControl(name, shared, set) : mine;
    })}
  </fieldset>`;
}

function trainingControl(
  name: ControlName,
  p: Extract<ViewRequest, { view: 'training' }>['params'],
  set: SetAttribute,
): TemplateResult | typeof nothing {
  switch (name) {
    case 'weight-decay': {
      const position = gridPosition(WEIGHT_DECAY_GRID, p.weightDecay);
      const range = { min: 0, max: WEIGHT_DECAY_GRID.length - 1, step: 1, value: position };
      const shown = `λ = ${formatRidge(p.weightDecay)}`;
      return slider('weight-decay', html`Weight decay&nbsp;<var>λ</var>`, range, shown, (i) =>
        set('weight-decay', String(WEIGHT_DECAY_GRID[i])));
    }
    case 'init-scale': {
      const range = { min: 0, max: Math.max(30, p.initScale), step: 1, value: p.initScale };
      return slider('init-scale', html`Initial weight norm&nbsp;‖<var>w</var>₀‖`, range,
        `‖w₀‖ = ${p.initScale}`, (value) => set('init-scale', String(value)));
    }
    case 'learning-rate': {
      const range = { min: 0.05, max: 0.95, step: 0.05, value: p.learningRate };
      const shown = `${Number(p.learningRate.toFixed(3))} × stable maximum`;
      // "Step size" is one term; a narrow column moves the value under it rather than split it.
      return slider('learning-rate', 'Step\u00a0size', range, shown, (value) =>
        set('learning-rate', String(Number(value.toFixed(2)))));
    }
    case 'scenario':
      return html`<div class="control select">
        <label for="control-scenario">Scenario</label>
        <select
          id="control-scenario"
          name="scenario"
          @change=${(event: Event) => set('scenario', (event.target as HTMLSelectElement).value)}
        >
          ${(Object.keys(SCENARIO_LABELS) as Scenario[]).map(
            (s) => html`<option value=${s} ?selected=${s === p.scenario}>
              ${SCENARIO_LABELS[s]}
            </option>`,
          )}
        </select>
      </div>`;
    default:
      return nothing;
  }
}
