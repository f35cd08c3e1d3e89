//! Any bytes, valid UTF-8 or not, through the C ABI: `vr_redact` gives a result or a
//! status, every accessor works on what it gives, and everything is freed (the sanitizer
//! sees leaks and bad accesses).

#![no_main]

use std::ptr;

use libfuzzer_sys::fuzz_target;
use voxredact_ffi::{
    vr_redact, vr_redactor, vr_redactor_new, vr_result, vr_result_finding, vr_result_finding_count,
    vr_result_free, vr_result_text, vr_status,
};

/// A redactor for the whole run, its address kept as an integer (raw pointers are not
/// `Sync`); it is never freed.
static REDACTOR: std::sync::LazyLock<usize> = std::sync::LazyLock::new(|| {
    let mut r: *mut vr_redactor = ptr::null_mut();
    // SAFETY: NULL policy with length 0 is the default; `r` is writable.
    let status = unsafe { vr_redactor_new(ptr::null(), 0, &mut r) };
    assert_eq!(status, vr_status::VR_OK);
    r as usize
});

fuzz_target!(|data: &[u8]| {
    let r = *REDACTOR as *const vr_redactor;
    let mut res: *mut vr_result = ptr::null_mut();
    // SAFETY: `r` is live, `data` is readable for its length, `res` is writable.
    let status = unsafe { vr_redact(r, data.as_ptr(), data.len(), &mut res) };
    if std::str::from_utf8(data).is_err() {
        assert_eq!(status, vr_status::VR_INVALID_UTF8);
        assert!(res.is_null());
        return;
    }
    assert_eq!(status, vr_status::VR_OK);
    // SAFETY: `res` is a live result until freed below; every out-pointer is writable.
    unsafe {
        let mut len = 0;
        let text = vr_result_text(res, &mut len);
        assert!(!text.is_null());
        assert!(std::str::from_utf8(std::slice::from_raw_parts(text, len)).is_ok());
        for i in 0..vr_result_finding_count(res) {
            let mut f = std::mem::zeroed();
            assert_eq!(vr_result_finding(res, i, &mut f), vr_status::VR_OK);
            assert!(f.start < f.end && f.end <= data.len());
        }
        vr_result_free(res);
    }
});
