/**
 * Runs the element's experiment as a Lit controller: validates the attributes of the view shown,
 * starts a computation when they are valid, and makes sure only the newest request's curve is
 * ever shown (older ones are aborted, and their results dropped if they arrive anyway). Every
 * view goes through the same path, so switching views outdates work in flight like any change.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { computeCapacity, type CapacityOptions } from '../experiment.js';
import { parseExperiment, type ParamError, type RawParams } from '../params.js';
import type { Curve, ExperimentParams } from '../types.js';
import { computeView, type OtherView, type ViewCurve, type ViewRequest } from '../view-compute.js';
import { parseSampleParams, parseTrainingParams, type RawViewParams } from '../view-params.js';

/** Runs one sweep; `signal` aborts when the request is outdated. */
export type SignalledSweep = (params: ExperimentParams, signal: AbortSignal) => Promise<Curve>;

/** The state of the element's computation. */
export class ExperimentRunner implements ReactiveController {
  /** A computation is under way. */
  busy = false;
  /** Why the last computation failed, or null. */
  failure: string | null = null;
  /** The last valid capacity-view parameters, or null before any. */
  params: ExperimentParams | null = null;
  /** The last valid sample-size or training-time request, or null before any. */
  viewRequest: ViewRequest | null = null;
  /** The rejected experiment attributes, if the latest values were invalid. */
  errors: ParamError[] = [];
  private latest = 0;
  private inFlight: AbortController | null = null;
  /** The newest accepted computation, until it settles; rerun if removal interrupted it. */
  private pending: ((signal: AbortSignal) => Promise<ViewCurve>) | null = null;
  private interrupted = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly sweep: SignalledSweep,
    private readonly done: (curve: ViewCurve) => void,
  ) {
    host.addController(this);
  }

  /**
   * Back on the page (re-added, or moved by a framework): finish the computation that removal
   * interrupted, or the element would keep waiting for a result that was thrown away.
   */
  hostConnected(): void {
    if (!this.interrupted || this.pending === null) return;
    this.interrupted = false;
    this.accept();
    void this.run(this.pending);
    this.host.requestUpdate();
  }

  /** Off the page: stop the work in flight (workers, queued sweeps) but remember it. */
  hostDisconnected(): void {
    if (this.pending === null) return;
    this.interrupted = true;
    ++this.latest;
    this.inFlight?.abort();
    this.inFlight = null;
  }

  /** Validates `raw` and, if valid, computes; returns the newly rejected values. */
  request(raw: RawParams, options: CapacityOptions): ParamError[] {
    const result = parseExperiment(raw);
    if (!result.ok) return this.reject(result.errors);
    this.accept();
    this.params = result.params;
    const params = result.params;
    void this.run((signal) => computeCapacity(params, options, (p) => this.sweep(p, signal)));
    return [];
  }

  /** As `request`, for the sample-size or training-time view's attributes. */
  requestView(view: OtherView, raw: RawViewParams): ParamError[] {
    const request = parseFor(view, raw);
    if (Array.isArray(request)) return this.reject(request);
    this.accept();
    this.viewRequest = request;
    void this.run((signal) => computeView(request, { signal }));
    return [];
  }

  /** Any change makes every computation still in flight stale, even when the new value is bad. */
  private outdate(): void {
    ++this.latest;
    this.inFlight?.abort();
    this.inFlight = null;
  }

  private reject(errors: ParamError[]): ParamError[] {
    this.outdate();
    this.pending = null;
    this.errors = errors;
    this.busy = false;
    return errors;
  }

  private accept(): void {
    this.outdate();
    this.errors = [];
    this.busy = true;
  }

  private async run(compute: (signal: AbortSignal) => Promise<ViewCurve>) {
    const request = this.latest;
    this.pending = compute;
    // A macrotask lets changes made in separate microtasks settle into one computation and
    // lets the "Computing…" state paint before any synchronous work holds the thread.
    await new Promise((resolve) => setTimeout(resolve, 0));
    if (request !== this.latest) return;
    // The optimal-ridge overlay queues many sweeps; aborting drops those a newer request outdates.
    const abort = new AbortController();
    this.inFlight = abort;
    try {
      const curve = await compute(abort.signal);
      if (request !== this.latest) return;
      this.failure = null;
      this.done(curve);
    } catch (error) {
      if (request !== this.latest) return;
      const reason = error instanceof Error ? error.message : String(error);
      this.failure = `The experiment could not be computed (${reason}).`;
    }
    this.pending = null;
    this.busy = false;
    this.host.requestUpdate();
  }
}

/** The validated request for `view`, or the rejected values. */
function parseFor(view: OtherView, raw: RawViewParams): ViewRequest | ParamError[] {
  if (view === 'samples') {
    const result = parseSampleParams(raw);
    return result.ok ? { view, params: result.params } : result.errors;
  }
  const result = parseTrainingParams(raw);
  return result.ok ? { view, params: result.params } : result.errors;
}
