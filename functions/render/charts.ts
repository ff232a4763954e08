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

/** The chart as a standalone SVG string. */
export function renderChartSvg(chart: ChartModel, options: ChartOptions = {}): string {
  const font = options.fontFamily ?? "Roboto, 'DejaVu Sans', Arial, sans-serif";
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
  const fontAttr = `font-family="${escapeXml(font)}"`;
  const titleId = `${chart.id}-title`;
  const descId = `${chart.id}-desc`;

  const parts: string[] = [];
  parts.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${n(width)}" height="${n(height)}" viewBox="0 0 ${n(width)} ${n(height)}" role="img" aria-labelledby="${escapeXml(titleId)} ${escapeXml(descId)}">`,
    `<title id="${escapeXml(titleId)}">${escapeXml(chart.title)}</title>`,
    `<desc id="${escapeXml(descId)}">${escapeXml(chart.description)}</desc>`,
    `<rect x="0" y="0" width="${n(width)}" height="${n(height)}" fill="#ffffff"/>`,
  );
  for (const tick of [0, max / 2, max]) {
    const ty = y(tick);
    parts.push(
      `<line x1="${n(left)}" y1="${n(ty)}" x2="${n(width - right)}" y2="${n(ty)}" stroke="${tick === 0 ? colors.axis : colors.grid}" stroke-width="1"/>`,
      `<text x="${n(left - 6)}" y="${n(ty + 3.5)}" ${fontAttr} font-size="10" fill="${colors.text}" text-anchor="end">${escapeXml(axisLabel(tick, chart.unit))}</text>`,
    );
  }

  const centers = chart.points.map((_, i) => left + step * i + step / 2);
  if (chart.kind === 'line' && count > 1) {
    const pts = chart.points.map((p, i) => `${n(centers[i]!)},${n(y(p.value))}`).join(' ');
    parts.push(`<polyline points="${pts}" fill="none" stroke="${colors.highlight}" stroke-width="2"/>`);
  }
  chart.points.forEach((p, i) => {
    const cx = centers[i]!;
    const fill = p.highlight ? colors.highlight : colors.bar;
    if (chart.kind === 'line') {
      parts.push(`<circle cx="${n(cx)}" cy="${n(y(p.value))}" r="3.5" fill="${fill}"/>`);
    } else {
      const barW = Math.min(step * 0.6, slot);
      const barTop = y(p.value);
      parts.push(
        `<rect x="${n(cx - barW / 2)}" y="${n(barTop)}" width="${n(barW)}" height="${n(top + plotH - barTop)}" fill="${fill}"/>`,
      );
    }
    if (showValues) {
      parts.push(
        `<text x="${n(cx)}" y="${n(y(p.value) - 4)}" ${fontAttr} font-size="10" fill="${colors.text}" text-anchor="middle">${escapeXml(p.valueText)}</text>`,
      );
    }
    parts.push(
      `<text x="${n(cx)}" y="${n(height - bottom + 14)}" ${fontAttr} font-size="${count > 12 ? 8 : 10}" fill="${colors.text}" text-anchor="middle">${escapeXml(p.label)}</text>`,
    );
  });
  parts.push('</svg>');
  return parts.join('');
}
