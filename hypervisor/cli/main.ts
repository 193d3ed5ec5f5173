/**
 * The `exovisor` command: dispatches subcommands, turns bad input into one
 * line on stderr and exit status 2, and never prints a stack trace for it.
 */
import { UsageError } from './args.js';
import { benchCommand } from './bench.js';
import { buildCommand } from './build.js';
import { compareCommand } from './compare.js';
import { imagesCommand } from './images-command.js';
import { HelpRequest, runCommand } from './run.js';
import { snapshotCommand } from './snapshot-command.js';

const USAGE = `usage: exovisor <command> [options]
commands:
  run --mode bare IMAGE                       run a bare-metal RISC-V RV32 ELF in M-mode on the virt board
  run --mode native kernel -- PROGRAM [ARGS]  boot the SBI firmware and the guest OS kernel, which runs PROGRAM,
                                              through the hypervisor worker and a guest worker
  run --mode full kernel -- PROGRAM [ARGS]    the same kernel deprivileged under the trap-and-emulate VMM
                                              (shadow page tables, emulated devices, SBI from the VMM)
  run --mode pv kernel-pv -- PROGRAM [ARGS]   the kernel's pv-ops build as a paravirtual guest (hypercalls,
                                              event channels, grant tables, split drivers over rings)
  run --mode uni IMAGE -- ARGV0 [ARGS]        a unikernel (an app and its library-OS modules) on the PV interface
  build APP [--libos M,...] [-o FILE]         link a unikernel from the app's object and library-OS modules
  compare APP [--modes native,full,pv,uni] [--json] [-- ARGS]
                                              run APP once per mode and print one table of what each cost
  images ls [--json]                          list the image library (built-in images seeded on first use)
  images import FILE [--name N] [--kind K]    store a file in the library (kind guessed from its contents)
  images export NAME [-o FILE]                write a library image to a file
  images rm NAME                              delete a library image
  snapshot ls [--json] | snapshot rm NAME     list or delete the snapshots in the library
  snapshot save NAME --after MS [run options] KERNEL -- PROGRAM
                                              run a guest (any mode but bare), pause it after MS ms and store
                                              its snapshot in the library as NAME
  snapshot restore NAME [--timeout S] [--stats]  continue a stored snapshot to its end
                                              (images and snapshot take --store DIR; default $EXOVISOR_STORE or ~/.exovisor)
  bench cpu                                   measure the CPU on the compute benchmark (and QEMU, when installed)
  bench exits                                 measure the exit path between a guest worker and the hypervisor
  bench roundtrip [--rounds N] [--count N] [--json]  an exit round trip against a raw Atomics ping-pong between two workers
  bench ring [--rounds N] [--count N] [--json]       64-byte descriptors through the PV ring against a minimal SPSC ring
  bench boot [--rounds N] [--json]            a unikernel's boot to its first output, with and without a pre-started worker
  bench guests [--count N] [--json]           N idle unikernels (default 100) in one hypervisor: memory, latency, a busy guest's speed
'exovisor run --help' lists the run options; the README has details.`;

/** Runs the CLI with `argv` (without node and script); returns the exit status. */
export async function main(argv: string[]): Promise<number> {
  const [cmd, ...rest] = argv;
  try {
    switch (cmd) {
      case 'run': return await runCommand(rest);
      case 'images': return await imagesCommand(rest);
      case 'snapshot': return await snapshotCommand(rest);
      case 'build': return buildCommand(rest);
      case 'compare': return await compareCommand(rest);
      case 'bench': return await benchCommand(rest);
      case undefined: case '-h': case '--help': case 'help':
        process.stdout.write(USAGE + '\n');
        return cmd === undefined ? 2 : 0;
      default: throw new UsageError(`unknown command '${cmd}'; try 'exovisor --help'`);
    }
  } catch (e) {
    if (e instanceof HelpRequest) {
      process.stdout.write(e.message + '\n');
      return 0;
    }
    if (isBadInput(e)) {
      process.stderr.write(`exovisor: ${(e as Error).message}\n`);
      return 2;
    }
    throw e;
  }
}

/**
 * Errors that mean the user's input was bad. Checked by name, since errors
 * from the hypervisor worker arrive through comlink as plain Errors that
 * keep their name but not their class.
 */
const BAD_INPUT = new Set(['UsageError', 'ElfError', 'FsError', 'GuestAddressError', 'OutOfMemoryError', 'VirtFdtError', 'FdtError', 'LinkError', 'ModuleError', 'SnapshotFormatError', 'SnapshotError', 'DiskImageError']);

function isBadInput(e: unknown): boolean {
  return (e instanceof Error && BAD_INPUT.has(e.name)) || isArgError(e);
}

/** node:util parseArgs errors (unknown or malformed options) are usage errors too. */
function isArgError(e: unknown): boolean {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS');
}
