import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { PipeTransport } from '../../src/render/pipe-transport.js';

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('the pipe to the browser', () => {
  it('splits what arrives into messages at each NUL, across and within chunks', async () => {
    const read = new PassThrough();
    const transport = new PipeTransport(new PassThrough(), read);
    const got: string[] = [];
    transport.onmessage = (m) => got.push(m);
    read.write('{"id":1}\0{"id"');
    read.write(':2,"x":"é');
    read.write('"}\0{"id":3}\0{"id":4}\0');
    await settle();
    await settle();
    expect(got).toEqual(['{"id":1}', '{"id":2,"x":"é"}', '{"id":3}', '{"id":4}']);
  });

  it('keeps a multi-byte character split between two chunks whole', async () => {
    const read = new PassThrough();
    const transport = new PipeTransport(new PassThrough(), read);
    const got: string[] = [];
    transport.onmessage = (m) => got.push(m);
    const bytes = Buffer.from('"ü"\0');
    read.write(bytes.subarray(0, 2));
    read.write(bytes.subarray(2));
    await settle();
    expect(got).toEqual(['"ü"']);
  });

  it('ends each message it sends with a NUL, sends nothing once closed, and reports the pipe closing', async () => {
    const write = new PassThrough();
    const read = new PassThrough();
    const transport = new PipeTransport(write, read);
    let closed = false;
    transport.onclose = () => (closed = true);
    transport.send('{"id":1}');
    transport.close();
    transport.send('{"id":2}');
    expect(write.read()?.toString()).toBe('{"id":1}\0');
    read.destroy();
    await settle();
    expect(closed).toBe(true);
  });
});
