/**
 * Draws an evaluation bar chart with Chartist (SVG). Every chart has a fixed viewBox, so it is
 * laid out once and scales with its box: the same drawing on a tablet and on an A4 sheet,
 * crisp on paper, and no layout needed (jsdom has none). Only the lazily loaded evaluation
 * screens import this module, so Chartist stays out of the start-up bundle.
 */
import { BarChart, type BarChartOptions, type BarDrawEvent } from 'chartist';

export interface BarChartSpec {
  /** One label per bar group, in reading order. */
  labels: string[];
  /** values[series][datum] */
  values: number[][];
  orientation: 'vertical' | 'horizontal';
}

const WIDTH = 720;
const SVG_NS = 'http://www.w3.org/2000/svg';

// Vertical columns (a time axis).
const COLUMNS_HEIGHT = 240;
const MAX_COLUMN = 40;
/** Above this many columns the value labels would collide: the axis and the table carry them. */
const MAX_LABELLED_COLUMNS = 24;
/** Axis labels on at most this many columns (every n-th hour over a week). */
const MAX_COLUMN_LABELS = 16;

// Horizontal bars (categories with long names).
const LABEL_WIDTH = 250;
const BAR = 16;
const ROW_GAP = 12;
const VALUE_SPACE = 64;
const AXIS_HEIGHT = 26;

type Format = (value: number) => string;

function valueAxis(spec: BarChartSpec, format: Format) {
  return {
    onlyInteger: spec.values.flat().every(Number.isInteger),
    labelInterpolationFnc: (value: string | number | Date) => format(Number(value)),
  };
}

function optionsFor(spec: BarChartSpec, format: Format): { options: BarChartOptions; thickness: number } {
  const rows = spec.labels.length;
  if (spec.orientation === 'vertical') {
    const axisWidth = 44;
    const slot = (WIDTH - axisWidth - 8) / Math.max(1, rows);
    const every = Math.ceil(rows / MAX_COLUMN_LABELS);
    return {
      thickness: Math.min(slot * 0.7, MAX_COLUMN),
      options: {
        width: '100%',
        height: 'auto',
        viewBox: { width: WIDTH, height: COLUMNS_HEIGHT },
        chartPadding: { top: 22, right: 8, bottom: 0, left: 0 },
        axisX: { offset: 28, showGrid: false, labelInterpolationFnc: (label, index) => (index % every === 0 ? label : null) },
        axisY: { offset: axisWidth, scaleMinSpace: 36, ...valueAxis(spec, format) },
      },
    };
  }
  const series = Math.max(1, spec.values.length);
  const row = series * BAR + ROW_GAP;
  return {
    thickness: BAR - 2,
    options: {
      width: '100%',
      height: 'auto',
      viewBox: { width: WIDTH, height: rows * row + AXIS_HEIGHT + 4 },
      horizontalBars: true,
      seriesBarDistance: BAR,
      chartPadding: { top: 4, right: VALUE_SPACE, bottom: 0, left: 0 },
      axisY: { offset: LABEL_WIDTH, showGrid: false },
      axisX: { offset: AXIS_HEIGHT, scaleMinSpace: 64, ...valueAxis(spec, format) },
    },
  };
}

/** The value printed at the end of a bar, as SVG text (prints as text, not as pixels). */
function valueLabel(event: BarDrawEvent, text: string, vertical: boolean): SVGTextElement {
  const label = document.createElementNS(SVG_NS, 'text');
  label.setAttribute('class', 'bar-value');
  if (vertical) {
    label.setAttribute('x', String(event.x1));
    label.setAttribute('y', String(event.y2 - 6));
    label.setAttribute('text-anchor', 'middle');
  } else {
    label.setAttribute('x', String(event.x2 + 6));
    label.setAttribute('y', String(event.y1 + 4));
  }
  label.textContent = text;
  return label;
}

/**
 * Draws into `container` (Chartist draws on the next tick) and returns the chart; call
 * `detach()` on it when the container goes away or is drawn anew.
 */
export function drawBarChart(container: Element, spec: BarChartSpec, format: Format): BarChart {
  const vertical = spec.orientation === 'vertical';
  const { options, thickness } = optionsFor(spec, format);
  // Chartist puts the first label at the bottom of a horizontal chart and the first series
  // lowest in a group: reversed here so both read top-down; classes keep the series' own index.
  const order = (list: number[]) => (vertical ? list : [...list].reverse());
  const seriesOrder = order(spec.values.map((_, index) => index));
  const labels = vertical ? spec.labels : [...spec.labels].reverse();
  const pick = <T>(rows: T[][], seriesIndex: number): T[] => {
    const row = rows[seriesOrder[seriesIndex]] ?? [];
    return vertical ? row : [...row].reverse();
  };
  const chart = new BarChart(
    container,
    { labels, series: seriesOrder.map((original, index) => ({ name: String(original), className: `series-${original}`, data: pick(spec.values, index) })) },
    options,
  );
  const labelled = !vertical || spec.labels.length <= MAX_LABELLED_COLUMNS;
  chart.on('draw', (event) => {
    if (event.type !== 'bar') return;
    const bar = event as BarDrawEvent;
    bar.element.attr({ style: `stroke-width: ${thickness}px` });
    const value = pick(spec.values, bar.seriesIndex)[bar.index] ?? 0;
    if (labelled && value > 0) bar.group.getNode().appendChild(valueLabel(bar, format(value), vertical));
  });
  return chart;
}
