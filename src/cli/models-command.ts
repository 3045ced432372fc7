import { Option } from 'commander';
import { BUILTIN_MODELS, loadModel } from '../resolve/load-model.js';
import { modelTable } from '../present/model-table.js';
import type { RegisterCommand } from './command.js';
import { requireModel } from '../pipeline/run-errors.js';
import { EXIT } from '../core/exit-codes.js';

export const registerModels: RegisterCommand = (program, { io, setStatus }) => {
  const models = program
    .command('models')
    .description('List the built-in models; `models show NAME` prints one as a side-by-side table.')
    .addHelpText('after', '\nExamples:\n  $ carechart models\n  $ carechart models show wraparound --format md > wraparound.md')
    .action(async () => {
      for (const name of BUILTIN_MODELS) {
        const load = await loadModel(name, io.cwd);
        if (load.ok) io.stdout(`${name.padEnd(17)} ${load.model.label}: lead role ${load.model.leadRole ?? 'none'}, review at least every ${load.model.longestReview?.text ?? '-'}\n`);
      }
      io.stdout('\nA custom model is a YAML file of the same shape: carechart schema --model-file\n');
      setStatus(EXIT.ok);
    });
  models
    .command('show')
    .description('Print a model: what each role does, who it expects to hold each duty and decision.')
    .argument('<name>', 'a built-in model name or a model file')
    .addOption(new Option('-f, --format <format>', 'text for the terminal, md for Markdown').choices(['text', 'md']).default('text'))
    .action(async (name: string, opts: { format: 'text' | 'md' }) => {
      io.stdout(modelTable(await requireModel(name, io.cwd), opts.format));
      setStatus(EXIT.ok);
    });
};
