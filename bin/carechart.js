#!/usr/bin/env node
// CommonJS (bin/package.json), as dist/cli.cjs is: see scripts/build.mjs.
require('../dist/cli.cjs').run();
