/**
 * Small SVG charts from a `ChartModel`, as strings, for both renderers: the HTML inlines
 * them, the PDF gives them to pdfmake (`{ svg, width }`). Kept to what pdfmake's SVG
 * support draws: rect, line, polyline, circle and plain <text> with presentation
 * attributes (no CSS classes, no style sheets, no dominant-baseline, no tspan), and a
 * font-family list whose first name is the PDF font. Accessible: role="img", <title> and
 * <desc> with every number. Deterministic: coordinates rounded to 0.1.
 */
import { formatNumber } from '../core/report/format.js';
import type { ChartModel } from '../core/report/types.js';

export interface ChartOptions {
  /** Font list; the first entry must be a font the PDF defines. Default `Roboto, 'DejaVu Sans', Arial, sans-serif`. */
  fontFamily?: string;
  /** Minimum width in px (grows with the number of points). Default 360. */
  width?: number;
  /** Height in px. Default 180. */
  height?: number;
}

/** Colours: bars pass 3:1 against white (WCAG 1.4.11); text passes 4.5:1. */
const colors = { bar: '#5a7fb0', highlight: '#0b3d6e', axis: '#595959', grid: '#d0d0d0', text: '#333333' };

/** Escapes text for an XML text node or attribute. */
export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

function n(x: number): string {
  const r = Math.round(x * 10) / 10;
  return Object.is(r, -0) ? '0' : String(r);
}

function axisLabel(value: number, unit: string): string {
  const text = formatNumber(value, 1);
  return unit === '%' ? `${text}%` : text;
}

/** A label at an SVG text position: `y` is the baseline, `anchor` how `x` holds the text. */
export interface ChartLabel {
  x: number;
  y: number;
  text: string;
  size: number;
  anchor: 'middle' | 'end';
}

/** One bar or dot with its labels. */
export interface ChartMark {
  kind: 'bar' | 'dot';
  /** Centre of the point's slot. */
  cx: number;
  /** Bar: top-left corner and size. Dot: centre (`cx`, `y`) and radius `width / 2`. */
  x: number;
  y: number;
  width: number;
  height: number;
  fill: string;
  value: ChartLabel | null;
  label: ChartLabel;
}

/**
 * Where everything of a chart goes, in the chart's own units (SVG px): what both renderers
 * draw (the HTML as SVG, the PDF with pdfmake's own vector drawing), so they cannot differ.
 */
export interface ChartLayout {
  width: number;
  height: number;
  /** Width of one point's slot (the room a centred label has). */
  step: number;
  /** Horizontal grid lines from `x1` to `x2`, the first being the axis, each with its label. */
  ticks: Array<{ x1: number; x2: number; y: number; stroke: string; label: ChartLabel }>;
  /** The line of a line chart through the marks' centres, or null. */
  line: Array<{ x: number; y: number }> | null;
  marks: ChartMark[];
  colors: typeof colors;
}

