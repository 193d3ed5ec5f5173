/**
 * The ping-pong app through the real CLI: two PV guests of the pv-ops
 * kernel on one virtual switch (`--peer`), each with a network front-end.
 * The client finds the server by broadcast, times its round trips over the
 * transmit and receive rings, says goodbye, and both exit 0; --stats shows
 * the frames and ring notifications of both interfaces. Two native
 * machines with `--peer` do the same over the virt board's network device;
 * without a peer the native kernel has no network interface and says so.
 */
import { describe, expect, it } from 'vitest';
import { exovisor } from '../../helpers/cli.js';

const MAC = '02:00(?::[0-9a-f]{2}){4}';

interface NetCounters { tx_frames: number; rx_frames: number; tx_errors: number; rx_dropped: number; notify_sent: number; notify_suppressed: number }
interface Stats { state: string; exit_code: number | null; ring_notify_sent: number; ring_notify_suppressed: number; pv: { net?: NetCounters } }

/** The JSON object on the last line of stderr. */
function statsOf(stderr: string): Stats & { peer: Stats } {
  const last = stderr.trimEnd().split('\n').pop()!;
  return JSON.parse(last) as Stats & { peer: Stats };
}

describe('pingpong between two PV guests on the virtual switch', () => {
  it('the client finds the server by broadcast, times 100 round trips with none lost, and both exit 0', () => {
    const r = exovisor(['run', '--mode', 'pv', '--timeout', '120', '--stats', '--peer', 'pingpong serve', 'kernel-pv', '--', 'pingpong', 'ping', '100'], 180_000);
    expect(r.stdout).toMatch(new RegExp(`^pingpong: found a server at ${MAC}\n`));
    expect(r.stdout).toMatch(/^pingpong: 100 round trips, 0 lost, rtt min \d+ us, avg \d+ us, max \d+ us$/m);
    expect(r.stderr).toMatch(new RegExp(`^\\[peer\\] pingpong: serving on ${MAC}$`, 'm'));
    expect(r.stderr).toMatch(/^\[peer\] pingpong: answered 100 pings$/m);
    expect(r.stderr).not.toMatch(/exovisor: peer/); // the peer shut down by itself, with status 0
    expect(r.status).toBe(0);

    const s = statsOf(r.stderr);
    expect(s.state).toBe('shutdown');
    expect(s.exit_code).toBe(0);
    expect(s.peer.state).toBe('shutdown');
    expect(s.peer.exit_code).toBe(0);
    const client = s.pv.net!, server = s.peer.pv.net!;
    // Client: at least one discovery broadcast, 100 pings and a goodbye out; a pong for each in.
    expect(client.tx_frames).toBeGreaterThanOrEqual(102);
    expect(client.rx_frames).toBeGreaterThanOrEqual(101);
    expect(server.tx_frames).toBe(client.rx_frames);
    expect(server.rx_frames).toBeGreaterThanOrEqual(102);
    for (const n of [client, server]) {
      expect(n.tx_errors).toBe(0);
      expect(n.rx_dropped).toBe(0);
      expect(n.notify_sent).toBeGreaterThan(0);
      // The front-end asks for receive notifications only; transmit completions are reaped lazily.
      expect(n.notify_suppressed).toBeGreaterThan(50);
    }
    for (const d of [s, s.peer]) {
      expect(d.ring_notify_sent).toBeGreaterThanOrEqual(d.pv.net!.notify_sent);
      expect(d.ring_notify_suppressed).toBeGreaterThanOrEqual(d.pv.net!.notify_suppressed);
    }
  }, 200_000);

  it('two native machines reach each other through the virt board\'s network device', () => {
    const r = exovisor(['run', '--mode', 'native', '--timeout', '120', '--stats', '--peer', 'pingpong serve', 'kernel', '--', 'pingpong', 'ping', '10'], 180_000);
    expect(r.stdout).toMatch(new RegExp(`^pingpong: found a server at ${MAC}\npingpong: 10 round trips, 0 lost, rtt min \\d+ us, avg \\d+ us, max \\d+ us\n$`));
    expect(r.stderr).toMatch(/^\[peer\] pingpong: answered 10 pings$/m);
    expect(r.status).toBe(0);
    type Native = { state: string; exit_code: number; net: { tx_frames: number; rx_frames: number; tx_errors: number; rx_dropped: number }; mmio: Record<string, number> };
    const s = JSON.parse(r.stderr.trimEnd().split('\n').pop()!) as Native & { peer: Native };
    expect([s.state, s.exit_code, s.peer.state, s.peer.exit_code]).toEqual(['shutdown', 0, 'shutdown', 0]);
    // Client: a discovery broadcast, 10 pings and a goodbye out, a pong for each in; the server answers each ping.
    expect(s.net.tx_frames).toBeGreaterThanOrEqual(12);
    expect(s.net.rx_frames).toBeGreaterThanOrEqual(11);
    expect(s.peer.net.tx_frames).toBe(s.net.rx_frames);
    expect(s.peer.net.rx_frames).toBe(s.net.tx_frames);
    for (const d of [s, s.peer]) {
      expect([d.net.tx_errors, d.net.rx_dropped]).toEqual([0, 0]);
      expect(d.mmio['net']).toBeGreaterThan(d.net.tx_frames * 6); // length, at least 22 bytes four at a time, send
    }
  }, 200_000);

  it('the native kernel has no network interface', () => {
    const r = exovisor(['run', '--mode', 'native', '--timeout', '60', 'kernel', '--', 'pingpong', 'ping'], 90_000);
    expect(r.stdout).toBe('pingpong: no network interface (error 19)\n');
    expect(r.status).toBe(1);
  }, 120_000);

  it('a PV guest without a peer has no network interface either', () => {
    const r = exovisor(['run', '--mode', 'pv', '--timeout', '60', 'kernel-pv', '--', 'pingpong', 'serve'], 90_000);
    expect(r.stdout).toBe('pingpong: no network interface (error 19)\n');
    expect(r.status).toBe(1);
  }, 120_000);
});
