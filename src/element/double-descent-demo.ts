/**
 * `<double-descent-demo>`: runs the capacity sweep in the reader's browser and draws train and
 * test error against capacity d, with controls, overlays (spread, theory, optimal ridge), a
 * cursor and a predict-then-reveal mode. The element holds state and renders; `experiment.ts`
 * asks the kernel for numbers, `capacity-view.ts` turns them into series and `chart.ts` draws.
 * The sample-size and training-time views (`view`) are laid out by `other-views.ts`.
 */
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { computeCurve } from '../compute.js';
import type { ParamError, RawParams } from '../params.js';
import { indexOfCapacity, readingAt } from '../readings.js';
import type { CapacityCurve, Curve, ExperimentParams } from '../types.js';
import type { ViewCurve } from '../view-compute.js';
import * as attributes from './attributes.js';
import { capacityChart } from './capacity-view.js';
import { ChartView } from './chart-view.js';
import { renderControls } from './controls.js';
import { renderDataTable } from './data-table.js';
import { emit } from './events.js';
import { FitController } from './fit-panel.js';
import { fitStyles } from './fit-styles.js';
import { renderNotes } from './notes.js';
import { renderOtherView } from './other-views.js';
import { ExperimentRunner } from './runner.js';
import { panelStyles } from './panel-styles.js';
import { PredictController } from './predict.js';
import { renderCitation, renderMessage, renderReadout, renderSummary } from './text-panels.js';
import { demoStyles } from './styles.js';
import { VIEW_PROPERTY_NAMES, ViewProperties } from './view-properties.js';
import { viewStyles } from './view-styles.js';

export type { DemoErrorEvent } from './events.js';

/** A value as given: a string from an HTML attribute, a number from script, null if removed. */
export type RawValue = string | number | null | undefined;

/** Each experiment property and the attribute it mirrors; changing any of them recomputes. */
const EXPERIMENT_ATTRIBUTES = {
  nTrain: 'n-train',
  nTest: 'n-test',
  maxD: 'max-d',
  noise: 'noise',
  trials: 'trials',
  seed: 'seed',
  dims: 'dims',
  rng: 'rng',
  testError: 'test-error',
  ridge: 'ridge',
  features: 'features',
} as const;

type ExperimentProperty = keyof typeof EXPERIMENT_ATTRIBUTES;
const RECOMPUTING = [
  ...Object.keys(EXPERIMENT_ATTRIBUTES),
  ...VIEW_PROPERTY_NAMES,
  'showTheory',
  'showOptimalRidge',
];
const PRESENTING = ['yScale', 'band', 'theme', 'controls', 'capacity', 'maxD', 'view', 'scenario'];

/**
 * A live double-descent experiment: least squares (minimum norm, or ridge) on synthetic Gaussian
 * data, swept over capacity d, over training-set size n (`view="samples"`) or over
 * gradient-descent steps (`view="training"`).
 *
 * @fires curve - After each computation; `detail` is the view's curve, with `view` naming it.
 * @fires capacity-change - When the cursor moves; `detail` is the `CapacityReading` at d.
 * @fires prediction - When a prediction is revealed; `detail` is `{guess, truth, distance}`.
 * @fires error - When an attribute value is rejected; `detail` is `{attribute, value, message}`.
 * @csspart chart - The SVG chart.
 * @csspart train-curve - The mean training error line.
 * @csspart test-curve - The mean test error line.
 * @csspart test-median - The median test error line.
 * @csspart test-band - The spread of test error across trials.
 * @csspart theory-curve - The expected test error from theory.
 * @csspart optimal-ridge-curve - Test error at the best λ per capacity.
 * @csspart threshold - The interpolation threshold marker and its label.
 * @csspart cursor - The capacity cursor.
 * @csspart controls - The controls.
 * @csspart summary - The one-sentence description of the curve.
 * @csspart fit - The fitted-function panel (1-D feature families only).
 * @csspart zero-init-curve - Training view: test error of the run started from w₀ = 0.
 * @csspart mark - Training view: the fit and generalisation steps, each a line and a label.
 * @csspart explanation - Training view: what the curve is and its mechanism.
 * @csspart notes - The reader's notes panel (attribute `notes`).
 * @cssproperty --dd-train-color - Colour of the training error line.
 * @cssproperty --dd-test-color - Colour of the test error line and band.
 * @cssproperty --dd-theory-color - Colour of the theory curve.
 * @cssproperty --dd-optimal-color - Colour of the optimal-ridge curve.
 * @cssproperty --dd-zero-init-color - Colour of the training view's run from w₀ = 0.
 * @cssproperty --dd-font - Font family of all text.
 */
