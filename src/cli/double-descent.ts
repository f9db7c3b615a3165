/**
 * The `double-descent` command: runs the same kernel as the element in Node and prints the curve.
 * `bin/double-descent.js` calls `main` on the bundle that `scripts/build-cli.js` makes from here.
 */
import { computeCapacity } from '../experiment.js';
import { indexOfCapacity, readingAt } from '../readings.js';
import { computeView } from '../view-compute.js';
import { parseCliArguments, USAGE } from './arguments.js';
import { formatCurve, formatReading } from './format-curve.js';
import { formatViewCurve } from './format-view.js';

/** Where the command writes; tests pass their own to capture output. */
export interface CliOutput {
  /** Receives results and help. */
  stdout: (text: string) => void;
  /** Receives error messages. */
  stderr: (text: string) => void;
}

const processOutput: CliOutput = {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
};

/** Exit status for flags that were rejected, as is usual for command-line usage errors. */
export const EXIT_USAGE = 2;

/** Runs the command on `argv` (without node and script paths) and resolves to its exit status. */
export async function main(argv: string[], output: CliOutput = processOutput): Promise<number> {
  const request = parseCliArguments(argv);
  if (request.kind === 'help') {
    output.stdout(USAGE);
    return 0;
  }
  if (request.kind === 'invalid') {
    for (const message of request.messages) output.stderr(`double-descent: ${message}\n`);
    output.stderr('Run "double-descent --help" for the accepted flags.\n');
    return EXIT_USAGE;
  }

  try {
    if (request.kind === 'view') {
      const curve = await computeView(request.request);
      output.stdout(formatViewCurve(curve, request.format, request.band));
      return 0;
    }
    const curve = await computeCapacity(request.params, request.overlays);
    if (request.capacity === null) {
      output.stdout(formatCurve(curve, request.format, request.band));
    } else {
      // As in the element, a capacity not on the x-axis reads the nearest one that is.
      const reading = readingAt(curve, indexOfCapacity(curve, request.capacity));
      output.stdout(formatReading(reading, request.format));
    }
    return 0;
  } catch (error) {
    // Only a kernel fault reaches here, since the parameters were validated above.
    output.stderr(`double-descent: the computation failed: ${(error as Error).message}\n`);
    return 1;
  }
}
