// Assembles the package's modules in dist/ from the module body (js/runtime.js,
// js/generated/resources.js, js/client.js) and the declarations (js/index.d.ts,
// js/generated/*.d.ts). Run by build.sh after wasm-bindgen wrote dist/node and dist/web.
import { readFileSync, writeFileSync, unlinkSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const read = (p) => readFileSync(join(root, p), 'utf8');
const write = (p, text) => writeFileSync(join(root, p), text);

const body = ['js/runtime.js', 'js/generated/resources.js', 'js/client.js'].map(read).join('\n');
const names = [...read('js/client.js').matchAll(/const __exports = \{([^}]*)\}/g)][0][1]
  .split(',')
  .map((s) => s.trim())
  .filter(Boolean);
const version = JSON.parse(read('package.json')).version;

// Node, CommonJS: wasm-bindgen's `nodejs` output loads the module synchronously. Both
// targets get the same .wasm (build.sh checks): Node reads the browser build's copy.
if (existsSync(join(root, 'dist/node/hetzcloud_wasm.js'))) {
  const glue = read('dist/node/hetzcloud_wasm.js');
  const loader = 'const wasmPath = `${__dirname}/hetzcloud_wasm_bg.wasm`;';
  if (!glue.includes(loader)) throw new Error(`wasm-bindgen's Node loader changed: no \`${loader}\``);
  write('dist/node/hetzcloud_wasm.cjs', glue.replace(loader, 'const wasmPath = `${__dirname}/../web/hetzcloud_wasm_bg.wasm`;'));
  unlinkSync(join(root, 'dist/node/hetzcloud_wasm.js'));
}
write(
  'dist/node/index.cjs',
  `'use strict';
// hetzcloud ${version} for Node (CommonJS). Built by wasm/build.sh.
const { NativeClient } = require('./hetzcloud_wasm.cjs');
const ENV = {
  processEnv: () => process.env,
  readFile: (path) => require('node:fs').readFileSync(path, 'utf8'),
};
${body}
module.exports = __exports;
`,
);

// Node, ES module: the same instance as the CommonJS one (no dual-package hazard).
write(
  'dist/node/index.mjs',
  `// hetzcloud ${version} for Node (ES module): re-exports the CommonJS build.
import cjs from './index.cjs';
export const { ${names.join(', ')} } = cjs;
export default cjs;
`,
);

// Browsers and bundlers: wasm-bindgen's \`web\` output, instantiated at import (top-level await;
// the .wasm is found next to the module through import.meta.url).
write(
  'dist/web/index.js',
  `// hetzcloud ${version} for browsers and bundlers (ES module). Built by wasm/build.sh.
import init, { NativeClient } from './hetzcloud_wasm.js';
await init();
const ENV = {
  processEnv: () => (typeof process !== 'undefined' && process.env) || null,
  readFile: null,
};
${body}
export { ${names.join(', ')} };
export default __exports;
`,
);

// Declarations: the hand-written surface, then the generated models and resource classes.
const strip = (text) => text.replace(/^\/\/ Generated from cloud\.spec\.json by xtask\. Do not edit\.\n/, '');
const dts = [
  `// hetzcloud ${version}: TypeScript declarations. Built by wasm/build.sh from wasm/js/index.d.ts\n// and the generated wasm/js/generated/*.d.ts.\n`,
  read('js/index.d.ts'),
  '// ---- generated: models ----\n',
  strip(read('js/generated/models.d.ts')),
  '// ---- generated: resources ----\n',
  strip(read('js/generated/resources.d.ts')),
].join('\n');
write('dist/index.d.ts', dts);
write('dist/index.d.cts', dts);
// The npm page: the README's JS section (docs/README-js.md), as the package's README.md
// (npm always packs a README at the package root; this one is git-ignored).
const readme = join(root, '..', 'docs', 'README-js.md');
if (existsSync(readme)) {
  writeFileSync(
    join(root, 'README.md'),
    `# hetzcloud\n\nA complete, typed client for the Hetzner Cloud API for Node and browsers (a Rust core on WebAssembly).\n\n${readFileSync(readme, 'utf8').replace(/^## .*\n/, '')}`,
  );
}
console.log(`assembled dist/ (${names.length} exports)`);
