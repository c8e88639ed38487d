/** Small accessible SVG charts of the effect calculation; each page shows a table beside them. */

export interface PairBar {
  label: string;
  a: number;
  b: number;
}

const W = 320;

/** Two bars per row (investment and benefit), sharing one scale. The figures are in the table beside it. */
export function PairBars({
  rows,
  title,
  aLabel,
  bLabel,
  format,
}: {
  rows: PairBar[];
  title: string;
  aLabel: string;
  bLabel: string;
  format: (n: number) => string;
}) {
  const max = Math.max(1, ...rows.flatMap((r) => [r.a, r.b]));
  const labelW = 110;
  const barW = W - labelW - 70;
  const rowH = 34;
  const height = rows.length * rowH + 24;
  return (
    <svg viewBox={`0 0 ${W} ${height}`} className="wk-chart" role="img" aria-label={title}>
      <title>{title}</title>
      <g className="wk-chart__legend" transform="translate(0, 10)">
        <rect x={labelW} y={-8} width={10} height={10} className="wk-chart__a" />
        <text x={labelW + 14} y={1}>
          {aLabel}
        </text>
        <rect x={labelW + 100} y={-8} width={10} height={10} className="wk-chart__b" />
        <text x={labelW + 114} y={1}>
          {bLabel}
        </text>
      </g>
      {rows.map((r, i) => {
        const y = 24 + i * rowH;
        return (
          <g key={r.label} transform={`translate(0, ${y})`}>
            <text x={0} y={18} className="wk-chart__label">
              {r.label.length > 16 ? `${r.label.slice(0, 15)}…` : r.label}
            </text>
            <rect x={labelW} y={2} height={12} width={Math.max(0, (r.a / max) * barW)} className="wk-chart__a" />
            <text x={labelW + Math.max(0, (r.a / max) * barW) + 4} y={12} className="wk-chart__value">
              {format(r.a)}
            </text>
            <rect x={labelW} y={16} height={12} width={Math.max(0, (r.b / max) * barW)} className="wk-chart__b" />
            <text x={labelW + Math.max(0, (r.b / max) * barW) + 4} y={26} className="wk-chart__value">
              {format(r.b)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

export interface RangeBar {
  label: string;
  low: number;
  high: number;
}

/** A tornado: per row a bar from the value at one end to the other, and a line at the base value. */
export function Tornado({
  rows,
  base,
  title,
  format,
}: {
  rows: RangeBar[];
  base: number;
  title: string;
  format: (n: number) => string;
}) {
  const values = rows.flatMap((r) => [r.low, r.high]).concat(base);
  const min = Math.min(...values);
  const max = Math.max(...values);
  const span = max - min || 1;
  const labelW = 120;
  const barW = W - labelW - 10;
  const rowH = 26;
  const height = rows.length * rowH + 28;
  const x = (v: number) => labelW + ((v - min) / span) * barW;
  return (
    <svg viewBox={`0 0 ${W} ${height}`} className="wk-chart" role="img" aria-label={title}>
      <title>{title}</title>
      {rows.map((r, i) => {
        const a = x(Math.min(r.low, r.high));
        const b = x(Math.max(r.low, r.high));
        return (
          <g key={`${r.label}-${i}`} transform={`translate(0, ${8 + i * rowH})`}>
            <text x={0} y={14} className="wk-chart__label">
              {r.label.length > 18 ? `${r.label.slice(0, 17)}…` : r.label}
            </text>
            <rect x={a} y={2} height={16} width={Math.max(1, b - a)} className="wk-chart__b" />
          </g>
        );
      })}
      <line x1={x(base)} x2={x(base)} y1={2} y2={height - 20} className="wk-chart__base" />
      <text x={labelW} y={height - 4} className="wk-chart__value">
        {format(min)}
      </text>
      <text x={W - 4} y={height - 4} textAnchor="end" className="wk-chart__value">
        {format(max)}
      </text>
    </svg>
  );
}
