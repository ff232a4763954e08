import { fileURLToPath } from 'node:url';
import pdfmake from 'pdfmake';
import { describe, expect, it } from 'vitest';
import { styles } from '../../build/templates.generated.js';
import type { ChartModel } from '../../functions/core/report/types.js';
import { renderChartSvg } from '../../functions/render/charts.js';
import { matrixShades } from '../../functions/render/format.js';

const chart: ChartModel = {
  id: 'chart-T1-2',
  kind: 'bar',
  indicatorId: 'T1.2',
  title: 'T1.2 Victims identified during the year, 2012–2014',
  description: 'Victims identified during the year (count): 2012: 100; 2013: 120; 2014: 150.',
  unit: 'count',
  max: 200,
  points: [
    { label: '2012', value: 100, valueText: '100', highlight: false },
    { label: '2013', value: 120, valueText: '120', highlight: false },
    { label: '2014', value: 150, valueText: '150', highlight: true },
  ],
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
    // One bar per year, value labels printed.
    expect(svg.match(/<rect /g)).toHaveLength(4);
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
      points: [{ label: '<x>', value: 1, valueText: '1', highlight: false }],
    });
    expect(svg).toContain('A &lt;b&gt;bold&lt;/b&gt; &amp; &quot;quoted&quot; title');
    expect(svg).toContain('>&lt;x&gt;</text>');
    expect(svg).not.toContain('<b>');
  });

  it('are deterministic, and widen for many countries', () => {
    expect(renderChartSvg(chart)).toBe(renderChartSvg(structuredClone(chart)));
    const many = {
      ...chart,
      points: Array.from({ length: 50 }, (_, i) => ({
        label: `C${i}`,
        value: i,
        valueText: String(i),
        highlight: false,
      })),
    };
    const width = Number(renderChartSvg(many).match(/width="([\d.]+)"/)?.[1]);
    expect(width).toBeGreaterThan(360);
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
    const css = styles['report/report'] ?? '';
    for (const [step, colour] of Object.entries(matrixShades)) {
      expect(css).toContain(`td.shade-${step} { background: ${colour}; }`);
    }
  });
});
