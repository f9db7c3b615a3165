/**
 * Renders the sample-size and training-time views inside `<double-descent-demo>`: the shared
 * chart area, the readout, the view's controls, its summary and (for training time) what the
 * curve is and why, the alert, the data table and the view's sources. The element owns the state;
 * this module only lays it out.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { ParamError } from '../params.js';
import type { SampleViewCurve, TrainingViewCurve, ViewRequest } from '../view-compute.js';
import type { ControlName } from './attributes.js';
import type { BandKind } from './capacity-view.js';
import type { ChartView } from './chart-view.js';
import type { YScaleKind } from './chart.js';
import type { SetAttribute } from './controls.js';
import { samplesChart } from './samples-view.js';
import { renderMessage } from './text-panels.js';
import { firstDrawn, trainingChart } from './training-view.js';
import { VIEW_DEFAULT_CONTROLS, renderViewControls } from './view-controls.js';
import {
  describeEpochWise,
  describeGap,
  describeGrokkingLike,
  describeSampleReading,
  describeSamples,
  describeStart,
  describeTrainingReading,
} from './view-describe.js';
import { renderViewTable } from './view-table.js';

/** Everything the element hands over to draw a sample-size or training-time view. */
export interface OtherViewState {
  /** The computation: busy, why it failed, and the last valid request of a non-capacity view. */
  runner: { busy: boolean; failure: string | null; viewRequest: ViewRequest | null };
  /** The last curve of this view, or null. */
  curve: SampleViewCurve | TrainingViewCurve | null;
  chart: ChartView;
  errors: ParamError[];
  yScale: YScaleKind;
  band: BandKind;
  /** The author's `controls` list, or null for the view's defaults. */
  controls: readonly ControlName[] | null;
  set: SetAttribute;
  tableOpen: boolean;
  toggleTable: (open: boolean) => void;
}

const LINKS = {
  nakkiran: html`<a href="https://arxiv.org/abs/1912.02292">Nakkiran et al. 2019, “Deep double
    descent”</a>`,
  samples: html`<a href="https://arxiv.org/abs/1912.07242">Nakkiran 2019, “More data can hurt
    for linear regression”</a>`,
  power: html`<a href="https://arxiv.org/abs/2201.02177">Power et al. 2022, “Grokking”</a>`,
  omnigrok: html`<a href="https://arxiv.org/abs/2210.01117">Liu, Michaud &amp; Tegmark 2022,
    “Omnigrok”</a>`,
  heckel: html`<a href="https://arxiv.org/abs/2007.10099">Heckel &amp; Yilmaz, ICLR 2021</a>`,
};

function citation(curve: SampleViewCurve | TrainingViewCurve): TemplateResult {
  const sources =
    curve.view === 'samples'
      ? html`${LINKS.nakkiran}; ${LINKS.samples}`
      : curve.params.scenario === 'epoch-wise'
        ? html`${LINKS.heckel}; ${LINKS.nakkiran}`
        : html`grokking proper: ${LINKS.power}; the weight-norm explanation: ${LINKS.omnigrok}`;
  return html`<p class="cite" part="citation">Sources: ${sources}.</p>`;
}

/** The summary sentence(s): also the chart's description for assistive technology. */
function summary(curve: SampleViewCurve | TrainingViewCurve | null): string {
  if (curve === null) return '';
  if (curve.view === 'samples') return describeSamples(curve);
  if (curve.params.scenario === 'epoch-wise') {
    return `${describeEpochWise(curve)} ${describeStart(curve)}`;
  }
  return `${describeGap(curve)} ${describeStart(curve)}`;
}

/** What a training-time curve is, labelled by its mechanism (the grokking-like one only). */
function explanation(curve: SampleViewCurve | TrainingViewCurve | null) {
  if (curve === null || curve.view !== 'training' || curve.params.scenario !== 'grokking-like') {
    return nothing;
  }
  return html`<p class="explain" part="explanation">${describeGrokkingLike(curve)}</p>`;
}

function readout(curve: SampleViewCurve | TrainingViewCurve, hover: number | null): string {
  if (curve.view === 'samples') {
    // Without a pointer the readout sits at the threshold n = d.
    const at = curve.x.indexOf(curve.interpolationThreshold);
    return describeSampleReading(curve, hover ?? (at < 0 ? curve.x.length - 1 : at));
  }
  const from = firstDrawn(curve);
  const mark = curve.marks.generalizationStep;
  // Without a pointer it sits where test error generalises, or at the last step.
  const at = mark === null || mark === 0 ? -1 : curve.x.indexOf(mark);
  const index = hover === null ? (at < 0 ? curve.x.length - 1 : at) : hover + from;
  return describeTrainingReading(curve, index);
}

/** The whole view, from the chart down to its sources. */
export function renderOtherView(view: 'samples' | 'training', s: OtherViewState): TemplateResult {
  const curve = s.curve;
  const data =
    curve === null
      ? null
      : curve.view === 'samples'
        ? samplesChart(curve, s.band)
        : trainingChart(curve, s.band);
  const busy = s.runner.busy;
  const chart = s.chart.render(data, { yScale: s.yScale, busy, cursor: null, guess: null });
  const request = s.runner.viewRequest;
  const names = s.controls ?? VIEW_DEFAULT_CONTROLS[view];
  return html`
    <div class="layout">
      <div class="main">
        ${chart}
        ${curve === null
          ? nothing
          : html`<p class="readout" part="readout" aria-live="polite">
              ${readout(curve, s.chart.hover)}
            </p>`}
      </div>
    </div>
    ${request === null || request.view !== view
      ? nothing
      : renderViewControls(names, request, s.band, s.set)}
    <p id="summary" part="summary" class="summary">${summary(curve)}</p>
    ${explanation(curve)}
    ${renderMessage(s.errors, s.runner.failure, curve !== null)}
    ${curve === null ? nothing : renderViewTable(curve, s.tableOpen, s.toggleTable)}
    ${curve === null ? nothing : citation(curve)}
  `;
}
