import { DEFAULT_LANG, loadMessages } from '../i18n/load-locale.js';
import { localizeModel } from '../resolve/localize-model.js';
import { checkLanguage } from '../i18n/pick-language.js';
import { RULES, RULES_BY_ID } from '../analyze/rule-registry.js';
import { catalogPage } from '../present/catalog-page.js';
import { rulePage } from '../present/rule-page.js';
import { BUILTIN_MODELS } from '../resolve/load-model.js';
import { didYouMean } from '../core/did-you-mean.js';
import type { RegisterCommand } from './command.js';
import { requireModel } from '../pipeline/run-errors.js';
import { EXIT, UsageError } from '../core/exit-codes.js';

export const registerExplain: RegisterCommand = (program, { io, setStatus }) => {
  program
    .command('explain')
    .description('Explain a rule, responsibility, decision, role or situation: why it matters, where it comes from, what to ask.')
    .argument('<id>', 'a rule id (e.g. crisis-backup-missing) or a model id (crisis-plan, service-plan-approval, case-manager, insurance-denial)')
    .option('-m, --model <name|file>', 'one model only (default: each built-in model)')
    .option('--lang <lang>', 'the language to explain in (en, es)')
    .addHelpText('after', '\nExamples:\n  $ carechart explain title-role-mismatch\n  $ carechart explain crisis-plan\n  $ carechart explain care-coordinator --model wraparound\n  $ carechart explain insurance-denial')
    .action(async (id: string, opts: { model?: string; lang?: string }) => {
      checkLanguage(opts.lang);
      const say = loadMessages(opts.lang ?? DEFAULT_LANG);
      const loaded = await Promise.all((opts.model ? [opts.model] : BUILTIN_MODELS).map((spec) => requireModel(spec, io.cwd)));
      const models = loaded.map((m) => localizeModel(m, say));
      const rule = RULES_BY_ID.get(id);
      const page = rule ? rulePage(rule, models, say) : catalogPage(id, models, say);
      if (!page) {
        const known = [...RULES.map((r) => r.id), ...models.flatMap((m) => [...m.responsibilities.keys(), ...m.decisions.keys(), ...m.roles.keys(), ...m.situations.keys()])];
        throw new UsageError(`"${id}" is not a rule, responsibility, decision, role or situation${didYouMean(id, known) || '; `carechart models show NAME` lists the ids'}`);
      }
      io.stdout(page.endsWith('\n') ? page : `${page}\n`);
      setStatus(EXIT.ok);
    });
};