export class DoubleDescentDemo extends ViewProperties {
  static override styles = [demoStyles, panelStyles, fitStyles, viewStyles];

  static override properties = {
    ...Object.fromEntries(
      Object.entries(EXPERIMENT_ATTRIBUTES).map(([name, attribute]) => [name, { attribute }]),
    ),
    showTheory: { type: Boolean, attribute: 'show-theory' },
    showOptimalRidge: { type: Boolean, attribute: 'show-optimal-ridge' },
    yScale: { attribute: 'y-scale' },
    band: {},
    theme: { reflect: true },
    controls: {},
    capacity: {},
    predict: { type: Boolean },
    shownCurve: { state: true },
    shownErrors: { state: true },
    tableOpen: { state: true },
  };

  /** Number of training samples n (80). */
  declare nTrain: RawValue;
  /** Number of sampled test points, used when `testError` is `sampled` (2000). */
  declare nTest: RawValue;
  /** Number of input features D, the largest capacity (300). */
  declare maxD: RawValue;
  /** Standard deviation of the label noise (0.2). */
  declare noise: RawValue;
  /** Number of independent trials averaged into the curve (20). */
  declare trials: RawValue;
  /** Seed of the first trial (0). */
  declare seed: RawValue;
  /** Capacities to evaluate, comma-separated or as an array; unset means every d up to max-d. */
  declare dims: string | number[] | null | undefined;
  /** Random stream: `fast` (default) or `numpy` for data identical to NumPy's. */
  declare rng: RawValue;
  /** Test error `expected` (exact, default) or `sampled` on n-test points. */
  declare testError: RawValue;
  /** Ridge λ on (1/n)‖y − Xb‖² + λ‖b‖² (0, the minimum-norm fit). */
  declare ridge: RawValue;
  /** Feature family (`gaussian`). */
  declare features: RawValue;
  /** Overlay the exact expected test error of the minimum-norm fit. */
  declare showTheory: boolean;
  /** Overlay the test error at the best λ of a grid, per capacity. */
  declare showOptimalRidge: boolean;
  /** Error axis: `log` (default) or `linear`. */
  declare yScale: RawValue;
  /** Spread band around the test curve: `iqr` (default), `minmax` or `none`. */
  declare band: RawValue;
  /** Colour scheme: `auto` (the reader's preference), `light` or `dark`. */
  declare theme: RawValue;
  /** Which controls to show, space-separated, or `none`. */
  declare controls: RawValue;
  /** The capacity d under the cursor (unset: d = n). */
  declare capacity: RawValue;
  /** Hide the test curve until the reader guesses where it peaks. */
  declare predict: boolean;
  /** The curve on screen; kept private so a page cannot replace it with one the kernel did not
   *  compute (the public `curve` getter reads it). */
  declare private shownCurve: ViewCurve | null;

  /** The last curve computed from valid settings (its `view` says which), or null before one. */
  get curve(): ViewCurve | null {
    return this.shownCurve;
  }

  declare private shownErrors: ParamError[];
  declare private tableOpen: boolean;
  declare private shown: attributes.Presentation;
  declare private unsentErrors: ParamError[];
  private readonly predictions = new PredictController(this);
  private readonly runner = new ExperimentRunner(
    this,
    (params, signal) => this.compute(params, signal),
    (curve) => {
      // Frozen: the object is also the `curve` event's detail and the `curve` property, and a
      // page editing it in place would change what the chart draws.
      this.shownCurve = deepFreeze(curve);
      this.predictions.fit(curve.x.length);
    },
  );
  private readonly fits = new FitController(this);
  private readonly chart = new ChartView(this, {
    pick: (index) => this.pick(index),
    hovered: () => this.requestUpdate(),
  });

