import type { RegisterCommand } from './command.js';
import { EXIT, UsageError } from '../core/exit-codes.js';

export const registerSchema: RegisterCommand = (program, { io, setStatus }) => {
  program
    .command('schema')
    .description('Print the JSON Schema (draft 2020-12) of the team file, for editors.')
    .option('-m, --model <name|file>', "the schema of a team file of this model only: its ids, and what each means")
    .option('--model-file', 'the schema of a model file instead')
    .option('--config', 'the schema of .carechart.yaml instead')
    .addHelpText(
      'after',
      '\nExamples:\n  $ carechart schema > team-file.schema.json\n  $ carechart schema --model wraparound > team-file.schema.json\n  $ carechart schema --model-file\n\nThen, at the top of a team file (the path is relative to the team file):\n  # yaml-language-server: $schema=./team-file.schema.json',
    )
    .action(async (opts: { model?: string; modelFile?: boolean; config?: boolean }) => {
      const { jsonSchema } = await import('../present/json-schema.js');
      const { BUILTIN_MODELS, loadModel } = await import('../resolve/load-model.js');
      const loads = await Promise.all([...BUILTIN_MODELS, ...(opts.model ? [opts.model] : [])].map((name) => loadModel(name, io.cwd)));
      const failed = loads.find((load) => !load.ok);
      if (failed && !failed.ok) throw new UsageError(failed.message);
      const models = loads.flatMap((load) => (load.ok ? [load.model] : []));
      const only = opts.model ? models.pop() : undefined;
      io.stdout(jsonSchema(opts.modelFile ? 'model-file' : opts.config ? 'config' : 'team-file', models, only));
      setStatus(EXIT.ok);
    });
};
