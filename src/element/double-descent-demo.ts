/**
 * `<double-descent-demo>`: runs the capacity sweep in the reader's browser and draws train and
 * test error against capacity d. Attributes are validated before anything reaches the kernel; a
 * rejected value or a failed run leaves the last good curve on screen next to a message.
 */
import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { computeCurve } from '../compute.js';
import { parseChoice, parseExperiment, type ParamError, type RawParams } from '../params.js';
import type { Curve, ExperimentParams } from '../types.js';
import { describeCurve, layoutChart, renderChart, type YScaleKind } from './chart.js';
import { formatTick } from './scale.js';
import { demoStyles } from './styles.js';

/** A value as given: a string from an HTML attribute, a number from script, null if removed. */
export type RawValue = string | number | null | undefined;

/** The `error` event: a rejected attribute value, like an image's own `error`, not bubbling. */
export type DemoErrorEvent = CustomEvent<ParamError>;

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
} as const;

type ExperimentProperty = keyof typeof EXPERIMENT_ATTRIBUTES;

const Y_SCALES = ['log', 'linear'] as const;

/** Chart width before the element has been measured, in CSS pixels. */
const DEFAULT_WIDTH = 640;

/**
 * A live double-descent experiment: minimum-norm least squares on synthetic Gaussian data,
 * swept over capacity d.
 *
 * @fires curve - After each computation; `detail` is the `Curve`. Bubbles and crosses shadow roots.
 * @fires error - When an attribute value is rejected; `detail` is `{attribute, value, message}`.
 * @csspart chart - The SVG chart.
 * @csspart train-curve - The mean training error line.
 * @csspart test-curve - The mean test error line.
 * @csspart threshold - The interpolation threshold marker and its label.
 * @csspart summary - The one-sentence description of the curve.
 * @cssproperty --dd-train-color - Colour of the training error line.
 * @cssproperty --dd-test-color - Colour of the test error line.
 * @cssproperty --dd-font - Font family of all text.
 */
export class DoubleDescentDemo extends LitElement {
  static override styles = demoStyles;

