/**
 * The double-descent kernel: synthetic data from NumPy-identical or fast random streams, and
 * least-squares / minimum-norm sweeps over model capacity.
 */
export { allocF64, free } from './memory';
export { fillRandom, RNG_FAST, RNG_NUMPY } from './random';
export { generateTrial } from './data';
export {
  capacitySweep,
  METHOD_DIRECT,
  METHOD_INCREMENTAL,
  STATUS_NOT_SPD,
  STATUS_OK,
} from './sweep';
export { sampleSweep } from './samples';
export { SCENARIO_EPOCH_WISE, SCENARIO_GROKKING, trainingCurves, trainingData } from './training';
export { symmetricEigen } from './eigen';
export { prefixRisk, theoryCurve } from './theory';
export { FEATURES_FOURIER, FEATURES_GAUSSIAN, FEATURES_RELU, fitFunction } from './features';
