// What the care map costs an HTML render of a 20-member team: careMapSvg bundled from the source
// and timed in-process, cold (the first call, as a one-file `render` pays it) and warm (median).
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { median } from './bench-measure.mjs';

const SECTORS = ['family', 'school', 'health', 'therapy', 'agencies'];

/** 20 members across every sector, with long names, schedules on two of three, and a lead. */
function mapData() {
  const members = Array.from({ length: 20 }, (_, i) => ({
    sector: i < 3 ? 'family' : SECTORS[i % SECTORS.length],
    name: `Member Number${i} Castellanos-Whitfield`,
    title: 'Board Certified Behavior Analyst (BCBA)',
    family: i < 3,
    updates: i % 3 === 2 || i < 3 ? null : ['every 2 weeks', 'by email'],
    lead: i === 7,
    missingLead: false,
  }));
  return { child: 'Maximilian Castellanos-Whitfield', members, leadRole: 'care coordinator', gaps: ['Crisis plan', 'Plan monitoring', 'Orientation'] };
}

export async function timeCareMap(root, work) {
  // Bundled into dist/ (git-ignored), where the code finds the package's locales as it does when installed.
  const outfile = join(root, 'dist', 'bench-care-map.mjs');
  const contents = ["export { careMapSvg } from './src/render/care-map/care-map-svg.ts';", "export { careMapWords } from './src/render/family-pages-words.ts';", "export { loadMessages } from './src/i18n/load-locale.ts';"].join('\n');
  await build({ stdin: { contents, resolveDir: root, loader: 'ts' }, bundle: true, format: 'esm', platform: 'node', outfile, logLevel: 'warning' });
  const { careMapSvg, careMapWords, loadMessages } = await import(pathToFileURL(outfile).href);
  rmSync(outfile);
  const data = { ...mapData(), words: careMapWords(loadMessages('en')) };
  const started = process.hrtime.bigint();
  careMapSvg(data);
  const cold = Number(process.hrtime.bigint() - started) / 1e6;
  const warm = [];
  for (let i = 0; i < 50; i++) {
    const t = process.hrtime.bigint();
    careMapSvg(data);
    warm.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  return { cold, warm: median(warm) };
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { mkdtempSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const root = new URL('..', import.meta.url).pathname;
  console.log(await timeCareMap(root, mkdtempSync(join(tmpdir(), 'carechart-care-map-'))));
}
