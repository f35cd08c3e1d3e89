//! The committed header is what cbindgen generates from the source today.
//!
//! C users compile against `include/voxredact.h`, so a change to the exported functions
//! or types that is not in the header must fail CI. Run with `VOXREDACT_BLESS=1` to
//! rewrite the header after an intended change.

use std::path::Path;

#[test]
fn committed_header_is_current() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"));
    let config = cbindgen::Config::from_file(dir.join("cbindgen.toml")).expect("cbindgen.toml");
    let bindings = cbindgen::Builder::new()
        .with_crate(dir)
        .with_config(config)
        .generate()
        .expect("cbindgen parses the crate");
    let mut generated = Vec::new();
    bindings.write(&mut generated);
    let generated = String::from_utf8(generated).expect("UTF-8 header");

    let path = dir.join("include/voxredact.h");
    if std::env::var_os("VOXREDACT_BLESS").is_some() {
        std::fs::write(&path, &generated).expect("header written");
        return;
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == generated,
        "ffi/include/voxredact.h is out of date; regenerate it with \
         `VOXREDACT_BLESS=1 cargo test -p voxredact-ffi --test header` and commit it"
    );
}
