// Writes the code blocks of docs/README-js.md into .readme-snippets/ so that tsc checks them
// like the examples (run.sh): ```js → NNN.mjs and ```ts → NNN.mts (Node, tsconfig.node.json),
// the module script of an ```html block → NNN.browser.js (browser, tsconfig.json).
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
const readme = resolve(HERE, '..', '..', '..', 'docs', 'README-js.md');
const out = join(HERE, '.readme-snippets');
rmSync(out, { recursive: true, force: true });
mkdirSync(out);
const text = readFileSync(readme, 'utf8');
let n = 0;
for (const m of text.matchAll(/^```(\w+)\n([\s\S]*?)^```$/gm)) {
  const [, lang, body] = m;
  const line = text.slice(0, m.index).split('\n').length + 1;
  const head = `// docs/README-js.md line ${line}\n`;
  n += 1;
  const name = String(n).padStart(3, '0');
  if (lang === 'js') writeFileSync(join(out, `${name}.mjs`), `// @ts-check\n${head}${body}\nexport {};\n`);
  else if (lang === 'ts') writeFileSync(join(out, `${name}.mts`), `${head}${body}\nexport {};\n`);
  else if (lang === 'html') {
    for (const s of body.matchAll(/<script type="module">([\s\S]*?)<\/script>/g)) {
      writeFileSync(join(out, `${name}.browser.js`), `// @ts-check\n${head}${s[1]}\nexport {};\n`);
    }
  }
}
console.log(`readme: ${n} code blocks from ${readme}`);
