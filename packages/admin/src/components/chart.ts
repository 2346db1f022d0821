import { type TemplateResult, css, html, nothing, svg } from 'lit';

/*
 * Bar and column charts for results, as inline SVG that reads as one image
 * (`role="img"` named by its <title>, described by its <desc>), with the same
 * figures in a table beside it (a caption, row and column headers). Bars use
 * the theme's colours; a second and third series are hatched and dotted, so
 * nothing depends on colour alone, and in forced-colours mode everything is
 * drawn in the system's text colour with borders. Lengths across the chart
 * are percentages, so text keeps its size at any width, and right-to-left
 * pages draw from the right. Numbers come formatted by the caller (the
 * console's Translator), labels are text, never HTML.
 */

export interface ChartRow {
  /** The category: an option's label, a day, a region. */
  label: string;
  /** One value per series, stacked in the series' order. */
  values: number[];
}

export interface ChartSpec {
  /** Unique on the page: the ids of the title, description and patterns start with it. */
  id: string;
  /** The chart's heading, its SVG <title> and the table's caption. */
  title: string;
  /** What the chart shows and what stands out, in a sentence: the SVG's <desc>. */
  description: string;
  /** `bars` (horizontal, one per category) or `columns` (vertical, in order: time). */
  kind: 'bars' | 'columns';
  /** The heading of the table's first column. */
  category: string;
  /** The names of the values, stacked in this order; more than one gets a legend. */
  series: string[];
  rows: ChartRow[];
  /** More table columns after the values (a share, a date). */
  extra?: { label: string; cells: string[] }[];
  /** The table's closing row: its label, then a cell for each value and extra column. */
  total?: { label: string; cells: string[] };
  /** The text above each bar (bars only), from the label as it fits (shortened); by default the label and its numbers. */
  barText?: (row: ChartRow, index: number, label: string) => string;
  /** Formats a number in the console's language. */
  number: (n: number) => string;
  /** The page is right-to-left: bars grow from the right, time runs from right to left. */
  rtl: boolean;
  /** When set, the table sits in a disclosure with this summary (long tables); otherwise it is shown. */
  tableSummary?: string;
  /** Said instead of the chart when there are no rows. */
  empty: string;
  /** The level of the chart's heading (3 by default). */
  level?: 2 | 3 | 4;
}

/** At most this many characters of a label in the chart (the table has it whole). */
const LABEL_MAX = 60;
/**
 * A bar's text in three lengths; the chart's width picks one (container queries in
 * chartStyles), so a label is shortened at its end, never cut at the edge of the chart.
 */
const LABEL_FITS = [
  { name: 'narrow', max: 22 },
  { name: 'medium', max: 36 },
  { name: 'wide', max: LABEL_MAX },
] as const;
/* Vertical lengths in em, so the chart grows with the text (200 % zoom, large fonts). */
const BAR = { label: 1.5, bar: 1.3, gap: 0.9 };
const COLUMNS = { top: 1.8, plot: 10, axis: 1.9 };

