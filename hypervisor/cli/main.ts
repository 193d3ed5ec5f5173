/**
 * The `exovisor` command: dispatches subcommands, turns bad input into one
 * line on stderr and exit status 2, and never prints a stack trace for it.
 */
import { ElfError } from '../image/elf.js';
import { UsageError } from './args.js';
import { benchCommand } from './bench.js';
import { runCommand } from './run.js';

const USAGE = `usage: exovisor <command> [options]
commands:
  run --mode bare FILE.elf   run a bare-metal RISC-V RV32 ELF in M-mode on the virt board
  bench cpu                  measure the CPU on the compute benchmark (and QEMU, when installed)
run 'exovisor run --help' style details are in the README.`;

/** Runs the CLI with `argv` (without node and script); returns the exit status. */
export function main(argv: string[]): number {
  const [cmd, ...rest] = argv;
  try {
    switch (cmd) {
      case 'run': return runCommand(rest);
      case 'bench': return benchCommand(rest);
      case undefined: case '-h': case '--help': case 'help':
        process.stdout.write(USAGE + '\n');
        return cmd === undefined ? 2 : 0;
      default: throw new UsageError(`unknown command '${cmd}'; try 'exovisor --help'`);
    }
  } catch (e) {
    if (e instanceof UsageError || e instanceof ElfError || isArgError(e)) {
      process.stderr.write(`exovisor: ${(e as Error).message}\n`);
      return 2;
    }
    throw e;
  }
}

/** node:util parseArgs errors (unknown or malformed options) are usage errors too. */
function isArgError(e: unknown): boolean {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS');
}