  static override properties = {
    nTrain: { attribute: 'n-train' },
    nTest: { attribute: 'n-test' },
    maxD: { attribute: 'max-d' },
    noise: {},
    trials: {},
    seed: {},
    dims: {},
    rng: {},
    testError: { attribute: 'test-error' },
    yScale: { attribute: 'y-scale' },
    curve: { state: true },
    experimentErrors: { state: true },
    yScaleError: { state: true },
    failure: { state: true },
    busy: { state: true },
    width: { state: true },
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

  /** Error axis: `log` (default) or `linear`. */
  declare yScale: RawValue;

  /** The last curve computed from valid settings, or null until the first one arrives. */
  declare curve: Curve | null;

  declare private experimentErrors: ParamError[];
  declare private yScaleError: ParamError | null;
  declare private shownYScale: YScaleKind;
  declare private failure: string | null;
  declare private busy: boolean;
  declare private width: number;
  declare private latestRequest: number;
  declare private unsentErrors: ParamError[];
  declare private resizeObserver: ResizeObserver | null;

  constructor() {
    super();
    this.nTrain = 80;
    this.nTest = 2000;
    this.maxD = 300;
    this.noise = 0.2;
    this.trials = 20;
    this.seed = 0;
    this.dims = undefined;
    this.rng = 'fast';
    this.testError = 'expected';
    this.yScale = 'log';
    this.curve = null;
    this.experimentErrors = [];
    this.yScaleError = null;
    this.shownYScale = 'log';
    this.failure = null;
    this.busy = false;
    this.width = DEFAULT_WIDTH;
    this.latestRequest = 0;
    this.unsentErrors = [];
    this.resizeObserver = null;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Laying the chart out at its real pixel width keeps 12px text 12px on a phone, where a
    // fixed viewBox scaled down to 320px would shrink every label by half.
    this.resizeObserver = new ResizeObserver((entries) => {
      const measured = Math.round(entries[entries.length - 1].contentRect.width);
      if (measured <= 0 || measured === this.width) return;
      // A new width changes the chart's height, which resizes this element again; applying it
      // in the next frame rather than inside this callback avoids a ResizeObserver loop error.
      requestAnimationFrame(() => {
        this.width = measured;
      });
    });
    this.resizeObserver.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
    this.resizeObserver = null;
  }

  /** Runs the kernel on validated parameters; a subclass may replace it, as the tests do. */
  protected compute(params: ExperimentParams): Promise<Curve> {
    return computeCurve(params);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const keys = Object.keys(EXPERIMENT_ATTRIBUTES) as ExperimentProperty[];
    if (!this.hasUpdated || keys.some((key) => changed.has(key))) this.validateExperiment();
    if (!this.hasUpdated || changed.has('yScale')) this.validateYScale();
  }

  protected override updated(changed: PropertyValues<this>): void {
    // Events go out after rendering, so a listener already sees the chart or message they announce.
    for (const error of this.unsentErrors) {
      this.dispatchEvent(new CustomEvent('error', { detail: error }));
    }
    this.unsentErrors = [];
    if (changed.has('curve') && this.curve !== null) {
      this.dispatchEvent(
        new CustomEvent('curve', { detail: this.curve, bubbles: true, composed: true }),
      );
    }
  }

  private validateExperiment(): void {
    const raw: RawParams = {};
    for (const [property, attribute] of Object.entries(EXPERIMENT_ATTRIBUTES)) {
      raw[attribute] = this[property as ExperimentProperty];
    }
    const result = parseExperiment(raw);
    // Any change makes every computation still in flight stale, even when the new value is bad.
    const request = ++this.latestRequest;
    if (!result.ok) {
      this.experimentErrors = result.errors;
      this.unsentErrors.push(...result.errors);
      this.busy = false;
      return;
    }
    this.experimentErrors = [];
    this.busy = true;
    void this.run(result.params, request);
  }

  private validateYScale(): void {
    const choice = parseChoice('y-scale', this.yScale ?? 'log', Y_SCALES);
    if (typeof choice === 'string') {
      this.shownYScale = choice;
      this.yScaleError = null;
    } else {
      this.yScaleError = choice;
      this.unsentErrors.push(choice);
    }
  }

  private async run(params: ExperimentParams, request: number): Promise<void> {
    // A macrotask lets changes made in separate microtasks settle into one computation and
    // lets the "Computing…" state paint before the synchronous kernel holds the thread.
    await new Promise((resolve) => setTimeout(resolve, 0));
    if (request !== this.latestRequest) return;
    try {
      const curve = await this.compute(params);
      if (request !== this.latestRequest) return;
      this.curve = curve;
      this.failure = null;
    } catch (error) {
      if (request !== this.latestRequest) return;
      const reason = error instanceof Error ? error.message : String(error);
      this.failure = `The experiment could not be computed (${reason}).`;
    }
    this.busy = false;
  }

  private renderMessage(): TemplateResult | typeof nothing {
    const errors = [...this.experimentErrors, ...(this.yScaleError ? [this.yScaleError] : [])];
    if (errors.length === 0 && this.failure === null) return nothing;
    const kept = this.curve === null ? '' : ' The chart still shows the last valid curve.';
    return html`<div class="message" part="message" role="alert">
      ${errors.map((error) => html`<p>${error.message}</p>`)}
      ${this.failure === null ? nothing : html`<p>${this.failure}</p>`}
      ${kept === '' ? nothing : html`<p>${kept.trim()}</p>`}
    </div>`;
  }

  private renderChartArea(): TemplateResult {
    if (this.curve === null) {
      return html`<div class="placeholder">${this.busy ? 'Computing…' : 'No curve yet.'}</div>`;
    }
    const width = this.width;
    const height = Math.round(Math.min(440, Math.max(240, width * 0.6)));
    const layout = layoutChart(this.curve, { width, height, yScale: this.shownYScale });
    return html`
      <svg part="chart" viewBox="0 0 ${layout.width} ${layout.height}" role="img"
        aria-labelledby="summary">
        ${renderChart(layout)}
      </svg>
      ${this.busy ? html`<span class="busy" role="status">Computing…</span>` : nothing}
      ${layout.floor === null
        ? nothing
        : html`<p class="note">
            Training error below ${formatTick(layout.floor)} is drawn on the bottom edge.
          </p>`}
    `;
  }

  override render(): TemplateResult {
    return html`
      <ul class="legend" part="legend">
        <li class="key train">Train MSE</li>
        <li class="key test">Test MSE</li>
        <li class="key threshold">Interpolation threshold</li>
      </ul>
      <div class="frame" aria-busy=${this.busy ? 'true' : 'false'}>${this.renderChartArea()}</div>
      <p id="summary" part="summary" class="summary">
        ${this.curve === null ? nothing : describeCurve(this.curve)}
      </p>
      ${this.renderMessage()}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'double-descent-demo': DoubleDescentDemo;
  }
  interface HTMLElementEventMap {
    curve: CustomEvent<Curve>;
  }
}
