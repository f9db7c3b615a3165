/**
 * The package's entry point: the data types, parameter validation, the computation the element
 * and the CLI share, and the element class (importing this module does not register the tag; the
 * `double-descent-demo/element` bundle does).
 */
export type { Curve, ExperimentParams, RngKind, TestErrorKind } from './types.js';
export type {
  CapacityCurve,
  CapacityReading,
  FeatureFamily,
  OptimalRidgeCurve,
  Prediction,
} from './types.js';
export type { Quantiles } from './statistics.js';
export { RIDGE_GRID, computeCapacity } from './experiment.js';
export type { CapacityOptions } from './experiment.js';
export { DEFAULTS, LIMITS, parseExperiment } from './params.js';
export type { ExperimentAttribute, ParamError, RawParams } from './params.js';
export { computeCurve } from './compute.js';
export { computeView } from './view-compute.js';
export type { SampleViewCurve, TrainingViewCurve, ViewCurve, ViewRequest } from './view-compute.js';
export { parseSampleParams, parseTrainingParams, parseView } from './view-params.js';
export type { SampleParams, Scenario, TrainingParams, ViewKind } from './types.js';
export { Kernel, loadKernel } from './kernel.js';
export { DoubleDescentDemo } from './element/double-descent-demo.js';
export type { DemoErrorEvent, RawValue } from './element/double-descent-demo.js';
