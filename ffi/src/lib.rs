//! # voxredact-ffi
//!
//! The C ABI of voxredact, for VoIP backends in C, C++ and Go (Asterisk and FreeSWITCH
//! modules, SIP servers). It builds `libvoxredact_ffi.so` and `libvoxredact_ffi.a`; the
//! header `include/voxredact.h` is generated from this file by cbindgen and committed
//! (`tests/header.rs` fails when it is stale).
//!
//! The C functions call the same [`voxredact::Redactor`] as Rust code, so the output is the
//! same byte for byte. The rules at the boundary:
//!
//! - No panic crosses it: every function runs under `catch_unwind` and returns
//!   `VR_PANIC` (or NULL / 0) instead, and a panic's message, which could quote the input,
//!   is never printed or stored.
//! - Every pointer is checked for NULL, every text for UTF-8 (`VR_INVALID_UTF8`).
//! - Error messages (`vr_last_error`, per thread) name arguments, fields and offsets, never
//!   transcript text.
//! - Fail closed: on any error `*out` is NULL, so no text, redacted or not, comes back.
//! - Everything allocated here is freed by its `_free` function; labels and the version are
//!   static strings that are never freed.

#![deny(missing_docs)]
#![deny(unsafe_op_in_unsafe_fn)]
// The C names (`vr_redactor`, `VR_OK`) are the interface.
#![allow(non_camel_case_types)]

mod boundary;

use std::ffi::{CStr, CString, c_char};
use std::ptr;
use std::sync::OnceLock;

use voxredact::{EntityKind, Error, Finding, Policy, Redactor};

use crate::boundary::{Failure, guarded, status, with_last_error};

/// The result of every call that can fail. Details are in `vr_last_error()`.
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum vr_status {
    /// Success.
    VR_OK = 0,
    /// A required pointer is NULL, a length is impossible or an index is out of range.
    VR_INVALID_ARGUMENT,
    /// The policy document does not parse or holds a value that is not allowed.
    VR_INVALID_POLICY,
    /// A text or policy is not valid UTF-8.
    VR_INVALID_UTF8,
    /// An internal error (a Rust panic) was caught; nothing was returned.
    VR_PANIC,
    /// The pseudonym key is missing (the policy uses `pseudonym`) or shorter than 16 bytes.
    VR_INVALID_KEY,
}

/// A compiled policy. Immutable: one may be shared by any number of threads.
pub struct vr_redactor {
    inner: Redactor,
}

/// The outcome of `vr_redact` or `vr_detect`: the redacted text (redact only) and the
/// findings. Immutable once returned; free it with `vr_result_free`.
pub struct vr_result {
    /// The redacted text followed by a NUL, or `None` for a detect-only result.
    text: Option<Box<[u8]>>,
    findings: Box<[vr_finding]>,
}

/// One piece of personal data found in the text.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
pub struct vr_finding {
    /// Byte offset of the first byte, in the original text.
    pub start: usize,
    /// Byte offset just past the last byte, in the original text.
    pub end: usize,
    /// The kind, e.g. "PHONE", "DATE_OF_BIRTH": a static string, never freed.
    pub label: *const c_char,
    /// Confidence between 0 and 1.
    pub score: f32,
}

/// The library version, e.g. "0.1.0": a static string, never freed.
#[unsafe(no_mangle)]
pub extern "C" fn vr_version() -> *const c_char {
    // Checked at compile time: nothing here runs that could panic.
    const VERSION: &CStr =
        match CStr::from_bytes_with_nul(concat!(env!("CARGO_PKG_VERSION"), "\0").as_bytes()) {
            Ok(v) => v,
            Err(_) => panic!("the version has no NUL inside"),
        };
    VERSION.as_ptr()
}

/// Compiles a policy into a redactor.
///
/// `policy` is a JSON (starting with `{`) or TOML document of `policy_len` bytes, laid over
/// its `preset`; NULL with length 0 means the default policy. A policy that uses the
/// `pseudonym` operator needs `vr_redactor_new_with_key`. On success `*out` is a redactor
/// to free with `vr_redactor_free`; on failure it is NULL.
///
/// # Safety
/// `policy` must point to `policy_len` readable bytes (or be NULL with length 0) and `out`
/// must be a valid place to write a pointer.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn vr_redactor_new(
    policy: *const c_char,
    policy_len: usize,
    out: *mut *mut vr_redactor,
) -> vr_status {
    // SAFETY: the caller's contract is the same as ours with no key.
    unsafe { vr_redactor_new_with_key(policy, policy_len, ptr::null(), 0, out) }
}

