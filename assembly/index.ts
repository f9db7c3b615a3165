/**
 * The double-descent kernel: synthetic data from NumPy-identical or fast random streams, and
 * least-squares / minimum-norm sweeps over model capacity.
 */
export { allocF64, free } from './memory';
export { fillRandom, RNG_FAST, RNG_NUMPY } from './random';
export { generateTrial } from './data';
export { capacitySweep, METHOD_DIRECT, METHOD_INCREMENTAL, STATUS_NOT_SPD, STATUS_OK } from './sweep';
