/**
 * The fitted-function panel (part `fit`) of the 1-D feature families: the training points, the
 * true function and the fit at the capacity under the cursor, for the first trial. The Gaussian
 * prefix task has no 1-D input to draw over and shows no panel. The controller asks the kernel
 * for a fit whenever the parameters or the cursor change and keeps only the newest answer, and
 * lays the drawing out at the panel's measured width.
 */
import { html, nothing, svg, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { TemplateResult } from 'lit';
import { fitFunction, type FeatureFamily, type FitView } from '../fit.js';
import { loadKernel } from '../kernel.js';
import type { ExperimentParams } from '../types.js';
import { layoutFit } from './fit-chart.js';

/** Drawing width before the panel has been measured, in CSS pixels. */
const DEFAULT_WIDTH = 320;

/** The widest the drawing gets; past it a taller plot adds nothing (the panel stops growing). */
const MAX_WIDTH = 480;

/** The drawing's height at `width`: the 320 × 220 proportions, never under 180px. */
function heightFor(width: number): number {
  return Math.round(Math.max(180, width * 0.6875));
}

/** What the panel says about each family's solver, scoped to this task. */
const SOLVER_NOTES: Record<FeatureFamily, string> = {
  relu:
    'Hinge features max(0, ±(x − knot)) with knots at the training inputs; the fit is exact ' +
    'least squares or the minimum-norm interpolant, solved by Householder QR.',
  fourier:
    'Random Fourier features √2·cos(ωx + b), ω ~ N(0, 5²), are nearly collinear on one input, ' +
    'so their Gram matrix is numerically singular. The solver adds 1e-9 × its mean diagonal, ' +
    'which makes every fit a ridge fit with a tiny λ: defined and finite, but not an exact ' +
    'interpolant.',
};

/** Keeps the panel's fit in step with the element's parameters and cursor. */
export class FitController implements ReactiveController {
  /** The newest fit, or null (Gaussian task, or none computed yet). */
  view: FitView | null = null;
  /** Why the newest fit failed, or null. */
  failure: string | null = null;
  private key = '';
  private latest = 0;
  private width = DEFAULT_WIDTH;
  private observer: ResizeObserver | null = null;
  private observed: Element | null = null;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    // Drawn at its real pixel width, the panel keeps its 12px tick labels 12px; a fixed
    // 320-wide drawing scaled into a 240px column would shrink them to 9px.
    this.observer = new ResizeObserver((entries) => {
      const { width } = entries[entries.length - 1].contentRect;
      const measured = Math.min(MAX_WIDTH, Math.round(width));
      if (measured <= 0 || measured === this.width) return;
      // As in the main chart: the new height resizes the panel again, so the change waits a
      // frame rather than being applied inside this callback (a ResizeObserver loop error).
      requestAnimationFrame(() => {
        this.width = measured;
        this.host.requestUpdate();
      });
    });
    this.observed = null;
  }

  hostUpdated(): void {
    // The panel's section is replaced when it switches between "Fitting…" and the drawing.
    const section = this.host.shadowRoot?.querySelector('[part="fit"]') ?? null;
    if (section === this.observed || this.observer === null) return;
    if (this.observed !== null) this.observer.unobserve(this.observed);
    if (section !== null) this.observer.observe(section);
    this.observed = section;
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = null;
    this.observed = null;
  }

  /** Requests the fit for `params` at capacity `d` if either changed since the last request. */
  sync(params: ExperimentParams | null, d: number | null): void {
    const family = params?.features;
    if (!params || d === null || (family !== 'relu' && family !== 'fourier')) {
      if (this.view !== null || this.failure !== null) this.host.requestUpdate();
      this.key = '';
      this.view = null;
      this.failure = null;
      return;
    }
    const { rng, seed, nTrain, maxD, noise, ridge } = params;
    const request = { features: family, rng, seed, nTrain, maxD, noise, ridge, d };
    const key = JSON.stringify(request);
    if (key === this.key) return;
    this.key = key;
    const ticket = ++this.latest;
    loadKernel()
      .then((kernel) => fitFunction(kernel, request))
      .then(
        (view) => {
          if (ticket !== this.latest) return;
          this.view = view;
          this.failure = null;
          this.host.requestUpdate();
        },
        (error: unknown) => {
          if (ticket !== this.latest) return;
          this.failure = error instanceof Error ? error.message : String(error);
          this.host.requestUpdate();
        },
      );
  }

  /** The panel, or nothing for the Gaussian task. */
  render(features: string | undefined): TemplateResult | typeof nothing {
    if (features !== 'relu' && features !== 'fourier') return nothing;
    const view = this.view;
    if (view === null) {
      return html`<section class="fit" part="fit" aria-label="Fitted function">
        <p class="fit-caption">${this.failure ?? 'Fitting…'}</p>
      </section>`;
    }
    return renderFit(view, this.failure, this.width);
  }
}

function renderFit(view: FitView, failure: string | null, width: number): TemplateResult {
  const height = heightFor(width);
  const layout = layoutFit(view, width, height);
  const { plot } = layout;
  const n = view.xTrain.length;
  const where = view.d < n ? 'below' : view.d === n ? 'at' : 'beyond';
  const caption =
    `In this synthetic 1-D task (first trial), the fit with d = ${view.d} features, ${where} ` +
    `the interpolation threshold d = n = ${n}.` +
    (layout.clipped ? ' Parts of the fit leave the frame and are cut off.' : '');
  return html`<section class="fit" part="fit" aria-label="Fitted function at d = ${view.d}">
    <svg
      viewBox="0 0 ${width} ${height}"
      role="img"
      aria-label="Training points, the true function and the fit at d = ${view.d}"
    >
      <defs>
        <clipPath id="fit-frame">
          <rect
            x=${plot.left}
            y=${plot.top}
            width=${plot.right - plot.left}
            height=${plot.bottom - plot.top}
          ></rect>
        </clipPath>
      </defs>
      ${layout.yTicks.map(
        (tick) => svg`<line class="grid" x1=${plot.left} x2=${plot.right} y1=${tick.position}
            y2=${tick.position}></line>
          <text class="tick" x=${plot.left - 6} y=${tick.position} text-anchor="end"
            dominant-baseline="middle">${tick.label}</text>`,
      )}
      ${layout.xTicks.map(
        (tick) => svg`<text class="tick" x=${tick.position} y=${plot.bottom + 16}
          text-anchor="middle">${tick.label}</text>`,
      )}
      <g clip-path="url(#fit-frame)">
        <path class="fit-truth" d=${layout.truthPath}></path>
        <path class="fit-line" part="fit-curve" d=${layout.fitPath}></path>
        ${layout.points.map(
          ([x, y]) => svg`<circle class="fit-point" cx=${x} cy=${y} r="2.6"></circle>`,
        )}
      </g>
    </svg>
    <ul class="fit-legend">
      <li><span class="fit-key fit-point-key"></span>training points (noisy)</li>
      <li><span class="fit-key fit-truth-key"></span>true function</li>
      <li><span class="fit-key"></span>fit at d = ${view.d}</li>
    </ul>
    <p class="fit-caption">${caption}</p>
    <p class="fit-caption">${SOLVER_NOTES[view.features]}</p>
    ${failure === null ? nothing : html`<p class="fit-caption">${failure}</p>`}
  </section>`;
}