  constructor() {
    super();
    Object.assign(this, { nTrain: 80, nTest: 2000, maxD: 300, noise: 0.2, trials: 20, seed: 0 });
    Object.assign(this, { rng: 'fast', testError: 'expected', ridge: 0, features: 'gaussian' });
    this.showTheory = false;
    this.showOptimalRidge = false;
    this.predict = false;
    this.capacity = null;
    this.shownCurve = null;
    this.shownErrors = [];
    this.tableOpen = false;
    const controls = [...attributes.DEFAULT_CONTROLS];
    this.shown = { yScale: 'log', band: 'iqr', controls, capacity: null };
    this.unsentErrors = [];
  }

  /**
   * Runs one kernel sweep on validated parameters; `signal` aborts when a newer request makes it
   * stale. A subclass may replace it, as the tests do.
   */
  protected compute(params: ExperimentParams, signal?: AbortSignal): Promise<Curve> {
    return computeCurve(params, { signal });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const has = (keys: string[]) => keys.some((key) => changes(changed).has(key));
    if (!this.hasUpdated || has(RECOMPUTING)) this.validateExperiment();
    if (!this.hasUpdated || has(PRESENTING)) this.validatePresentation();
    if (changed.has('predict')) this.predictions.setActive(this.predict);
  }

  protected override updated(changed: PropertyValues<this>): void {
    // Events go out after rendering, so a listener already sees what they announce.
    for (const error of this.unsentErrors) {
      this.dispatchEvent(new CustomEvent('error', { detail: error }));
    }
    this.unsentErrors = [];
    if (changes(changed).has('shownCurve') && this.shownCurve) emit(this, 'curve', this.shownCurve);
    // The fitted-function panel follows the cursor (1-D feature families only).
    const params = this.runner.params;
    const capacity = this.capacityCurve;
    this.fits.sync(params, capacity && params ? capacity.x[this.cursorIndex()] : null);
    // The cursor's first placement is not a move; later changes of `capacity` are.
    if (changed.get('capacity') !== undefined && capacity !== null) {
      emit(this, 'capacity-change', readingAt(capacity, this.cursorIndex()));
    }
  }

  private validateExperiment(): void {
    // A rejected view recomputes nothing, so the last good curve stays, as for any bad value.
    if (this.viewError !== null) {
      this.unsentErrors.push(this.viewError);
    } else if (this.shownView !== 'capacity') {
      this.unsentErrors.push(...this.runner.requestView(this.shownView, this.rawViewParams()));
    } else {
      this.validateCapacity();
    }
  }

  private validateCapacity(): void {
    const raw: RawParams = {};
    for (const [property, attribute] of Object.entries(EXPERIMENT_ATTRIBUTES)) {
      raw[attribute] = this[property as ExperimentProperty];
    }
    const options = { theory: this.showTheory, optimalRidge: this.showOptimalRidge };
    this.unsentErrors.push(...this.runner.request(raw, options));
  }

  private validatePresentation(): void {
    const { band, theme, controls, capacity } = this;
    // Epoch-wise double descent is a bump of a few per cent: on a log axis spanning decades it
    // would be invisible, so that scenario reads on a linear axis unless the author says otherwise.
    const word = (value: unknown) =>
      String(value ?? '')
        .trim()
        .toLowerCase();
    const epochWise = word(this.view) === 'training' && word(this.scenario) === 'epoch-wise';
    const yScale = this.yScale ?? (epochWise ? 'linear' : undefined);
    const raw = { yScale, band, theme, controls, capacity };
    const maxD = this.runner.params?.maxD ?? 300;
    const result = attributes.parsePresentation(raw, maxD, this.shown);
    this.shown = result.shown;
    // An error already on screen is not announced again when another attribute changes.
    const before = new Set(this.shownErrors.map((error) => error.message));
    this.unsentErrors.push(...result.errors.filter((error) => !before.has(error.message)));
    this.shownErrors = result.errors;
  }

  /** The index of the capacity under the cursor: the `capacity` attribute, or d = n. */
  private cursorIndex(): number {
    const curve = this.capacityCurve!;
    return indexOfCapacity(curve, this.shown.capacity ?? curve.interpolationThreshold);
  }

