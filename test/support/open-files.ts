import { readdirSync, readlinkSync } from 'node:fs';

/** Descriptors this process holds open on `file`. */
export const openOn = (file: string): number =>
  readdirSync('/proc/self/fd').filter((fd) => {
    try {
      return readlinkSync(`/proc/self/fd/${fd}`) === file;
    } catch {
      return false;
    }
  }).length;
