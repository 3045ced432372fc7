// npm run bench: each target of issues 6 and 15 measured against its baseline in the same run; a table;
// exit status 1 when a target is missed. `node scripts/bench.mjs --naive DIR` is the naive loop.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, platform, release, tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { teamFile, writeTeamFiles } from './bench-inputs.mjs';
import { timeCareMap } from './bench-care-map.mjs';
import { peakMemory, peakMemoryProbe, run, timeTogether } from './bench-measure.mjs';

if (process.argv[2] === '--naive') {
  // The baseline: yaml's parseDocument with a LineCounter and toJS(), file after file.
  const { LineCounter, parseDocument } = await import('yaml');
  const dir = process.argv[3];
  let values = 0;
  for (const name of readdirSync(dir).sort()) {
    const doc = parseDocument(readFileSync(join(dir, name), 'utf8'), { lineCounter: new LineCounter() });
    if (doc.toJS() !== undefined) values++;
  }
  process.stdout.write(`${values}\n`);
  process.exit(0);
}

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = join(ROOT, 'bin', 'carechart.js');
const node = (...args) => [process.execPath, ...args];
const carechart = (...args) => node(BIN, ...args);
const rows = [];
const kb = (bytes) => `${(bytes / 1024).toFixed(0)} KiB`;
const row = (measure, value, baseline, ratio, target, pass) => rows.push({ measure, value, baseline, ratio, target, pass });
const ms = (t) => `${(t / 1000).toFixed(t < 1000 ? 3 : 2)} s`;

