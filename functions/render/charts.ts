/**
 * Charts from a `ChartModel`: one layout (`layoutChart`) that both renderers draw, the
 * HTML as an SVG string (`renderChartSvg`) and the PDF with pdfmake's canvas
 * (functions/render/pdf/chart.ts), so the two cannot differ.
 *
 * - vertical: a bar per year (country reports); a year without a value keeps its slot,
 *   marked "no data", never closed up;
 * - horizontal: a bar per member (consolidated report), in the order the model gives
 *   (sorted by value), the short name at the left, the value at the end of each bar.
 * The axis is in the indicator's unit with the model's ticks (whole steps for counts);
 * ticks are short marks on the axis, never gridlines, so no line runs through a label;
 * the median and a benchmark that applies are lines, named in a key under the chart, and
 * every value label has a white halo so a reference line never crosses it.
 *
 * The SVG keeps to what pdfmake's SVG support also draws (rect, line, polyline, circle,
 * plain <text> with presentation attributes), is an accessible image (role="img", <title>,
 * <desc> with every number), and is deterministic (coordinates rounded to 0.1).
 */
import type { ChartModel } from '../core/report/types.js';

export interface ChartOptions {
  /** Font list; the first entry must be a font the PDF defines. Default `Roboto, 'DejaVu Sans', Arial, sans-serif`. */
  fontFamily?: string;
  /** Vertical charts: minimum width in px (grows with the number of points). Default 360. */
  width?: number;
  /** Vertical charts: height in px. Default 180. */
  height?: number;
}

/** Colours: bars pass 3:1 against white (WCAG 1.4.11); text passes 4.5:1. */
const colors = {
  bar: '#5a7fb0',
  highlight: '#0b3d6e',
  axis: '#595959',
  median: '#1a1a1a',
  benchmark: '#a32020',
  text: '#333333',
  halo: '#ffffff',
};

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

/** A label at an SVG text position: `y` is the baseline, `anchor` how `x` holds the text. */
export interface ChartLabel {
  x: number;
  y: number;
  text: string;
  size: number;
  anchor: 'start' | 'middle' | 'end';
  /** The width of the box the label is set in (the PDF aligns text in a box). */
  room: number;
  /** A white box behind the text, so no line crosses it. */
  halo: boolean;
}

/** One bar, dot or missing slot with its labels. */
export interface ChartMark {
  kind: 'bar' | 'dot' | 'missing';
  /** Bar: top-left corner and size. Dot: centre (`x`, `y`) and radius `width / 2`. */
  x: number;
  y: number;
  width: number;
  height: number;
  fill: string;
  value: ChartLabel | null;
  label: ChartLabel;
}

export interface ChartSegment {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  stroke: string;
  width: number;
  dash: boolean;
}

/** Where everything of a chart goes, in the chart's own units (SVG px). */
export interface ChartLayout {
  width: number;
  height: number;
  /** The axis line and its tick marks. */
  axis: ChartSegment[];
  /** Tick values and their labels. */
  ticks: Array<{ value: number; label: ChartLabel }>;
  /** The median and benchmark lines. */
  references: ChartSegment[];
  /** The key of the reference lines: a line sample and its label each. */
  key: Array<{ sample: ChartSegment; label: ChartLabel }>;
  /** The line of a line chart through the marks' centres, or null. */
  line: Array<{ x: number; y: number }> | null;
  marks: ChartMark[];
  colors: typeof colors;
}

/** Roboto's average advance is about 0.55 em; a little more, so a halo always covers. */
export function textWidth(text: string, size: number): number {
  return text.length * size * 0.58;
}

const KEY_ROW = 14;

function referenceKey(chart: ChartModel, left: number, y: number, size: number): ChartLayout['key'] {
  let x = left;
  return chart.lines.map((line) => {
    const stroke = line.kind === 'median' ? colors.median : colors.benchmark;
    const sample: ChartSegment = {
      x1: x,
      y1: y - size / 3,
      x2: x + 16,
      y2: y - size / 3,
      stroke,
      width: 1.5,
      dash: line.kind === 'benchmark',
    };
    const room = textWidth(line.label, size) + 4;
    const label: ChartLabel = { x: x + 20, y, text: line.label, size, anchor: 'start', room, halo: false };
    x += 20 + room + 12;
    return { sample, label };
  });
}

