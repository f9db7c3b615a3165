/**
 * Draws a chart layout as SVG: grid, axes, threshold, series (bands first, so lines stay on
 * top), and the reader's marks (the capacity cursor, a hovered position, a guess). Everything it
 * draws is already a pixel position in the layout.
 */
import { svg, type SVGTemplateResult } from 'lit';
import type { ChartLayout, SeriesLayout, Tick } from './chart.js';

/** Positions the reader has marked, as indices into the chart's x positions (null: none). */
export interface ChartMarks {
  /** The selected capacity. */
  cursor: number | null;
  /** The position under the pointer, when it differs from the cursor. */
  hover: number | null;
  /** The reader's guess in predict mode. */
  guess: number | null;
}

/** Draws `layout` as SVG content (the caller supplies the `<svg>` element and its viewBox). */
export function renderChart(layout: ChartLayout, marks: ChartMarks): SVGTemplateResult {
  const bands = layout.series.filter((s) => s.kind === 'band');
  const lines = layout.series.filter((s) => s.kind !== 'band');
  return svg`
    ${gridLines(layout)} ${yAxis(layout)} ${xAxis(layout)}
    ${bands.map((s) => svg`<path part=${s.part} class="band ${s.id}" d=${s.path}></path>`)}
    ${thresholdMarker(layout)}
    ${markLines(layout)}
    ${lines.map(line)}
    ${guessMarker(layout, marks.guess)}
    ${crosshair(layout, marks.hover, 'hover')}
    ${crosshair(layout, marks.cursor, 'cursor')}
  `;
}

function line(series: SeriesLayout): SVGTemplateResult {
  const dots = series.markers ? series.points.filter((p) => p !== null) : [];
  return svg`
    <path part=${series.part} class="curve ${series.kind} ${series.id}" d=${series.path}></path>
    <g class="markers ${series.id}">
      ${dots.map(([cx, cy]) => svg`<circle cx=${cx} cy=${cy} r="2.5"></circle>`)}
    </g>`;
}

function gridLines({ plot, yTicks }: ChartLayout): SVGTemplateResult {
  const gridLine = (t: Tick) =>
    svg`<line x1=${plot.left} x2=${plot.right} y1=${t.position} y2=${t.position}></line>`;
  return svg`<g class="grid">${yTicks.map(gridLine)}</g>`;
}

function yAxis({ plot, yTicks, yTitle }: ChartLayout): SVGTemplateResult {
  const label = (t: Tick) =>
    svg`<text x=${plot.left - 6} y=${t.position} dy="0.32em" text-anchor="end">${t.label}</text>`;
  const middle = (plot.top + plot.bottom) / 2;
  return svg`<g class="axis y-axis">
    ${yTicks.map(label)}
    <text class="title" transform="translate(14 ${middle}) rotate(-90)" text-anchor="middle">
      ${yTitle}
    </text>
  </g>`;
}

function xAxis({ plot, xTicks, height, xTitleText }: ChartLayout): SVGTemplateResult {
  const tick = (t: Tick) => svg`
    <line x1=${t.position} x2=${t.position} y1=${plot.bottom} y2=${plot.bottom + 4}></line>
    <text x=${t.position} y=${plot.bottom + 16} text-anchor="middle">${t.label}</text>`;
  return svg`<g class="axis x-axis">
    <line x1=${plot.left} x2=${plot.right} y1=${plot.bottom} y2=${plot.bottom}></line>
    ${xTicks.map(tick)}
    <text class="title" x=${xTitleText.x} y=${height - 6} text-anchor="middle">
      ${xTitleText.text}
    </text>
  </g>`;
}

/** Past the middle of the plot a label goes left of its line, so it never runs off the edge. */
function labelSide(plot: ChartLayout['plot'], x: number): { x: number; anchor: string } {
  const toLeft = x > (plot.left + plot.right) / 2;
  return { x: x + (toLeft ? -4 : 4), anchor: toLeft ? 'end' : 'start' };
}

function thresholdMarker({ plot, threshold }: ChartLayout): SVGTemplateResult | null {
  if (threshold === null) return null;
  const { text } = threshold;
  return svg`<g part="threshold" class="threshold">
    <line x1=${threshold.x} x2=${threshold.x} y1=${plot.top} y2=${plot.bottom}></line>
    <text x=${text.x} y=${text.y} text-anchor=${text.anchor}>${threshold.label}</text>
  </g>`;
}

/** A view's marks (such as the step where training error is fit), labelled like the threshold. */
function markLines({ plot, marks }: ChartLayout): SVGTemplateResult[] {
  return marks.map(
    ({ id, x, label, text }) => svg`<g part="mark" class="mark ${id}">
      <line x1=${x} x2=${x} y1=${plot.top} y2=${plot.bottom}></line>
      <text x=${text.x} y=${text.y} text-anchor=${text.anchor}>${label}</text>
    </g>`,
  );
}

function guessMarker(layout: ChartLayout, index: number | null): SVGTemplateResult | null {
  if (index === null || layout.xPositions[index] === undefined) return null;
  const { plot } = layout;
  const x = layout.xPositions[index];
  const side = labelSide(plot, x);
  return svg`<g part="guess" class="guess">
    <line x1=${x} x2=${x} y1=${plot.top} y2=${plot.bottom}></line>
    <text x=${side.x} y=${plot.top + 12} text-anchor=${side.anchor}>your guess</text>
  </g>`;
}

function crosshair(
  layout: ChartLayout,
  index: number | null,
  kind: 'cursor' | 'hover',
): SVGTemplateResult | null {
  if (index === null || layout.xPositions[index] === undefined) return null;
  const { plot } = layout;
  const x = layout.xPositions[index];
  const dots = layout.series
    .filter((s) => s.kind !== 'band' && s.points[index])
    .map((s) => {
      const [cx, cy] = s.points[index]!;
      return svg`<circle class="dot ${s.id}" cx=${cx} cy=${cy} r="4"></circle>`;
    });
  return svg`<g part=${kind} class=${kind}>
    <line x1=${x} x2=${x} y1=${plot.top} y2=${plot.bottom}></line>
    ${dots}
  </g>`;
}
