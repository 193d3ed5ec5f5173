/**
 * The C headers guests include are generated from hypervisor/abi: the
 * committed copies must be exactly what the generator writes now, and the
 * generated structs must compile with the offsets the host uses.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { layout } from '../../../hypervisor/abi/constant.js';
import { FS_INODE, FS_INODE_SIZE, FS_DIRENT_SIZE } from '../../../hypervisor/abi/fs.js';
import { ABI_HEADERS, generatedHeaders } from '../../../hypervisor/abi/header.js';
import { GRANT_ENTRY, HYPERCALLS, SHARED_INFO, START_INFO } from '../../../hypervisor/abi/pv.js';
import { BLKIF_RING_SIZE, CONSOLE_INTERFACE, NETIF_RX_RING_SIZE, NETIF_TX_RING_SIZE, RING_SLOTS_OFFSET } from '../../../hypervisor/abi/ring.js';
import { ROOT } from '../../helpers/cli.js';
import { hasTool } from '../../helpers/tools.js';

describe('generated C headers', () => {
  for (const h of generatedHeaders()) {
    it(`${h.path} is up to date (run 'npm run guests' after changing hypervisor/abi)`, () => {
      expect(readFileSync(`${ROOT}${h.path}`, 'utf8')).toBe(h.text);
    });
  }

  it('start with the do-not-edit line and define every constant once', () => {
    for (const h of ABI_HEADERS) {
      const text = generatedHeaders().find((g) => g.path === h.path)!.text;
      expect(text.split('\n')[0]).toMatch(/^\/\* generated — do not edit/);
      for (const { constants } of h.sections) {
        for (const c of constants) expect(text.match(new RegExp(`#define ${c.name}\\b`, 'g'))).toHaveLength(1);
      }
    }
  });

  it('size the PV rings as Xen does for a 4 KiB page, and keep the shared pages within one page', () => {
    expect([BLKIF_RING_SIZE, NETIF_TX_RING_SIZE, NETIF_RX_RING_SIZE]).toEqual([32, 256, 256]);
    expect(RING_SLOTS_OFFSET).toBe(64);
    for (const s of [SHARED_INFO, START_INFO, CONSOLE_INTERFACE]) expect(layout(s).size).toBeLessThanOrEqual(4096);
    expect(layout(GRANT_ENTRY).size).toBe(8); // 512 entries fill the one-page table
    expect(Object.values(HYPERCALLS)).toEqual(expect.arrayContaining([1, 12, 18, 20, 29, 32])); // Xen's numbers
  });

  it('lay structures out without padding, as the host reads them', () => {
    expect(FS_INODE_SIZE).toBe(64);
    expect(FS_DIRENT_SIZE).toBe(32);
    expect(layout(FS_INODE).offsets['indirect']).toBe(56);
  });

  it.runIf(hasTool('riscv64-unknown-elf-gcc'))('compile for the guest, structs and all, from C and from assembly', () => {
    const dir = mkdtempSync(join(tmpdir(), 'exo-hdr-'));
    const includes = ABI_HEADERS.map((h) => `#include <${h.path.replace('libos/include/', '')}>`).join('\n');
    writeFileSync(join(dir, 'all.c'), `${includes}\nint main(void) { return 0; }\n`);
    writeFileSync(join(dir, 'all.S'), `${includes}\n`);
    const cc = ['-march=rv32imac', '-misa-spec=2.2', '-mabi=ilp32', '--specs=picolibc.specs', '-Wall', '-Werror', '-I', `${ROOT}libos/include`, '-c'];
    execFileSync('riscv64-unknown-elf-gcc', [...cc, '-o', join(dir, 'c.o'), join(dir, 'all.c')]);
    execFileSync('riscv64-unknown-elf-gcc', [...cc, '-o', join(dir, 's.o'), join(dir, 'all.S')]);
  });
});
