// Runs every browser scenario in e2e/ (each *.e2e.mjs, in name order), one after the other, and exits 1 if any
// failed. `npm run e2e` runs this; `node e2e/<name>.e2e.mjs` runs one.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2);
const scenarios = readdirSync(here)
  .filter((name) => name.endsWith('.e2e.mjs'))
  .filter((name) => only.length === 0 || only.some((o) => name.includes(o)))
  .sort();
const failed = [];
for (const name of scenarios) {
  console.log(`\n== ${name}`);
  const result = spawnSync(process.execPath, [join(here, name)], { stdio: 'inherit', env: process.env });
  if (result.status !== 0) failed.push(name);
}
console.log(`\n${scenarios.length - failed.length} of ${scenarios.length} scenarios passed${failed.length ? `; failed: ${failed.join(', ')}` : ''}`);
process.exit(failed.length ? 1 : 0);