/// As `vr_redactor_new`, with a secret key of at least 16 bytes for the `pseudonym`
/// operator (the same value and key always give the same pseudonym). NULL with length 0
/// means no key. Keep the key out of policy files and logs.
///
/// # Safety
/// As `vr_redactor_new`; `key` must point to `key_len` readable bytes (or be NULL with
/// length 0).
#[unsafe(no_mangle)]
pub unsafe extern "C" fn vr_redactor_new_with_key(
    policy: *const c_char,
    policy_len: usize,
    key: *const u8,
    key_len: usize,
    out: *mut *mut vr_redactor,
) -> vr_status {
    status("vr_redactor_new", || {
        // SAFETY: `out` is checked for NULL and the caller vouches it is writable.
        let out = unsafe { out_slot(out)? };
        // SAFETY: the caller vouches for both buffers.
        let (doc, key) = unsafe {
            (
                bytes(policy.cast(), policy_len, "policy")?,
                bytes(key, key_len, "key")?,
            )
        };
        let policy = match doc {
            None => Policy::default(),
            Some(doc) => {
                let doc = std::str::from_utf8(doc).map_err(|e| {
                    Failure::new(
                        vr_status::VR_INVALID_UTF8,
                        format!(
                            "policy is not valid UTF-8 (byte {} is not)",
                            e.valid_up_to()
                        ),
                    )
                })?;
                Policy::parse(doc).map_err(library_failure)?
            }
        };
        let redactor = match key {
            None => Redactor::new(policy),
            Some(key) => Redactor::with_key(policy, key),
        }
        .map_err(library_failure)?;
        *out = Box::into_raw(Box::new(vr_redactor { inner: redactor }));
        Ok(())
    })
}

/// Frees a redactor. NULL is ignored. No other thread may still be using it.
///
/// # Safety
/// `r` must be NULL or a redactor from `vr_redactor_new*` that was not freed yet.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn vr_redactor_free(r: *mut vr_redactor) {
    if !r.is_null() {
        // SAFETY: the caller passes ownership of a pointer made by Box::into_raw.
        guarded(|| drop(unsafe { Box::from_raw(r) }));
    }
}

/// Finds personal data in `len` bytes of UTF-8 `text` and rewrites it according to the
/// policy. On success `*out` is a result to free with `vr_result_free`; on failure it is
/// NULL (invalid UTF-8 gives `VR_INVALID_UTF8`, and no text at all).
///
/// # Safety
/// `r` must be a live redactor, `text` must point to `len` readable bytes (or be NULL with
/// length 0) and `out` must be a valid place to write a pointer.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn vr_redact(
    r: *const vr_redactor,
    text: *const u8,
    len: usize,
    out: *mut *mut vr_result,
) -> vr_status {
    // SAFETY: forwarded contract.
    unsafe { run(r, text, len, out, true) }
}

/// Finds personal data without rewriting anything: as `vr_redact`, but the result has no
/// text (`vr_result_text` gives NULL), only findings.
///
/// # Safety
/// As `vr_redact`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn vr_detect(
    r: *const vr_redactor,
    text: *const u8,
    len: usize,
    out: *mut *mut vr_result,
) -> vr_status {
    // SAFETY: forwarded contract.
    unsafe { run(r, text, len, out, false) }
}

/// The redacted text (UTF-8, also NUL-terminated) and, if `len` is not NULL, its length in
/// bytes without the NUL. The text belongs to the result. NULL (length 0) for a NULL or
/// detect-only result.
///
/// # Safety
/// `res` must be NULL or a live result; `len` must be NULL or writable.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn vr_result_text(res: *const vr_result, len: *mut usize) -> *const u8 {
    let (p, n) = guarded(|| {
        // SAFETY: the caller vouches `res` is NULL or live.
        match unsafe { res.as_ref() }.and_then(|r| r.text.as_deref()) {
            Some(t) => (t.as_ptr(), t.len().saturating_sub(1)),
            None => (ptr::null(), 0),
        }
    })
    .unwrap_or((ptr::null(), 0));
    if !len.is_null() {
        // SAFETY: checked for NULL; the caller vouches it is writable.
        unsafe { *len = n };
    }
    p
}

