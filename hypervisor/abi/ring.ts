/**
 * Shared descriptor rings and the split-driver protocols that use them, in
 * the shape of Xen's io/ring.h, blkif.h, netif.h and console.h (RV32).
 *
 * A ring is one page: a 64-byte header (req_prod, req_event, rsp_prod,
 * rsp_event) and then a power-of-two number of slots, each big enough for a
 * request or a response. A producer writes entries, then publishes its
 * index, and notifies only when the other side's event index lies within
 * what it just published; a consumer about to sleep sets its event index to
 * one past what it consumed and checks again, so no wake-up is lost.
 * Back-ends copy each request out of shared memory once and check every
 * index and field of their copy.
 */
import { layout, section, type AbiHeader, type AbiStruct } from './constant.js';

/** Bytes of a ring page. */
export const RING_PAGE = 4096;

/** The ring header at the start of every ring page. */
export const RING_HEADER: AbiStruct = {
  name: 'ring_header',
  doc: 'Start of a shared ring page (Xen\'s sring): free-running indices, then the slots at RING_SLOTS_OFFSET',
  fields: [
    { name: 'req_prod', type: 'uint32_t', doc: 'requests published by the front-end' },
    { name: 'req_event', type: 'uint32_t', doc: 'back-end wants a notification when req_prod passes this' },
    { name: 'rsp_prod', type: 'uint32_t', doc: 'responses published by the back-end' },
    { name: 'rsp_event', type: 'uint32_t', doc: 'front-end wants a notification when rsp_prod passes this' },
    { name: 'pad', type: 'uint8_t', count: 48, doc: 'reserved' },
  ],
};
export const RING_SLOTS_OFFSET = layout(RING_HEADER).size;

/** Slots of a ring whose entries are `slotBytes` long: the largest power of two that fits the page. */
export function ringSlots(slotBytes: number): number {
  let n = 1;
  while (n * 2 * slotBytes <= RING_PAGE - RING_SLOTS_OFFSET) n *= 2;
  return n;
}

/** Most data segments (granted pages) in one block request, as in blkif. */
export const BLKIF_MAX_SEGMENTS = 11;

export const BLKIF_REQUEST: AbiStruct = {
  name: 'blkif_request',
  doc: 'A block request: up to BLKIF_MAX_SEGMENTS granted pages, each a sector range within its page',
  fields: [
    { name: 'operation', type: 'uint8_t', doc: 'BLKIF_OP_*' },
    { name: 'nr_segments', type: 'uint8_t', doc: '1..BLKIF_MAX_SEGMENTS (0 for a flush)' },
    { name: 'handle', type: 'uint16_t', doc: 'virtual disk' },
    { name: 'id', type: 'uint32_t', doc: 'echoed in the response' },
    { name: 'sector_number', type: 'uint32_t', doc: 'first 512-byte sector on the disk' },
    { name: 'seg_gref', type: 'uint32_t', count: BLKIF_MAX_SEGMENTS, doc: 'grant reference of each segment\'s page' },
    { name: 'seg_first_sect', type: 'uint8_t', count: BLKIF_MAX_SEGMENTS, doc: 'first sector within the page (0..7)' },
    { name: 'seg_last_sect', type: 'uint8_t', count: BLKIF_MAX_SEGMENTS, doc: 'last sector within the page (first..7)' },
    { name: 'pad', type: 'uint8_t', count: 2, doc: 'reserved' },
  ],
};

export const BLKIF_RESPONSE: AbiStruct = {
  name: 'blkif_response',
  doc: 'A block response',
  fields: [
    { name: 'id', type: 'uint32_t', doc: 'the request\'s id' },
    { name: 'operation', type: 'uint8_t', doc: 'the request\'s operation' },
    { name: 'pad', type: 'uint8_t', doc: 'reserved' },
    { name: 'status', type: 'int16_t', doc: 'BLKIF_RSP_*' },
  ],
};

export const NETIF_TX_REQUEST: AbiStruct = {
  name: 'netif_tx_request',
  doc: 'A frame to send: size bytes at offset in a granted page',
  fields: [
    { name: 'gref', type: 'uint32_t', doc: 'grant reference of the page holding the frame' },
    { name: 'offset', type: 'uint16_t', doc: 'offset of the frame in the page' },
    { name: 'flags', type: 'uint16_t', doc: 'NETTXF_* (none defined yet: 0)' },
    { name: 'id', type: 'uint16_t', doc: 'echoed in the response' },
    { name: 'size', type: 'uint16_t', doc: 'frame length in bytes (14..NETIF_MTU_FRAME)' },
  ],
};

export const NETIF_TX_RESPONSE: AbiStruct = {
  name: 'netif_tx_response',
  doc: 'A sent frame\'s outcome',
  fields: [
    { name: 'id', type: 'uint16_t', doc: 'the request\'s id' },
    { name: 'status', type: 'int16_t', doc: 'NETIF_RSP_*' },
  ],
};

