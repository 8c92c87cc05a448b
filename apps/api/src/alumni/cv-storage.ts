import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { AppConfig } from '../config/app-config';

/** A stored name is ours (uuid + .pdf): anything else never reaches the file system. */
const STORED_NAME = /^[0-9a-f-]{36}\.pdf$/;

/**
 * CV files on disk, in ALUMNI_CV_DIR (default `$DATA_DIR/cv`): the database keeps only the stored name, size and
 * time. Files are written under a fresh random name (never the uploaded one) through a temporary file and a
 * rename, so a reader never sees half a file.
 */
@Injectable()
export class CvStorage {
  constructor(private readonly config: AppConfig) {}

  private file(name: string): string {
    if (!STORED_NAME.test(name)) throw new Error('not a stored CV name');
    return path.join(this.config.cvDir, name);
  }

  async save(bytes: Buffer): Promise<string> {
    await mkdir(this.config.cvDir, { recursive: true, mode: 0o700 });
    const name = `${randomUUID()}.pdf`;
    const tmp = `${this.file(name)}.part`;
    await writeFile(tmp, bytes, { mode: 0o600 });
    await rename(tmp, this.file(name));
    return name;
  }

  read(name: string): Promise<Buffer> {
    return readFile(this.file(name));
  }

  /** Removes a file that no row names any more; a missing file is fine. */
  async remove(name: string | null): Promise<void> {
    if (!name || !STORED_NAME.test(name)) return;
    await rm(this.file(name), { force: true });
  }
}