execFileSync(process.execPath, [join(ROOT, 'scripts', 'build.mjs')], { stdio: 'inherit' });
const work = mkdtempSync(join(tmpdir(), 'carechart-bench-'));
try {
  const one = join(writeTeamFiles(join(work, 'one'), 1), readdirSync(join(work, 'one'))[0]);
  const thousand = writeTeamFiles(join(work, 'teams-1000'), 1000);
  const tenThousand = writeTeamFiles(join(work, 'teams-10000'), 10000);

  console.log('One file, whole process …');
  const [bare, single] = timeTogether([{ command: node('-e', '0') }, { command: carechart('check', one) }], { runs: 21, warmup: 2 });
  row('`check` of one file', ms(single), `\`node -e 0\` ${ms(bare)}`, single / bare, '≤ 1.6×', single / bare <= 1.6);

  console.log('1,000 files …');
  const [naive, fast] = timeTogether(
    [{ command: node(fileURLToPath(import.meta.url), '--naive', thousand) }, { command: carechart('check', thousand, '--format', 'json') }],
    { runs: 5 },
  );
  const report = run(carechart('check', thousand, '--format', 'json'), { capture: true }).stdout;
  const reference = run(carechart('check', thousand, '--format', 'json'), { capture: true, env: { CARECHART_ENGINE: 'reference' } }).stdout;
  const same = report === reference;
  const findings = JSON.parse(report).results.reduce((n, r) => n + r.findings.length, 0);
  row('`check` of 1,000 files', ms(fast), `naive yaml loop ${ms(naive)}`, naive / fast, '≥ 3.5× faster', naive / fast >= 3.5);
  row(`… same ${findings} findings as the straightforward path`, same ? 'identical' : 'DIFFERENT', 'CARECHART_ENGINE=reference', 1, 'identical', same);

  console.log('Program audit …');
  const parts = [1, 2, 3, 4, 5, 6, 7, 8].map((k) => join(work, `part-${k}.json`));
  parts.forEach((part, i) => run(carechart('check', thousand, '--shard', `${i + 1}/8`, '--format', 'json', '-o', part)));
  const [checked, audited, merged] = timeTogether(
    [{ command: carechart('check', thousand, '--format', 'json') }, { command: carechart('audit', thousand) }, { command: carechart('audit', ...parts, '--format', 'json') }],
    { runs: 5 },
  );
  row('`audit` of 1,000 files', ms(audited), `\`check\` ${ms(checked)}`, audited / checked, '≤ 1.3×', audited / checked <= 1.3);
  row('`audit` merging 8 shard reports (1,000 files)', ms(merged), '', NaN, '≤ 0.3 s', merged <= 300);

  console.log('Peak memory …');
  const probe = peakMemoryProbe(work);
  const [peak1k, peak10k] = [thousand, tenThousand].map((dir) => peakMemory([BIN, 'check', dir, '--format', 'json'], probe, 3));
  const mib = (m) => `${m.toFixed(0)} MiB`;
  row('peak memory, 10,000 files', mib(peak10k), '200 MiB', peak10k / 200, '≤ 200 MiB', peak10k <= 200);
  row('… 1,000 files, for comparison', mib(peak1k), '', NaN, '–', null);

  const careMap = await timeCareMap(ROOT, work);
  row('care map in an HTML render, 20 members', `${careMap.cold.toFixed(1)} ms`, `warm ${careMap.warm.toFixed(2)} ms`, NaN, '≤ 50 ms', careMap.cold <= 50);

  const chrome = findChrome();
  if (!chrome) row('`render` to PDF', 'no Chrome or Chromium found', '', NaN, 'measured', false);
  else {
    console.log(`Printing with ${chrome} …`);
    const charts = join(work, 'charts');
    mkdirSync(charts);
    const twenty = join(work, 'render-20');
    mkdirSync(twenty);
    for (let i = 0, n = 0; n < 20; i++) {
      const text = teamFile(i);
      if (!/\t|nmae:/.test(text)) writeFileSync(join(twenty, `team-${String(n++).padStart(2, '0')}.yaml`), text);
    }
    const first = join(twenty, 'team-00.yaml');
    const html = join(work, 'chart.html');
    run(carechart('render', first, '-f', 'html', '-o', html));
    const profile = () => mkdtempSync(join(work, 'profile-'));
    const sandbox = process.getuid?.() === 0 ? ['--no-sandbox'] : [];
    const raw = { get command() {
      return [chrome, '--headless', ...sandbox, `--user-data-dir=${profile()}`, `--print-to-pdf=${join(work, 'raw.pdf')}`, pathToFileURL(html).href];
    } };
    const env = { CARECHART_CHROME: chrome };
    const [rawPrint, renderOne, renderTwenty, summaryOne, renderSpanish] = timeTogether(
      [
        raw,
        { command: carechart('render', first, '-o', join(charts, 'one.pdf')), env },
        { command: carechart('render', twenty, '-f', 'pdf', '-d', charts), env },
        { command: carechart('render', first, '--summary', '-o', join(charts, 'one-summary.pdf')), env },
        { command: carechart('render', first, '--lang', 'es', '-o', join(charts, 'one-es.pdf')), env },
      ],
      { runs: 5 },
    );
    row('`render` of 1 file to PDF', ms(renderOne), `raw \`--print-to-pdf\` ${ms(rawPrint)}`, renderOne / rawPrint, '≤ 1.3×', renderOne / rawPrint <= 1.3);
    row('`render --lang es` of 1 file to PDF', ms(renderSpanish), `English ${ms(renderOne)}`, renderSpanish / renderOne, '≤ 1.1×', renderSpanish / renderOne <= 1.1);
    row('`render` of 20 files to PDF', ms(renderTwenty), `raw \`--print-to-pdf\` ${ms(rawPrint)}`, renderTwenty / rawPrint, '≤ 3.5×', renderTwenty / rawPrint <= 3.5);
    row('`render --summary` of 1 file to PDF', ms(summaryOne), `the full chart ${ms(renderOne)}`, summaryOne / renderOne, '≤ 1.1×', summaryOne / renderOne <= 1.1);

    // Font subsets: a Latin-only chart is no bigger than Chromium's own print of the same page, and
    // a chart of names in eight scripts embeds only the subsets its text uses.
    const latin = statSync(join(charts, 'one.pdf')).size;
    const rawSize = statSync(join(work, 'raw.pdf')).size;
    row('PDF size, Latin-only names', kb(latin), `raw \`--print-to-pdf\` ${kb(rawSize)}`, latin / rawSize, '≤ 1.1×', latin / rawSize <= 1.1);
    const scripts = join(work, 'every-script.yaml');
    writeFileSync(scripts, readFileSync(join(ROOT, 'test/fixtures/render/every-script.yaml'), 'utf8').replace('Sam 😀 Lee', 'Sam Lee'));
    run(carechart('render', scripts, '-o', join(charts, 'scripts.pdf')), { env });
    run(carechart('render', scripts, '-o', join(charts, 'scripts.html')), { env });
    const faces = (readFileSync(join(charts, 'scripts.html'), 'utf8').match(/@font-face/g) ?? []).length;
    row('PDF size, names in 8 scripts (CJK included)', kb(statSync(join(charts, 'scripts.pdf')).size), `${faces / 2} font subsets embedded`, NaN, 'reported', null);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

const machine = `${cpus()[0]?.model.trim() ?? 'unknown CPU'}, ${availableParallelism()} cores, Node ${process.version}, ${platform()} ${release()}`;
console.log(`\nMachine: ${machine}\n`);
console.log('| Measure | carechart | Baseline | Ratio | Target | Met |');
console.log('|---|---|---|---|---|---|');
for (const r of rows) {
  console.log(`| ${r.measure} | ${r.value} | ${r.baseline} | ${Number.isFinite(r.ratio) ? `${r.ratio.toFixed(2)}×` : '–'} | ${r.target} | ${r.pass === null ? '–' : r.pass ? 'yes' : '**no**'} |`);
}
const missed = rows.filter((r) => r.pass === false);
if (missed.length > 0) {
  console.error(`\n${missed.length} target(s) missed: ${missed.map((r) => r.measure).join('; ')}`);
  process.exitCode = 1;
}

/** The browser the raw print and carechart use: CARECHART_CHROME, else a Chrome or Chromium on PATH. */
function findChrome() {
  const given = process.env.CARECHART_CHROME || process.env.PUPPETEER_EXECUTABLE_PATH;
  if (given) return given;
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    for (const name of ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'chrome']) {
      if (dir && existsSync(join(dir, name))) return join(dir, name);
    }
  }
  return undefined;
}