export const NETIF_RX_REQUEST: AbiStruct = {
  name: 'netif_rx_request',
  doc: 'An empty granted page offered for one received frame',
  fields: [
    { name: 'id', type: 'uint16_t', doc: 'echoed in the response' },
    { name: 'pad', type: 'uint16_t', doc: 'reserved' },
    { name: 'gref', type: 'uint32_t', doc: 'grant reference of the page (writable by the back-end)' },
  ],
};

export const NETIF_RX_RESPONSE: AbiStruct = {
  name: 'netif_rx_response',
  doc: 'A received frame: status bytes at offset in the offered page',
  fields: [
    { name: 'id', type: 'uint16_t', doc: 'the request\'s id' },
    { name: 'offset', type: 'uint16_t', doc: 'where the frame starts in the page' },
    { name: 'flags', type: 'uint16_t', doc: 'NETRXF_* (none defined yet: 0)' },
    { name: 'status', type: 'int16_t', doc: 'frame length (> 0) or NETIF_RSP_* (< 0)' },
  ],
};

/** The console page: two byte rings (Xen's xencons_interface). */
export const CONSOLE_INTERFACE: AbiStruct = {
  name: 'xencons_interface',
  doc: 'The PV console page: input (back-end → guest) and output (guest → back-end) byte rings',
  fields: [
    { name: 'in', type: 'char', count: 1024, doc: 'input ring' },
    { name: 'out', type: 'char', count: 2048, doc: 'output ring' },
    { name: 'in_cons', type: 'uint32_t', doc: 'input consumed by the guest' },
    { name: 'in_prod', type: 'uint32_t', doc: 'input produced by the back-end' },
    { name: 'out_cons', type: 'uint32_t', doc: 'output consumed by the back-end' },
    { name: 'out_prod', type: 'uint32_t', doc: 'output produced by the guest' },
  ],
};

/** The configuration-store page: request and response byte rings (Xen's xenstore_domain_interface). */
export const STORE_INTERFACE: AbiStruct = {
  name: 'xenstore_domain_interface',
  doc: 'The store page: the guest writes messages into req, the back-end answers in rsp (free-running indices)',
  fields: [
    { name: 'req', type: 'char', count: 1024, doc: 'requests (guest → store)' },
    { name: 'rsp', type: 'char', count: 1024, doc: 'responses (store → guest)' },
    { name: 'req_cons', type: 'uint32_t', doc: 'request bytes consumed by the store' },
    { name: 'req_prod', type: 'uint32_t', doc: 'request bytes produced by the guest' },
    { name: 'rsp_cons', type: 'uint32_t', doc: 'response bytes consumed by the guest' },
    { name: 'rsp_prod', type: 'uint32_t', doc: 'response bytes produced by the store' },
  ],
};

/** A store message header; `len` payload bytes follow it in the ring. */
export const STORE_MSG: AbiStruct = {
  name: 'xsd_sockmsg',
  doc: 'Store message header (XS_*): READ payload "path\\0", answered with the value\'s bytes (no NUL); WRITE payload "path\\0value", answered "OK\\0"; the answer has the same type and req_id, or XS_ERROR with "ENOENT\\0"-style text',
  fields: [
    { name: 'type', type: 'uint32_t', doc: 'XS_*' },
    { name: 'req_id', type: 'uint32_t', doc: 'echoed in the answer' },
    { name: 'tx_id', type: 'uint32_t', doc: '0 (no transactions)' },
    { name: 'len', type: 'uint32_t', doc: 'payload bytes (at most XS_PAYLOAD_MAX)' },
  ],
};

const slot = (a: AbiStruct, b: AbiStruct): number => Math.max(layout(a).size, layout(b).size);
export const BLKIF_RING_SIZE = ringSlots(slot(BLKIF_REQUEST, BLKIF_RESPONSE));
export const NETIF_TX_RING_SIZE = ringSlots(slot(NETIF_TX_REQUEST, NETIF_TX_RESPONSE));
export const NETIF_RX_RING_SIZE = ringSlots(slot(NETIF_RX_REQUEST, NETIF_RX_RESPONSE));

