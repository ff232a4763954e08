/**
 * Charts in the PDF are drawn with pdfmake's canvas and text from the same layout as the
 * HTML's SVG: each number must sit where the SVG puts it (over its bar, at its grid line),
 * on one line, as real text.
 */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { createPdfPrinter } from '../../functions/adapters/pdf-printer.js';
import type { ChartModel } from '../../functions/core/report/types.js';
import { layoutChart } from '../../functions/render/charts.js';
import { chartDrawing } from '../../functions/render/pdf/chart.js';

const chart: ChartModel = {
  id: 'chart-T1-2',
  kind: 'bar',
  indicatorId: 'T1.2',
  title: 'T1.2 Victims identified during the year, 2012–2014',
  description: 'Victims identified during the year (count): 2012: 110; 2013: 120; 2014: 150.',
  unit: 'count',
  orientation: 'vertical',
  min: 0,
  max: 200,
  ticks: [0, 100, 200].map((v) => ({ value: v, label: String(v) })),
  points: [
    { label: '2012', value: 110, valueText: '110', highlight: false, missing: false },
    { label: '2013', value: 120, valueText: '120', highlight: false, missing: false },
    { label: '2014', value: 150, valueText: '1,234,567.5', highlight: true, missing: false },
  ],
  lines: [],
};

const MARGIN = 40;
const PAGE_HEIGHT = 841.89;

interface Placed {
  text: string;
  /** Centre and right edge of the text, baseline: in points from the page's top-left. */
  centre: number;
  right: number;
  baseline: number;
}

async function placedText(
  kind: ChartModel['kind'],
  model: ChartModel = chart,
  width = 240,
): Promise<Placed[]> {
  const bytes = await createPdfPrinter().print({
    pageSize: 'A4',
    pageMargins: MARGIN,
    defaultStyle: { font: 'Roboto', fontSize: 10 },
    info: { creationDate: new Date(0) },
    content: [chartDrawing({ ...model, kind }, { width: 300, height: 170 }, width)],
  });
  const doc = await getDocument({ data: new Uint8Array(bytes), disableFontFace: true, verbosity: 0 }).promise;
  try {
    const content = await (await doc.getPage(1)).getTextContent();
    return content.items.flatMap((item) => {
      if (!('str' in item) || item.str.trim() === '') return [];
      const [, , , , x, y] = item.transform as number[];
      return [
        { text: item.str, centre: x! + item.width / 2, right: x! + item.width, baseline: PAGE_HEIGHT - y! },
      ];
    });
  } finally {
    await doc.destroy();
  }
}

describe('PDF charts', () => {
  for (const kind of ['bar', 'line'] as const) {
    it(`puts every label of a ${kind} chart where the SVG puts it, on one line`, async () => {
      const layout = layoutChart({ ...chart, kind }, { width: 300, height: 170 });
      const s = 240 / layout.width;
      const placed = await placedText(kind);
      const find = (text: string) => {
        const found = placed.filter((p) => p.text === text);
        expect(found, `"${text}" once in the PDF's text`).toHaveLength(1);
        return found[0]!;
      };
      for (const mark of layout.marks) {
        for (const label of [mark.value!, mark.label]) {
          const p = find(label.text);
          expect(Math.abs(p.centre - (MARGIN + label.x * s))).toBeLessThan(1);
          expect(Math.abs(p.baseline - (MARGIN + label.y * s))).toBeLessThan(1.5);
        }
      }
      for (const tick of layout.ticks) {
        const p = find(tick.label.text);
        expect(Math.abs(p.right - (MARGIN + tick.label.x * s))).toBeLessThan(1);
        expect(Math.abs(p.baseline - (MARGIN + tick.label.y * s))).toBeLessThan(1.5);
      }
    });
  }

  it('sets a horizontal chart at scale 1: names end at the axis, values start after the bars, 8 pt', async () => {
    const horizontal: ChartModel = {
      ...chart,
      orientation: 'horizontal',
      points: ['Finland', 'Croatia', 'Kosovo*'].map((label, i) => ({
        label,
        value: 150 - i * 40,
        valueText: String(150 - i * 40),
        highlight: false,
        missing: false,
      })),
      lines: [{ kind: 'median', value: 110, label: 'median 110' }],
    };
    const layout = layoutChart(horizontal);
    const placed = await placedText('bar', horizontal, layout.width);
    for (const mark of layout.marks) {
      const name = placed.find((p) => p.text === mark.label.text)!;
      expect(Math.abs(name.right - (MARGIN + mark.label.x))).toBeLessThan(1);
      const value = placed.find((p) => p.text === mark.value!.text)!;
      expect(value.centre).toBeGreaterThan(MARGIN + mark.x + mark.width);
    }
    expect(placed.map((p) => p.text)).toContain('median 110');
  });
});