/** The chart's geometry. */
export function layoutChart(chart: ChartModel, options: Omit<ChartOptions, 'fontFamily'> = {}): ChartLayout {
  return chart.orientation === 'horizontal' ? layoutHorizontal(chart) : layoutVertical(chart, options);
}

function layoutVertical(chart: ChartModel, options: Omit<ChartOptions, 'fontFamily'>): ChartLayout {
  const count = chart.points.length;
  const left = 56;
  const right = 12;
  const top = 16;
  const keyRoom = chart.lines.length > 0 ? KEY_ROW : 0;
  const bottom = 30 + keyRoom;
  const slot = 40;
  const width = Math.max(options.width ?? 360, left + right + count * Math.min(slot, 24) + 8);
  const height = (options.height ?? 180) + keyRoom;
  const plotW = width - left - right;
  const plotH = height - top - bottom;
  const step = count > 0 ? plotW / count : plotW;
  const span = chart.max - chart.min || 1;
  const y = (v: number) =>
    top + plotH - ((Math.max(chart.min, Math.min(v, chart.max)) - chart.min) / span) * plotH;
  const size = 10;
  const zero = y(Math.max(chart.min, 0));

  const axis: ChartSegment[] = [
    { x1: left, y1: top, x2: left, y2: top + plotH, stroke: colors.axis, width: 1, dash: false },
    { x1: left, y1: zero, x2: width - right, y2: zero, stroke: colors.axis, width: 1, dash: false },
  ];
  const ticks = chart.ticks.map((tick) => {
    const ty = y(tick.value);
    axis.push({ x1: left - 4, y1: ty, x2: left, y2: ty, stroke: colors.axis, width: 1, dash: false });
    return {
      value: tick.value,
      label: {
        x: left - 6,
        y: ty + 3.5,
        text: tick.label,
        size,
        anchor: 'end' as const,
        room: left - 8,
        halo: false,
      },
    };
  });
  const references = chart.lines.map(
    (line): ChartSegment => ({
      x1: left,
      y1: y(line.value),
      x2: width - right,
      y2: y(line.value),
      stroke: line.kind === 'median' ? colors.median : colors.benchmark,
      width: 1.5,
      dash: line.kind === 'benchmark',
    }),
  );
  const centers = chart.points.map((_, i) => left + step * i + step / 2);
  const present = chart.points.map((p, i) => ({ p, i })).filter((x) => !x.p.missing);
  const line =
    chart.kind === 'line' && present.length > 1
      ? present.map(({ p, i }) => ({ x: centers[i]!, y: y(p.value) }))
      : null;
  const showValues = count <= 12;
  const marks = chart.points.map((p, i): ChartMark => {
    const cx = centers[i]!;
    const label: ChartLabel = {
      x: cx,
      y: top + plotH + 14,
      text: p.label,
      size: count > 12 ? 8 : size,
      anchor: 'middle',
      room: step,
      halo: false,
    };
    if (p.missing) {
      const value: ChartLabel = {
        x: cx,
        y: zero - 4,
        text: p.valueText,
        size,
        anchor: 'middle',
        room: step,
        halo: true,
      };
      return { kind: 'missing', x: cx, y: zero, width: 0, height: 0, fill: colors.axis, value, label };
    }
    const fill = p.highlight ? colors.highlight : colors.bar;
    const valueY = p.value >= 0 ? y(p.value) - 4 : y(p.value) + size + 2;
    const value: ChartLabel | null = showValues
      ? { x: cx, y: valueY, text: p.valueText, size, anchor: 'middle', room: step, halo: true }
      : null;
    if (chart.kind === 'line') {
      return { kind: 'dot', x: cx, y: y(p.value), width: 7, height: 7, fill, value, label };
    }
    const barW = Math.min(step * 0.6, slot);
    const a = y(p.value);
    return {
      kind: 'bar',
      x: cx - barW / 2,
      y: Math.min(a, zero),
      width: barW,
      height: Math.abs(zero - a),
      fill,
      value,
      label,
    };
  });
  return {
    width,
    height,
    axis,
    ticks,
    references,
    key: referenceKey(chart, left, height - 4, 9),
    line,
    marks,
    colors,
  };
}

