/**
 * The attributes that choose and shape a view (`view`, `d`, `max-n`, `scenario`, `init-scale`,
 * `weight-decay`, `learning-rate`, `max-steps`, `train-threshold`) and the notes panel (`notes`,
 * `note-key`), declared on a base class so the explorer element keeps one file for its capacity
 * view. The sample-size and training-time views share the capacity view's attributes where the
 * meaning is the same (n-train, noise, trials, seed, rng, ridge, max-d).
 */
import { LitElement, type PropertyDeclarations, type PropertyValues } from 'lit';
import { DEFAULTS, type ParamError } from '../params.js';
import type { ViewKind } from '../types.js';
import { parseView, type RawViewParams } from '../view-params.js';
import type { RawValue } from './double-descent-demo.js';
import { NotesController } from './notes.js';

/** Each view property and the attribute it mirrors; changing any of them recomputes. */
export const VIEW_ATTRIBUTES = {
  view: 'view',
  d: 'd',
  maxN: 'max-n',
  scenario: 'scenario',
  initScale: 'init-scale',
  weightDecay: 'weight-decay',
  learningRate: 'learning-rate',
  maxSteps: 'max-steps',
  trainThreshold: 'train-threshold',
} as const;

/** The capacity view's attributes that the other views read too, with the capacity defaults. */
const SHARED_ATTRIBUTES = {
  nTrain: ['n-train', DEFAULTS.nTrain],
  maxD: ['max-d', DEFAULTS.maxD],
  noise: ['noise', DEFAULTS.noise],
  trials: ['trials', DEFAULTS.trials],
  seed: ['seed', DEFAULTS.seed],
  rng: ['rng', DEFAULTS.rng],
  ridge: ['ridge', DEFAULTS.ridge],
} as const;

/** The properties whose change recomputes the curve of a sample-size or training-time view. */
export const VIEW_PROPERTY_NAMES: readonly string[] = Object.keys(VIEW_ATTRIBUTES);

/** Declares the view and notes attributes; `<double-descent-demo>` extends it. */
export class ViewProperties extends LitElement {
  static override properties: PropertyDeclarations = {
    ...Object.fromEntries(
      Object.entries(VIEW_ATTRIBUTES).map(([name, attribute]) => [name, { attribute }]),
    ),
    notes: { type: Boolean },
    noteKey: { attribute: 'note-key' },
    viewError: { state: true },
  };

  /** What the x-axis is: `capacity` (default), `samples` or `training`. */
  declare view: RawValue;
  /** Capacity d of the sample-size view (100), or the feature count of a training scenario. */
  declare d: RawValue;
  /** Largest training-set size of the sample-size view (2d). */
  declare maxN: RawValue;
  /** Training-time preset: `grokking-like` (default) or `epoch-wise`. */
  declare scenario: RawValue;
  /** Norm of the initial weights ‖w₀‖ in the training-time view (scenario default). */
  declare initScale: RawValue;
  /** Weight decay λ of the training-time view (scenario default). */
  declare weightDecay: RawValue;
  /** Step size as a fraction of the stable maximum 2 / (μ_max + λ) (scenario default). */
  declare learningRate: RawValue;
  /** Last gradient-descent step on the training-time axis (100000). */
  declare maxSteps: RawValue;
  /** Train MSE below which the training set counts as fit (1e-3). */
  declare trainThreshold: RawValue;
  /** Show the reader's notes panel, saved in this browser only. */
  declare notes: boolean;
  /** The localStorage name of the notes (the element's id when unset). */
  declare noteKey: string | null | undefined;

  /** The rejected `view` value, while one is set. */
  declare protected viewError: ParamError | null;
  /** The view on screen: the last valid `view`. */
  protected shownView: ViewKind = 'capacity';
  /** The notes panel's text and storage. */
  protected readonly notesPanel = new NotesController(this);

  constructor() {
    super();
    this.notes = false;
    this.viewError = null;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (this.notes) this.notesPanel.use(this.noteKey);
    if (!this.hasUpdated || changed.has('view')) {
      const view = parseView(this.view);
      const rejected = typeof view === 'object';
      // A bad view keeps the previous one on screen, as a bad size keeps the last curve.
      if (!rejected) this.shownView = view;
      this.viewError = rejected ? view : null;
    }
  }

  /**
   * The raw attribute values of the sample-size or training-time view. A shared property still
   * at the capacity view's default and without an attribute was not chosen for this view, so the
   * view's (or scenario's) own default applies: a training view's noise is 0.1, not 0.2.
   */
  protected rawViewParams(): RawViewParams {
    const raw: RawViewParams = {};
    const self = this as unknown as Record<string, unknown>;
    for (const [property, attribute] of Object.entries(VIEW_ATTRIBUTES)) {
      raw[attribute] = self[property];
    }
    for (const [property, [attribute, fallback]] of Object.entries(SHARED_ATTRIBUTES)) {
      const value = self[property];
      const given = this.hasAttribute(attribute) || (value !== fallback && value != null);
      raw[attribute] = given ? value : undefined;
    }
    return raw;
  }
}
