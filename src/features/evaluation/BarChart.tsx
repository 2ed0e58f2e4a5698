/**
 * A small bar chart in plain SVG: no charting library is installed, and these charts need
 * little (bars, axis labels, values). Screen readers get the same numbers as a table (the
 * drawing itself is hidden from them); on paper the bars print black on white
 * (evaluation.css).
 */
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

const WIDTH = 640;
const FONT = 13;

export function BarChart({ title, labelHeader, series, data, orientation = 'horizontal', format = String, testId }: BarChartProps) {
  const max = Math.max(0, ...data.flatMap((datum) => datum.values));
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
      {orientation === 'vertical' ? <Columns data={data} max={max} format={format} /> : <Bars data={data} max={max} format={format} />}
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

function Bars({ data, max, format }: { data: BarDatum[]; max: number; format: (value: number) => string }) {
  const labelWidth = 300;
  const valueWidth = 70;
  const seriesCount = Math.max(1, ...data.map((datum) => datum.values.length));
  const barHeight = 16;
  const rowHeight = seriesCount * barHeight + 10;
  const plot = WIDTH - labelWidth - valueWidth;
  const height = data.length * rowHeight + 4;
  return (
    <svg viewBox={`0 0 ${WIDTH} ${height}`} width="100%" aria-hidden="true" focusable="false" className="bar-svg">
      <line x1={labelWidth} x2={labelWidth} y1={0} y2={height} className="axis" />
      {data.map((datum, row) => {
        const top = row * rowHeight + 5;
        return (
          <g key={datum.label}>
            <text x={labelWidth - 8} y={top + (seriesCount * barHeight) / 2 + FONT / 3} textAnchor="end" fontSize={FONT}>
              {datum.label}
            </text>
            {datum.values.map((value, index) => {
              const width = max > 0 ? (value / max) * plot : 0;
              const y = top + index * barHeight;
              return (
                <g key={index}>
                  <rect x={labelWidth} y={y} width={Math.max(width, value > 0 ? 2 : 0)} height={barHeight - 2} className={`bar series-${index}`} />
                  <text x={labelWidth + width + 6} y={y + barHeight - 5} fontSize={FONT - 1}>
                    {format(value)}
                  </text>
                </g>
              );
            })}
          </g>
        );
      })}
    </svg>
  );
}

function Columns({ data, max, format }: { data: BarDatum[]; max: number; format: (value: number) => string }) {
  const left = 40;
  const top = 18;
  const plotHeight = 180;
  const height = top + plotHeight + 24;
  const plot = WIDTH - left - 4;
  // A few columns stay column-shaped instead of filling the width.
  const slot = Math.min(plot / Math.max(1, data.length), 48);
  // Label every n-th column so the axis stays readable with a week of hours.
  const every = Math.ceil(data.length / 16);
  const ticks = max > 0 ? [...new Set([0, Math.round(max / 2), max])] : [0];
  const yOf = (value: number) => top + plotHeight - (max > 0 ? (value / max) * plotHeight : 0);
  return (
    <svg viewBox={`0 0 ${WIDTH} ${height}`} width="100%" aria-hidden="true" focusable="false" className="bar-svg">
      {ticks.map((tick) => (
        <g key={tick}>
          <line x1={left} x2={WIDTH - 4} y1={yOf(tick)} y2={yOf(tick)} className={tick === 0 ? 'axis' : 'grid'} />
          <text x={left - 6} y={yOf(tick) + FONT / 3} textAnchor="end" fontSize={FONT}>
            {format(tick)}
          </text>
        </g>
      ))}
      {data.map((datum, index) => {
        const value = datum.values[0] ?? 0;
        const x = left + index * slot;
        return (
          <g key={datum.label}>
            <rect x={x + slot * 0.15} y={yOf(value)} width={slot * 0.7} height={top + plotHeight - yOf(value)} className="bar series-0" />
            {value > 0 && data.length <= 24 ? (
              <text x={x + slot / 2} y={yOf(value) - 4} textAnchor="middle" fontSize={FONT - 1}>
                {format(value)}
              </text>
            ) : null}
            {index % every === 0 ? (
              <text x={x + slot / 2} y={top + plotHeight + 16} textAnchor="middle" fontSize={FONT - 1}>
                {datum.label}
              </text>
            ) : null}
          </g>
        );
      })}
    </svg>
  );
}
