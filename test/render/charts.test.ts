import { fileURLToPath } from 'node:url';
import pdfmake from 'pdfmake';
import { describe, expect, it } from 'vitest';
import { reportStyles } from '../../build/templates.generated.js';
import type { ChartModel } from '../../functions/core/report/types.js';
import { chartLabels, haloBox, layoutChart, renderChartSvg } from '../../functions/render/charts.js';
import { matrixShades } from '../../functions/render/format.js';

const chart: ChartModel = {
  id: 'chart-T1-2',
  kind: 'bar',
  indicatorId: 'T1.2',
  title: 'T1.2 Victims identified during the year, 2012–2014',
  description: 'Victims identified during the year (count): 2012: 100; 2013: 120; 2014: 150.',
  unit: 'count',
  orientation: 'vertical',
  min: 0,
  max: 200,
  ticks: [0, 50, 100, 150, 200].map((v) => ({ value: v, label: String(v) })),
  points: [
    { label: '2012', value: 100, valueText: '100', highlight: false, missing: false },
    { label: '2013', value: 120, valueText: '120', highlight: false, missing: false },
    { label: '2014', value: 150, valueText: '150', highlight: true, missing: false },
  ],
  lines: [],
};

describe('SVG charts', () => {
  it('are accessible images: role="img", a title and a description with the numbers', () => {
    const svg = renderChartSvg(chart);
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" [^>]*role="img"/);
    expect(svg).toContain('aria-labelledby="chart-T1-2-title chart-T1-2-desc"');
    expect(svg).toContain(
      '<title id="chart-T1-2-title">T1.2 Victims identified during the year, 2012–2014</title>',
    );
    expect(svg).toContain('2012: 100; 2013: 120; 2014: 150.</desc>');
    // One bar per year (and the background), value labels printed on a halo each.
    expect(svg.match(/<rect [^>]*fill="#5a7fb0"|<rect [^>]*fill="#0b3d6e"/g)).toHaveLength(3);
    expect(svg).toContain('>150</text>');
  });

  it('use only what pdfmake draws: no classes, no style sheets, the PDF font first', () => {
    const svg = renderChartSvg({ ...chart, kind: 'line' });
    expect(svg).not.toMatch(/class=|<style|<tspan|dominant-baseline|<foreignObject/);
    expect(svg).toContain('font-family="Roboto, &apos;DejaVu Sans&apos;, Arial, sans-serif"');
    expect(svg).toContain('<polyline');
  });

  it('escape the text inside them', () => {
    const svg = renderChartSvg({
      ...chart,
      title: 'A <b>bold</b> & "quoted" title',
      points: [{ label: '<x>', value: 1, valueText: '1', highlight: false, missing: false }],
    });
    expect(svg).toContain('A &lt;b&gt;bold&lt;/b&gt; &amp; &quot;quoted&quot; title');
    expect(svg).toContain('>&lt;x&gt;</text>');
    expect(svg).not.toContain('<b>');
  });

  it('are deterministic', () => {
    expect(renderChartSvg(chart)).toBe(renderChartSvg(structuredClone(chart)));
  });

  it('keep the slot of a missing year, marked "no data"', () => {
    const gap: ChartModel = {
      ...chart,
      points: [
        chart.points[0]!,
        { label: '2013', value: 0, valueText: 'no data', highlight: false, missing: true },
        chart.points[2]!,
      ],
    };
    const layout = layoutChart(gap);
    expect(layout.marks.map((m) => m.kind)).toEqual(['bar', 'missing', 'bar']);
    expect(layout.marks[1]?.value?.text).toBe('no data');
    expect(layout.marks[1]!.label.x).toBeGreaterThan(layout.marks[0]!.label.x);
  });

  it('draw 50 members as horizontal bars with 8 px names, ticks on the axis and never a gridline through a label', () => {
    const many: ChartModel = {
      ...chart,
      orientation: 'horizontal',
      points: Array.from({ length: 50 }, (_, i) => ({
        label: `Member number ${i}`,
        value: 50 - i,
        valueText: String(50 - i),
        highlight: false,
        missing: false,
      })),
      max: 60,
      ticks: [0, 20, 40, 60].map((v) => ({ value: v, label: String(v) })),
      lines: [{ kind: 'median', value: 25.5, label: 'median 25.5' }],
    };
    const layout = layoutChart(many);
    expect(layout.width).toBe(495);
    for (const label of chartLabels(layout)) expect(label.size).toBeGreaterThanOrEqual(7);
    // Bars in the order given (sorted by value), one row each.
    const ys = layout.marks.map((m) => m.y);
    expect(ys).toEqual([...ys].sort((a, b) => a - b));
    // Ticks are short marks below the plot, not lines across it.
    const plotBottom = Math.max(...layout.marks.map((m) => m.y + m.height));
    for (const seg of layout.axis.slice(2)) expect(seg.y1).toBeGreaterThanOrEqual(plotBottom);
    // The median line passes value labels only where a halo covers it.
    const median = layout.references[0]!;
    for (const mark of layout.marks) {
      const v = mark.value!;
      const box = haloBox(v);
      const crosses = median.x1 >= box.x && median.x1 <= box.x + box.width;
      if (crosses) expect(v.halo).toBe(true);
    }
    expect(renderChartSvg(many)).toContain('median 25.5');
  });

  it('render in pdfmake (the PDF engine) with the Roboto font', async () => {
    const fonts = fileURLToPath(new URL('../../node_modules/pdfmake/fonts/Roboto/', import.meta.url));
    pdfmake.setUrlAccessPolicy(() => false);
    pdfmake.setLocalAccessPolicy((p: string) => p.startsWith(fonts));
    pdfmake.setFonts({
      Roboto: {
        normal: `${fonts}Roboto-Regular.ttf`,
        bold: `${fonts}Roboto-Medium.ttf`,
        italics: `${fonts}Roboto-Italic.ttf`,
        bolditalics: `${fonts}Roboto-MediumItalic.ttf`,
      },
    });
    const pdf: Buffer = await pdfmake
      .createPdf({
        content: [{ svg: renderChartSvg(chart), width: 400 }],
        info: { creationDate: new Date(0) },
      })
      .getBuffer();
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.toString('latin1')).toContain('Roboto');
  });
});

describe('matrix shades', () => {
  it('are the same in the HTML style sheet as in the table the PDF uses', () => {
    const css = reportStyles['report/report'] ?? '';
    for (const [step, colour] of Object.entries(matrixShades)) {
      expect(css).toContain(`td.shade-${step} { background: ${colour}; }`);
    }
  });
});
