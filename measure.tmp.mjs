// Measures a PDF: per page, the smallest text size, whether it holds a chart, and the body fill
// (lowest inked row between the running header and the footer, from pdftoppm's greyscale render).
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
const file = process.argv[2];
const doc = await getDocument({ data: new Uint8Array(readFileSync(file)), disableFontFace: true, verbosity: 0 }).promise;
const dir = `/tmp/i11m/${file.replace(/\W/g, '_')}`;
execFileSync('mkdir', ['-p', dir]);
execFileSync('pdftoppm', ['-r', '40', '-gray', file, `${dir}/p`]);
const pgms = readdirSync(dir).filter((f) => f.endsWith('.pgm')).sort();
function fill(path) {
  const buf = readFileSync(path);
  // P5\nW H\n255\n
  let i = 0, fields = [];
  while (fields.length < 4) { let s = ''; while (buf[i] === 0x20 || buf[i] === 0x0a) i++; while (buf[i] !== 0x20 && buf[i] !== 0x0a) s += String.fromCharCode(buf[i++]); fields.push(s); }
  i++;
  const w = +fields[1], h = +fields[2];
  const top = Math.round(h * (64 / 842)), bottom = Math.round(h * ((842 - 54) / 842));
  let last = top;
  for (let y = top; y < bottom; y++) { for (let x = 0; x < w; x++) if (buf[i + y * w + x] < 200) { last = y; break; } }
  return (last - top) / (bottom - top);
}
let minChart = Infinity, minChartPage = 0, emptiest = { fill: 2, page: 0 };
for (let n = 1; n <= doc.numPages; n++) {
  const page = await doc.getPage(n);
  const content = await page.getTextContent();
  const items = content.items.filter((it) => 'str' in it && it.str.trim() !== '');
  const text = items.map((it) => it.str).join(' ');
  const sizes = items.filter((it) => !/Page \d+ of/.test(it.str)).map((it) => Math.hypot(it.transform[2], it.transform[3]));
  const chart = /largest first|\d{4}\u2013\d{4}/.test(text);
  const min = Math.min(...sizes);
  const f = fill(`${dir}/${pgms[n - 1]}`);
  if (chart && min < minChart) { minChart = min; minChartPage = n; }
  if (n < doc.numPages && f < emptiest.fill) emptiest = { fill: f, page: n };
  console.log(`page ${n}: chart=${chart} minText=${min.toFixed(2)}pt fill=${(f * 100).toFixed(0)}%`);
}
console.log(`${file}: ${doc.numPages} pages; smallest text on a chart page ${minChart.toFixed(2)} pt (page ${minChartPage}); emptiest page before the last: ${emptiest.page} at ${(emptiest.fill * 100).toFixed(0)}% of the body height`);
