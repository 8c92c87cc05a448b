// Test helper: prints the text of a PDF read from standard input, as PDF.js extracts it — one JSON line
// {"pages": n, "width": w, "height": h, "items": ["…", …], "boxes": [{ "str", "x", "y", "width", "height" }, …]}
// (points, origin bottom left). A child process because PDF.js is an ES module that Jest's CommonJS runtime
// cannot load.
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const pdf = await getDocument({ data: new Uint8Array(Buffer.concat(chunks)), useSystemFonts: false, isEvalSupported: false, verbosity: 0 }).promise;
const items = [];
const boxes = [];
const first = await pdf.getPage(1);
const [, , width, height] = first.view;
for (let n = 1; n <= pdf.numPages; n++) {
  const page = await pdf.getPage(n);
  const content = await page.getTextContent();
  for (const item of content.items) {
    if (!('str' in item) || !item.str.trim()) continue;
    items.push(item.str);
    boxes.push({ str: item.str, x: item.transform[4], y: item.transform[5], width: item.width, height: item.height });
  }
}
process.stdout.write(JSON.stringify({ pages: pdf.numPages, width, height, items, boxes }) + '\n');
