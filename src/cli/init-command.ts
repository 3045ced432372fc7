import { DEFAULT_LANG, loadMessages } from '../i18n/load-locale.js';
import { localizeModel } from '../resolve/localize-model.js';
import { checkLanguage } from '../i18n/pick-language.js';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { localToday } from '../analyze/dates.js';
import { starterFile } from '../present/starter-file.js';
import type { RegisterCommand } from './command.js';
import { requireModel } from '../pipeline/run-errors.js';
import { EXIT, UsageError } from '../core/exit-codes.js';

export const registerInit: RegisterCommand = (program, { io, setStatus }) => {
  program
    .command('init')
    .description('Write a commented starter team file for a family to fill in.')
    .argument('[file]', 'where to write it', 'team.yaml')
    .option('-m, --model <name|file>', 'the model', 'case-management')
    .option('--force', 'overwrite an existing file')
    .option('--lang <lang>', "the language of the file's comments and questions (en, es); also written as the file's `lang`")
    .addHelpText('after', '\nExamples:\n  $ carechart init\n  $ carechart init sam.yaml --model wraparound')
    .action(async (file: string, opts: { model: string; force?: boolean; lang?: string }) => {
      checkLanguage(opts.lang);
      const say = loadMessages(opts.lang ?? DEFAULT_LANG);
      const target = resolve(io.cwd, file);
      if (existsSync(target) && !opts.force) throw new UsageError(`${file} already exists; use --force to overwrite it`);
      const model = localizeModel(await requireModel(opts.model, io.cwd), say);
      const { atomicWrite } = await import('../write/atomic-write.js');
      await atomicWrite(target, starterFile(model, localToday(), say), [], file);
      io.stdout(`${say.t('init.wrote', { file })}\n`);
      setStatus(EXIT.ok);
    });
};
