/**
 * A small radar (spider web) chart in plain SVG. It is a picture for those who see it; the page
 * always puts a table with the same figures beside it, so the SVG carries only a title and a
 * description for screen readers.
 */
export interface RadarPoint {
  label: string;
  /** null: no result (too few answers); drawn as a gap at the centre. */
  value: number | null;
}

export function RadarChart({
  points,
  min,
  max,
  title,
  description,
}: {
  points: RadarPoint[];
  min: number;
  max: number;
  title: string;
  description: string;
}) {
  const size = 320;
  const centre = size / 2;
  const radius = 105;
  const count = points.length;
  const angle = (i: number) => (Math.PI * 2 * i) / count - Math.PI / 2;
  const at = (i: number, fraction: number) =>
    [centre + Math.cos(angle(i)) * radius * fraction, centre + Math.sin(angle(i)) * radius * fraction] as const;
  const fraction = (v: number) => (v - min) / (max - min);
  const rings = Array.from({ length: max - min }, (_, k) => (k + 1) / (max - min));
  const shape = points.map((p, i) => at(i, p.value === null ? 0 : fraction(p.value)).join(',')).join(' ');
  if (count < 3) return null;
  return (
    <svg viewBox={`0 0 ${size} ${size}`} role="img" aria-labelledby="wk-radar-title wk-radar-desc" className="wk-radar">
      <title id="wk-radar-title">{title}</title>
      <desc id="wk-radar-desc">{description}</desc>
      {rings.map((r) => (
        <polygon key={r} points={points.map((_, i) => at(i, r).join(',')).join(' ')} className="wk-radar__ring" />
      ))}
      {points.map((_, i) => {
        const [x, y] = at(i, 1);
        return <line key={i} x1={centre} y1={centre} x2={x} y2={y} className="wk-radar__axis" />;
      })}
      <polygon points={shape} className="wk-radar__shape" />
      {points.map((p, i) => {
        const [x, y] = at(i, 1.18);
        const anchor = Math.abs(x - centre) < 8 ? 'middle' : x > centre ? 'start' : 'end';
        return (
          <text key={i} x={x} y={y} textAnchor={anchor} dominantBaseline="middle" className="wk-radar__label">
            {p.label}
          </text>
        );
      })}
    </svg>
  );
}
