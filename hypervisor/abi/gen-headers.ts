/** `node dist/hypervisor/abi/gen-headers.js ROOT`: writes the generated C headers under ROOT. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { generatedHeaders } from './header.js';

const root = process.argv[2] ?? '.';
for (const h of generatedHeaders()) {
  mkdirSync(dirname(join(root, h.path)), { recursive: true });
  writeFileSync(join(root, h.path), h.text);
}