/// How many findings the result holds (0 for NULL).
///
/// # Safety
/// `res` must be NULL or a live result.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn vr_result_finding_count(res: *const vr_result) -> usize {
    // SAFETY: the caller vouches `res` is NULL or live.
    guarded(|| unsafe { res.as_ref() }.map_or(0, |r| r.findings.len())).unwrap_or(0)
}

/// Copies finding `i` (0-based, in text order, non-overlapping) into `*out`.
///
/// # Safety
/// `res` must be NULL or a live result; `out` must be NULL or writable.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn vr_result_finding(
    res: *const vr_result,
    i: usize,
    out: *mut vr_finding,
) -> vr_status {
    status("vr_result_finding", || {
        // SAFETY: the caller vouches `res` is NULL or live.
        let res = unsafe { res.as_ref() }.ok_or_else(|| Failure::argument("result is NULL"))?;
        if out.is_null() {
            return Err(Failure::argument("out is NULL"));
        }
        let n = res.findings.len();
        let f = res.findings.get(i).ok_or_else(|| {
            Failure::argument(format!("finding index {i} is out of range ({n} findings)"))
        })?;
        // SAFETY: checked for NULL; the caller vouches it is writable.
        unsafe { out.write(*f) };
        Ok(())
    })
}

/// Frees a result and its text. NULL is ignored.
///
/// # Safety
/// `res` must be NULL or a result from `vr_redact` / `vr_detect` that was not freed yet.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn vr_result_free(res: *mut vr_result) {
    if !res.is_null() {
        // SAFETY: the caller passes ownership of a pointer made by Box::into_raw.
        guarded(|| drop(unsafe { Box::from_raw(res) }));
    }
}

/// Copies this thread's last error message into `buf` (at most `len - 1` bytes, cut on a
/// UTF-8 boundary, then a NUL) and returns the message's full length, so a caller can size
/// the buffer (`buf` may be NULL when `len` is 0). A call that returns `VR_OK` clears the
/// message; 0 means there is none. Messages never contain transcript text.
///
/// # Safety
/// `buf` must be NULL or point to `len` writable bytes.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn vr_last_error(buf: *mut c_char, len: usize) -> usize {
    guarded(|| {
        with_last_error(|msg| {
            if !buf.is_null() && len > 0 {
                let mut n = msg.len().min(len - 1);
                while !msg.is_char_boundary(n) {
                    n -= 1;
                }
                // SAFETY: n + 1 <= len bytes, which the caller vouches are writable.
                unsafe {
                    ptr::copy_nonoverlapping(msg.as_ptr(), buf.cast::<u8>(), n);
                    buf.add(n).write(0);
                }
            }
            msg.len()
        })
        .unwrap_or(0)
    })
    .unwrap_or(0)
}

/// `vr_redact` and `vr_detect`.
///
/// # Safety
/// As `vr_redact`.
unsafe fn run(
    r: *const vr_redactor,
    text: *const u8,
    len: usize,
    out: *mut *mut vr_result,
    rewrite: bool,
) -> vr_status {
    status(if rewrite { "vr_redact" } else { "vr_detect" }, || {
        // SAFETY: the caller vouches for `out`, `r` and the text buffer.
        let (out, r, text) = unsafe {
            (
                out_slot(out)?,
                r.as_ref()
                    .ok_or_else(|| Failure::argument("redactor is NULL"))?,
                bytes(text, len, "text")?.unwrap_or_default(),
            )
        };
        let text = std::str::from_utf8(text).map_err(|e| {
            Failure::new(
                vr_status::VR_INVALID_UTF8,
                format!("text is not valid UTF-8 (byte {} is not)", e.valid_up_to()),
            )
        })?;
        let result = if rewrite {
            let red = r.inner.redact(text);
            let mut bytes = red.text.into_bytes();
            bytes.push(0);
            vr_result {
                text: Some(bytes.into_boxed_slice()),
                findings: red.findings.iter().map(c_finding).collect(),
            }
        } else {
            vr_result {
                text: None,
                findings: r.inner.detect(text).iter().map(c_finding).collect(),
            }
        };
        *out = Box::into_raw(Box::new(result));
        Ok(())
    })
}

