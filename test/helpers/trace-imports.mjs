// Loaded with `node --import`: records every module the process resolves, one per line, in $TRACE_IMPORTS_FILE:
// ES modules through a resolve hook, CommonJS modules (require, as the bundle in dist/ loads them) through
// Module._load, and the scripts dist/cli.cjs runs from its code caches (the bundle, dist/vendor/) through vm.Script.
import { appendFileSync } from 'node:fs';
import Module, { register, syncBuiltinESMExports } from 'node:module';
import vm from 'node:vm';

register(
  `data:text/javascript,${encodeURIComponent(`
    import { appendFileSync } from 'node:fs';
    export async function resolve(specifier, context, next) {
      const result = await next(specifier, context);
      appendFileSync(process.env.TRACE_IMPORTS_FILE, result.url + '\\n');
      return result;
    }
  `)}`,
);

const load = Module._load;
Module._load = function (request, parent, isMain) {
  try {
    appendFileSync(process.env.TRACE_IMPORTS_FILE, `${Module._resolveFilename(request, parent, isMain)}\n`);
  } catch {
    // not resolvable: load reports it
  }
  return load.apply(this, arguments);
};

const Script = vm.Script;
vm.Script = class extends Script {
  constructor(code, options) {
    if (options?.filename) appendFileSync(process.env.TRACE_IMPORTS_FILE, `${options.filename}\n`);
    super(code, options);
  }
};
syncBuiltinESMExports();
