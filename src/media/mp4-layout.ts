import { open } from 'node:fs/promises';
import type { GrowingFile } from '../pipeline/types.js';

/** Boxes before `moov` in a real file are few (ftyp, free, uuid…); more means it is not one. */
const MAX_BOXES = 32;

/**
 * Where an MP4's `moov` box ends, if it comes before the media data (a "faststart" file, whose
 * metadata and first frames are in its head); undefined when `mdat` comes first. Reads only box
 * headers, waiting for the file to grow as far as each one.
 */
export async function faststartMoovEnd(
  file: string,
  growing: GrowingFile,
  signal: AbortSignal,
): Promise<number | undefined> {
  const fh = await open(file, 'r');
  try {
    const header = Buffer.alloc(16);
    let offset = 0;
    for (let box = 0; box < MAX_BOXES && offset + 16 <= growing.size; box++) {
      await growing.waitFor(offset + 16, signal);
      await fh.read(header, 0, 16, offset);
      const type = header.toString('latin1', 4, 8);
      let size = header.readUInt32BE(0);
      if (size === 1) size = Number(header.readBigUInt64BE(8));
      if (size < 8) return undefined; // 0: "to the end of the file", so no moov follows
      if (type === 'moov') return offset + size;
      if (type === 'mdat') return undefined;
      offset += size;
    }
    return undefined;
  } finally {
    await fh.close();
  }
}