/// Checks an out-pointer and sets it to NULL, so every failure leaves NULL behind.
///
/// # Safety
/// `out` must be NULL or writable.
unsafe fn out_slot<'a, T>(out: *mut *mut T) -> Result<&'a mut *mut T, Failure> {
    // SAFETY: the caller vouches `out` is NULL or writable.
    let slot = unsafe { out.as_mut() }.ok_or_else(|| Failure::argument("out is NULL"))?;
    *slot = ptr::null_mut();
    Ok(slot)
}

/// A caller's buffer: `None` for (NULL, 0), an error for NULL with a length or a length no
/// buffer can have.
///
/// # Safety
/// A non-NULL `p` must point to `len` readable bytes that outlive `'a`.
unsafe fn bytes<'a>(p: *const u8, len: usize, what: &str) -> Result<Option<&'a [u8]>, Failure> {
    if p.is_null() {
        return match len {
            0 => Ok(None),
            _ => Err(Failure::argument(format!(
                "{what} is NULL but its length is {len}"
            ))),
        };
    }
    if len > isize::MAX as usize {
        return Err(Failure::argument(format!(
            "{what} length {len} is too large"
        )));
    }
    // SAFETY: non-NULL, length within isize::MAX, readable per the caller.
    Ok(Some(unsafe { std::slice::from_raw_parts(p, len) }))
}

/// A library error as a status and message (library messages hold no transcript text).
fn library_failure(e: Error) -> Failure {
    match e {
        Error::MissingKey(_) => Failure::new(
            vr_status::VR_INVALID_KEY,
            format!("{e} (use vr_redactor_new_with_key)"),
        ),
        Error::KeyTooShort(_) => Failure::new(vr_status::VR_INVALID_KEY, e.to_string()),
        _ => Failure::new(vr_status::VR_INVALID_POLICY, e.to_string()),
    }
}

fn c_finding(f: &Finding) -> vr_finding {
    vr_finding {
        start: f.range.start,
        end: f.range.end,
        label: c_label(f.kind),
        score: f.score,
    }
}

