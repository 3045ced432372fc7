import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

export interface Diagnostic {
  message: string;
  line: number;
  character: number;
  severity: number;
}

/**
 * The real yaml-language-server, driven over stdio as an editor drives it: each file is opened
 * (its `$schema` modeline finds the schema) and the diagnostics it publishes are returned.
 */
export async function yamlDiagnostics(files: { path: string; text: string }[]): Promise<Map<string, Diagnostic[]>> {
  const pkg = createRequire(import.meta.url).resolve('yaml-language-server/package.json');
  const server = spawn(process.execPath, [join(dirname(pkg), 'bin', 'yaml-language-server'), '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const results = new Map<string, Diagnostic[]>();
  const pending = new Map(files.map((file) => [pathToFileURL(file.path).href, file.path]));
  let nextId = 1;
  const send = (message: object) => {
    const body = JSON.stringify({ jsonrpc: '2.0', ...message });
    server.stdin.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
  };
  const settings = { yaml: { validate: true, completion: true, hover: true, schemaStore: { enable: false }, format: { enable: false } } };

  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => finish(new Error(`yaml-language-server published nothing for ${[...pending.values()].join(', ')}`)), 20_000);
    const finish = (error?: Error) => {
      clearTimeout(timer);
      server.kill();
      if (error) reject(error);
      else resolve(results);
    };
    let buffer = Buffer.alloc(0);
    server.stdout.on('data', (chunk: Buffer) => {
      buffer = Buffer.concat([buffer, chunk]);
      for (;;) {
        const head = buffer.indexOf('\r\n\r\n');
        if (head < 0) return;
        const length = Number(/Content-Length: (\d+)/i.exec(buffer.subarray(0, head).toString())?.[1]);
        if (buffer.length < head + 4 + length) return;
        const message = JSON.parse(buffer.subarray(head + 4, head + 4 + length).toString());
        buffer = buffer.subarray(head + 4 + length);
        if (message.method === 'workspace/configuration') send({ id: message.id, result: message.params.items.map(() => settings.yaml) });
        else if (message.method && message.id !== undefined) send({ id: message.id, result: null });
        else if (message.id === 1) {
          send({ method: 'initialized', params: {} });
          send({ method: 'workspace/didChangeConfiguration', params: { settings } });
          for (const file of files) {
            send({ method: 'textDocument/didOpen', params: { textDocument: { uri: pathToFileURL(file.path).href, languageId: 'yaml', version: 1, text: file.text } } });
          }
        } else if (message.method === 'textDocument/publishDiagnostics' && pending.has(message.params.uri)) {
          const diagnostics = message.params.diagnostics as { message: string; range: { start: { line: number; character: number } }; severity: number }[];
          results.set(pending.get(message.params.uri)!, diagnostics.map((d) => ({ message: d.message, severity: d.severity, ...d.range.start })));
          pending.delete(message.params.uri);
          if (pending.size === 0) finish();
        }
      }
    });
    server.on('error', finish);
    send({ id: nextId++, method: 'initialize', params: { processId: process.pid, rootUri: null, capabilities: { workspace: { configuration: true } } } });
  });
}
