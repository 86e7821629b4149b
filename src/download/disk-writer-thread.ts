/**
 * The disk writer's thread, as source for `new Worker(…, { eval: true })` (a separate file would
 * need a loader under the test runner). Each message is a slot handed over with its bytes: it is
 * written to its file at its offset, in pieces of 64 KiB, and handed back with 0 or the errno.
 *
 * Pieces, not one write per slot: the kernel sizes page-cache folios by the length of a write,
 * and large folios come from free memory that a VM may have handed back to its host, so filling
 * them costs a host page fault per page. On this project's VM, 64 KiB writes into a fresh file ran
 * at 3-4 GiB/s and 1 MiB writes (or a writev of 64 KiB pieces, one long write to the kernel) at
 * about 1 GiB/s.
 */
export const WRITER_THREAD_SOURCE = `
'use strict';
const { parentPort } = require('node:worker_threads');
const { writeSync } = require('node:fs');
const PIECE = 64 * 1024;

function write(fd, data, length, position) {
  try {
    for (let done = 0; done < length; ) {
      const n = writeSync(fd, data, done, Math.min(PIECE, length - done), position + done);
      if (n <= 0) return -5; // EIO: a regular file never takes zero bytes
      done += n;
    }
    return 0;
  } catch (err) {
    return typeof err.errno === 'number' ? err.errno : -5;
  }
}

parentPort.on('message', ({ fd, position, length, buffer }) => {
  const result = write(fd, new Uint8Array(buffer), length, position);
  parentPort.postMessage({ buffer, result }, [buffer]);
});
`;
