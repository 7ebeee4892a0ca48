// Benchmark of image re-encoding on upload: `node --import tsx bench/uploads.ts`.
// Each case runs reencodeImage (header check, full rendition ≤ 2048 px, 640 px variant) on one file
// of a realistic kind; the refusals show what a hostile file costs before it is turned away.
import os from 'node:os';
import sharp from 'sharp';
import { pngDeclaring } from '../test/support/images.ts';
import { reencodeImage } from '../src/platform/image-reencoding.ts';

const REPEATS = 5;

// Noise over a gradient compresses like a photograph, unlike a flat colour.
async function photo(width: number, height: number, format: 'jpeg' | 'png' | 'webp'): Promise<Uint8Array> {
  const base = sharp({ create: { width, height, channels: 3, background: '#808080', noise: { type: 'gaussian', mean: 128, sigma: 12 } } }).blur(2);
  const encoded = format === 'jpeg' ? base.jpeg({ quality: 80 }) : format === 'png' ? base.png() : base.webp({ quality: 80 });
  return new Uint8Array(await encoded.toBuffer());
}

async function measure(name: string, bytes: Uint8Array) {
  let best = { wallMs: Number.POSITIVE_INFINITY, cpuMs: 0 };
  let outcome = '';
  for (let r = 0; r < REPEATS; r++) {
    const cpu = process.cpuUsage();
    const started = performance.now();
    const result = await reencodeImage(bytes);
    const wallMs = performance.now() - started;
    const used = process.cpuUsage(cpu);
    if (wallMs < best.wallMs) best = { wallMs, cpuMs: (used.user + used.system) / 1000 };
    outcome = result.ok ? `${result.image.full.width}×${result.image.full.height} ${kb(result.image.full.bytes.length)} + 640 px ${kb(result.image.small.bytes.length)}` : `refused: ${result.refusal}`;
  }
  return { name, input: kb(bytes.length), ...best, outcome };
}

const kb = (n: number) => `${Math.round(n / 1024)} KB`;

const cases = [
  ['JPEG 12 MP (4000×3000)', await photo(4000, 3000, 'jpeg')],
  ['JPEG 2 MP (1600×1200)', await photo(1600, 1200, 'jpeg')],
  ['PNG 1280×720', await photo(1280, 720, 'png')],
  ['WebP 2048×1536', await photo(2048, 1536, 'webp')],
  ['PNG declaring 100,000×100,000 (bomb)', pngDeclaring(100_000, 100_000)],
  ['PNG declaring 6001×4000 (just over)', pngDeclaring(6001, 4000)],
] as const;

const rows = [];
for (const [name, bytes] of cases) rows.push(await measure(name, bytes));
console.log(`${os.cpus().length} cores, ${os.cpus()[0]?.model ?? 'cpu'}; best of ${REPEATS}; wall and CPU milliseconds per upload`);
console.log('| file | input | wall ms | CPU ms | result |');
console.log('|---|---:|---:|---:|---|');
for (const r of rows) console.log(`| ${r.name} | ${r.input} | ${r.wallMs.toFixed(0)} | ${r.cpuMs.toFixed(0)} | ${r.outcome} |`);
console.log(`\npeak RSS ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`);
