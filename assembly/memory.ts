/**
 * Buffers shared with JavaScript. The host allocates Float64 buffers here, fills or reads them
 * through `Float64Array` views on `memory.buffer`, and frees them when done.
 */

/** Allocates room for `count` f64 values (16-byte aligned) and returns its address. */
export function allocF64(count: i32): usize {
  return heap.alloc(<usize>max(count, 1) << 3);
}

/** Frees a buffer returned by `allocF64`. */
export function free(ptr: usize): void {
  heap.free(ptr);
}