/** Row height and font of a horizontal chart: 8 px type at the PDF's scale 1 (8 pt). */
const ROW = 12;
const H_SIZE = 8;

function layoutHorizontal(chart: ChartModel): ChartLayout {
  const count = chart.points.length;
  const longest = Math.max(0, ...chart.points.map((p) => textWidth(p.label, H_SIZE)));
  const left = Math.min(150, Math.max(60, longest + 10));
  const longestValue = Math.max(0, ...chart.points.map((p) => textWidth(p.valueText, H_SIZE)));
  const right = Math.max(40, longestValue + 10);
  const width = 495;
  const top = 6;
  const keyRoom = chart.lines.length > 0 ? KEY_ROW + 2 : 0;
  const bottom = 22 + keyRoom;
  const plotH = count * ROW;
  const height = top + plotH + bottom;
  const plotW = width - left - right;
  const span = chart.max - chart.min || 1;
  const x = (v: number) => left + ((Math.max(chart.min, Math.min(v, chart.max)) - chart.min) / span) * plotW;
  const zero = x(Math.max(chart.min, 0));
  const axisY = top + plotH;
  const axis: ChartSegment[] = [
    { x1: left, y1: axisY, x2: left + plotW, y2: axisY, stroke: colors.axis, width: 1, dash: false },
    { x1: zero, y1: top, x2: zero, y2: axisY, stroke: colors.axis, width: 1, dash: false },
  ];
  const ticks = chart.ticks.map((tick) => {
    const tx = x(tick.value);
    axis.push({ x1: tx, y1: axisY, x2: tx, y2: axisY + 4, stroke: colors.axis, width: 1, dash: false });
    const room = Math.max(30, textWidth(tick.label, H_SIZE) + 4);
    return {
      value: tick.value,
      label: {
        x: tx,
        y: axisY + 4 + H_SIZE + 2,
        text: tick.label,
        size: H_SIZE,
        anchor: 'middle' as const,
        room,
        halo: false,
      },
    };
  });
  const references = chart.lines.map(
    (line): ChartSegment => ({
      x1: x(line.value),
      y1: top,
      x2: x(line.value),
      y2: axisY,
      stroke: line.kind === 'median' ? colors.median : colors.benchmark,
      width: 1.5,
      dash: line.kind === 'benchmark',
    }),
  );
  const marks = chart.points.map((p, i): ChartMark => {
    const rowTop = top + i * ROW;
    const baseline = rowTop + ROW / 2 + H_SIZE * 0.35;
    const label: ChartLabel = {
      x: left - 5,
      y: baseline,
      text: p.label,
      size: H_SIZE,
      anchor: 'end',
      room: left - 6,
      halo: false,
    };
    if (p.missing) {
      const value: ChartLabel = {
        x: zero + 3,
        y: baseline,
        text: p.valueText,
        size: H_SIZE,
        anchor: 'start',
        room: right + plotW,
        halo: true,
      };
      return { kind: 'missing', x: zero, y: rowTop, width: 0, height: 0, fill: colors.axis, value, label };
    }
    const end = x(p.value);
    const barH = ROW * 0.7;
    const valueW = textWidth(p.valueText, H_SIZE) + 4;
    const value: ChartLabel =
      p.value >= 0
        ? {
            x: end + 3,
            y: baseline,
            text: p.valueText,
            size: H_SIZE,
            anchor: 'start',
            room: valueW,
            halo: true,
          }
        : {
            x: end - 3,
            y: baseline,
            text: p.valueText,
            size: H_SIZE,
            anchor: 'end',
            room: valueW,
            halo: true,
          };
    return {
      kind: 'bar',
      x: Math.min(end, zero),
      y: rowTop + (ROW - barH) / 2,
      width: Math.abs(end - zero),
      height: barH,
      fill: p.highlight ? colors.highlight : colors.bar,
      value,
      label,
    };
  });
  return {
    width,
    height,
    axis,
    ticks,
    references,
    key: referenceKey(chart, left, height - 4, H_SIZE),
    line: null,
    marks,
    colors,
  };
}

