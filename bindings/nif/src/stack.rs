//! A 16 MiB stack per scheduler thread, made once and reused by every NIF call
//! on that thread (`psm::on_stack`). `stacker::grow` maps and unmaps a fresh
//! stack per call instead, and the unmap (a TLB shootdown across the BEAM's
//! threads) cost ~40 µs, most of a host call's round trip. Pages below and
//! above the stack stay inaccessible, so an overflow faults instead of
//! corrupting memory; the core's own depth limits keep far from it.
#![expect(
    unsafe_code,
    reason = "switching stacks needs mmap/mprotect and psm::on_stack; each use says why it is sound"
)]

use std::cell::Cell;

/// Usable size of each thread's stack.
const STACK_SIZE: usize = 16 << 20;

/// One thread's stack mapping: `[guard page][STACK_SIZE usable][guard page]`.
struct BigStack {
    mapping: *mut libc::c_void,
    total: usize,
    page: usize,
}

impl BigStack {
    /// Maps a new stack, or `None` if the system refuses.
    fn new() -> Option<BigStack> {
        // SAFETY: sysconf has no preconditions.
        let page = usize::try_from(unsafe { libc::sysconf(libc::_SC_PAGESIZE) }).ok()?;
        let total = STACK_SIZE + 2 * page;
        // SAFETY: an anonymous private mapping at an address of the kernel's choice
        // aliases nothing; the result is checked before use.
        let mapping = unsafe {
            libc::mmap(
                std::ptr::null_mut(),
                total,
                libc::PROT_NONE,
                libc::MAP_PRIVATE | libc::MAP_ANON,
                -1,
                0,
            )
        };
        if mapping == libc::MAP_FAILED {
            return None;
        }
        let stack = BigStack {
            mapping,
            total,
            page,
        };
        // SAFETY: `mapping + page .. + STACK_SIZE` lies inside the mapping made above.
        let usable = unsafe { mapping.cast::<u8>().add(page).cast::<libc::c_void>() };
        // SAFETY: changes the protection of pages of our own mapping only.
        let ok = unsafe { libc::mprotect(usable, STACK_SIZE, libc::PROT_READ | libc::PROT_WRITE) };
        (ok == 0).then_some(stack)
    }

    /// The usable area's lowest address (page-aligned) and size.
    fn area(&self) -> (*mut u8, usize) {
        // SAFETY: the offset stays inside the mapping (see `new`).
        (
            unsafe { self.mapping.cast::<u8>().add(self.page) },
            STACK_SIZE,
        )
    }
}

impl Drop for BigStack {
    fn drop(&mut self) {
        // SAFETY: unmaps exactly the mapping `new` made; runs when the thread
        // exits, never while the stack is in use.
        unsafe {
            libc::munmap(self.mapping, self.total);
        }
    }
}

thread_local! {
    /// This thread's stack, made on first use.
    static STACK: std::cell::OnceCell<Option<BigStack>> = const { std::cell::OnceCell::new() };
    /// Whether this thread is running on its big stack now.
    static ON_IT: Cell<bool> = const { Cell::new(false) };
}

/// Runs `callback` on this thread's big stack. `callback` must not unwind
/// (the caller wraps its work in `catch_unwind`).
pub(crate) fn on_big_stack<R>(callback: impl FnOnce() -> R) -> R {
    let area = STACK.with(|stack| {
        stack
            .get_or_init(BigStack::new)
            .as_ref()
            .map(BigStack::area)
    });
    match area {
        Some((base, size)) if !ON_IT.with(Cell::get) => {
            ON_IT.with(|on| on.set(true));
            // SAFETY: `base` is page-aligned and `size` a multiple of the page size
            // (psm's alignment rules); the area is ours alone: this thread is not
            // on it (`ON_IT`), and no other thread ever sees it. `callback` does
            // not unwind (documented precondition, upheld by `guard`).
            let result = unsafe { psm::on_stack(base, size, callback) };
            ON_IT.with(|on| on.set(false));
            result
        }
        // Already on it (a nested call) or no mapping could be made: a fresh
        // stack for this call only.
        _ => stacker::maybe_grow(1 << 20, STACK_SIZE, callback),
    }
}
