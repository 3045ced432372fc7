import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { example, SECTION_HEADINGS, tempFiles, TODAY } from '../render/render-helpers.js';
import { SPANISH_HEADINGS } from './spanish.js';

const RIVERA = example('rivera-enrollment');
const withLang = (text: string, lang: string) => text.replace(/^carechart: 1$/m, `carechart: 1\nlang: ${lang}`);


describe('--lang', () => {
  it('check --lang es: every finding, question and word of the report in Spanish', async () => {
    const dir = tempFiles({ 'rivera.yaml': RIVERA });
    const run = await runCli(['check', 'rivera.yaml', '--lang', 'es', '--today', TODAY], { cwd: dir });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('Nadie suple a Omar Haddad en la respuesta a crisis');
    expect(run.stdout).toContain('Pregunte: ¿Quién escribirá el plan de crisis de nuestro hijo o hija');
    expect(run.stdout).toMatch(/\d+ problemas \(\d+ errores, \d+ avisos, \d+ notas\) en 1 archivo\n$/);
    expect(run.stdout).not.toMatch(/\bAsk:|Nobody|warning/);
  });

  it('the JSON report keeps its keys and rule ids; only messages and questions change', async () => {
    const dir = tempFiles({ 'rivera.yaml': RIVERA });
    const en = JSON.parse((await runCli(['check', 'rivera.yaml', '-f', 'json', '--today', TODAY], { cwd: dir })).stdout);
    const es = JSON.parse((await runCli(['check', 'rivera.yaml', '-f', 'json', '--lang', 'es', '--today', TODAY], { cwd: dir })).stdout);
    const shape = (r: typeof en) => r.results[0].findings.map((f: Record<string, unknown>) => ({ ...f, message: typeof f.message, question: typeof f.question }));
    expect(shape(es)).toEqual(shape(en));
    expect(es.results[0].findings[0].message).not.toBe(en.results[0].findings[0].message);
  });

  it('an unknown language is exit 2, naming the languages there are', async () => {
    for (const command of [['check', 'rivera.yaml'], ['render', 'rivera.yaml', '-o', '-'], ['explain', 'crisis-plan'], ['init', 'new.yaml']]) {
      const dir = tempFiles({ 'rivera.yaml': RIVERA });
      const run = await runCli([...command, '--lang', 'xx'], { cwd: dir });
      expect(run.status, command.join(' ')).toBe(2);
      expect(run.stderr).toContain('There is no "xx" language in carechart: the languages available are en, es');
      expect(run.stdout).toBe('');
    }
  });

  it('a team file may set lang; --lang wins; a config may set it for a folder; the team file wins over the config', async () => {
    const dir = tempFiles({ 'es.yaml': withLang(RIVERA, 'es'), 'en.yaml': withLang(RIVERA, 'en'), 'plain.yaml': RIVERA, 'vi.yaml': withLang(RIVERA, 'vi') });
    const check = async (file: string, ...more: string[]) => (await runCli(['check', file, '-f', 'json', '--today', TODAY, ...more], { cwd: dir })).stdout;
    expect(await check('es.yaml')).toContain('"question": "¿');
    expect(await check('es.yaml')).toContain('"message": "Nadie');
    expect(await check('es.yaml', '--lang', 'en')).not.toContain('"message": "Nadie');
    // A language carechart does not speak yet (the family's own) is passed over: English.
    expect(await check('vi.yaml')).toContain('"message": "Nobody');
    writeFileSync(join(dir, '.carechart.yaml'), 'lang: es\n');
    expect(await check('plain.yaml')).toContain('"message": "Nadie');
    expect(await check('en.yaml')).toContain('"message": "Nobody');
  });

  it('render --lang es: Spanish headings, dates and words; names, titles and notes as written', async () => {
    const dir = tempFiles({ 'rivera.yaml': RIVERA });
    const md = (await runCli(['render', 'rivera.yaml', '-f', 'md', '-o', '-', '--lang', 'es', '--today', TODAY], { cwd: dir })).stdout;
    for (const heading of SPANISH_HEADINGS) expect(md).toContain(`## ${heading}\n`);
    for (const heading of SECTION_HEADINGS) expect(md).not.toContain(`## ${heading}\n`);
    expect(md).toContain('# Tabla de responsabilidades de Sam R.');
    expect(md).toContain('Impreso el 23 de noviembre de 2026');
    expect(md).toContain('Ana Rivera y Luis Rivera');
    expect(md).toContain('**Plan de crisis**: Escribir el plan de crisis');
    expect(md).toContain('español (es): se necesita intérprete');
    expect(md).toContain('Prefers Spanish for meetings and paperwork'); // the family's note, untouched
    expect(md).toContain('| **Jordan Lee** | Case Manager · función: administrador(a) de casos · actúa como: **coordinador(a) de cuidado**');
    const html = (await runCli(['render', 'rivera.yaml', '-f', 'html', '-o', '-', '--lang', 'es', '--today', TODAY], { cwd: dir })).stdout;
    expect(html).toMatch(/^<!doctype html>\n<html lang="es">/);
    for (const heading of SPANISH_HEADINGS) expect(html).toContain(`<h2>${heading}</h2>`);
    expect(html).toContain('<span class="key">R</span> responde · <span class="key">H</span> lo hace');
  });

  it('explain --lang es: the catalog in Spanish', async () => {
    const run = await runCli(['explain', 'crisis-plan', '--lang', 'es', '--model', 'case-management']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Plan de crisis');
    expect(run.stdout).toContain('¿Quién escribirá el plan de crisis de nuestro hijo o hija antes de que haya una crisis, y cuándo lo veremos?');
    const rule = await runCli(['explain', 'crisis-backup-missing', '--lang', 'es']);
    expect(rule.stdout).toContain('Si la persona a la que llamamos en una crisis no está o no contesta, ¿a quién llamamos?');
  });

  it('init --lang es: a starter file in Spanish that says lang: es, and checks as a starter file does', async () => {
    const dir = tempFiles({});
    const run = await runCli(['init', 'nuevo.yaml', '--lang', 'es'], { cwd: dir });
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('Se escribió nuevo.yaml. Complételo y después ejecute: carechart check nuevo.yaml\n');
    const text = readFileSync(join(dir, 'nuevo.yaml'), 'utf8');
    expect(text).toMatch(/^carechart: 1\nmodel: case-management\nlang: es\n/m);
    expect(text).toContain('# Pregunte: ¿Quién escribirá el plan de crisis');
    expect(text).toContain('# obligatorio: escribir el plan de crisis');
    expect(text).not.toMatch(/# Ask:|# required:/);
    const check = await runCli(['check', 'nuevo.yaml', '-f', 'json'], { cwd: dir });
    const findings = JSON.parse(check.stdout).results[0].findings as { rule: string; message: string }[];
    expect(findings.filter((f) => ['yaml-syntax', 'schema'].includes(f.rule))).toEqual([]);
    expect(findings.every((f) => !/\b(Nobody|the)\b/.test(f.message))).toBe(true);
    // Its Spanish example text is example text (placeholder-left), in Spanish and when checked in English too.
    const examples = findings.filter((f) => f.rule === 'placeholder-left').map((f) => f.message);
    expect(examples).toContain('Aquí todavía dice "Su nombre", el texto de ejemplo del archivo inicial: escriba el dato real');
    const english = await runCli(['check', 'nuevo.yaml', '-f', 'json', '--lang', 'en'], { cwd: dir });
    const inEnglish = JSON.parse(english.stdout).results[0].findings.filter((f: { rule: string }) => f.rule === 'placeholder-left');
    expect(inEnglish).toHaveLength(examples.length);
  });

  it('syntax and schema findings speak the language too: the file\'s own lang once it is read, else --lang or the config\'s', async () => {
    const typo = withLang(RIVERA, 'es').replace('accountable: omar', 'acountable: omar');
    const broken = 'carechart: 1\nchild:\n  name: Sam\n   age: 9\n';
    const dir = tempFiles({ 'typo.yaml': typo, 'broken.yaml': broken });
    const json = async (...args: string[]) => JSON.parse((await runCli(['check', ...args, '-f', 'json', '--today', TODAY], { cwd: dir })).stdout).results[0].findings;
    const schema = (await json('typo.yaml')).find((f: { rule: string }) => f.rule === 'schema');
    expect(schema.message).toBe('Clave desconocida "acountable"; ¿quiso decir "accountable"?');
    expect(schema.question).toBe('¿Qué debería decir esta entrada, para que no se pierda nada sin aviso?');
    const [syntax] = await json('broken.yaml', '--lang', 'es');
    expect(syntax.rule).toBe('yaml-syntax');
    expect(syntax.message).toMatch(/^(Aquí|La sangría|A una clave|Una clave)/);
    const [english] = await json('broken.yaml');
    expect(english.message).not.toBe(syntax.message);
  });
});
