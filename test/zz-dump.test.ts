import { readFileSync } from 'node:fs';
import { it } from 'vitest';
import { RULES } from '../src/analyze/rule-registry.js';
import { checkYaml } from './helpers/check-yaml.js';
it('dump', async () => {
  for (const rule of RULES) {
    for (const kind of ['fails', 'passes']) {
      const c = await checkYaml(readFileSync(`test/fixtures/rules/${rule.id}/${kind}.yaml`, 'utf8'));
      const mine = c.result.findings.filter((f) => f.rule === rule.id);
      console.log(`### ${rule.id} ${kind}: ${mine.length} own / ${c.result.findings.length} total; others: ${[...new Set(c.result.findings.filter(f=>f.rule!==rule.id).map(f=>f.rule))].join(',')}`);
      for (const f of mine) console.log(`   ${f.severity} subj=${f.subject} ${f.path} ${f.line}:${f.column}-${f.endLine}:${f.endColumn} | ${f.message}`);
    }
  }
});
