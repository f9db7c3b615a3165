/**
 * The slot for the fitted-function panel (part `fit`). The 1-D feature families (`relu`,
 * `fourier`) will show the training points, the true function and the fit at the capacity under
 * the cursor here; the element lays it beside the chart on wide containers, under it on narrow.
 */
import { nothing, type TemplateResult } from 'lit';
import type { FeatureFamily } from '../types.js';

type Panel = () => TemplateResult | typeof nothing;

// A family without an entry (the Gaussian prefix task) shows no panel.
const PANELS: Partial<Record<FeatureFamily, Panel>> = {
  // The Gaussian prefix task has no 1-D input to draw a fitted function over.
  gaussian: () => nothing,
};

/** The panel for `features`, or nothing when the family has no fitted function to show. */
export function renderFitPanel(features: FeatureFamily): TemplateResult | typeof nothing {
  return PANELS[features]?.() ?? nothing;
}
