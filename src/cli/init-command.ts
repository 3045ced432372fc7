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
    .addHelpText('after', '\nExamples:\n  $ carechart init\n  $ carechart init sam.yaml --model wraparound')
    .action(async (file: string, opts: { model: string; force?: boolean }) => {
      const target = resolve(io.cwd, file);
      if (existsSync(target) && !opts.force) throw new UsageError(`${file} already exists; use --force to overwrite it`);
      const model = await requireModel(opts.model, io.cwd);
      const { atomicWrite } = await import('../write/atomic-write.js');
      await atomicWrite(target, starterFile(model, localToday()), [], file);
      io.stdout(`Wrote ${file}. Fill it in, then run: carechart check ${file}\n`);
      setStatus(EXIT.ok);
    });
};
