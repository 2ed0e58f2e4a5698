/**
 * A bar chart of the evaluation, drawn by Chartist (drawBarChart.ts). Screen readers get the
 * same numbers as a table (the drawing itself is hidden from them); on paper the bars print
 * black and grey on white (evaluation.css).
 */
import 'chartist/dist/index.css';
import { useEffect, useRef } from 'react';
import { drawBarChart, type BarChartSpec } from './drawBarChart';

export interface BarDatum {
  label: string;
  /** One value per series. */
  values: number[];
}

interface BarChartProps {
  title: string;
  /** Header of the label column in the table. */
  labelHeader: string;
  /** One name per series (table headers and legend). */
  series: string[];
  data: BarDatum[];
  /** Vertical columns for a time axis; horizontal bars for categories with long names. */
  orientation?: 'vertical' | 'horizontal';
  format?: (value: number) => string;
  testId?: string;
}

export function BarChart({ title, labelHeader, series, data, orientation = 'horizontal', format = String, testId }: BarChartProps) {
  const canvas = useRef<HTMLDivElement>(null);
  const formatRef = useRef(format);
  useEffect(() => {
    formatRef.current = format;
  });
  // Callers build `data` anew on every render: the chart is drawn again only when what it shows changed.
  const spec: BarChartSpec = {
    labels: data.map((datum) => datum.label),
    values: series.map((_, index) => data.map((datum) => datum.values[index] ?? 0)),
    orientation,
  };
  const drawing = JSON.stringify(spec);
  useEffect(() => {
    const element = canvas.current;
    if (!element) return;
    const chart = drawBarChart(element, JSON.parse(drawing) as BarChartSpec, (value) => formatRef.current(value));
    return () => {
      chart.detach();
      element.replaceChildren();
    };
  }, [drawing]);

  return (
    <figure className="bar-chart" data-testid={testId}>
      <figcaption>{title}</figcaption>
      {series.length > 1 ? (
        <p className="bar-legend" aria-hidden="true">
          {series.map((name, index) => (
            <span key={name} className={`bar-key series-${index}`}>
              {name}
            </span>
          ))}
        </p>
      ) : null}
      <div ref={canvas} className={`bar-canvas is-${orientation}`} aria-hidden="true" />
      <table className="visually-hidden">
        <caption>{title}</caption>
        <thead>
          <tr>
            <th scope="col">{labelHeader}</th>
            {series.map((name) => (
              <th key={name} scope="col">
                {name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {data.map((datum) => (
            <tr key={datum.label}>
              <th scope="row">{datum.label}</th>
              {datum.values.map((value, index) => (
                <td key={series[index] ?? index}>{format(value)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
