import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { browserEnv, pdftotext, skipBrowserTests } from '../helpers/real-browser.js';
import { example, tempFiles, TODAY } from './render-helpers.js';

type PdfObject = { value?: Record<string, unknown>; stream?: { dict: Record<string, unknown> } };

/** qpdf, an independent reader, on what carechart printed: the objects, a stream's data, the content uncompressed. */
const qpdf = {
  objects: (file: string) => (JSON.parse(execFileSync('qpdf', ['--json=2', '--json-key=qpdf', file], { encoding: 'utf8' })).qpdf[1]) as Record<string, PdfObject>,
  streamData: (file: string, ref: string) => execFileSync('qpdf', [`--show-object=${ref.replace(/ R$/, '').replace(/ /g, ',')}`, '--filtered-stream-data', file], { encoding: 'utf8' }),
  contentStreams: (file: string) => {
    const qdf = execFileSync('qpdf', ['--qdf', '--object-streams=disable', file, '-']).toString('latin1');
    return [...qdf.matchAll(/%% Contents for page \d+\n(?:%%[^\n]*\n)*\d+ 0 obj\n[\s\S]*?stream\n([\s\S]*?)endstream/g)].map((m) => m[1]!);
  },
};

/** Text-showing operators not inside tagged content (an MCID) or an artifact: what a screen reader can't place. */
function untaggedText(content: string): number {
  const open: boolean[] = [];
  let count = 0;
  for (const line of content.split('\n')) {
    if (/\bBDC\s*$/.test(line)) open.push(/^\/Artifact\b/.test(line) || /\/MCID\s+\d+/.test(line));
    else if (/\bBMC\s*$/.test(line)) open.push(/^\/Artifact\b/.test(line));
    else if (/^EMC\b/.test(line)) open.pop();
    else if (/(Tj|TJ|'|")\s*$/.test(line) && !open.includes(true)) count++;
  }
  return count;
}

describe.skipIf(skipBrowserTests)('an accessible PDF (PDF/UA), read back with qpdf', () => {
  it('is marked, has a structure tree, XMP metadata with pdfuaid, and no untagged text', async () => {
    const dir = tempFiles({ 'rivera.yaml': example('rivera-enrollment') });
    const run = await runCli(['render', 'rivera.yaml', '-o', 'chart.pdf', '--today', TODAY], { cwd: dir, env: browserEnv });
    expect(run.status).toBe(0);
    const file = join(dir, 'chart.pdf');
    execFileSync('qpdf', ['--check', file]); // throws on a damaged file

    const objects = qpdf.objects(file);
    const catalog = Object.values(objects).find((o) => o.value?.['/Type'] === '/Catalog')!.value!;
    expect(catalog['/MarkInfo']).toMatchObject({ '/Marked': true });
    expect(catalog['/StructTreeRoot']).toMatch(/^\d+ 0 R$/);
    expect(catalog['/Lang']).toBe('u:en');
    expect(catalog['/ViewerPreferences']).toMatchObject({ '/DisplayDocTitle': true });
    const metadataRef = catalog['/Metadata'] as string;
    expect(objects[`obj:${metadataRef}`]!.stream!.dict).toMatchObject({ '/Type': '/Metadata', '/Subtype': '/XML' });
    const xmp = qpdf.streamData(file, metadataRef);
    expect(xmp).toContain('<pdfuaid:part>1</pdfuaid:part>');
    expect(xmp).toContain('<rdf:li xml:lang="x-default">Responsibility chart for Sam R.</rdf:li>');
    expect(xmp).toContain('<dc:language><rdf:Bag><rdf:li>en</rdf:li></rdf:Bag></dc:language>');

    const pages = qpdf.contentStreams(file);
    expect(pages.length).toBeGreaterThan(1);
    expect(pages.map(untaggedText)).toEqual(pages.map(() => 0));
    // The footer is still printed, as an artifact.
    expect(pdftotext(file)).toContain(`Page ${pages.length} of ${pages.length}`);
  });

  it('counts untagged text in a PDF straight from Chromium, so the check above can fail', () => {
    const chromiumLike = 'q\nBT\n/F4 9 Tf\n<0003> Tj\nET\nQ\n/P <</MCID 0 >>BDC\nBT\n<0001> Tj\nET\nEMC\n';
    expect(untaggedText(chromiumLike)).toBe(1);
  });

  it('writes a title with markup characters into the metadata as text', async () => {
    const hostile = example('rivera-enrollment').replace('name: Sam R.', 'name: "Sam <b>&</b> \\"R\\""');
    const dir = tempFiles({ 'team.yaml': hostile });
    expect((await runCli(['render', 'team.yaml', '-o', 'chart.pdf', '--today', TODAY], { cwd: dir, env: browserEnv })).status).toBe(0);
    const file = join(dir, 'chart.pdf');
    const objects = qpdf.objects(file);
    const catalog = Object.values(objects).find((o) => o.value?.['/Type'] === '/Catalog')!.value!;
    const xmp = qpdf.streamData(file, catalog['/Metadata'] as string);
    expect(xmp).toContain('Responsibility chart for Sam &#60;b&#62;&#38;&#60;/b&#62; &#34;R&#34;');
    expect(readFileSync(file).length).toBeGreaterThan(1000);
  });
});