/** The ring and device protocols as the C header lays them out. */
export const RING_HEADER_FILE: AbiHeader = {
  path: 'libos/include/exovisor/ring.h',
  guard: 'EXOVISOR_RING_H',
  source: 'hypervisor/abi/ring.ts',
  intro: [
    'Shared descriptor rings (Xen io/ring.h protocol) and the split-driver protocols',
    'that use them: block (blkif), network (netif), console, configuration store keys.',
    'Slot i of a ring is at RING_SLOTS_OFFSET + (i & (size - 1)) * slot bytes.',
    '',
    'The console and store pages exist from boot (start_info names their frames and',
    'their event channels, already bound to DOMID_BACKEND). A block or network front-end',
    'connects by writing its ring grant(s) and an unbound port (remote DOMID_BACKEND) under',
    'device/<dev>/0/, then XenbusStateInitialised to device/<dev>/0/state; the back-end',
    'connects before that write is answered and sets backend/<dev>/0/state to',
    'XenbusStateConnected (XenbusStateClosed when it refused). Grants to the back-end',
    'name DOMID_BACKEND; a front-end notifies with EVTCHNOP_send on its port. A new ring',
    'page starts zeroed with req_event = rsp_event = 1 (Xen\'s SHARED_RING_INIT). The console',
    'back-end notifies the console port whenever it consumed output or produced input.',
  ],
  sections: [
    section('Rings', [
      ['RING_PAGE', RING_PAGE, 'bytes of a ring page'], ['RING_SLOTS_OFFSET', RING_SLOTS_OFFSET, 'first slot'],
      ['BLKIF_RING_SIZE', BLKIF_RING_SIZE, 'slots of a block ring'], ['NETIF_TX_RING_SIZE', NETIF_TX_RING_SIZE, 'slots of a transmit ring'],
      ['NETIF_RX_RING_SIZE', NETIF_RX_RING_SIZE, 'slots of a receive ring'],
      ['BLKIF_SLOT_BYTES', slot(BLKIF_REQUEST, BLKIF_RESPONSE), 'bytes of a block ring slot'],
      ['NETIF_TX_SLOT_BYTES', slot(NETIF_TX_REQUEST, NETIF_TX_RESPONSE), 'bytes of a transmit ring slot'],
      ['NETIF_RX_SLOT_BYTES', slot(NETIF_RX_REQUEST, NETIF_RX_RESPONSE), 'bytes of a receive ring slot'],
    ], true),
    section('Block protocol', [
      ['BLKIF_OP_READ', 0, 'read sectors into the granted pages'], ['BLKIF_OP_WRITE', 1, 'write sectors from the granted pages'],
      ['BLKIF_OP_FLUSH_DISKCACHE', 3, 'make earlier writes durable'], ['BLKIF_MAX_SEGMENTS', BLKIF_MAX_SEGMENTS, 'segments per request'],
      ['BLKIF_SECTOR_SIZE', 512, 'bytes per sector'],
      ['BLKIF_RSP_OKAY', 0, 'done'], ['BLKIF_RSP_ERROR', -1, 'refused or failed (bad segment, grant, range)'],
      ['BLKIF_RSP_EOPNOTSUPP', -2, 'unknown operation'],
    ], true),
    section('Network protocol', [
      ['NETIF_MTU_FRAME', 1514, 'largest Ethernet frame without FCS'], ['NETIF_RSP_OKAY', 0, 'sent'],
      ['NETIF_RSP_ERROR', -1, 'refused (bad grant, size or offset)'], ['NETIF_RSP_DROPPED', -2, 'dropped (no receive buffer, rate limit)'],
    ], true),
    section('Configuration store keys (front-ends find their rings here)', [
      ['STORE_DOMID', 'domid', 'the domain\'s own id, in decimal (for grant entries naming it)'],
      ['STORE_VBD_RING_REF', 'device/vbd/0/ring-ref', 'grant reference of the block ring page'],
      ['STORE_VBD_EVTCHN', 'device/vbd/0/event-channel', 'event channel of the block device'],
      ['STORE_VBD_SECTORS', 'device/vbd/0/sectors', 'disk size in sectors (absent: no disk)'],
      ['STORE_VBD_STATE', 'device/vbd/0/state', 'the block front-end\'s XenbusState'],
      ['STORE_VBD_BACKEND_STATE', 'backend/vbd/0/state', 'the block back-end\'s XenbusState'],
      ['STORE_VIF_TX_RING_REF', 'device/vif/0/tx-ring-ref', 'grant reference of the transmit ring page'],
      ['STORE_VIF_RX_RING_REF', 'device/vif/0/rx-ring-ref', 'grant reference of the receive ring page'],
      ['STORE_VIF_EVTCHN', 'device/vif/0/event-channel', 'event channel of the network interface'],
      ['STORE_VIF_MAC', 'device/vif/0/mac', 'the interface\'s MAC address, aa:bb:cc:dd:ee:ff (absent: no interface)'],
      ['STORE_VIF_STATE', 'device/vif/0/state', 'the network front-end\'s XenbusState'],
      ['STORE_VIF_BACKEND_STATE', 'backend/vif/0/state', 'the network back-end\'s XenbusState'],
    ]),
    section('Configuration store messages and device states', [
      ['XS_READ', 2, 'read a key'], ['XS_WRITE', 11, 'write a key'], ['XS_ERROR', 16, 'the answer to a refused request'],
      ['XS_PAYLOAD_MAX', 256, 'largest message payload'],
      ['XenbusStateInitialising', 1, 'being set up'], ['XenbusStateInitialised', 3, 'front-end: rings and port published'],
      ['XenbusStateConnected', 4, 'back-end: connected'], ['XenbusStateClosed', 6, 'closed, or refused'],
    ], true),
  ],
  structs: [
    RING_HEADER, BLKIF_REQUEST, BLKIF_RESPONSE, NETIF_TX_REQUEST, NETIF_TX_RESPONSE, NETIF_RX_REQUEST, NETIF_RX_RESPONSE,
    CONSOLE_INTERFACE, STORE_INTERFACE, STORE_MSG,
  ],
};