/** A round number at or above `max` for the top of the scale: 1, 2 or 5 times a power of ten. */
export function niceMax(max: number): number {
  if (!(max > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(max));
  for (const step of [1, 2, 5, 10]) if (step * power >= max) return step * power;
  return 10 * power;
}

/** Each row's total (the sum of its stacked values). */
export function rowTotal(row: ChartRow): number {
  return row.values.reduce((a, b) => a + b, 0);
}

/** `text` cut to `max` characters (whole code points) with an ellipsis. */
export function shorten(text: string, max = LABEL_MAX): string {
  const chars = [...text];
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : text;
}

/** A number as an SVG percentage length, rounded to keep the markup short. */
const pct = (n: number) => `${Math.round(n * 1000) / 1000}%`;
/** A number of em, rounded likewise. */
const em = (n: number) => `${Math.round(n * 1000) / 1000}em`;

function patterns(id: string): TemplateResult {
  return svg`<defs>
    <pattern id="${id}-s1" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
      <rect class="pattern-bg" width="6" height="6"></rect>
      <line class="pattern-ink" x1="0" y1="0" x2="0" y2="6" stroke-width="3"></line>
    </pattern>
    <pattern id="${id}-s2" width="6" height="6" patternUnits="userSpaceOnUse">
      <rect class="pattern-bg" width="6" height="6"></rect>
      <circle class="pattern-dot" cx="3" cy="3" r="1.4"></circle>
    </pattern>
  </defs>`;
}

/** The fill of series `s`: solid, hatched, dotted. */
function fill(id: string, s: number): string {
  return s === 0 ? '' : `url(#${id}-s${Math.min(s, 2)})`;
}

function bars(spec: ChartSpec, scale: number): TemplateResult {
  const { id, rows, rtl } = spec;
  const step = BAR.label + BAR.bar + BAR.gap;
  const height = rows.length * step;
  const text =
    spec.barText ??
    ((row: ChartRow, _i: number, label: string) => `${label}: ${row.values.map((v) => spec.number(v)).join(' + ')}`);
  return svg`<svg class="chart bars" role="img" width="100%" height=${em(height)}
      aria-labelledby="${id}-title" aria-describedby="${id}-desc" direction=${rtl ? 'rtl' : 'ltr'}>
    <title id="${id}-title">${spec.title}</title>
    <desc id="${id}-desc">${spec.description}</desc>
    ${patterns(id)}
    ${rows.map((row, i) => {
      const top = i * step;
      let start = 0;
      return svg`<g>
        ${LABEL_FITS.map(
          (fit) =>
            svg`<text class="label ${fit.name}" x=${rtl ? '100%' : '0'} y=${em(top + BAR.label - 0.4)} text-anchor="start">${text(row, i, shorten(row.label, fit.max))}</text>`,
        )}
        <rect class="track" x="0" y=${em(top + BAR.label)} width="100%" height=${em(BAR.bar)}></rect>
        ${row.values.map((value, s) => {
          const width = (value / scale) * 100;
          const x = rtl ? 100 - start - width : start;
          start += width;
          return value > 0
            ? svg`<rect class="bar s${Math.min(s, 2)}" fill=${fill(id, s) || nothing} x=${pct(x)} y=${em(top + BAR.label)}
                width=${pct(width)} height=${em(BAR.bar)}></rect>`
            : nothing;
        })}
      </g>`;
    })}
  </svg>`;
}

function columns(spec: ChartSpec, scale: number): TemplateResult {
  const { id, rows, rtl } = spec;
  const height = COLUMNS.top + COLUMNS.plot + COLUMNS.axis;
  const base = COLUMNS.top + COLUMNS.plot;
  const slot = 100 / Math.max(rows.length, 1);
  // A few columns stay columns, not walls: at most an eighth of the width, centred in their slot.
  const width = Math.min(slot * (rows.length > 40 ? 0.9 : 0.7), 12.5);
  const first = rows[0];
  const last = rows.length > 1 ? rows[rows.length - 1] : undefined;
  const start = rtl ? '100%' : '0';
  const end = rtl ? '0' : '100%';
  return svg`<svg class="chart columns" role="img" width="100%" height=${em(height)}
      aria-labelledby="${id}-title" aria-describedby="${id}-desc" direction=${rtl ? 'rtl' : 'ltr'}>
    <title id="${id}-title">${spec.title}</title>
    <desc id="${id}-desc">${spec.description}</desc>
    ${patterns(id)}
    <text class="axis" x=${start} y=${em(COLUMNS.top - 0.5)} text-anchor="start">${spec.number(scale)}</text>
    <line class="grid" x1="0" x2="100%" y1=${em(COLUMNS.top)} y2=${em(COLUMNS.top)}></line>
    <line class="grid" x1="0" x2="100%" y1=${em(COLUMNS.top + COLUMNS.plot / 2)} y2=${em(COLUMNS.top + COLUMNS.plot / 2)}></line>
    ${rows.map((row, i) => {
      const left = rtl ? 100 - (i + 1) * slot : i * slot;
      const x = left + (slot - width) / 2;
      let top = base;
      return row.values.map((value, s) => {
        const h = (value / scale) * COLUMNS.plot;
        top -= h;
        return value > 0
          ? svg`<rect class="bar s${Math.min(s, 2)}" fill=${fill(id, s) || nothing} x=${pct(x)} y=${em(top)}
              width=${pct(width)} height=${em(h)}></rect>`
          : nothing;
      });
    })}
    <line class="baseline" x1="0" x2="100%" y1=${em(base)} y2=${em(base)}></line>
    ${
      first
        ? svg`<text class="axis" x=${last ? start : '50%'} y=${em(base + 1.3)} text-anchor=${last ? 'start' : 'middle'}>${shorten(first.label, 30)}</text>`
        : nothing
    }
    ${last ? svg`<text class="axis" x=${end} y=${em(base + 1.3)} text-anchor="end">${shorten(last.label, 30)}</text>` : nothing}
  </svg>`;
}

function legend(spec: ChartSpec): TemplateResult | typeof nothing {
  if (spec.series.length < 2) return nothing;
  return html`<ul class="legend">
    ${spec.series.map(
      (name, s) =>
        html`<li>
          <svg class="swatch" width="1.5em" height="1.1em" aria-hidden="true" focusable="false">
            <rect class="bar s${Math.min(s, 2)}" fill=${fill(spec.id, s) || nothing} x="1" y="1" width="90%" height="85%"></rect>
          </svg>
          ${name}
        </li>`,
    )}
  </ul>`;
}

function table(spec: ChartSpec): TemplateResult {
  const extra = spec.extra ?? [];
  // Focusable, so a keyboard can scroll a table wider than the screen; named by its caption.
  const body = html`<div class="table-wrap" tabindex="0" role="region" aria-labelledby="${spec.id}-caption">
    <table class="chart-table">
      <caption id="${spec.id}-caption">
        ${spec.title}
      </caption>
      <thead>
        <tr>
          <th scope="col">${spec.category}</th>
          ${spec.series.map((name) => html`<th scope="col" class="number">${name}</th>`)}
          ${extra.map((column) => html`<th scope="col" class="number">${column.label}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${spec.rows.map(
          (row, i) =>
            html`<tr>
              <th scope="row"><bdi>${row.label}</bdi></th>
              ${row.values.map((value) => html`<td class="number">${spec.number(value)}</td>`)}
              ${extra.map((column) => html`<td class="number">${column.cells[i] ?? ''}</td>`)}
            </tr>`,
        )}
      </tbody>
      ${
        spec.total
          ? html`<tfoot>
              <tr>
                <th scope="row">${spec.total.label}</th>
                ${spec.total.cells.map((cell) => html`<td class="number">${cell}</td>`)}
              </tr>
            </tfoot>`
          : nothing
      }
    </table>
  </div>`;
  return spec.tableSummary
    ? html`<details class="chart-data">
        <summary>${spec.tableSummary}</summary>
        ${body}
      </details>`
    : body;
}

/** A chart with its heading, legend and data table; or the `empty` sentence when there is nothing to draw. */
export function chart(spec: ChartSpec): TemplateResult {
  const level = spec.level ?? 3;
  const heading =
    level === 2
      ? html`<h2 id="${spec.id}-heading">${spec.title}</h2>`
      : level === 4
        ? html`<h4 id="${spec.id}-heading">${spec.title}</h4>`
        : html`<h3 id="${spec.id}-heading">${spec.title}</h3>`;
  if (!spec.rows.length)
    return html`<section class="chart-block" aria-labelledby="${spec.id}-heading">
      ${heading}
      <p>${spec.empty}</p>
    </section>`;
  const scale = niceMax(Math.max(...spec.rows.map(rowTotal)));
  return html`<section class="chart-block ${spec.tableSummary ? '' : 'side-by-side'}" aria-labelledby="${spec.id}-heading">
    ${heading}
    <div class="chart-layout">
      <div class="chart-figure">${spec.kind === 'bars' ? bars(spec, scale) : columns(spec, scale)} ${legend(spec)}</div>
      <div class="chart-table-side">${table(spec)}</div>
    </div>
  </section>`;
}

/** Add to the styles of a view that shows charts. */
export const chartStyles = css`
  .chart-block {
    margin-block-end: 2rem;
  }
  .chart-layout {
    display: grid;
    gap: 1rem 2rem;
  }
  .side-by-side .chart-layout {
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 20rem), 1fr));
    align-items: start;
  }
  .chart-figure {
    min-inline-size: 0;
    container-type: inline-size;
  }
  /* One of a bar's three texts, as the chart's width allows. */
  svg.chart .label.medium,
  svg.chart .label.wide {
    display: none;
  }
  @container (min-width: 24rem) {
    svg.chart .label.narrow {
      display: none;
    }
    svg.chart .label.medium {
      display: inline;
    }
  }
  @container (min-width: 34rem) {
    svg.chart .label.medium {
      display: none;
    }
    svg.chart .label.wide {
      display: inline;
    }
  }
  svg.chart {
    display: block;
    overflow: hidden;
    font-size: 0.9rem;
  }
  svg.chart text {
    fill: var(--_text);
  }
  /* The same size as the chart's other text: lengths in em are of each element's own font. */
  svg.chart .axis {
    fill: var(--_muted);
  }
  svg.chart .grid {
    stroke: var(--_border);
    stroke-dasharray: 2 4;
    stroke-width: 1;
  }
  svg.chart .baseline {
    stroke: var(--_text);
    stroke-width: 2;
  }
  svg.chart .track {
    fill: var(--_subtle);
    stroke: var(--_border);
    stroke-width: 1;
  }
  .bar {
    stroke: var(--_text);
    stroke-width: 1;
  }
  .bar.s0 {
    fill: var(--_primary);
  }
  .pattern-bg {
    fill: var(--_surface);
  }
  .pattern-ink {
    stroke: var(--_primary);
  }
  .pattern-dot {
    fill: var(--_text);
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1.25rem;
    margin: 0.5rem 0 0;
    padding: 0;
    list-style: none;
  }
  .legend li {
    display: flex;
    align-items: center;
    gap: 0.4rem;
  }
  .swatch {
    flex: none;
  }
  .chart-data summary {
    cursor: pointer;
    color: var(--_primary);
    text-decoration: underline;
    margin-block: 0.5rem;
  }
  .chart-table tfoot th,
  .chart-table tfoot td {
    font-weight: 700;
    border-block-start: 2px solid var(--_text);
  }
  @media (forced-colors: active) {
    svg.chart text,
    .pattern-dot,
    .bar.s0 {
      fill: CanvasText;
    }
    .bar,
    .pattern-ink,
    svg.chart .baseline,
    svg.chart .grid {
      stroke: CanvasText;
    }
    svg.chart .track {
      fill: Canvas;
      stroke: CanvasText;
    }
    .pattern-bg {
      fill: Canvas;
    }
  }
`;
