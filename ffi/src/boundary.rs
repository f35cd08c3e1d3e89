//! What every exported function does at the language boundary: catch panics, keep this
//! thread's last error message, and keep panic messages (which can quote the input) off
//! stderr.
//!
//! A Rust panic must never unwind into C (that aborts the host process), and the standard
//! panic hook prints the panic message, which for a string-slicing bug quotes the string:
//! transcript text. So each call runs under [`catch_unwind`] with a guard that tells our
//! hook to print only where the panic happened. Panics outside our calls go to the hook
//! that was there before ours.

use std::cell::{Cell, RefCell};
use std::panic::{self, AssertUnwindSafe, catch_unwind};
use std::sync::Once;

use crate::vr_status;

/// A failed call: the status to return and a message without transcript text.
pub(crate) struct Failure {
    pub(crate) status: vr_status,
    pub(crate) message: String,
}

impl Failure {
    pub(crate) fn new(status: vr_status, message: impl Into<String>) -> Self {
        Failure {
            status,
            message: message.into(),
        }
    }

    pub(crate) fn argument(message: impl Into<String>) -> Self {
        Failure::new(vr_status::VR_INVALID_ARGUMENT, message)
    }
}

thread_local! {
    /// The message of this thread's last failed call.
    static LAST_ERROR: RefCell<String> = const { RefCell::new(String::new()) };
    /// How many of our calls this thread is inside (panics there are printed without message).
    static INSIDE: Cell<u32> = const { Cell::new(0) };
}

/// Marks the current thread as inside a voxredact call until dropped.
pub(crate) struct Inside(());

impl Inside {
    pub(crate) fn enter() -> Self {
        install_hook();
        let _ = INSIDE.try_with(|n| n.set(n.get() + 1));
        Inside(())
    }
}

impl Drop for Inside {
    fn drop(&mut self) {
        let _ = INSIDE.try_with(|n| n.set(n.get().saturating_sub(1)));
    }
}

/// Wraps the current panic hook once: inside our calls a panic is reported by location only.
fn install_hook() {
    static HOOK: Once = Once::new();
    HOOK.call_once(|| {
        let previous = panic::take_hook();
        panic::set_hook(Box::new(move |info| {
            if INSIDE.try_with(Cell::get).unwrap_or(0) > 0 {
                let at = info
                    .location()
                    .map(|l| format!(" at {}:{}", l.file(), l.line()))
                    .unwrap_or_default();
                eprintln!("voxredact: internal error (panic){at}; message withheld");
            } else {
                previous(info);
            }
        }));
    });
}

/// Runs a call that returns a status: clears the last error, catches panics, records the
/// failure's message.
pub(crate) fn status(name: &str, f: impl FnOnce() -> Result<(), Failure>) -> vr_status {
    set_last_error(String::new());
    match guarded(f) {
        Some(Ok(())) => vr_status::VR_OK,
        Some(Err(failure)) => {
            set_last_error(failure.message);
            failure.status
        }
        None => {
            set_last_error(format!(
                "{name}: internal error (panic); please report it (no text is shown)"
            ));
            vr_status::VR_PANIC
        }
    }
}

/// Runs `f` inside the boundary; `None` if it panicked.
pub(crate) fn guarded<T>(f: impl FnOnce() -> T) -> Option<T> {
    let _inside = Inside::enter();
    match catch_unwind(AssertUnwindSafe(f)) {
        Ok(value) => Some(value),
        Err(payload) => {
            // A payload whose destructor panics must not escape either.
            let _ = catch_unwind(AssertUnwindSafe(move || drop(payload)));
            None
        }
    }
}

fn set_last_error(message: String) {
    let _ = LAST_ERROR.try_with(|e| *e.borrow_mut() = message);
}

/// Calls `f` with this thread's last error message.
pub(crate) fn with_last_error<T>(f: impl FnOnce(&str) -> T) -> Option<T> {
    LAST_ERROR.try_with(|e| f(&e.borrow())).ok()
}
