#!/usr/bin/env node
/**
 * Runs a TypeScript entry point (default `main.ts`) without type-checking, as cdktf.json's app
 * command. esbuild compiles the project's own files that the entry imports, in memory and in one
 * call (about 50 ms for this project), and node loads each as its own module, so `__dirname`,
 * `__filename` and `require.main === module` mean what they mean under plain node (a single-file
 * bundle would give every file the entry's). Everything in node_modules is required as it is.
 * Nothing is written, so there is no build output to go stale: every synth, diff and deploy runs
 * the sources as they are. Type-checking stays in `npm run build` and `npm test`.
 *
 * No source maps on purpose: cdktf captures a stack trace for every token it creates, and
 * source-mapped stack traces made that the largest cost of synth (see docs/performance.md).
 * Error messages of lz-keys name files and fields, not source lines.
 */
'use strict';
const fs = require('fs');
const path = require('path');
const Module = require('module');
const esbuild = require('esbuild');

const root = path.resolve(__dirname, '..');
const entry = path.resolve(root, process.argv[2] || 'main.ts');
const common = { absWorkingDir: root, platform: 'node', target: 'node20', format: 'cjs', logLevel: 'error', write: false };

// Which project files the entry imports (the bundle itself is not used), then each compiled alone.
const { metafile } = esbuild.buildSync({ ...common, entryPoints: [entry], bundle: true, packages: 'external', metafile: true });
const sources = Object.keys(metafile.inputs).map((input) => path.resolve(root, input));
const { outputFiles } = esbuild.buildSync({ ...common, entryPoints: sources, outdir: root, outbase: root });
const compiled = new Map(outputFiles.map((file) => [file.path.replace(/\.js$/, '.ts'), file.text]));

require.extensions['.ts'] = (module, filename) => {
  // A file outside the import graph (a dynamic require) is compiled when it is loaded.
  const code =
    compiled.get(filename) ??
    esbuild.transformSync(fs.readFileSync(filename, 'utf8'), { loader: 'ts', format: 'cjs', target: 'node20', sourcefile: filename }).code;
  module._compile(code, filename);
};

// Run the entry as node runs a main module: argv[1] is the entry, and it is require.main.
process.argv.splice(1, 2, entry);
Module.runMain();
