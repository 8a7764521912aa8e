//! The global allocator of every pyex binary (CLI, NIF, Python extension,
//! benches): mimalloc, called the way Rust's `System` allocator calls
//! `malloc`.
//!
//! Why not `mimalloc::MiMalloc`: it passes every request to
//! `mi_malloc_aligned`, whose fast path only applies while the current
//! page has a free block. When the page is exhausted, a block whose size
//! class is not a power of two (a 48-byte hash table, a 1,200-byte vector)
//! takes the over-allocation path: a bigger block from another size class,
//! cut to alignment. Most of an interpreter's requests need no more than
//! the 16 bytes mimalloc gives every block of 16 bytes or more, so those
//! go to `mi_malloc`/`mi_realloc`/`mi_zalloc`; only stricter alignments
//! take the aligned calls.

#![no_std]
// The one crate of the workspace that must be unsafe: a global allocator is an
// `unsafe` trait over C calls.
#![allow(unsafe_code)]

use core::alloc::{GlobalAlloc, Layout};
use core::ffi::c_void;

use libmimalloc_sys as mi;

/// Blocks of at least this many bytes are aligned to it by mimalloc
/// (`MI_MAX_ALIGN_SIZE`: its size classes are multiples of it), and every
/// block to 8 bytes.
const MIN_ALIGN: usize = 16;

/// Whether a plain `mi_malloc` of `size` bytes is aligned enough for `align`.
#[inline]
fn plain(align: usize, size: usize) -> bool {
    align <= MIN_ALIGN && align <= size.max(8)
}

/// mimalloc, with plain calls wherever they give the alignment asked for.
pub struct Allocator;

// SAFETY: every call returns a block of at least `layout.size()` bytes aligned
// to `layout.align()` (mimalloc's size classes guarantee it on the plain path,
// the aligned calls otherwise), or null; `dealloc` and `realloc` get blocks
// this allocator returned, which `mi_free`/`mi_realloc` accept whichever call
// made them.
unsafe impl GlobalAlloc for Allocator {
    #[inline]
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        if plain(layout.align(), layout.size()) {
            mi::mi_malloc(layout.size()).cast()
        } else {
            mi::mi_malloc_aligned(layout.size(), layout.align()).cast()
        }
    }

    #[inline]
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        if plain(layout.align(), layout.size()) {
            mi::mi_zalloc(layout.size()).cast()
        } else {
            mi::mi_zalloc_aligned(layout.size(), layout.align()).cast()
        }
    }

    #[inline]
    unsafe fn dealloc(&self, ptr: *mut u8, _layout: Layout) {
        mi::mi_free(ptr.cast::<c_void>());
    }

    #[inline]
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        if plain(layout.align(), new_size) {
            mi::mi_realloc(ptr.cast::<c_void>(), new_size).cast()
        } else {
            mi::mi_realloc_aligned(ptr.cast::<c_void>(), new_size, layout.align()).cast()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{Allocator, GlobalAlloc, Layout};

    /// Allocates, writes, grows and frees one block of every size up to
    /// 320 bytes and of sizes around mimalloc's class limits, at every
    /// alignment from 1 to 4 KiB, checking the alignment of each block the
    /// allocator returns and that contents survive a `realloc`.
    #[test]
    fn every_block_has_the_alignment_asked_for() {
        let sizes = (1..=320).chain([
            1000,
            1023,
            1024,
            1025,
            1200,
            2047,
            2049,
            4095,
            4097,
            5000,
            65_536,
            100_000,
            1 << 22,
        ]);
        for size in sizes {
            for shift in 0..=12 {
                let align = 1usize << shift;
                let Ok(layout) = Layout::from_size_align(size, align) else {
                    continue;
                };
                // SAFETY: `layout` has a non-zero size; each block is written
                // within its size and freed once, with the layout it has.
                unsafe {
                    for zeroed in [false, true] {
                        let p = if zeroed {
                            Allocator.alloc_zeroed(layout)
                        } else {
                            Allocator.alloc(layout)
                        };
                        assert!(!p.is_null());
                        assert_eq!(p as usize % align, 0, "size {size}, align {align}");
                        let ends = (0..size.min(64)).chain(size.saturating_sub(64)..size);
                        if zeroed {
                            assert!(ends.clone().all(|i| *p.add(i) == 0));
                        }
                        p.write_bytes(0xA5, size);
                        let grown = size * 3 / 2 + 1;
                        let q = Allocator.realloc(p, layout, grown);
                        assert!(!q.is_null());
                        assert_eq!(q as usize % align, 0, "realloc to {grown}, align {align}");
                        assert!(ends.clone().all(|i| *q.add(i) == 0xA5));
                        let grown = Layout::from_size_align(grown, align).unwrap_or(layout);
                        Allocator.dealloc(q, grown);
                    }
                }
            }
        }
    }
}
