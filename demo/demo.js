// The host page's side of the demo: captions written from each element's `curve` event, the way
// an article would integrate it. The elements bring their own controls.
import { formatTable } from '../src/cli/format-curve.ts';

const live = document.getElementById('live');
const liveCaption = document.getElementById('live-caption');
const reproduction = document.getElementById('reproduction-demo');
const reproductionTable = document.getElementById('reproduction-table');

// Large errors near the threshold read better as whole numbers than in exponent notation.
const shown = (value) =>
  value >= 1000 ? Math.round(value).toLocaleString('en') : value.toPrecision(3);

/** The capacity with the lowest mean test error among those that `keep` accepts. */
function lowest(curve, keep) {
  let best = -1;
  curve.x.forEach((d, i) => {
    if (keep(d) && (best < 0 || curve.test[i] < curve.test[best])) best = i;
  });
  return best < 0 ? null : { d: curve.x[best], error: curve.test[best] };
}

// While the reader is still guessing (the element opens in predict mode, and "Guess again"
// returns to it) the caption must not give the answer away: the element draws no test curve
// then, and the caption follows what is on screen.
let latest = null;
const guessing = () => !live.shadowRoot?.querySelector('[part="test-curve"]');

function caption(curve) {
  if (guessing()) {
    liveCaption.textContent = 'Make your guess on the chart; this caption fills in afterwards.';
    return;
  }
  const threshold = curve.interpolationThreshold;
  const below = lowest(curve, (d) => d < threshold);
  const beyond = lowest(curve, (d) => d > threshold);
  const parts = [];
  if (below) parts.push(`below the threshold, ${shown(below.error)} at d = ${below.d}`);
  if (beyond) parts.push(`beyond it, ${shown(beyond.error)} at d = ${beyond.d}`);
  liveCaption.textContent =
    parts.length === 0
      ? `This run evaluated only the threshold, d = ${threshold}.`
      : `Lowest test error ${parts.join('; ')}.`;
}

live.addEventListener('curve', (event) => {
  latest = event.detail;
  caption(latest);
});

// Revealing, or going back to guessing, happens through the element's own buttons.
for (const type of ['prediction', 'click']) {
  live.addEventListener(type, async () => {
    await live.updateComplete;
    if (latest) caption(latest);
  });
}

// `error` does not bubble, so it is heard on the element itself; the element shows it too.
live.addEventListener('error', (event) => {
  liveCaption.textContent = `Not recomputed: ${event.detail.message}`;
});

reproduction.addEventListener('curve', (event) => {
  reproductionTable.textContent = formatTable(event.detail);
});
