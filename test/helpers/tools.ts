/**
 * Optional host tools (QEMU, the RISC-V toolchain, Chromium). Tests that
 * need one are skipped when it is missing — unless EXOVISOR_REQUIRE_ALL=1
 * (set by CI), which turns a missing tool into a failing test instead of a
 * silent skip.
 */
import { spawnSync } from 'node:child_process';

/** True when every optional part is mandatory (CI). */
export const REQUIRE_ALL = process.env.EXOVISOR_REQUIRE_ALL === '1';

/** True when `tool` is on PATH; throws under EXOVISOR_REQUIRE_ALL when it is not. */
export function hasTool(tool: string): boolean {
  const found = spawnSync('sh', ['-c', `command -v ${tool}`], { encoding: 'utf8' }).status === 0;
  if (!found && REQUIRE_ALL) throw new Error(`${tool} is required (EXOVISOR_REQUIRE_ALL=1) but not installed; see README "Developing"`);
  return found;
}
