//! Two things done once at build time, not at every start:
//! - the bundled `data/*.toml` files are turned into JSON in `OUT_DIR`, which the binary embeds
//!   beside them and reads several times faster (a user's `--data` files are still TOML);
//! - on Linux, the binary is linked position-dependent, so its pointers into read-only data are
//!   fixed at link time rather than relocated by the loader at every start.

use std::path::Path;

fn main() {
    println!("cargo::rerun-if-changed=build.rs");
    println!("cargo::rerun-if-changed=data");
    let out = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    let mut names: Vec<_> = std::fs::read_dir("data")
        .expect("the data directory")
        .map(|entry| entry.expect("a data directory entry").path())
        .filter(|path| path.extension().is_some_and(|e| e == "toml"))
        .collect();
    names.sort();
    for path in names {
        let text = std::fs::read_to_string(&path).expect("a data file");
        let value: toml::Value = toml::from_str(&text)
            .unwrap_or_else(|e| panic!("{}: not valid TOML: {e}", path.display()));
        let json = serde_json::to_string(&value).expect("TOML values are JSON values");
        let name = path
            .file_stem()
            .and_then(|s| s.to_str())
            .expect("a file name");
        std::fs::write(Path::new(&out).join(format!("{name}.json")), json)
            .expect("OUT_DIR is writable");
    }
    let linux = std::env::var("CARGO_CFG_TARGET_OS").is_ok_and(|os| os == "linux");
    let gnu = std::env::var("CARGO_CFG_TARGET_ENV").is_ok_and(|env| env == "gnu");
    if linux && gnu {
        println!("cargo::rustc-link-arg-bins=-no-pie");
    }
}
