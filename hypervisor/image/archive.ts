/**
 * Reader for static archives in the common `ar` format as GNU ar and
 * llvm-ar write it (System V variant: a "/" symbol index, a "//" long-name
 * table, names ending in "/"; BSD "#1/len" names are read too). Thin
 * archives hold no member bytes and are refused. Bounds are checked on
 * every header, so a damaged archive is a LinkError naming it.
 */
import { LinkError } from './elf-object.js';

/** One member file. */
export interface ArchiveMember {
  name: string;
  data: Uint8Array;
  /** Global symbols the archive's index says this member defines (empty when there is no index). */
  symbols: string[];
}

/** A parsed archive; `indexed` is false when it has no symbol index (members must then be scanned). */
export interface Archive {
  members: ArchiveMember[];
  indexed: boolean;
}

const MAGIC = '!<arch>\n';
const THIN_MAGIC = '!<thin>\n';
const HEADER_SIZE = 60;

const latin1 = new TextDecoder('latin1');
const utf8 = new TextDecoder();

/** True when `bytes` starts with the archive magic "!<arch>\n" (or the thin-archive one). */
export function isArchive(bytes: Uint8Array): boolean {
  const magic = latin1.decode(bytes.subarray(0, 8));
  return magic === MAGIC || magic === THIN_MAGIC;
}

/** A member header before its name is resolved. */
interface RawMember { rawName: string; headerAt: number; data: Uint8Array }

/** Parses an archive; `name` is used in error messages. */
export function parseArchive(name: string, bytes: Uint8Array): Archive {
  if (latin1.decode(bytes.subarray(0, 8)) === THIN_MAGIC) throw new LinkError(`${name}: thin archives are not supported (members live in other files)`);
  if (latin1.decode(bytes.subarray(0, 8)) !== MAGIC) throw new LinkError(`${name}: not an ar archive`);
  const raw = readMembers(name, bytes);
  let longNames: Uint8Array = new Uint8Array(0);
  let index: Uint8Array | null = null;
  const members: ArchiveMember[] = [];
  const byHeader = new Map<number, ArchiveMember>();
  for (const m of raw) {
    if (m.rawName === '/' || m.rawName === '/SYM64/') {
      if (m.rawName === '/SYM64/') throw new LinkError(`${name}: 64-bit archive symbol index is not supported`);
      index = m.data;
    } else if (m.rawName === '//') {
      longNames = m.data;
    } else if (m.rawName !== '__.SYMDEF' && m.rawName !== '__.SYMDEF SORTED') {
      const member = { ...memberName(name, m, longNames), symbols: [] };
      members.push(member);
      byHeader.set(m.headerAt, member);
    }
  }
  if (index) readIndex(name, index, byHeader);
  return { members, indexed: index !== null };
}

/** Splits the archive into member headers and bodies. */
function readMembers(name: string, bytes: Uint8Array): RawMember[] {
  const out: RawMember[] = [];
  let at = MAGIC.length;
  while (at < bytes.length) {
    if (at + HEADER_SIZE > bytes.length) throw new LinkError(`truncated archive ${name}: member header at ${at} runs past the end`);
    const header = latin1.decode(bytes.subarray(at, at + HEADER_SIZE));
    if (header.slice(58, 60) !== '`\n') throw new LinkError(`${name}: bad member header at offset ${at}`);
    const size = Number.parseInt(header.slice(48, 58).trim(), 10);
    if (!Number.isSafeInteger(size) || size < 0) throw new LinkError(`${name}: bad member size at offset ${at}`);
    const body = at + HEADER_SIZE;
    if (body + size > bytes.length) throw new LinkError(`truncated archive ${name}: member at ${at} runs past the end`);
    out.push({ rawName: header.slice(0, 16).trimEnd(), headerAt: at, data: bytes.subarray(body, body + size) });
    at = body + size + (size & 1);
  }
  return out;
}

/** Resolves a member's name (short "name/", long "/offset" or BSD "#1/len") and strips a BSD name from its data. */
function memberName(archive: string, m: RawMember, longNames: Uint8Array): { name: string; data: Uint8Array } {
  if (m.rawName.startsWith('#1/')) {
    const len = Number.parseInt(m.rawName.slice(3), 10);
    if (!(len >= 0 && len <= m.data.length)) throw new LinkError(`${archive}: bad BSD member name ${m.rawName}`);
    return { name: latin1.decode(m.data.subarray(0, len)).replace(/\0+$/, ''), data: m.data.subarray(len) };
  }
  if (/^\/\d+$/.test(m.rawName)) {
    const off = Number.parseInt(m.rawName.slice(1), 10);
    if (off >= longNames.length) throw new LinkError(`${archive}: member long name offset ${off} out of range`);
    let end = off;
    while (end < longNames.length && longNames[end] !== 0x0a) end++;
    return { name: latin1.decode(longNames.subarray(off, end)).replace(/\/$/, ''), data: m.data };
  }
  return { name: m.rawName.replace(/\/$/, ''), data: m.data };
}

/** Reads the System V symbol index (big-endian count, member header offsets, then names) into the members. */
function readIndex(name: string, index: Uint8Array, byHeader: Map<number, ArchiveMember>): void {
  const dv = new DataView(index.buffer, index.byteOffset, index.byteLength);
  if (index.length < 4) throw new LinkError(`${name}: truncated symbol index`);
  const count = dv.getUint32(0, false);
  if (4 + count * 4 > index.length) throw new LinkError(`${name}: symbol index lists ${count} symbols but is only ${index.length} bytes`);
  let str = 4 + count * 4;
  for (let i = 0; i < count; i++) {
    const end = index.indexOf(0, str);
    if (end < 0) throw new LinkError(`${name}: symbol index names run past its end`);
    const member = byHeader.get(dv.getUint32(4 + i * 4, false));
    if (!member) throw new LinkError(`${name}: symbol index points at no member`);
    member.symbols.push(utf8.decode(index.subarray(str, end)));
    str = end + 1;
  }
}
