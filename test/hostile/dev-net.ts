/**
 * A hostile driver of the virt network interface, assembled: sends with a
 * length past the MTU, shorter than a header, and with fewer bytes written
 * than promised (each refused and counted), data written far past the
 * transmit buffer (the bytes past it are dropped; the frame that fits goes
 * out once), and receive-side reads and pops with nothing queued (zeros, no
 * effect). Exit 0, or the mask of failed checks (dev-probe's convention).
 */
import { NET_CMD, NET_CMD_POP, NET_CMD_SEND, NET_RX_DATA, NET_RX_DROPPED, NET_RX_LEN, NET_TX_DATA, NET_TX_LEN, VIRT_NET } from '../../hypervisor/abi/virt.js';
import { expectWord, programOf, store, storeLoop, type ProbeMode } from './dev-probe.js';

/** Sets TX_LEN to `len`, writes `words` data words and sends. */
const send = (len: number, words: number): number[] =>
  [...store(VIRT_NET + NET_TX_LEN, len), ...storeLoop(VIRT_NET + NET_TX_DATA, words), ...store(VIRT_NET + NET_CMD, NET_CMD_SEND)];

/** The hostile driver: three refused sends, one overlong write sent as one MTU-bounded frame, an empty receive queue. */
export function hostileNetProgram(mode: ProbeMode = 'bare'): Uint8Array {
  return programOf([
    ...send(0xffff_ffff, 4), ...send(13, 4), ...send(100, 10), ...send(64, 5000),
    ...store(VIRT_NET + NET_CMD, NET_CMD_POP), ...store(VIRT_NET + NET_CMD, 0x7777),
    ...expectWord(VIRT_NET + NET_RX_LEN, 0, 0), ...expectWord(VIRT_NET + NET_RX_DATA, 0, 1), ...expectWord(VIRT_NET + NET_RX_DROPPED, 0, 2),
  ], mode);
}
