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

interface Session {
  /** Diagnostics of each opened file, by path. */
  diagnostics: Map<string, Diagnostic[]>;
  /** The labels yaml-language-server offers at a position (0-based) of an opened file. */
  complete(path: string, line: number, character: number): Promise<string[]>;
}

const SETTINGS = { yaml: { validate: true, completion: true, hover: true, schemaStore: { enable: false }, format: { enable: false } } };

/**
 * The real yaml-language-server, driven over stdio as an editor drives it: each file is opened
 * (its `$schema` modeline finds the schema); `use` gets the diagnostics it published for them
 * and can ask it for completions. The server is stopped when `use` is done.
 */
export async function withYamlLanguageServer<T>(files: { path: string; text: string }[], use: (session: Session) => Promise<T>): Promise<T> {
  const pkg = createRequire(import.meta.url).resolve('yaml-language-server/package.json');
  const server = spawn(process.execPath, [join(dirname(pkg), 'bin', 'yaml-language-server'), '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const uri = (path: string) => pathToFileURL(path).href;
  const pending = new Map(files.map((file) => [uri(file.path), file.path]));
  const diagnostics = new Map<string, Diagnostic[]>();
  const replies = new Map<number, (result: unknown) => void>();
  let nextId = 1;
  let published: () => void;
  const allPublished = new Promise<void>((resolve) => (published = resolve));
  const send = (message: object) => {
    const body = JSON.stringify({ jsonrpc: '2.0', ...message });
    server.stdin.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
  };
  const request = (method: string, params: object) =>
    new Promise<unknown>((resolve) => {
      const id = nextId++;
      replies.set(id, resolve);
      send({ id, method, params });
    });

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
      if (message.method === 'workspace/configuration') send({ id: message.id, result: message.params.items.map(() => SETTINGS.yaml) });
      else if (message.method && message.id !== undefined) send({ id: message.id, result: null });
      else if (message.id !== undefined) replies.get(message.id)?.(message.result);
      else if (message.method === 'textDocument/publishDiagnostics' && pending.has(message.params.uri)) {
        const list = message.params.diagnostics as { message: string; range: { start: { line: number; character: number } }; severity: number }[];
        diagnostics.set(pending.get(message.params.uri)!, list.map((d) => ({ message: d.message, severity: d.severity, ...d.range.start })));
        pending.delete(message.params.uri);
        if (pending.size === 0) published();
      }
    }
  });

  let timer: NodeJS.Timeout | undefined;
  try {
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`yaml-language-server did not answer for ${[...pending.values()].join(', ') || 'a request'}`)), 30_000);
    });
    await Promise.race([request('initialize', { processId: process.pid, rootUri: null, capabilities: { workspace: { configuration: true } } }), timeout]);
    send({ method: 'initialized', params: {} });
    send({ method: 'workspace/didChangeConfiguration', params: { settings: SETTINGS } });
    for (const file of files) send({ method: 'textDocument/didOpen', params: { textDocument: { uri: uri(file.path), languageId: 'yaml', version: 1, text: file.text } } });
    await Promise.race([allPublished, timeout]);
    const complete = async (path: string, line: number, character: number) => {
      const result = (await Promise.race([request('textDocument/completion', { textDocument: { uri: uri(path) }, position: { line, character } }), timeout])) as
        | { items: { label: string }[] }
        | { label: string }[];
      return (Array.isArray(result) ? result : result.items).map((item) => item.label);
    };
    return await use({ diagnostics, complete });
  } finally {
    clearTimeout(timer);
    server.kill();
  }
}

/** The diagnostics yaml-language-server publishes for each file, by path. */
export function yamlDiagnostics(files: { path: string; text: string }[]): Promise<Map<string, Diagnostic[]>> {
  return withYamlLanguageServer(files, async (session) => session.diagnostics);
}
