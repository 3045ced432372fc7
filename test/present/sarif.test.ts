import { ruleQuestion } from '../../src/analyze/rule.js';
import { loadMessages } from '../../src/i18n/load-locale.js';
import { execFileSync } from 'node:child_process';
import { accessSync, chmodSync, constants, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { afterAll, describe, expect, it } from 'vitest';
import { RULES } from '../../src/analyze/rule-registry.js';
import { INFORMATION_URI, ruleHelpUri, sarif } from '../../src/present/formatters/sarif.js';
import { CWD, context, examplesJson, examplesReport, hostileResults, HOSTILE } from './report-fixtures.js';

const require = createRequire(import.meta.url);
/** The platform's Sarif.Multitool binary: the npm package exports its path. */
const MULTITOOL: string = require('@microsoft/sarif-multitool');
/** The SARIF 2.1.0 schema (draft 2020-12) ships beside the binary. */
const SCHEMA_FILE = join(dirname(MULTITOOL), 'sarif-2.1.0.json');
// Its postinstall only does `chmod u+x`; npm 11 skips install scripts not yet allowed.
try {
  accessSync(MULTITOOL, constants.X_OK);
} catch {
  chmodSync(MULTITOOL, 0o755);
}

const work = mkdtempSync(join(tmpdir(), 'carechart-sarif-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/**
 * The multitool's own rules, and its rules for GitHub code scanning (GH1001-GH1007), are all on except SARIF2006, which fetches every URI in the log
 * over HTTP: tests stay offline (the help pages' existence is rule-docs.test.ts's job).
 */
const CONFIG = `<?xml version="1.0" encoding="utf-8"?>
<Properties>
  <Properties Key="SARIF2006.UrisShouldBeReachable.Options">
    <Property Key="RuleEnabled" Value="Disabled" />
  </Properties>
</Properties>
`;

interface ValidationLog {
  runs: {
    results?: { ruleId: string; level?: string; message: { text?: string; arguments?: string[] } }[];
    invocations?: { executionSuccessful: boolean; toolExecutionNotifications?: { level?: string }[] }[];
  }[];
}

/** `sarif-multitool validate FILE --output OUT`: the validator's findings, as a SARIF log of its own. */
function multitoolValidate(name: string, text: string): ValidationLog {
  const input = join(work, `${name}.sarif`);
  const output = join(work, `${name}.validation.sarif`);
  const config = join(work, 'validate.config.xml');
  writeFileSync(input, text);
  writeFileSync(config, CONFIG);
  // Called directly, not through its bin.js, which runs it with `shell: true`. A .NET app:
  // invariant globalization lets it run where libicu is not installed.
  execFileSync(
    MULTITOOL,
    ['validate', input, '--output', output, '--log', 'ForceOverwrite', '--level', 'Error;Warning;Note', '--rule-kind', 'Sarif;Gh', '--config', config],
    { stdio: 'pipe', timeout: 120_000, env: { ...process.env, DOTNET_SYSTEM_GLOBALIZATION_INVARIANT: '1', DOTNET_CLI_TELEMETRY_OPTOUT: '1' } },
  );
  return JSON.parse(readFileSync(output, 'utf8')) as ValidationLog;
}

function problems(log: ValidationLog): string[] {
  // A result without `level` is a warning (SARIF 3.27.10).
  return (log.runs[0]?.results ?? [])
    .filter((r) => (r.level ?? 'warning') !== 'note' && (r.level ?? 'warning') !== 'none')
    .map((r) => `${r.level ?? 'warning'} ${r.ruleId}: ${r.message.text ?? r.message.arguments?.join(', ')}`);
}

function schemaValidator() {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  const isUri = (s: string) => URL.canParse(s) && !/\s/.test(s);
  ajv.addFormat('uri', isUri);
  ajv.addFormat('uri-reference', (s: string) => URL.canParse(s, 'file:///base/') && !/[\s\\]/.test(s));
  ajv.addFormat('date-time', /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/i);
  ajv.addFormat('uuid', /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
  return ajv.compile(JSON.parse(readFileSync(SCHEMA_FILE, 'utf8')));
}

describe('sarif report', () => {
  it('describes every rule, and locates every finding of the examples', async () => {
    const log = JSON.parse(await examplesReport('sarif'));
    const json = await examplesJson();
    expect(log.$schema).toBe('https://json.schemastore.org/sarif-2.1.0.json');
    expect(log.version).toBe('2.1.0');
    expect(log.runs).toHaveLength(1);
    const run = log.runs[0];
    const driver = run.tool.driver;
    expect(driver.name).toBe('carechart');
    expect(driver.version).toMatch(/^\d+\.\d+\.\d+/);
    expect(driver.semanticVersion).toBe(driver.version);
    expect(driver.rules.map((r: { id: string }) => r.id)).toEqual(RULES.map((r) => r.id));
    for (const [i, rule] of RULES.entries()) {
      const d = driver.rules[i];
      expect(d.name).toMatch(/^[A-Z][A-Za-z0-9]*$/);
      expect(d.name.toLowerCase()).not.toBe(rule.id.toLowerCase());
      expect(d.shortDescription.text).toContain(rule.summary.replace(/\.$/, ''));
      expect(d.fullDescription.text).toContain(rule.docs.why.replace(/\.$/, ''));
      expect(d.help.text).toContain(ruleQuestion(rule.id, loadMessages('en')));
      expect(d.help.markdown).toContain('```yaml');
      expect(d.helpUri).toBe(ruleHelpUri(rule.id));
      expect(d.helpUri).toBe(`https://github.com/carechart/carechart/blob/main/docs/rules/${rule.id}.md`);
      expect(d.defaultConfiguration.level).toBe(rule.severity === 'info' ? 'note' : rule.severity);
      // What GitHub code scanning reads to rank and filter alerts.
      expect(['very-high', 'high']).toContain(d.properties.precision);
      expect(d.properties['problem.severity']).toBe({ error: 'error', warning: 'warning', info: 'recommendation' }[rule.severity]);
      // The page is in the repository and in the package.
      expect(existsSync(`docs/rules/${rule.id}.md`), rule.id).toBe(true);
    }
    expect(run.automationDetails.id).toBe('carechart/');
    expect(INFORMATION_URI).toBe(JSON.parse(readFileSync('package.json', 'utf8')).homepage);
    expect(JSON.parse(readFileSync('package.json', 'utf8')).files).toContain('docs/rules');
    expect(run.originalUriBaseIds['%SRCROOT%'].uri).toBe(`${pathToFileURL(process.cwd()).href}/`);

    const findings = json.results.flatMap((r) => r.findings.map((f) => ({ ...f, file: r.file })));
    expect(run.results).toHaveLength(findings.length);
    for (const [i, f] of findings.entries()) {
      const r = run.results[i];
      expect(r.ruleId).toBe(f.rule);
      expect(driver.rules[r.ruleIndex].id).toBe(f.rule);
      expect(r.level).toBe(f.severity === 'info' ? 'note' : f.severity);
      expect(r.message.text).toContain(f.message);
      expect(r.message.text).toContain(` Ask: ${f.question}`);
      const loc = r.locations[0].physicalLocation;
      expect(loc.artifactLocation).toEqual({ uri: f.file, uriBaseId: '%SRCROOT%' });
      expect(loc.artifactLocation.uri).toMatch(/^examples\/([\w-]+\/)?[\w-]+\.yaml$/);
      expect(loc.region).toEqual({ startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn });
      expect(Object.keys(r.partialFingerprints).sort()).toEqual(['carechartFinding/v1', 'primaryLocationLineHash']);
    }
    const prints = run.results.map((r: { partialFingerprints: Record<string, string> }) => r.partialFingerprints.primaryLocationLineHash);
    expect(new Set(prints).size).toBe(prints.length);
  });

  it('passes the SARIF 2.1.0 JSON schema (Ajv, the schema the multitool ships)', async () => {
    const validate = schemaValidator();
    for (const text of [await examplesReport('sarif'), sarif(hostileResults(), context)]) {
      const ok = validate(JSON.parse(text));
      expect(validate.errors ?? [], JSON.stringify(validate.errors, null, 2)).toEqual([]);
      expect(ok).toBe(true);
    }
  });

  it('passes Microsoft\'s SARIF validator on the examples: no errors, no warnings', async () => {
    const log = multitoolValidate('examples', await examplesReport('sarif'));
    expect(log.runs[0]?.invocations?.[0]?.executionSuccessful).toBe(true);
    expect(problems(log)).toEqual([]);
  });

  it('passes Microsoft\'s SARIF validator on hostile text and file names', () => {
    const log = multitoolValidate('hostile', sarif(hostileResults(), context));
    expect(log.runs[0]?.invocations?.[0]?.executionSuccessful).toBe(true);
    expect(problems(log)).toEqual([]);
  });

  it('the validator check is not vacuous: a broken log fails it', () => {
    const log = JSON.parse(sarif(hostileResults(), context));
    log.runs[0].tool.driver.rules[1].name = 'schema';
    log.runs[0].results[0].locations[0].physicalLocation.region.startLine = 0;
    const found = problems(multitoolValidate('broken', JSON.stringify(log)));
    expect(found.some((p) => p.includes('SARIF1001'))).toBe(true);
    expect(found.some((p) => p.startsWith('error'))).toBe(true);
  });

  it('keeps hostile text as data: JSON escapes it, file names become relative, encoded URIs', () => {
    const log = JSON.parse(sarif(hostileResults(), context));
    const [info, error, warning] = log.runs[0].results; // sorted by position
    expect(error.message.text).toBe(`${HOSTILE}. Ask: Who? ${HOSTILE}`);
    expect(error.locations[0].physicalLocation.artifactLocation.uri).toBe('teams/a%2Cb%3Ac%25.yaml');
    expect(log.runs[0].originalUriBaseIds['%SRCROOT%'].uri).toBe('file:///work/team%20files/');
    expect(warning.level).toBe('warning');
    expect(warning.locations[0].physicalLocation.region).toEqual({ startLine: 20, startColumn: 3, endLine: 21, endColumn: 1 });
    expect(info.level).toBe('note');
    expect(info.ruleIndex).toBe(RULES.findIndex((r) => r.id === 'natural-supports-missing'));
    expect(log.runs[0].tool.driver.version).toBe('1.2.3');
    // Every rule, whether or not it fired.
    expect(log.runs[0].tool.driver.rules).toHaveLength(RULES.length);
  });

  it('fingerprints survive a line moving, and stay apart for the same rule on another subject', () => {
    const [a] = hostileResults();
    const moved = { ...a!, findings: a!.findings.map((f) => ({ ...f, line: f.line + 5, endLine: f.endLine + 5 })) };
    const print = (results: typeof a[]) =>
      JSON.parse(sarif(results as never, context)).runs[0].results.map((r: { partialFingerprints: object }) => r.partialFingerprints);
    expect(print([moved])).toEqual(print([a]));
    const other = { ...a!, findings: a!.findings.map((f) => ({ ...f, subject: `${f.subject}-2` })) };
    expect(print([other])[0]).not.toEqual(print([a])[0]);
  });

  it('relative file names stay relative, with forward slashes', () => {
    const log = JSON.parse(sarif(hostileResults(), { ...context, cwd: CWD }));
    const uris = log.runs[0].results.map((r: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) =>
      r.locations[0]!.physicalLocation.artifactLocation.uri);
    for (const uri of uris) expect(uri).not.toMatch(/^\/|\\/);
  });
});
