// Stands in for the `brotli` package's decompress.js in the Lambda bundles (esbuild alias in
// infra/bundling.ts): fontkit needs it only for WOFF2 fonts, and Node's own zlib does the
// same work without the package's 475 KB of emscripten code. Same call: (buffer, size?).
import { brotliDecompressSync } from 'node:zlib';

export default function decompress(buffer, outSize) {
  const out = brotliDecompressSync(buffer);
  const length = outSize === undefined ? out.length : Math.min(outSize, out.length);
  return new Uint8Array(out.buffer, out.byteOffset, length);
}
