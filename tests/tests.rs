//! One integration test binary, a module per area. Expected values were computed independently
//! with Python 3 one-liners (shown beside each assertion), not with wattcheck's own code.

mod browser;
mod calculators;
mod charts;
mod check;
mod cli;
mod data;
mod errors;
mod extract;
mod hostile;
mod json;
mod publish;
mod serve;
mod snapshots;
mod uncertainty;
mod units;
mod world;

use assert_cmd::Command;

/// The real binary, with the given arguments.
pub fn wattcheck(args: &[&str]) -> assert_cmd::assert::Assert {
    Command::cargo_bin("wattcheck").unwrap().args(args).assert()
}

/// Runs with `--format json` and returns the parsed output.
pub fn json(args: &[&str]) -> serde_json::Value {
    let mut all = args.to_vec();
    all.extend(["--format", "json"]);
    let output = wattcheck(&all).success().get_output().stdout.clone();
    serde_json::from_slice(&output).expect("valid JSON")
}

/// `results.<key>.value` of a JSON report.
pub fn result(report: &serde_json::Value, key: &str) -> f64 {
    report["results"][key]["value"]
        .as_f64()
        .unwrap_or_else(|| panic!("no result {key}: {report}"))
}

pub fn assert_close(actual: f64, expected: f64, relative: f64) {
    let error = ((actual - expected) / expected).abs();
    assert!(
        error <= relative,
        "{actual} is not within {relative} of {expected}"
    );
}
