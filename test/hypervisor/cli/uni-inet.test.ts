/**
 * The inet stack (libos/uni/inet) through the real CLI: netecho linked as a
 * unikernel (its default modules posix, net and inet) against netecho under
 * the pv-ops kernel (`--peer`, with the same stack linked in), both ways, for
 * ICMP echo, UDP and TCP. The peer is created first, so it is 10.0.0.1 and
 * the main guest 10.0.0.2. The switch's capture (`--pcap`) is read back by
 * tcpdump, an independent implementation, which must find every checksum
 * correct and the TCP handshake and closes in order; `--net-loss` drops
 * frames on the switch and TCP still delivers every byte, by
 * retransmission; a connection to a port nobody listens on is refused.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { exovisor, type CliResult } from '../../helpers/cli.js';
import { hasTool } from '../../helpers/tools.js';

const dir = mkdtempSync(join(tmpdir(), 'exo-uni-inet-'));
const image = join(dir, 'netecho.uni');
const TCPDUMP = hasTool('tcpdump');
const RTT = 'rtt min \\d+ us, avg \\d+ us, max \\d+ us';

interface Switch { delivered: number; dropped_loss: number; capture?: { frames: number; dropped: number } }
interface Stats {
  state: string; exit_code: number | null; peer: { state: string; exit_code: number | null }; switch: Switch;
  pv: { exo: { net_filters: number; net_filter_rules: number }; net: { rx_filtered: number } };
}

/** The JSON object on the last line of stderr. */
function statsOf(stderr: string): Stats {
  return JSON.parse(stderr.trimEnd().split('\n').pop()!) as Stats;
}

/** Runs the unikernel with `args` after `--` next to a kernel-pv peer running `peer`. */
function run(args: string[], peer: string, extra: string[] = []): CliResult {
  return exovisor(['run', '--mode', 'uni', '--timeout', '120', ...extra, image, '--peer', peer, '--', 'netecho', ...args], 180_000);
}

/**
 * tcpdump -nn -vv of a capture: each packet's first line (the IP header)
 * and second (the transport header) joined into one, after checking that
 * neither reports a bad checksum ("bad cksum", "[bad udp cksum ...]",
 * "(incorrect -> ...)", "wrong icmp cksum"). Further lines are tcpdump's
 * guesses at what a payload holds (port 49152, our first ephemeral port,
 * is BCM-LI-SHIM's), not our headers.
 */
function dump(file: string): string[] {
  const r = spawnSync('tcpdump', ['-nn', '-vv', '-r', file], { encoding: 'utf8' });
  expect(r.status, r.stderr).toBe(0);
  const packets: string[][] = [];
  for (const line of r.stdout.split('\n')) {
    if (/^\d/.test(line)) packets.push([line]);
    else if (line.trim() !== '') packets.at(-1)?.push(line.trim());
  }
  expect(packets.length).toBeGreaterThan(0);
  return packets.map((p) => {
    const headers = p[0]!.includes(' IP ') ? `${p[0]} ${p[1] ?? ''}` : p[0]!;
    expect(headers).not.toMatch(/bad|incorrect|wrong/i);
    return headers;
  });
}

/** The TCP flags of each segment in a dump, each with who sent it: "c [S]" (from client), "s [S.]" and so on. */
function tcpFlags(lines: string[], client: string): string[] {
  return lines.flatMap((l) => {
    const m = / (\d+\.\d+\.\d+\.\d+)\.\d+ > \S+ Flags (\[[^\]]*\])/.exec(l);
    return m ? [`${m[1] === client ? 'c' : 's'} ${m[2]}`] : [];
  });
}

