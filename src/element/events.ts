/**
 * The events `<double-descent-demo>` fires, typed in `HTMLElementEventMap` so listeners get their
 * detail's type. All but `error` bubble and cross shadow roots, so a page can listen on document.
 */
import type { ParamError } from '../params.js';
import type { CapacityReading, Prediction } from '../types.js';
import type { ViewCurve } from '../view-compute.js';

/** The `error` event: a rejected attribute value, like an image's own `error`, not bubbling. */
export type DemoErrorEvent = CustomEvent<ParamError>;

/** The events that bubble out of the element, and their details. */
export interface DemoEventDetails {
  /** A new curve was computed and drawn; `view` says whether x is capacity, n or steps. */
  curve: ViewCurve;
  /** The capacity cursor moved; the numbers at the new d. */
  'capacity-change': CapacityReading;
  /** A prediction was revealed. */
  prediction: Prediction;
}

/** Dispatches `name` from `target` with `detail`, bubbling and composed. */
export function emit<K extends keyof DemoEventDetails>(
  target: EventTarget,
  name: K,
  detail: DemoEventDetails[K],
): void {
  target.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
}

declare global {
  interface HTMLElementEventMap {
    curve: CustomEvent<ViewCurve>;
    'capacity-change': CustomEvent<CapacityReading>;
    prediction: CustomEvent<Prediction>;
  }
}
