/**
 * The chart area as a Lit controller: it measures the chart's column (so the chart is laid out
 * at its real pixel width), renders the legend, the SVG and its notes from a view's `ChartData`,
 * and turns pointer positions into the index of the nearest x. Clicks are reported to the host;
 * hovering is kept here.
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { TemplateResult } from 'lit';
import { layoutChart, nearestIndex } from './chart.js';
import type { ChartData, ChartLayout, Series, YScaleKind } from './chart.js';
import { renderChart } from './chart-svg.js';
import { formatTick } from './scale.js';

/** Chart width before the element has been measured, in CSS pixels. */
const DEFAULT_WIDTH = 640;

/** How the host wants the chart drawn. */
export interface ChartRequest {
  yScale: YScaleKind;
  busy: boolean;
  /** Index of the capacity cursor, or null to draw none. */
  cursor: number | null;
  /** Index of the reader's guess, or null. */
  guess: number | null;
}

/** What the chart reports back to the host. */
export interface ChartCallbacks {
  /** The reader clicked or tapped the capacity with this index. */
  pick(index: number): void;
  /** The hovered capacity changed (see `hover`). */
  hovered(): void;
}

// The legend reads main curves first; the drawing order (bands under lines) differs.
const LEGEND_ORDER = ['train', 'test', 'test-median', 'test-band', 'theory', 'optimal'];

/**
 * A legend text whose equations do not break: "λ = 0" or "w₀ = 0" split over two lines reads
 * as two fragments, so the spaces around "=" are non-breaking and the line breaks elsewhere.
 */
function unbroken(label: string): string {
  return label.replace(/ = /g, '\u00a0=\u00a0');
}

function legendOrder(series: Series[]): Series[] {
  // A series a later view adds goes after the known ones.
  const rank = (s: Series) => {
    const index = LEGEND_ORDER.indexOf(s.id);
    return index < 0 ? LEGEND_ORDER.length : index;
  };
  return [...series].sort((a, b) => rank(a) - rank(b));
}

/** Lays out, draws and listens to the chart of a `<double-descent-demo>`. */
export class ChartView implements ReactiveController {
  /** The index of the capacity under the pointer, or null. */
  hover: number | null = null;
  private width = DEFAULT_WIDTH;
  private layout: ChartLayout | null = null;
  private observer: ResizeObserver | null = null;
  private observed: Element | null = null;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly on: ChartCallbacks,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    // Laying the chart out at its real pixel width keeps 12px text 12px on a phone, where a
    // fixed viewBox scaled down to 320px would shrink every label by half.
    this.observer = new ResizeObserver((entries) => {
      const measured = Math.round(entries[entries.length - 1].contentRect.width);
      if (measured <= 0 || measured === this.width) return;
      // A new width changes the chart's height, which resizes the host again; applying it in
      // the next frame rather than inside this callback avoids a ResizeObserver loop error.
      requestAnimationFrame(() => {
        this.width = measured;
        this.host.requestUpdate();
      });
    });
    this.observed = null;
  }

  hostUpdated(): void {
    // The chart's own column (`.main`) is what it fills: beside a fitted-function panel that is
    // well under the host's width. Views render their own column, so it is looked up each time.
    const column = this.host.shadowRoot?.querySelector('.main') ?? this.host;
    if (this.observer === null || column === this.observed) return;
    if (this.observed !== null) this.observer.unobserve(this.observed);
    this.observer.observe(column);
    this.observed = column;
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = null;
    this.observed = null;
  }

  /**
   * The legend, the chart (or a placeholder) and its notes, for data from any view: the capacity
   * view's series today, a sample-size or training-time view's the same way.
   */
  render(data: ChartData | null, request: ChartRequest): TemplateResult {
    if (data === null) {
      this.layout = null;
      return html`<div class="frame" aria-busy=${request.busy ? 'true' : 'false'}>
        <div class="placeholder">${request.busy ? 'Computing…' : 'No curve yet.'}</div>
      </div>`;
    }
    const width = this.width;
    const height = Math.round(Math.min(440, Math.max(240, width * 0.6)));
    const layout = layoutChart(data, { width, height, yScale: request.yScale });
    this.layout = layout;
    const hover = this.hover !== null && this.hover !== request.cursor ? this.hover : null;
    const marks = { cursor: request.cursor, hover, guess: request.guess };
    return html`
      <ul class="legend" part="legend">
        ${legendOrder(data.series).map(
          (s) => html`<li class="key ${s.id}">${unbroken(s.label)}</li>`,
        )}
        ${data.threshold ? html`<li class="key threshold">Interpolation threshold</li>` : nothing}
      </ul>
      <div class="frame" aria-busy=${request.busy ? 'true' : 'false'}>
        <svg
          part="chart"
          viewBox="0 0 ${layout.width} ${layout.height}"
          role="img"
          aria-label=${`Chart: ${layout.yTitle.toLowerCase()} against ${layout.xTitle}`}
          aria-describedby="summary"
          @pointermove=${(event: PointerEvent) => this.point(event)}
          @pointerleave=${() => this.setHover(null)}
          @click=${(event: MouseEvent) => this.click(event)}
        >
          ${renderChart(layout, marks)}
        </svg>
        ${request.busy ? html`<span class="busy" role="status">Computing…</span>` : nothing}
      </div>
      ${layout.floor === null
        ? nothing
        : html`<p class="note">
            Errors below ${formatTick(layout.floor)} are drawn on the bottom edge.
          </p>`}
    `;
  }

  private indexAt(event: MouseEvent): number {
    const svg = event.currentTarget as SVGSVGElement;
    const box = svg.getBoundingClientRect();
    if (this.layout === null || box.width === 0) return -1;
    const x = ((event.clientX - box.left) * this.layout.width) / box.width;
    const { left, right } = this.layout.plot;
    // Only the plotting area picks a capacity; the axes and their labels do not.
    if (x < left - 8 || x > right + 8) return -1;
    return nearestIndex(this.layout, x);
  }

  private point(event: PointerEvent): void {
    const index = this.indexAt(event);
    this.setHover(index < 0 ? null : index);
  }

  private click(event: MouseEvent): void {
    const index = this.indexAt(event);
    if (index >= 0) this.on.pick(index);
  }

  private setHover(index: number | null): void {
    if (index === this.hover) return;
    this.hover = index;
    this.on.hovered();
  }
}
