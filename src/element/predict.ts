/**
 * Predict, then reveal, as a Lit controller: while a prediction is pending the chart hides the
 * test curve and this panel asks where test error will peak; the reader answers by clicking the
 * chart or with the slider and button here, and the panel then says how close the guess was and
 * the host fires `prediction`.
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { TemplateResult } from 'lit';
import { judgePrediction } from '../readings.js';
import type { CapacityCurve, Prediction } from '../types.js';
import { describePrediction } from './describe.js';
import { emit } from './events.js';

/** Holds the reader's guess and the verdict for a `<double-descent-demo predict>`. */
export class PredictController implements ReactiveController {
  /** Whether the element is in predict mode at all (the `predict` attribute). */
  active = false;
  /** The index of the guessed capacity on the x-axis. */
  guess = 0;
  /** The verdict once revealed, or null while guessing. */
  verdict: Prediction | null = null;
  private unsent: Prediction | null = null;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  /** True while the test curve must stay hidden. */
  get guessing(): boolean {
    return this.active && this.verdict === null;
  }

  /** Turns predict mode on (hiding the test curve until a guess) or off. */
  setActive(active: boolean): void {
    if (active === this.active) return;
    this.active = active;
    this.verdict = null;
    this.host.requestUpdate();
  }

  /** Keeps the guess on the x-axis after a recomputation changed its length. */
  fit(length: number): void {
    this.guess = Math.max(0, Math.min(this.guess, length - 1));
  }

  /** Moves the guess to the capacity with index `index`. */
  choose(index: number): void {
    this.guess = index;
    this.host.requestUpdate();
  }

  /** Reveals the test curve and judges the guess against `curve`'s peak. */
  reveal(curve: CapacityCurve): void {
    this.verdict = judgePrediction(curve, curve.x[this.guess]);
    this.unsent = this.verdict;
    this.host.requestUpdate();
  }

  hostUpdated(): void {
    // Fired after rendering, so a listener already sees the revealed curve and the verdict.
    if (this.unsent === null) return;
    const prediction = this.unsent;
    this.unsent = null;
    emit(this.host, 'prediction', prediction);
  }

  /** The prompt with its slider and button, or the verdict; nothing outside predict mode. */
  render(curve: CapacityCurve | null): TemplateResult | typeof nothing {
    if (!this.active || curve === null) return nothing;
    if (this.verdict !== null) {
      return html`<div class="predict" part="predict">
        <p role="status">${describePrediction(this.verdict)}</p>
        <button type="button" @click=${() => this.restart()}>Guess again</button>
      </div>`;
    }
    const d = curve.x[this.guess] ?? '–';
    return html`<div class="predict" part="predict">
      <p id="predict-prompt">
        Before you see it: at which capacity d do you expect test error to peak in this synthetic
        linear task? Click the chart, or choose d below and press Reveal.
      </p>
      <div class="control range">
        <label for="predict-guess">Your guess</label>
        <input
          id="predict-guess"
          type="range"
          min="0"
          max=${Math.max(0, curve.x.length - 1)}
          step="1"
          .value=${String(this.guess)}
          aria-valuetext=${`d = ${d}`}
          aria-describedby="predict-prompt"
          @input=${(event: Event) => this.choose(Number((event.target as HTMLInputElement).value))}
        />
        <output for="predict-guess" aria-hidden="true">d = ${d}</output>
      </div>
      <button type="button" @click=${() => this.reveal(curve)}>Reveal the test curve</button>
    </div>`;
  }

  private restart(): void {
    this.verdict = null;
    this.host.requestUpdate();
  }
}