/// The NUL-terminated label of `kind`, built once and kept for the life of the process.
fn c_label(kind: EntityKind) -> *const c_char {
    static LABELS: OnceLock<Vec<CString>> = OnceLock::new();
    let labels = LABELS.get_or_init(|| {
        EntityKind::ALL
            .iter()
            .map(|k| CString::new(k.label()).unwrap_or_default())
            .collect()
    });
    let i = EntityKind::ALL
        .iter()
        .position(|k| *k == kind)
        .unwrap_or_default();
    labels[i].as_ptr()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn last_error() -> String {
        // SAFETY: a NULL buffer with length 0 only asks for the length.
        let n = unsafe { vr_last_error(ptr::null_mut(), 0) };
        let mut buf = vec![0 as c_char; n + 1];
        // SAFETY: `buf` has `n + 1` writable bytes.
        let m = unsafe { vr_last_error(buf.as_mut_ptr(), buf.len()) };
        assert_eq!(m, n);
        // SAFETY: vr_last_error NUL-terminates.
        unsafe { CStr::from_ptr(buf.as_ptr()) }
            .to_str()
            .unwrap()
            .to_owned()
    }

    fn new(policy: &str) -> (vr_status, *mut vr_redactor) {
        let mut r = ptr::dangling_mut();
        // SAFETY: the buffer is a live &str and `r` is writable.
        let s = unsafe { vr_redactor_new(policy.as_ptr().cast(), policy.len(), &mut r) };
        (s, r)
    }

    #[test]
    fn redacts_like_the_rust_api() {
        let text = "José said call me at five five five oh one four three";
        let mut r = ptr::null_mut();
        // SAFETY: NULL policy with length 0 is the default.
        assert_eq!(
            unsafe { vr_redactor_new(ptr::null(), 0, &mut r) },
            vr_status::VR_OK
        );
        let mut res = ptr::null_mut();
        // SAFETY: live redactor and buffer.
        let s = unsafe { vr_redact(r, text.as_ptr(), text.len(), &mut res) };
        assert_eq!(s, vr_status::VR_OK);
        let want = Redactor::default().redact(text);
        let mut n = 0;
        // SAFETY: live result; the text is `n` bytes.
        let got = unsafe { std::slice::from_raw_parts(vr_result_text(res, &mut n), n) };
        assert_eq!(got, want.text.as_bytes());
        // SAFETY: live result.
        assert_eq!(unsafe { vr_result_finding_count(res) }, want.findings.len());
        for (i, w) in want.findings.iter().enumerate() {
            let mut f = vr_finding {
                start: 0,
                end: 0,
                label: ptr::null(),
                score: 0.0,
            };
            // SAFETY: live result, writable finding.
            assert_eq!(
                unsafe { vr_result_finding(res, i, &mut f) },
                vr_status::VR_OK
            );
            assert_eq!(
                (f.start, f.end, f.score),
                (w.range.start, w.range.end, w.score)
            );
            // SAFETY: labels are static NUL-terminated strings.
            assert_eq!(
                unsafe { CStr::from_ptr(f.label) }.to_str().unwrap(),
                w.kind.label()
            );
        }
        // SAFETY: both are live and freed once.
        unsafe {
            vr_result_free(res);
            vr_redactor_free(r);
        }
    }

    #[test]
    fn bad_policies_fail_closed_with_a_message() {
        let cases = [
            (
                "[kinds.PHONE]\nmin_score = 1.5",
                vr_status::VR_INVALID_POLICY,
                "min_score",
            ),
            ("{\"kinds\": 3}", vr_status::VR_INVALID_POLICY, "JSON"),
            ("preset = \"gdpr\"", vr_status::VR_INVALID_POLICY, "gdpr"),
            (
                "[kinds.PHONE]\noperator = \"pseudonym\"",
                vr_status::VR_INVALID_KEY,
                "vr_redactor_new_with_key",
            ),
        ];
        for (doc, want, needle) in cases {
            let (s, r) = new(doc);
            assert_eq!(s, want, "{doc}");
            assert!(r.is_null(), "{doc}");
            let msg = last_error();
            assert!(msg.contains(needle), "{doc}: {msg}");
        }
        let (s, r) = new("preset = \"hipaa\"");
        assert_eq!(s, vr_status::VR_OK);
        assert_eq!(last_error(), "", "success clears the message");
        // SAFETY: live redactor, freed once.
        unsafe { vr_redactor_free(r) };
    }

    #[test]
    fn a_panic_becomes_a_status_without_its_message() {
        let s = status("vr_test", || panic!("call me at 555-867-5309"));
        assert_eq!(s, vr_status::VR_PANIC);
        let msg = last_error();
        assert!(msg.contains("vr_test") && msg.contains("panic"), "{msg}");
        assert!(!msg.contains("555"), "{msg}");
        assert_eq!(guarded(|| -> u8 { panic!("again") }), None);
    }

    #[test]
    fn every_kind_has_its_static_label() {
        for kind in EntityKind::ALL {
            // SAFETY: labels are static NUL-terminated strings.
            let label = unsafe { CStr::from_ptr(c_label(kind)) };
            assert_eq!(label.to_str().unwrap(), kind.label());
        }
    }

    #[test]
    fn last_error_is_cut_on_a_char_boundary() {
        let (s, _) = new("preset = \"gdprégdpr\"");
        assert_eq!(s, vr_status::VR_INVALID_POLICY);
        let full = last_error();
        let at = full.find('é').unwrap();
        let mut buf = vec![1 as c_char; at + 2]; // room for the 'é' cut in half, plus NUL
        // SAFETY: `buf` has `buf.len()` writable bytes.
        let n = unsafe { vr_last_error(buf.as_mut_ptr(), buf.len()) };
        assert_eq!(n, full.len());
        // SAFETY: NUL-terminated by vr_last_error.
        let got = unsafe { CStr::from_ptr(buf.as_ptr()) }.to_str().unwrap();
        assert_eq!(got, &full[..at]);
    }
}
