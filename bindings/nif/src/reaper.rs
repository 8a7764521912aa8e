//! Frees big contexts off the BEAM's schedulers.
//!
//! A resource's destructor runs where its last reference dies: usually in a
//! garbage collection or a process exit on a *normal* scheduler. Dropping a
//! context frees every object of its heap, which for a million objects takes
//! tens of milliseconds, far past the 1 ms a normal scheduler may be held.
//! [`dispose`] hands such a context to one background thread instead (small
//! ones are dropped at once: sending costs more than freeing them).

use std::sync::mpsc::{channel, Sender};
use std::sync::OnceLock;

use pyex::{Ctx, Options};

/// Heap slots above which a context is freed by the reaper thread: about a
/// millisecond of freeing.
const BIG_HEAP_SLOTS: usize = 20_000;

/// The reaper thread's inbox (`None` if the thread could not be started).
fn inbox() -> Option<&'static Sender<Ctx>> {
    static INBOX: OnceLock<Option<Sender<Ctx>>> = OnceLock::new();
    INBOX
        .get_or_init(|| {
            let (sender, receiver) = channel::<Ctx>();
            std::thread::Builder::new()
                .name("pyex-reaper".to_owned())
                .spawn(move || receiver.into_iter().for_each(drop))
                .ok()
                .map(|_| sender)
        })
        .as_ref()
}

/// Takes the context out of `slot` (leaving a fresh, empty one, which costs
/// microseconds: it shares the template heap) and frees it on the reaper
/// thread when its heap is big. Called by the resources' destructors.
pub(crate) fn dispose(slot: &mut Ctx) {
    if slot.heap_chunks().1 <= BIG_HEAP_SLOTS {
        return;
    }
    let Some(inbox) = inbox() else {
        return;
    };
    let big = std::mem::replace(slot, Ctx::new(Options::default()));
    // A closed channel gives the context back in the error: dropped here.
    let _ = inbox.send(big);
}
