//! Links the `wattcheck` binary as a position-dependent executable on Linux: its pointers into
//! read-only data are then fixed at link time, not relocated by the loader at every start
//! (tens of thousands of relocations, a few milliseconds of each run).

fn main() {
    println!("cargo::rerun-if-changed=build.rs");
    let linux = std::env::var("CARGO_CFG_TARGET_OS").is_ok_and(|os| os == "linux");
    let gnu = std::env::var("CARGO_CFG_TARGET_ENV").is_ok_and(|env| env == "gnu");
    if linux && gnu {
        println!("cargo::rustc-link-arg-bins=-no-pie");
    }
}
