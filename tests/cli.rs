//! The table people read, the other formats, help, and pipes.

use std::process::Stdio;

use clap::CommandFactory;
use predicates::prelude::*;
use wattcheck::cli::Cli;

use crate::wattcheck;

#[test]
fn clap_definition_is_consistent() {
    Cli::command().debug_assert();
}

#[test]
fn help_states_the_year() {
    wattcheck(&["--help"])
        .success()
        .stdout(predicate::str::contains(
            "one year is 365 days = 8,760 hours",
        ));
}

#[test]
fn footprint_table_lists_results_assumptions_and_the_caveat() {
    wattcheck(&["footprint", "30 GW"])
        .success()
        .stdout(predicate::str::contains("262.8 TWh"))
        .stdout(predicate::str::contains("25.37 million"))
        .stdout(predicate::str::contains(
            "us-home-2024 [eia-table5a-2024, confirmed, 2024]",
        ))
        .stdout(predicate::str::contains("average about 50% of capacity"));
}

#[test]
fn share_table_names_its_denominator() {
    wattcheck(&["share", "176 TWh/yr", "--year", "2023"])
        .success()
        .stdout(predicate::str::contains(
            "US total end-use consumption (EIA), 2023",
        ))
        .stdout(predicate::str::contains("4.4%"));
}

#[test]
fn csv_has_one_row_per_value() {
    let output = wattcheck(&["homes", "30 GW", "--format", "csv"]).success();
    let text = String::from_utf8(output.get_output().stdout.clone()).unwrap();
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    let homes = rows.iter().find(|r| &r[1] == "homes").expect("homes row");
    assert_eq!(&homes[4], "1");
    assert!(homes[3].starts_with("25369244.13"), "{homes:?}");
}

#[test]
fn markdown_is_a_table() {
    wattcheck(&["share", "30 GW", "--format", "markdown"])
        .success()
        .stdout(predicate::str::starts_with("### 30 GW"))
        .stdout(predicate::str::contains(
            "| Assumption | Value | Figure | Source | Status |",
        ));
}

#[test]
fn output_file_is_written_whole_and_leaves_no_temporary_file() {
    let dir = std::env::temp_dir().join(format!("wattcheck-out-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("homes.json");
    wattcheck(&[
        "homes",
        "30 GW",
        "--format",
        "json",
        "-o",
        path.to_str().unwrap(),
    ])
    .success()
    .stdout(predicate::str::is_empty());
    let report: serde_json::Value = serde_json::from_slice(&std::fs::read(&path).unwrap()).unwrap();
    assert_eq!(report["command"], "homes");
    // A run that fails after choosing its output (an unknown chip) writes nothing either.
    wattcheck(&[
        "fleet",
        "100",
        "nochip",
        "-o",
        dir.join("fleet.json").to_str().unwrap(),
    ])
    .code(2);
    let names: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names, ["homes.json"]);
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn report_as_json_is_the_check_not_html() {
    let output = wattcheck(&["report", "--format", "json"]).success();
    let report: serde_json::Value = serde_json::from_slice(&output.get_output().stdout).unwrap();
    assert_eq!(report["command"], "check");
    assert!(report["results"]["claims"].as_array().unwrap().len() > 10);
}

#[test]
fn declared_rust_version_is_the_one_the_code_needs() {
    // let-chains (`if let … && …`), used throughout, are stable from Rust 1.88.
    let manifest = include_str!("../Cargo.toml");
    assert!(manifest.contains("rust-version = \"1.88\""));
}

#[test]
fn closed_pipe_exits_zero() {
    let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("wattcheck"))
        .args(["sources"])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    assert_eq!(child.wait().unwrap().code(), Some(0));
}

#[test]
fn extract_reads_an_article_from_standard_input() {
    let output = assert_cmd::Command::cargo_bin("wattcheck")
        .unwrap()
        .args(["extract", "-", "--format", "json"])
        .write_stdin("Stargate draws 1.2 GW, enough for about 1 million US homes.\n")
        .assert()
        .success();
    let report: serde_json::Value = serde_json::from_slice(&output.get_output().stdout).unwrap();
    assert_eq!(report["results"]["quantities"][0]["text"], "1.2 GW");
    assert_eq!(report["results"]["claims"][0]["kind"], "homes");
}