describe('the inet stack: netecho as a unikernel and under kernel-pv', () => {
  beforeAll(() => {
    const r = exovisor(['build', 'netecho', '-o', image]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^inet +\d+/m);
    expect(r.stdout).toMatch(/\(modules: .*\bposix\b.*\bnet\b.*\binet\b.*\)/);
  });

  it('the unikernel answers ICMP echo from a kernel-pv client, and tcpdump finds the checksums correct', () => {
    const pcap = join(dir, 'ping.pcap');
    const r = run(['serve', '0'], 'netecho ping 10.0.0.2 5', ['--pcap', pcap]);
    expect(r.stdout).toBe('netecho: serving on 10.0.0.2 (icmp echo, udp 7, tcp 7)\nnetecho: served 0 tcp connections, 0 udp datagrams, 5 pings\n');
    expect(r.stderr).toMatch(new RegExp(`^\\[peer\\] netecho: ping 10.0.0.2: 5 replies, 0 lost, ${RTT}$`, 'm'));
    expect(r.stderr).not.toMatch(/exovisor: peer/);
    expect(r.status).toBe(0);
    if (!TCPDUMP) return;
    const lines = dump(pcap);
    expect(lines.filter((l) => /10\.0\.0\.1 > 10\.0\.0\.2: ICMP echo request, id \d+, seq \d, length 64/.test(l))).toHaveLength(5);
    expect(lines.filter((l) => /10\.0\.0\.2 > 10\.0\.0\.1: ICMP echo reply, id \d+, seq \d, length 64/.test(l))).toHaveLength(5);
    expect(lines.some((l) => /ARP, .*Reply 10\.0\.0\.2 is-at 02:00:00:00:00:02/.test(l))).toBe(true);
  }, 200_000);

  it('the unikernel echoes UDP datagrams of a kernel-pv client, every UDP checksum correct', () => {
    const pcap = join(dir, 'udp.pcap');
    const r = run(['serve', '0'], 'netecho udp 10.0.0.2 20', ['--pcap', pcap]);
    expect(r.stdout).toBe('netecho: serving on 10.0.0.2 (icmp echo, udp 7, tcp 7)\nnetecho: served 0 tcp connections, 20 udp datagrams, 0 pings\n');
    expect(r.stderr).toMatch(new RegExp(`^\\[peer\\] netecho: udp 10.0.0.2: 20 datagrams echoed, 0 lost, ${RTT}$`, 'm'));
    expect(r.status).toBe(0);
    if (!TCPDUMP) return;
    const udp = dump(pcap).filter((l) => / > 10\.0\.0\.\d\.\d+: \[/.test(l));
    expect(udp).toHaveLength(40);
    for (const l of udp) expect(l).toMatch(/\[udp sum ok\]/);
  }, 200_000);

  it('the unikernel echoes a 64 KiB TCP stream of a kernel-pv client; tcpdump sees the handshake, correct checksums and both FINs', () => {
    const pcap = join(dir, 'tcp.pcap');
    const r = run(['serve'], 'netecho tcp 10.0.0.2 65536', ['--pcap', pcap, '--stats']);
    expect(r.stdout).toBe('netecho: serving on 10.0.0.2 (icmp echo, udp 7, tcp 7)\nnetecho: tcp connection from 10.0.0.1\n'
      + 'netecho: tcp 10.0.0.1: echoed 65536 bytes, closed\nnetecho: served 1 tcp connections, 0 udp datagrams, 0 pings\n');
    expect(r.stderr).toMatch(/^\[peer\] netecho: tcp 10\.0\.0\.2:7: 65536 bytes sent, echoed and verified, \d+ KiB\/s$/m);
    expect(r.status).toBe(0);
    const s = statsOf(r.stderr);
    expect([s.state, s.exit_code, s.peer.state, s.peer.exit_code]).toEqual(['shutdown', 0, 'shutdown', 0]);
    expect(s.switch.dropped_loss).toBe(0);
    // inet_up bound the packet filter "ARP, or IPv4 to 10.0.0.2": two rules, and nothing the stack wanted was filtered out.
    expect(s.pv.exo).toMatchObject({ net_filters: 1, net_filter_rules: 2 });
    expect(s.pv.net.rx_filtered).toBe(0);
    expect(s.switch.capture).toMatchObject({ dropped: 0 });
    expect(s.switch.capture!.frames).toBeGreaterThan(90);
    if (!TCPDUMP) return;
    const lines = dump(pcap);
    const tcp = lines.filter((l) => /Flags \[/.test(l));
    expect(tcp.length).toBe(lines.filter((l) => /cksum 0x[0-9a-f]+ \(correct\)/.test(l)).length);
    const flags = tcpFlags(lines, '10.0.0.1');
    expect(flags.slice(0, 3)).toEqual(['c [S]', 's [S.]', 'c [.]']); // the handshake
    const fins = flags.filter((f) => f.includes('F'));
    expect(fins).toEqual(['c [F.]', 's [F.]']); // the client shuts down first, then the server closes
    expect(flags.at(-1)).toBe('c [.]'); // the last ACK, for the server's FIN
    expect(flags.some((f) => /R/.test(f))).toBe(false);
    expect(lines.some((l) => /Flags \[S\].*options \[mss 1460\]/.test(l))).toBe(true);
  }, 200_000);

  it('a unikernel client pings, echoes UDP and streams TCP through a kernel-pv server', () => {
    const ping = run(['ping', '10.0.0.1', '5'], 'netecho serve 0');
    expect(ping.stdout).toMatch(new RegExp(`^netecho: ping 10.0.0.1: 5 replies, 0 lost, ${RTT}\n$`));
    expect(ping.stderr).toMatch(/^\[peer\] netecho: served 0 tcp connections, 0 udp datagrams, 5 pings$/m);
    expect(ping.status).toBe(0);
    const udp = run(['udp', '10.0.0.1', '20'], 'netecho serve 0');
    expect(udp.stdout).toMatch(new RegExp(`^netecho: udp 10.0.0.1: 20 datagrams echoed, 0 lost, ${RTT}\n$`));
    expect(udp.stderr).toMatch(/^\[peer\] netecho: served 0 tcp connections, 20 udp datagrams, 0 pings$/m);
    expect(udp.status).toBe(0);
    const tcp = run(['tcp', '10.0.0.1', '65536'], 'netecho serve');
    expect(tcp.stdout).toMatch(/^netecho: tcp 10\.0\.0\.1:7: 65536 bytes sent, echoed and verified, \d+ KiB\/s\n$/);
    expect(tcp.stderr).toMatch(/^\[peer\] netecho: tcp connection from 10\.0\.0\.2\n\[peer\] netecho: tcp 10\.0\.0\.2: echoed 65536 bytes, closed$/m);
    expect(tcp.stderr).not.toMatch(/exovisor: peer/);
    expect(tcp.status).toBe(0);
  }, 400_000);

  it('TCP delivers every byte through a switch that drops 5% of the frames, by retransmission', () => {
    const r = run(['-s', 'tcp', '10.0.0.1', '65536'], 'netecho -s serve', ['--net-loss', '5:1', '--stats']);
    expect(r.stdout).toMatch(/^netecho: tcp 10\.0\.0\.1:7: 65536 bytes sent, echoed and verified, \d+ KiB\/s$/m);
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/^\[peer\] netecho: tcp 10\.0\.0\.2: echoed 65536 bytes, (closed|timed out)$/m);
    const counters = [r.stdout, r.stderr].map((out) => /netecho: stats: .*retransmits (\d+) .*checksum errors ip (\d+) icmp (\d+) udp (\d+) tcp (\d+)/.exec(out));
    expect(counters.every((m) => m !== null)).toBe(true);
    const retransmits = counters.reduce((n, m) => n + Number(m![1]), 0);
    expect(retransmits).toBeGreaterThan(0);
    for (const m of counters) expect(m!.slice(2).map(Number)).toEqual([0, 0, 0, 0]);
    const s = statsOf(r.stderr);
    expect(s.switch.dropped_loss).toBeGreaterThan(0);
    expect(s.switch.dropped_loss).toBeLessThan(s.switch.delivered / 5);
  }, 200_000);

  it('a connection to a port nobody listens on is refused with a reset', () => {
    const pcap = join(dir, 'refused.pcap');
    const r = run(['tcp', '10.0.0.1', '100', '9'], 'netecho serve 0', ['--pcap', pcap]);
    expect(r.stdout).toBe('netecho: tcp 10.0.0.1:9: connect failed: connection refused\n');
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^\[peer\] netecho: served 0 tcp connections, 0 udp datagrams, 0 pings$/m);
    if (!TCPDUMP) return;
    expect(tcpFlags(dump(pcap), '10.0.0.2')).toEqual(['c [S]', 's [R.]']);
  }, 200_000);

  it('--pcap and --net-loss need a peer, and --net-loss a rate it can use', () => {
    for (const [args, message] of [
      [['--pcap', join(dir, 'x.pcap')], /--pcap and --net-loss apply to the virtual switch/],
      [['--net-loss', '5'], /--pcap and --net-loss apply to the virtual switch/],
      [['--net-loss', '150', '--peer', 'netecho serve'], /--net-loss takes PERCENT\[:SEED\]/],
      [['--net-loss', '5:x', '--peer', 'netecho serve'], /--net-loss takes PERCENT\[:SEED\]/],
    ] as const) {
      const r = exovisor(['run', '--mode', 'uni', ...args, image, '--', 'netecho', 'serve']);
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(new RegExp(`^exovisor: .*${message.source}.*\n$`));
    }
  });
});
