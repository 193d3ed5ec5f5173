/**
 * Flattened device tree (DTB) writer and reader, format version 17 as the
 * Devicetree Specification v0.4 §5 defines it: a 40-byte big-endian header,
 * a memory reservation map (8-byte aligned; always empty here), the
 * structure block of FDT_BEGIN_NODE / FDT_PROP / FDT_END_NODE / FDT_END
 * tokens, and the strings block of property names.
 *
 * The reader checks every offset and length against the blob and reports
 * malformed input as an FdtError; it accepts blobs from guests and users.
 */

/** Why a tree could not be written or a blob could not be read. */
export class FdtError extends Error {
  override readonly name = 'FdtError';
}

/** A reference to the node labelled `ref`; the writer stores that node's phandle in its place. */
export interface FdtRef {
  ref: string;
}

/** One 32-bit cell, or a phandle reference. */
export type FdtCell = number | FdtRef;

/** A property value: cells (big-endian u32), a string, a string list, or raw bytes (what the reader returns). */
export type FdtValue = FdtCell[] | string | string[] | Uint8Array;

/** One property. An empty cell list is an empty (boolean) property. */
export interface FdtProp {
  name: string;
  value: FdtValue;
}

/** One node; `label` gives it a phandle that FdtRef cells can name. */
export interface FdtNode {
  name: string;
  label?: string;
  props: FdtProp[];
  children: FdtNode[];
}

