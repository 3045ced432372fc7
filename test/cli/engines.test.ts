import { readFileSync } from 'node:fs';
import semver from 'semver';
import { describe, expect, it } from 'vitest';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const lock = JSON.parse(readFileSync('package-lock.json', 'utf8'));
const installed = Object.entries(lock.packages as Record<string, { dev?: boolean; optional?: boolean; engines?: { node?: string } }>).filter(([path]) => path !== '');

describe('engines', () => {
  it('claims no Node that a dependency refuses: every version in `engines` satisfies each one', () => {
    const ours: string = pkg.engines.node;
    const refused = installed
      .filter(([, p]) => !p.dev && p.engines?.node)
      .filter(([, p]) => !semver.subset(ours, p.engines!.node!))
      .map(([path, p]) => `${path} wants ${p.engines!.node}`);
    expect(refused).toEqual([]);
  });

  it('covers the Node versions users run, 22 and 24, and this one', () => {
    for (const version of ['22.0.0', '24.0.0', process.versions.node]) expect(semver.satisfies(version, pkg.engines.node), version).toBe(true);
  });

  it('lets contributors build and test on this Node and on the current LTS lines', () => {
    const refused = installed
      // Optional packages are for other platforms (wasm, other CPUs): not installed here.
      .filter(([, p]) => p.dev && !p.optional && p.engines?.node)
      .flatMap(([path, p]) => ['22.12.0', '24.0.0', process.versions.node].filter((v) => !semver.satisfies(v, p.engines!.node!)).map((v) => `${path} refuses ${v}`));
    expect(refused).toEqual([]);
  });
});