/** The chart's geometry for a size (same rules as the SVG: grows with the number of points). */
export function layoutChart(chart: ChartModel, options: Omit<ChartOptions, 'fontFamily'> = {}): ChartLayout {
  const count = chart.points.length;
  const left = 56;
  const right = 12;
  const top = 14;
  const bottom = 30;
  const slot = 40;
  const width = Math.max(options.width ?? 360, left + right + count * Math.min(slot, 24) + 8);
  const height = options.height ?? 180;
  const plotW = width - left - right;
  const plotH = height - top - bottom;
  const step = count > 0 ? plotW / count : plotW;
  const max = chart.max > 0 ? chart.max : 1;
  const y = (v: number) => top + plotH - (Math.max(0, Math.min(v, max)) / max) * plotH;
  const showValues = count <= 12;

  const ticks = [0, max / 2, max].map((tick) => {
    const ty = y(tick);
    return {
      x1: left,
      x2: width - right,
      y: ty,
      stroke: tick === 0 ? colors.axis : colors.grid,
      label: {
        x: left - 6,
        y: ty + 3.5,
        text: axisLabel(tick, chart.unit),
        size: 10,
        anchor: 'end' as const,
      },
    };
  });
  const centers = chart.points.map((_, i) => left + step * i + step / 2);
  const line =
    chart.kind === 'line' && count > 1
      ? chart.points.map((p, i) => ({ x: centers[i]!, y: y(p.value) }))
      : null;
  const marks = chart.points.map((p, i): ChartMark => {
    const cx = centers[i]!;
    const fill = p.highlight ? colors.highlight : colors.bar;
    const value: ChartLabel | null = showValues
      ? { x: cx, y: y(p.value) - 4, text: p.valueText, size: 10, anchor: 'middle' }
      : null;
    const label: ChartLabel = {
      x: cx,
      y: height - bottom + 14,
      text: p.label,
      size: count > 12 ? 8 : 10,
      anchor: 'middle',
    };
    if (chart.kind === 'line') {
      return { kind: 'dot', cx, x: cx, y: y(p.value), width: 7, height: 7, fill, value, label };
    }
    const barW = Math.min(step * 0.6, slot);
    const barTop = y(p.value);
    return {
      kind: 'bar',
      cx,
      x: cx - barW / 2,
      y: barTop,
      width: barW,
      height: top + plotH - barTop,
      fill,
      value,
      label,
    };
  });
  return { width, height, step, ticks, line, marks, colors };
}

/** The chart as a standalone SVG string. */
export function renderChartSvg(chart: ChartModel, options: ChartOptions = {}): string {
  const font = options.fontFamily ?? "Roboto, 'DejaVu Sans', Arial, sans-serif";
  const layout = layoutChart(chart, options);
  const { width, height } = layout;
  const fontAttr = `font-family="${escapeXml(font)}"`;
  const titleId = `${chart.id}-title`;
  const descId = `${chart.id}-desc`;
  const text = (l: ChartLabel) =>
    `<text x="${n(l.x)}" y="${n(l.y)}" ${fontAttr} font-size="${l.size}" fill="${colors.text}" text-anchor="${l.anchor}">${escapeXml(l.text)}</text>`;

  const parts: string[] = [];
  parts.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${n(width)}" height="${n(height)}" viewBox="0 0 ${n(width)} ${n(height)}" role="img" aria-labelledby="${escapeXml(titleId)} ${escapeXml(descId)}">`,
    `<title id="${escapeXml(titleId)}">${escapeXml(chart.title)}</title>`,
    `<desc id="${escapeXml(descId)}">${escapeXml(chart.description)}</desc>`,
    `<rect x="0" y="0" width="${n(width)}" height="${n(height)}" fill="#ffffff"/>`,
  );
  for (const tick of layout.ticks) {
    parts.push(
      `<line x1="${n(tick.x1)}" y1="${n(tick.y)}" x2="${n(tick.x2)}" y2="${n(tick.y)}" stroke="${tick.stroke}" stroke-width="1"/>`,
      text(tick.label),
    );
  }
  if (layout.line) {
    const pts = layout.line.map((p) => `${n(p.x)},${n(p.y)}`).join(' ');
    parts.push(`<polyline points="${pts}" fill="none" stroke="${colors.highlight}" stroke-width="2"/>`);
  }
  for (const mark of layout.marks) {
    if (mark.kind === 'dot') {
      parts.push(`<circle cx="${n(mark.x)}" cy="${n(mark.y)}" r="3.5" fill="${mark.fill}"/>`);
    } else {
      parts.push(
        `<rect x="${n(mark.x)}" y="${n(mark.y)}" width="${n(mark.width)}" height="${n(mark.height)}" fill="${mark.fill}"/>`,
      );
    }
    if (mark.value) parts.push(text(mark.value));
    parts.push(text(mark.label));
  }
  parts.push('</svg>');
  return parts.join('');
}
