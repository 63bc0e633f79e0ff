/**
 * Just enough ZIP to write an XLSX: entries deflated as their text comes (the platform's
 * CompressionStream, in browsers and Node ≥ 20, so writing adds no library to the extension),
 * each local header written first and patched with its CRC and sizes once the entry is done, so
 * the file is a plain ZIP without data descriptors (what every spreadsheet program reads). No
 * ZIP64: a summary of ten thousand reports is a few megabytes.
 */
import { concatBytes } from '../bytes';

/** Where the bytes go: appended in order, and a few bytes rewritten at a position already written. */
export interface ZipSink {
  write(bytes: Uint8Array): Promise<void>;
  patch(position: number, bytes: Uint8Array): Promise<void>;
}

let table: Uint32Array | null = null;

/** CRC-32 (IEEE), continued from `crc` over more bytes. */
export function crc32(bytes: Uint8Array, crc = 0): number {
  if (!table) {
    table = new Uint32Array(256);
    for (let n = 0; n < 256; n += 1) {
      let c = n;
      for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      table[n] = c >>> 0;
    }
  }
  let c = ~crc >>> 0;
  for (let i = 0; i < bytes.length; i += 1) c = table[(c ^ bytes[i]!) & 0xff]! ^ (c >>> 8);
  return ~c >>> 0;
}

interface Entry { name: Uint8Array; offset: number; crc: number; compressed: number; size: number }

const DEFLATE = 8;
/** 1980-01-01 00:00, the format's first day: the same file for the same rows. */
const DOS_DATE = (1 << 5) | 1;
/** Text is gathered to about this many characters before it is encoded and deflated. */
const CHUNK_CHARS = 64 * 1024;

function record(size: number, fill: (view: DataView) => void): Uint8Array {
  const bytes = new Uint8Array(size);
  fill(new DataView(bytes.buffer));
  return bytes;
}

export class ZipWriter {
  private readonly entries: Entry[] = [];
  private position = 0;
  private readonly encoder = new TextEncoder();

  constructor(private readonly sink: ZipSink) {}

  private async write(bytes: Uint8Array): Promise<void> {
    await this.sink.write(bytes);
    this.position += bytes.length;
  }

  /** One entry from its text (or bytes) in pieces, deflated as they come. */
  async add(name: string, pieces: Iterable<string> | AsyncIterable<string>): Promise<void> {
    const entry: Entry = { name: this.encoder.encode(name), offset: this.position, crc: 0, compressed: 0, size: 0 };
    await this.write(this.localHeader(entry));
    const deflate = new CompressionStream('deflate-raw');
    const input = deflate.writable.getWriter();
    const output = (async () => {
      const reader = deflate.readable.getReader();
      for (let r = await reader.read(); !r.done; r = await reader.read()) {
        entry.compressed += r.value.length;
        await this.write(r.value);
      }
    })();
    const feed = async (text: string) => {
      const bytes = this.encoder.encode(text);
      entry.crc = crc32(bytes, entry.crc);
      entry.size += bytes.length;
      await input.write(bytes);
    };
    let pending = '';
    for await (const piece of pieces) {
      pending += piece;
      if (pending.length >= CHUNK_CHARS) {
        await feed(pending);
        pending = '';
      }
    }
    if (pending !== '') await feed(pending);
    await input.close();
    await output;
    await this.sink.patch(entry.offset, this.localHeader(entry));
    this.entries.push(entry);
  }

  /** The central directory: the file is complete after this. */
  async close(): Promise<void> {
    const start = this.position;
    for (const e of this.entries) {
      await this.write(record(46, (v) => {
        v.setUint32(0, 0x02014b50, true);
        v.setUint16(4, 20, true);
        this.fields(v, 6, e);
        v.setUint32(42, e.offset, true);
      }));
      await this.write(e.name);
    }
    await this.write(record(22, (v) => {
      v.setUint32(0, 0x06054b50, true);
      v.setUint16(8, this.entries.length, true);
      v.setUint16(10, this.entries.length, true);
      v.setUint32(12, this.position - start, true);
      v.setUint32(16, start, true);
    }));
  }

  private localHeader(e: Entry): Uint8Array {
    const header = record(30, (v) => {
      v.setUint32(0, 0x04034b50, true);
      this.fields(v, 4, e);
    });
    const out = new Uint8Array(30 + e.name.length);
    out.set(header);
    out.set(e.name, 30);
    return out;
  }

  /** The fields local headers and directory entries share, from "version needed" to the name's length. */
  private fields(v: DataView, at: number, e: Entry): void {
    v.setUint16(at, 20, true);
    v.setUint16(at + 4, DEFLATE, true);
    v.setUint16(at + 8, DOS_DATE, true);
    v.setUint32(at + 10, e.crc, true);
    v.setUint32(at + 14, e.compressed, true);
    v.setUint32(at + 18, e.size, true);
    v.setUint16(at + 22, e.name.length, true);
  }
}

/** A sink in memory (a download in the browser, a test): the bytes when the writer is closed. */
export function memorySink(): ZipSink & { bytes(): Uint8Array } {
  const chunks: Uint8Array[] = [];
  let length = 0;
  return {
    async write(bytes) {
      chunks.push(bytes);
      length += bytes.length;
    },
    async patch(position, bytes) {
      // local headers are written as one chunk each, so a patch falls inside one chunk
      let at = 0;
      for (const chunk of chunks) {
        if (position < at + chunk.length) {
          chunk.set(bytes, position - at);
          return;
        }
        at += chunk.length;
      }
    },
    bytes() {
      return concatBytes(chunks, length);
    },
  };
}