/** The box a label's halo covers. */
export function haloBox(l: ChartLabel): { x: number; y: number; width: number; height: number } {
  const w = textWidth(l.text, l.size) + 2;
  const x = l.anchor === 'start' ? l.x - 1 : l.anchor === 'end' ? l.x - w + 1 : l.x - w / 2;
  return { x, y: l.y - l.size * 0.85, width: w, height: l.size * 1.1 };
}

/** Every label of a layout, in drawing order. */
export function chartLabels(layout: ChartLayout): ChartLabel[] {
  return [
    ...layout.ticks.map((t) => t.label),
    ...layout.marks.flatMap((m) => (m.value ? [m.value, m.label] : [m.label])),
    ...layout.key.map((k) => k.label),
  ];
}

/** The chart as a standalone SVG string. */
export function renderChartSvg(chart: ChartModel, options: ChartOptions = {}): string {
  const font = options.fontFamily ?? "Roboto, 'DejaVu Sans', Arial, sans-serif";
  const layout = layoutChart(chart, options);
  const { width, height } = layout;
  const fontAttr = `font-family="${escapeXml(font)}"`;
  const titleId = `${chart.id}-title`;
  const descId = `${chart.id}-desc`;
  const segment = (s: ChartSegment) =>
    `<line x1="${n(s.x1)}" y1="${n(s.y1)}" x2="${n(s.x2)}" y2="${n(s.y2)}" stroke="${s.stroke}" stroke-width="${n(s.width)}"${s.dash ? ' stroke-dasharray="4 3"' : ''}/>`;
  const text = (l: ChartLabel) =>
    `<text x="${n(l.x)}" y="${n(l.y)}" ${fontAttr} font-size="${n(l.size)}" fill="${colors.text}" text-anchor="${l.anchor}">${escapeXml(l.text)}</text>`;

  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${n(width)}" height="${n(height)}" viewBox="0 0 ${n(width)} ${n(height)}" role="img" aria-labelledby="${escapeXml(titleId)} ${escapeXml(descId)}">`,
    `<title id="${escapeXml(titleId)}">${escapeXml(chart.title)}</title>`,
    `<desc id="${escapeXml(descId)}">${escapeXml(chart.description)}</desc>`,
    `<rect x="0" y="0" width="${n(width)}" height="${n(height)}" fill="#ffffff"/>`,
  ];
  for (const mark of layout.marks) {
    if (mark.kind === 'dot') {
      parts.push(`<circle cx="${n(mark.x)}" cy="${n(mark.y)}" r="3.5" fill="${mark.fill}"/>`);
    } else if (mark.kind === 'bar') {
      parts.push(
        `<rect x="${n(mark.x)}" y="${n(mark.y)}" width="${n(mark.width)}" height="${n(mark.height)}" fill="${mark.fill}"/>`,
      );
    }
  }
  if (layout.line) {
    const pts = layout.line.map((p) => `${n(p.x)},${n(p.y)}`).join(' ');
    parts.push(`<polyline points="${pts}" fill="none" stroke="${colors.highlight}" stroke-width="2"/>`);
  }
  parts.push(...layout.axis.map(segment), ...layout.references.map(segment));
  for (const k of layout.key) parts.push(segment(k.sample));
  for (const label of chartLabels(layout)) {
    if (label.halo) {
      const b = haloBox(label);
      parts.push(
        `<rect x="${n(b.x)}" y="${n(b.y)}" width="${n(b.width)}" height="${n(b.height)}" fill="${colors.halo}"/>`,
      );
    }
    parts.push(text(label));
  }
  parts.push('</svg>');
  return parts.join('');
}
