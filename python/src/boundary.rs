//! Panics at the Python boundary: caught, turned into a plain `RuntimeError`, and printed
//! without their message.
//!
//! PyO3 would turn a panic into a `PanicException` that carries the panic message, and the
//! standard panic hook prints that message; for a string-slicing bug the message quotes the
//! string, which is transcript text. So every call into the library runs under
//! [`guarded`], and our hook (installed once, chaining to the one before it) prints only the
//! location of panics raised inside such a call, on any thread, rayon's workers included.

use std::cell::Cell;
use std::panic::{self, AssertUnwindSafe, catch_unwind};
use std::sync::Once;

use pyo3::PyErr;
use pyo3::exceptions::PyRuntimeError;

thread_local! {
    /// How many guarded calls this thread is inside.
    static INSIDE: Cell<u32> = const { Cell::new(0) };
}

/// Marks the current thread as inside a guarded call until dropped.
struct Inside;

impl Inside {
    fn enter() -> Self {
        install_hook();
        let _ = INSIDE.try_with(|n| n.set(n.get() + 1));
        Inside
    }
}

impl Drop for Inside {
    fn drop(&mut self) {
        let _ = INSIDE.try_with(|n| n.set(n.get().saturating_sub(1)));
    }
}

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

/// Runs `f`; `None` if it panicked (the payload is dropped unread).
pub(crate) fn guarded<T>(f: impl FnOnce() -> T) -> Option<T> {
    let _inside = Inside::enter();
    match catch_unwind(AssertUnwindSafe(f)) {
        Ok(value) => Some(value),
        Err(payload) => {
            let _ = catch_unwind(AssertUnwindSafe(move || drop(payload)));
            None
        }
    }
}

/// The exception raised for a caught panic; it holds no text.
pub(crate) fn panic_error() -> PyErr {
    PyRuntimeError::new_err(
        "voxredact: internal error (a Rust panic); nothing was returned. Please report it",
    )
}
