/**
 * Runs the element's experiment as a Lit controller: validates the experiment attributes, starts
 * a computation when they are valid, and makes sure only the newest request's curve is ever
 * shown (older ones are aborted, and their results dropped if they arrive anyway).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { computeCapacity, type CapacityOptions } from '../experiment.js';
import { parseExperiment, type ParamError, type RawParams } from '../params.js';
import type { CapacityCurve, Curve, ExperimentParams } from '../types.js';

/** Runs one sweep; `signal` aborts when the request is outdated. */
export type SignalledSweep = (params: ExperimentParams, signal: AbortSignal) => Promise<Curve>;

/** The state of the element's computation. */
export class ExperimentRunner implements ReactiveController {
  /** A computation is under way. */
  busy = false;
  /** Why the last computation failed, or null. */
  failure: string | null = null;
  /** The last valid parameters, or null before any. */
  params: ExperimentParams | null = null;
  /** The rejected experiment attributes, if the latest values were invalid. */
  errors: ParamError[] = [];
  private latest = 0;
  private inFlight: AbortController | null = null;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly sweep: SignalledSweep,
    private readonly done: (curve: CapacityCurve) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    this.inFlight?.abort();
  }

  /** Validates `raw` and, if valid, computes; returns the newly rejected values. */
  request(raw: RawParams, options: CapacityOptions): ParamError[] {
    const result = parseExperiment(raw);
    // Any change makes every computation still in flight stale, even when the new value is bad.
    const request = ++this.latest;
    this.inFlight?.abort();
    this.inFlight = null;
    if (!result.ok) {
      this.errors = result.errors;
      this.busy = false;
      return result.errors;
    }
    this.params = result.params;
    this.errors = [];
    this.busy = true;
    void this.run(result.params, options, request);
    return [];
  }

  private async run(params: ExperimentParams, options: CapacityOptions, request: number) {
    // A macrotask lets changes made in separate microtasks settle into one computation and
    // lets the "Computing…" state paint before any synchronous work holds the thread.
    await new Promise((resolve) => setTimeout(resolve, 0));
    if (request !== this.latest) return;
    // The optimal-ridge overlay queues many sweeps; aborting drops those a newer request outdates.
    const abort = new AbortController();
    this.inFlight = abort;
    try {
      const curve = await computeCapacity(params, options, (p) => this.sweep(p, abort.signal));
      if (request !== this.latest) return;
      this.failure = null;
      this.done(curve);
    } catch (error) {
      if (request !== this.latest) return;
      const reason = error instanceof Error ? error.message : String(error);
      this.failure = `The experiment could not be computed (${reason}).`;
    }
    this.busy = false;
    this.host.requestUpdate();
  }
}
