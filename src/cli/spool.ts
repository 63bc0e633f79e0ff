/**
 * A batch's results on disk: records appended as they come, read back by position. What a run
 * keeps in memory per input is where its records are, so memory does not grow with the reports.
 */
import { open, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';

/** Where a record is in its spool. */
export interface Place {
  at: number;
  length: number;
}

export class Spool {
  private end = 0;

  private constructor(private readonly file: FileHandle) {}

  static async create(dir: string, name: string): Promise<Spool> {
    return new Spool(await open(join(dir, name), 'w+'));
  }

  async append(text: string): Promise<Place> {
    const bytes = Buffer.from(text);
    const place = { at: this.end, length: bytes.length };
    this.end += bytes.length;
    await this.file.write(bytes, 0, bytes.length, place.at);
    return place;
  }

  async read(place: Place): Promise<string> {
    const bytes = Buffer.alloc(place.length);
    await this.file.read(bytes, 0, place.length, place.at);
    return bytes.toString();
  }

  close(): Promise<void> {
    return this.file.close();
  }
}
