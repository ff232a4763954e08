/**
 * A chart drawn with pdfmake's own vector drawing (canvas) and text, from the same layout as
 * the HTML's SVG (functions/render/charts.ts `layoutChart`), scaled to the width it is shown
 * at. pdfmake's SVG path (parse the SVG twice, then svg-to-pdfkit's generic element and
 * style machinery) took about 45% of a country report's PDF time for its 19 small charts;
 * this draws the same picture for a fraction of it.
 *
 * Safety: every text here is a number, a year, a country code or a framework label from the
 * view model, and goes in as `{ text }` only.
 */
import type { CanvasElement, Content } from 'pdfmake/interfaces.js';
import type { ChartModel } from '../../core/report/types.js';
import {
  type ChartLabel,
  type ChartLayout,
  type ChartSegment,
  chartLabels,
  haloBox,
  layoutChart,
} from '../charts.js';

/**
 * Roboto's ascender (1900/2048 em): an SVG text's y is its baseline, while a pdfmake text
 * line is placed by its top, this far above the baseline.
 */
const ASCENT = 1900 / 2048;

const round = (x: number) => Math.round(x * 100) / 100;

/** The chart at `displayWidth` points wide, drawn at the layout of `size` scaled to fit. */
export function chartDrawing(
  chart: ChartModel,
  size: { width?: number; height?: number },
  displayWidth: number,
): Content {
  const layout = layoutChart(chart, size);
  const s = displayWidth / layout.width;
  const at = (x: number) => round(x * s);
  const segment = (g: ChartSegment): CanvasElement => ({
    type: 'line',
    x1: at(g.x1),
    y1: at(g.y1),
    x2: at(g.x2),
    y2: at(g.y2),
    lineWidth: round(g.width * s),
    lineColor: g.stroke,
    ...(g.dash ? { dash: { length: round(4 * s), space: round(3 * s) } } : {}),
  });
  const shapes: CanvasElement[] = [
    // The chart's whole area: gives the drawing its height (labels sit below the axis).
    { type: 'rect', x: 0, y: 0, w: at(layout.width), h: at(layout.height), color: '#ffffff' },
  ];
  for (const mark of layout.marks) {
    if (mark.kind === 'dot') {
      const r = at(mark.width / 2);
      shapes.push({ type: 'ellipse', x: at(mark.x), y: at(mark.y), r1: r, r2: r, color: mark.fill });
    } else if (mark.kind === 'bar') {
      shapes.push({
        type: 'rect',
        x: at(mark.x),
        y: at(mark.y),
        w: at(mark.width),
        h: at(mark.height),
        color: mark.fill,
      });
    }
  }
  if (layout.line) {
    shapes.push({
      type: 'polyline',
      points: layout.line.map((p) => ({ x: at(p.x), y: at(p.y) })),
      lineWidth: round(2 * s),
      lineColor: layout.colors.highlight,
    });
  }
  shapes.push(
    ...layout.axis.map(segment),
    ...layout.references.map(segment),
    ...layout.key.map((k) => segment(k.sample)),
  );
  const labels: Content[] = [];
  for (const l of chartLabels(layout)) {
    if (l.halo) {
      const b = haloBox(l);
      shapes.push({
        type: 'rect',
        x: at(b.x),
        y: at(b.y),
        w: at(b.width),
        h: at(b.height),
        color: layout.colors.halo,
      });
    }
    labels.push(label(l, s, layout));
  }
  // The canvas first (it moves the page on by the chart's height), then the labels over it,
  // each detached: placed relative to where the canvas ended, taking no room.
  return { stack: [{ canvas: shapes }, ...labels] };
}

/**
 * A label in a box `room` wide (chart units): starting at `x`, ending at it or centred on
 * it, as SVG's text-anchor puts it, on one line. Its baseline is at `y`.
 */
function label(l: ChartLabel, s: number, layout: ChartLayout): Content {
  const fontSize = round(l.size * s);
  const width = round(l.room * s);
  const left = l.anchor === 'end' ? l.x * s - width : l.anchor === 'start' ? l.x * s : l.x * s - width / 2;
  // From the canvas's bottom edge, where the page is once the canvas is placed.
  const top = l.y * s - ASCENT * fontSize - round(layout.height * s);
  return {
    relativePosition: { x: round(left), y: round(top) },
    columns: [
      {
        width,
        text: l.text,
        fontSize,
        color: layout.colors.text,
        lineHeight: 1,
        noWrap: true,
        alignment: l.anchor === 'end' ? 'right' : l.anchor === 'start' ? 'left' : 'center',
      },
    ],
  } as Content;
}
