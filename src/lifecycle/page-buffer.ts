/**
 * A buffer of `size` bytes on pages of its own from V8's page allocator (a resizable
 * ArrayBuffer), not from glibc's malloc: once collected, its pages go back to the system.
 *
 * malloc maps a block of 128 KiB or more on its own only until the first such block is freed;
 * glibc then raises that threshold, and later blocks land in its heap, which it cannot hand back
 * while anything lives above them. The disk writer's slots and an upload's pieces, allocated
 * anew for every stretch of work, grew the idle bot's heap that way.
 */
export function pageBuffer(size: number): Buffer<ArrayBuffer> {
  return Buffer.from(new ArrayBuffer(size, { maxByteLength: size }), 0, size);
}