  /** A click or tap on the chart: a guess while predicting, otherwise a cursor move. */
  private pick(index: number): void {
    const curve = this.capacityCurve;
    if (curve === null) return;
    if (this.predictions.guessing) {
      this.predictions.choose(index);
      this.predictions.reveal(curve);
    } else {
      this.setAttribute('capacity', String(curve.x[index]));
    }
  }

  /** The curve on screen if it is a capacity sweep (the other views have no capacity cursor). */
  private get capacityCurve(): CapacityCurve | null {
    return this.curve?.view === 'capacity' ? this.curve : null;
  }

  /** The sample-size or training-time view (other-views.ts lays it out). */
  private renderView(view: 'samples' | 'training'): TemplateResult {
    const curve = this.curve?.view === view ? this.curve : null;
    return renderOtherView(view, {
      ...this.shown,
      runner: this.runner,
      chart: this.chart,
      curve: curve as Exclude<ViewCurve, CapacityCurve> | null,
      errors: this.rejected,
      controls: this.controls == null ? null : this.shown.controls,
      set: (a, v) => this.set(a, v),
      tableOpen: this.tableOpen,
      toggleTable: (open) => (this.tableOpen = open),
    });
  }

  /** Every rejected value on screen: experiment, view and presentation attributes. */
  private get rejected(): ParamError[] {
    return [
      ...this.runner.errors,
      ...this.shownErrors,
      ...(this.viewError ? [this.viewError] : []),
    ];
  }

  /** Writes a control's value to its attribute, so the attribute always mirrors the control. */
  private set(attribute: string, value: string | boolean): void {
    if (typeof value === 'boolean') this.toggleAttribute(attribute, value);
    else this.setAttribute(attribute, value);
  }

  override render(): TemplateResult {
    const notes = this.notes ? renderNotes(this.notesPanel, 'notes') : nothing;
    if (this.shownView !== 'capacity') return html`${this.renderView(this.shownView)}${notes}`;
    const curve = this.capacityCurve;
    const guessing = this.predictions.guessing;
    const cursor = curve === null ? 0 : this.cursorIndex();
    const fit = this.fits.render(this.runner.params?.features);
    const values = curve &&
      this.runner.params && {
        ...this.runner.params,
        dims: curve.x,
        cursor,
        band: this.shown.band,
        showTheory: this.showTheory,
        showOptimalRidge: this.showOptimalRidge,
      };
    // The capacity view turns the curve into series; another view would supply its own here.
    const display = { band: this.shown.band, revealTest: !guessing };
    const data = curve === null ? null : capacityChart(curve, display);
    const chart = {
      yScale: this.shown.yScale,
      busy: this.runner.busy,
      cursor: curve && !guessing ? cursor : null,
      guess: guessing ? this.predictions.guess : null,
    };
    // While guessing there is no cursor to move: the guess slider takes its place.
    const shownControls = this.shown.controls.filter((c) => !guessing || c !== 'capacity');
    const readAt = this.chart.hover ?? (guessing ? this.predictions.guess : cursor);
    return html`
      <div class="layout ${fit === nothing ? '' : 'with-fit'}">
        <div class="main">
          ${this.chart.render(data, chart)}
          ${curve === null ? nothing : renderReadout(curve, readAt, guessing)}
        </div>
        ${fit}
      </div>
      ${this.predictions.render(curve)}
      ${values ? renderControls(shownControls, values, (a, v) => this.set(a, v)) : nothing}
      ${renderSummary(curve, guessing)}
      ${renderMessage(this.rejected, this.runner.failure, !!curve)}
      ${
        curve === null || guessing
          ? nothing
          : renderDataTable(curve, this.tableOpen, (open) => (this.tableOpen = open))
      }
      ${renderCitation()} ${notes}
    `;
  }
}

/** Freezes `value` and every object and array inside it; returns it. */
function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

/** Lit's change map, read by name (it also holds private state, which its type leaves out). */
function changes(changed: PropertyValues): Map<string, unknown> {
  return changed as Map<string, unknown>;
}

declare global {
  interface HTMLElementTagNameMap {
    'double-descent-demo': DoubleDescentDemo;
  }
}
