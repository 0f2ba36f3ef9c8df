#!/usr/bin/env node
/**
 * Runs a TypeScript entry point (default `main.ts`) without type-checking, as cdktf.json's app
 * command. esbuild bundles the project's own sources in memory (about 20 ms for this project;
 * everything under node_modules stays a plain `require`), then node runs the bundle. Nothing is
 * written, so there is no build output to go stale: every synth, diff and deploy runs the
 * sources as they are. Type-checking stays in `npm run build` and `npm test`.
 *
 * No source maps on purpose: cdktf captures a stack trace for every token it creates, and
 * source-mapped stack traces made that the largest cost of synth (see docs/performance.md).
 * Error messages of lz-keys name files and fields, not source lines.
 */
'use strict';
const path = require('path');
const Module = require('module');
const esbuild = require('esbuild');

const root = path.resolve(__dirname, '..');
const entry = path.resolve(root, process.argv[2] || 'main.ts');

const { outputFiles } = esbuild.buildSync({
  entryPoints: [entry],
  absWorkingDir: root,
  bundle: true,
  packages: 'external',
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  write: false,
  logLevel: 'error',
});

// Compiled as if it were the entry's own .js file, so `require` resolves node_modules from there,
// and as the main module, so `require.main === module` holds in it as under plain node.
const filename = entry.replace(/\.ts$/, '.js');
const app = new Module('.', null);
app.filename = filename;
app.paths = Module._nodeModulePaths(path.dirname(filename));
process.mainModule = app;
process.argv.splice(1, 2, filename);
app._compile(outputFiles[0].text, filename);
app.loaded = true;
