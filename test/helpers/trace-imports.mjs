// Loaded with `node --import`: records every module the process resolves, one per line, in $TRACE_IMPORTS_FILE.
import { register } from 'node:module';

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
