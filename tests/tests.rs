//! One integration test binary, a module per area. Expected values were computed independently
//! with Python 3 one-liners (shown beside each assertion), not with wattcheck's own code.

mod browser;
mod calculators;
mod charts;
mod check;
mod cli;
mod data;
mod dated;
mod errors;
mod extract;
mod hostile;
mod json;
mod press;
mod publish;
mod quoted;
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

/// Writes `text` as an article, drafts its claims, checks the draft unedited: (draft, check).
pub fn draft_and_check(name: &str, text: &str) -> (String, serde_json::Value) {
    let dir = std::env::temp_dir().join(format!("wattcheck-drafts-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let article = dir.join(format!("{name}.txt"));
    std::fs::write(&article, text).unwrap();
    let out = wattcheck(&["extract", article.to_str().unwrap(), "--format", "toml"]).success();
    let draft = String::from_utf8(out.get_output().stdout.clone()).unwrap();
    let claims = dir.join(format!("{name}.toml"));
    std::fs::write(&claims, &draft).unwrap();
    (draft, json(&["check", claims.to_str().unwrap()]))
}

pub fn verdict_of<'a>(check: &'a serde_json::Value, kind: &str) -> &'a serde_json::Value {
    let claims = check["results"]["claims"].as_array().unwrap();
    &claims.iter().find(|c| c["kind"] == kind).unwrap()["verdict"]
}

/// The kinds and values of the quantities `extract` finds in a fixture, as (text, kind, value).
pub fn found_values(path: &str) -> Vec<(String, String, f64)> {
    json(&["extract", path])["results"]["quantities"]
        .as_array()
        .unwrap()
        .iter()
        .map(|q| {
            (
                q["text"].as_str().unwrap().to_string(),
                q["kind"].as_str().unwrap().to_string(),
                q["value"]["value"].as_f64().unwrap_or(f64::NAN),
            )
        })
        .collect()
}

/// What `extract` finds in `text`, written as an article of its own: (text, kind, value).
pub fn found_in(name: &str, text: &str) -> Vec<(String, String, f64)> {
    let dir = std::env::temp_dir().join(format!("wattcheck-found-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(format!("{name}.txt"));
    std::fs::write(&path, text).unwrap();
    found_values(path.to_str().unwrap())
}
