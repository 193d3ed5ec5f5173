/**
 * The net library-OS module: pingpong linked as a unikernel (its default
 * modules, posix and net) connects the network front-end at boot and plays
 * either side against a pv-ops kernel guest (`--peer`, which runs
 * kernel-pv next to a unikernel) on the same virtual switch. Without an
 * interface the module stays inactive and net_info says there is none.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { exovisor } from '../../helpers/cli.js';

const MAC = '02:00(?::[0-9a-f]{2}){4}';
const dir = mkdtempSync(join(tmpdir(), 'exo-uni-net-'));
const image = join(dir, 'pingpong.uni');

interface Stats { state: string; exit_code: number | null; pv: { net?: { tx_frames: number; rx_frames: number; tx_errors: number; rx_dropped: number } } }

/** The JSON object on the last line of stderr. */
function statsOf(stderr: string): Stats & { peer: Stats } {
  return JSON.parse(stderr.trimEnd().split('\n').pop()!) as Stats & { peer: Stats };
}

describe('a unikernel with the net module', () => {
  beforeAll(() => {
    const r = exovisor(['build', 'pingpong', '-o', image]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^net +\d+/m);
    expect(r.stdout).toMatch(/\(modules: .*\bposix\b.*\bnet\b.*\)/);
    expect(r.stdout).not.toMatch(/^(blk|fs) /m);
  });

  it('pings a kernel-pv server: 50 round trips, none lost, both exit 0', () => {
    const r = exovisor(['run', '--mode', 'uni', '--timeout', '120', '--stats', image, '--peer', 'pingpong serve', '--', 'pingpong', 'ping', '50'], 180_000);
    expect(r.stdout).toMatch(new RegExp(`^pingpong: found a server at ${MAC}\n`));
    expect(r.stdout).toMatch(/^pingpong: 50 round trips, 0 lost, rtt min \d+ us, avg \d+ us, max \d+ us$/m);
    expect(r.stderr).toMatch(new RegExp(`^\\[peer\\] pingpong: serving on ${MAC}$`, 'm'));
    expect(r.stderr).toMatch(/^\[peer\] pingpong: answered 50 pings$/m);
    expect(r.stderr).not.toMatch(/exovisor: peer/);
    expect(r.status).toBe(0);
    const s = statsOf(r.stderr);
    expect([s.state, s.exit_code, s.peer.state, s.peer.exit_code]).toEqual(['shutdown', 0, 'shutdown', 0]);
    const client = s.pv.net!, server = s.peer.pv.net!;
    expect(client.tx_frames).toBeGreaterThanOrEqual(52); // discovery, 50 pings, goodbye
    // Discovery broadcasts sent before the server's interface is on the switch are dropped there; every other frame arrives.
    expect(client.rx_frames).toBe(server.tx_frames);
    expect(server.rx_frames).toBeLessThanOrEqual(client.tx_frames);
    expect(server.rx_frames).toBeGreaterThanOrEqual(52);
    for (const n of [client, server]) expect([n.tx_errors, n.rx_dropped]).toEqual([0, 0]);
  }, 200_000);

  it('serves a kernel-pv client', () => {
    const r = exovisor(['run', '--mode', 'uni', '--timeout', '120', image, '--peer', 'pingpong ping 20', '--', 'pingpong', 'serve'], 180_000);
    expect(r.stdout).toMatch(new RegExp(`^pingpong: serving on ${MAC}\npingpong: answered 20 pings\n$`));
    expect(r.stderr).toMatch(/^\[peer\] pingpong: 20 round trips, 0 lost, /m);
    expect(r.stderr).not.toMatch(/exovisor: peer/);
    expect(r.status).toBe(0);
  }, 200_000);

  it('has no interface without a peer', () => {
    const r = exovisor(['run', '--mode', 'uni', '--timeout', '60', image, '--', 'pingpong', 'ping'], 90_000);
    expect(r.stdout).toBe('pingpong: no network interface (error 19)\n');
    expect(r.status).toBe(1);
  }, 120_000);
});