const FDT_MAGIC = 0xd00dfeed;
const FDT_VERSION = 17;
const FDT_LAST_COMP_VERSION = 16;
const FDT_BEGIN_NODE = 1;
const FDT_END_NODE = 2;
const FDT_PROP = 3;
const FDT_NOP = 4;
const FDT_END = 9;
const HEADER_SIZE = 40;
const RSVMAP_ENTRY = 16;
/** Nesting bound for untrusted blobs (real trees are a handful of levels deep). */
const MAX_DEPTH = 64;
/** Spec §2.2.1 and §2.2.4: node names are 1–31 characters plus an optional unit address; property names 1–31. */
const NODE_NAME = /^[0-9A-Za-z,._+-]{1,31}(@[0-9A-Za-z,._+-]+)?$/;
const PROP_NAME = /^[0-9A-Za-z,._+?#-]{1,31}$/;

const utf8 = new TextEncoder();
const utf8Strict = new TextDecoder('utf-8', { fatal: true });

/** A growable big-endian byte buffer. */
class Sink {
  private bytes: number[] = [];
  get length(): number {
    return this.bytes.length;
  }
  u32(v: number): void {
    this.bytes.push(v >>> 24 & 0xff, v >>> 16 & 0xff, v >>> 8 & 0xff, v & 0xff);
  }
  raw(b: Uint8Array): void {
    for (const x of b) this.bytes.push(x);
  }
  align4(): void {
    while (this.bytes.length & 3) this.bytes.push(0);
  }
  done(): Uint8Array {
    return Uint8Array.from(this.bytes);
  }
}

/** Encodes a value as property bytes; `phandles` resolves FdtRef cells. */
export function encodeValue(value: FdtValue, phandles: ReadonlyMap<string, number> = new Map()): Uint8Array {
  if (value instanceof Uint8Array) return value.slice();
  if (typeof value === 'string') return encodeStrings([value]);
  if (value.every((v): v is string => typeof v === 'string')) return encodeStrings(value);
  const sink = new Sink();
  for (const cell of value as FdtCell[]) sink.u32(resolveCell(cell, phandles));
  return sink.done();
}

function encodeStrings(list: string[]): Uint8Array {
  const sink = new Sink();
  for (const s of list) {
    if (s.includes('\0')) throw new FdtError(`string ${JSON.stringify(s)} contains a NUL character`);
    sink.raw(utf8.encode(s));
    sink.raw(new Uint8Array(1));
  }
  return sink.done();
}

function resolveCell(cell: FdtCell, phandles: ReadonlyMap<string, number>): number {
  if (typeof cell !== 'number') {
    const ph = phandles.get(cell.ref);
    if (ph === undefined) throw new FdtError(`reference to unknown label "${cell.ref}"`);
    return ph;
  }
  if (!Number.isInteger(cell) || cell < 0 || cell > 0xffff_ffff) throw new FdtError(`cell ${cell} is not a 32-bit unsigned integer`);
  return cell;
}

/** Splits a 64-bit quantity into two cells (high, low), as #address-cells = 2 wants. */
export function cells64(n: number): [number, number] {
  if (!Number.isSafeInteger(n) || n < 0) throw new FdtError(`${n} is not a non-negative integer`);
  return [Math.floor(n / 2 ** 32), n % 2 ** 32];
}

/** Every node in document order with its path ("/" for the root). */
export function walkFdt(root: FdtNode): Array<{ path: string; node: FdtNode }> {
  const out: Array<{ path: string; node: FdtNode }> = [];
  const visit = (node: FdtNode, path: string): void => {
    out.push({ path, node });
    for (const c of node.children) visit(c, path === '/' ? `/${c.name}` : `${path}/${c.name}`);
  };
  visit(root, '/');
  return out;
}

/** Phandle of every labelled node: an explicit `phandle` property wins, others get the lowest free numbers in document order. */
function assignPhandles(root: FdtNode): Map<string, number> {
  const nodes = walkFdt(root).map((e) => e.node);
  const used = new Set<number>();
  for (const n of nodes) {
    const p = n.props.find((x) => x.name === 'phandle');
    if (!p) continue;
    const v = encodeValue(p.value);
    const ph = v.length === 4 ? new DataView(v.buffer).getUint32(0) : 0;
    if (ph === 0 || ph === 0xffff_ffff) throw new FdtError(`node "${n.name}": phandle must be one cell, not 0 or 0xffffffff`);
    if (used.has(ph)) throw new FdtError(`phandle ${ph} is used by two nodes`);
    used.add(ph);
  }
  const labels = new Map<string, number>();
  let next = 1;
  for (const n of nodes) {
    if (n.label === undefined) continue;
    if (labels.has(n.label)) throw new FdtError(`label "${n.label}" is on two nodes`);
    const own = n.props.find((x) => x.name === 'phandle');
    if (own) labels.set(n.label, new DataView(encodeValue(own.value).buffer).getUint32(0));
    else {
      while (used.has(next)) next++;
      used.add(next);
      labels.set(n.label, next);
    }
  }
  return labels;
}

/** Builds a DTB from `root` (whose name must be ""); `bootCpuid` is the header's boot_cpuid_phys. */
export function buildFdt(root: FdtNode, opts: { bootCpuid?: number } = {}): Uint8Array {
  if (root.name !== '') throw new FdtError(`the root node's name must be empty, got "${root.name}"`);
  const phandles = assignPhandles(root);
  const struct = new Sink();
  const strings = new Sink();
  const nameOffsets = new Map<string, number>();
  const stringOffset = (name: string): number => {
    let off = nameOffsets.get(name);
    if (off === undefined) {
      off = strings.length;
      nameOffsets.set(name, off);
      strings.raw(encodeStrings([name]));
    }
    return off;
  };
  writeNode(root, true, { struct, phandles, stringOffset });
  struct.u32(FDT_END);
  return assemble(struct.done(), strings.done(), opts.bootCpuid ?? 0);
}

/** What writeNode needs besides the node. */
interface WriteCtx {
  struct: Sink;
  phandles: ReadonlyMap<string, number>;
  stringOffset: (name: string) => number;
}

function writeNode(node: FdtNode, isRoot: boolean, ctx: WriteCtx): void {
  if (!isRoot && !NODE_NAME.test(node.name)) throw new FdtError(`bad node name "${node.name}"`);
  const { struct } = ctx;
  struct.u32(FDT_BEGIN_NODE);
  struct.raw(encodeStrings([node.name]));
  struct.align4();
  const props = [...node.props];
  const labelled = node.label !== undefined && !props.some((p) => p.name === 'phandle');
  if (labelled) props.push({ name: 'phandle', value: [{ ref: node.label! }] });
  const seen = new Set<string>();
  for (const p of props) {
    if (!PROP_NAME.test(p.name)) throw new FdtError(`node "${node.name}": bad property name "${p.name}"`);
    if (seen.has(p.name)) throw new FdtError(`node "${node.name}": property "${p.name}" appears twice`);
    seen.add(p.name);
    const value = encodeValue(p.value, ctx.phandles);
    struct.u32(FDT_PROP);
    struct.u32(value.length);
    struct.u32(ctx.stringOffset(p.name));
    struct.raw(value);
    struct.align4();
  }
  const names = new Set<string>();
  for (const c of node.children) {
    if (names.has(c.name)) throw new FdtError(`node "${node.name}": two children named "${c.name}"`);
    names.add(c.name);
    writeNode(c, false, ctx);
  }
  struct.u32(FDT_END_NODE);
}

/** Header, empty reservation map, structure block, strings block. */
function assemble(struct: Uint8Array, strings: Uint8Array, bootCpuid: number): Uint8Array {
  const offRsv = HEADER_SIZE; // already 8-byte aligned
  const offStruct = offRsv + RSVMAP_ENTRY;
  const offStrings = offStruct + struct.length;
  const total = offStrings + strings.length;
  const out = new Uint8Array(total);
  const dv = new DataView(out.buffer);
  const header = [FDT_MAGIC, total, offStruct, offStrings, offRsv, FDT_VERSION, FDT_LAST_COMP_VERSION,
    resolveCell(bootCpuid, new Map()), strings.length, struct.length];
  header.forEach((v, i) => dv.setUint32(i * 4, v));
  out.set(struct, offStruct);
  out.set(strings, offStrings);
  return out;
}

/** The blocks a header points at, checked against the blob. */
interface Blocks {
  bytes: Uint8Array;
  dv: DataView;
  structStart: number;
  structEnd: number;
  stringsStart: number;
  stringsEnd: number;
}

/** Parses a DTB (version 17 or a later one compatible with it) into nodes whose property values are raw bytes. */
export function parseFdt(bytes: Uint8Array): FdtNode {
  const blocks = readHeader(bytes);
  checkReservations(blocks);
  return readStruct(blocks);
}

function readHeader(bytes: Uint8Array): Blocks {
  if (bytes.length < HEADER_SIZE) throw new FdtError(`not a device tree: only ${bytes.length} bytes`);
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const field = (i: number): number => dv.getUint32(i * 4);
  const magic = field(0), total = field(1), offStruct = field(2), offStrings = field(3), offRsv = field(4);
  const version = field(5), lastComp = field(6), sizeStrings = field(8), sizeStruct = field(9);
  if (magic !== FDT_MAGIC) throw new FdtError(`not a device tree: magic 0x${magic.toString(16)}, expected 0xd00dfeed`);
  if (version < FDT_VERSION || lastComp > FDT_VERSION) {
    throw new FdtError(`unsupported device tree version ${version} (last compatible ${lastComp}); version 17 is required`);
  }
  if (total < HEADER_SIZE || total > bytes.length) throw new FdtError(`totalsize ${total} does not fit the ${bytes.length}-byte blob`);
  const within = (off: number, size: number, what: string): void => {
    if (off < HEADER_SIZE || off + size > total) throw new FdtError(`${what} [${off}, +${size}) lies outside the blob`);
  };
  within(offStruct, sizeStruct, 'structure block');
  within(offStrings, sizeStrings, 'strings block');
  within(offRsv, RSVMAP_ENTRY, 'memory reservation map');
  if (offStruct % 4 !== 0) throw new FdtError(`structure block offset ${offStruct} is not 4-byte aligned`);
  if (offRsv % 8 !== 0) throw new FdtError(`memory reservation map offset ${offRsv} is not 8-byte aligned`);
  return {
    bytes: bytes.subarray(0, total), dv, structStart: offStruct, structEnd: offStruct + sizeStruct,
    stringsStart: offStrings, stringsEnd: offStrings + sizeStrings,
  };
}

/** The reservation map must end with a zero entry inside the blob. */
function checkReservations(b: Blocks): void {
  const offRsv = b.dv.getUint32(16);
  for (let p = offRsv; ; p += RSVMAP_ENTRY) {
    if (p + RSVMAP_ENTRY > b.bytes.length) throw new FdtError('memory reservation map has no terminating entry');
    let zero = true;
    for (let i = 0; i < RSVMAP_ENTRY; i += 4) if (b.dv.getUint32(p + i) !== 0) zero = false;
    if (zero) return;
  }
}

/** A NUL-terminated string starting at `p`, ending before `limit`. */
function cString(b: Blocks, p: number, limit: number, what: string): string {
  const nul = b.bytes.subarray(0, limit).indexOf(0, p);
  if (p >= limit || nul < 0) throw new FdtError(`${what} at offset ${p} is not NUL-terminated inside its block`);
  try {
    return utf8Strict.decode(b.bytes.subarray(p, nul));
  } catch {
    throw new FdtError(`${what} at offset ${p} is not valid UTF-8`);
  }
}

function readStruct(b: Blocks): FdtNode {
  const stack: FdtNode[] = [];
  let root: FdtNode | null = null;
  let p = b.structStart;
  for (;;) {
    if (p + 4 > b.structEnd) throw new FdtError('structure block ends without FDT_END');
    const token = b.dv.getUint32(p);
    const at = p;
    p += 4;
    if (token === FDT_BEGIN_NODE) {
      const name = cString(b, p, b.structEnd, 'node name');
      p = align4(p + utf8.encode(name).length + 1);
      root = openNode(stack, root, name, at);
    } else if (token === FDT_END_NODE) {
      if (!stack.pop()) throw new FdtError(`FDT_END_NODE at offset ${at} closes no node`);
    } else if (token === FDT_PROP) {
      p = readProp(b, p, stack.at(-1), at);
    } else if (token === FDT_END) {
      if (stack.length > 0 || !root) throw new FdtError(`FDT_END at offset ${at} inside an open node or before the root`);
      return root;
    } else if (token !== FDT_NOP) {
      throw new FdtError(`unknown token 0x${token.toString(16)} at offset ${at}`);
    }
  }
}

function align4(p: number): number {
  return (p + 3) & ~3;
}

/** Starts a node under the top of `stack`; returns the root. */
function openNode(stack: FdtNode[], root: FdtNode | null, name: string, at: number): FdtNode {
  const node: FdtNode = { name, props: [], children: [] };
  const parent = stack.at(-1);
  if (parent) parent.children.push(node);
  else if (root) throw new FdtError(`second root node at offset ${at}`);
  else if (name !== '') throw new FdtError(`the root node is named "${name}"; it must be empty`);
  if (stack.length >= MAX_DEPTH) throw new FdtError(`nodes nested deeper than ${MAX_DEPTH} levels`);
  stack.push(node);
  return root ?? node;
}

/** Reads the FDT_PROP body at `p` into `node`; returns the offset of the next token. */
function readProp(b: Blocks, p: number, node: FdtNode | undefined, at: number): number {
  if (!node) throw new FdtError(`FDT_PROP at offset ${at} lies outside every node`);
  if (p + 8 > b.structEnd) throw new FdtError(`FDT_PROP at offset ${at} is truncated`);
  const len = b.dv.getUint32(p);
  const nameOff = b.dv.getUint32(p + 4);
  const start = p + 8;
  if (start + len > b.structEnd) throw new FdtError(`property at offset ${at}: ${len}-byte value runs past the structure block`);
  if (nameOff >= b.stringsEnd - b.stringsStart) throw new FdtError(`property at offset ${at}: name offset ${nameOff} is outside the strings block`);
  const name = cString(b, b.stringsStart + nameOff, b.stringsEnd, 'property name');
  node.props.push({ name, value: b.bytes.slice(start, start + len) });
  return align4(start + len);
}

/** The node at `path` ("/", "/cpus/cpu@0"), or undefined. */
export function findNode(root: FdtNode, path: string): FdtNode | undefined {
  if (!path.startsWith('/')) return undefined;
  let node: FdtNode | undefined = root;
  for (const part of path.split('/').filter((s) => s !== '')) node = node?.children.find((c) => c.name === part);
  return node;
}

/** The bytes of property `name` of `node` (phandle references must already be resolved), or undefined. */
export function propBytes(node: FdtNode, name: string): Uint8Array | undefined {
  const p = node.props.find((x) => x.name === name);
  return p && encodeValue(p.value);
}

/** Property `name` as 32-bit cells; undefined when absent, FdtError when its length is not a multiple of 4. */
export function propU32s(node: FdtNode, name: string): number[] | undefined {
  const v = propBytes(node, name);
  if (!v) return undefined;
  if (v.length % 4 !== 0) throw new FdtError(`property "${name}" is ${v.length} bytes, not a list of cells`);
  const dv = new DataView(v.buffer, v.byteOffset, v.byteLength);
  return Array.from({ length: v.length / 4 }, (_, i) => dv.getUint32(i * 4));
}

/** Property `name` as a list of strings; undefined when absent, FdtError when not NUL-terminated text. */
export function propStrings(node: FdtNode, name: string): string[] | undefined {
  const v = propBytes(node, name);
  if (!v) return undefined;
  if (v.length === 0 || v[v.length - 1] !== 0) throw new FdtError(`property "${name}" is not a NUL-terminated string list`);
  try {
    return utf8Strict.decode(v.subarray(0, v.length - 1)).split('\0');
  } catch {
    throw new FdtError(`property "${name}" is not valid UTF-8`);
  }
}

/** Property `name` as one string. */
export function propString(node: FdtNode, name: string): string | undefined {
  const list = propStrings(node, name);
  if (list && list.length !== 1) throw new FdtError(`property "${name}" holds ${list.length} strings, expected one`);
  return list?.[0];
}
