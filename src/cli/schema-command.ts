import type { RegisterCommand } from './command.js';
import { EXIT } from '../core/exit-codes.js';

export const registerSchema: RegisterCommand = (program, { io, setStatus }) => {
  program
    .command('schema')
    .description('Print the JSON Schema (draft 2020-12) of the team file, for editors.')
    .option('--model-file', 'the schema of a model file instead')
    .option('--config', 'the schema of .carechart.yaml instead')
    .addHelpText(
      'after',
      '\nExamples:\n  $ carechart schema > team-file.schema.json\n  $ carechart schema --model-file\n\nThen, at the top of a team file:\n  # yaml-language-server: $schema=./team-file.schema.json',
    )
    .action(async (opts: { modelFile?: boolean; config?: boolean }) => {
      const { jsonSchema } = await import('../present/json-schema.js');
      io.stdout(jsonSchema(opts.modelFile ? 'model-file' : opts.config ? 'config' : 'team-file'));
      setStatus(EXIT.ok);
    });
};
