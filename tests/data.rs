//! The bundled data: every file loads, every source id resolves, every figure is in the ledger,
//! and `--data DIR` replaces files (and is checked as strictly).

use std::fs;

use wattcheck::data::{Dataset, Status};

use crate::{json, wattcheck};

#[test]
fn every_bundled_file_loads_and_every_source_resolves() {
    let dataset = Dataset::embedded_checked().expect("bundled data loads");
    assert_eq!(Dataset::bundled_vintage(), dataset.vintage());
    let figures: Vec<_> = dataset.figures().collect();
    assert!(figures.len() > 40, "{} figures", figures.len());
    for figure in figures {
        dataset
            .source(&figure.record.source)
            .expect("source resolves");
        if let (Some(low), Some(high)) = (figure.record.low, figure.record.high) {
            assert!(low <= high, "{}", figure.id());
        }
    }
}

#[test]
fn statuses_follow_the_facts_sheet() {
    let dataset = Dataset::embedded().unwrap();
    // Louisiana's 2022 household average was not read in a stored copy (recalled); Google's 2024
    // PUE is arithmetic on its stated overhead (computed); LBNL's 12% was read (confirmed).
    assert_eq!(
        dataset.figure("la-home-2022").unwrap().record.status,
        Status::Recalled
    );
    assert_eq!(
        dataset.figure("google-pue-2024").unwrap().record.status,
        Status::Computed
    );
    assert_eq!(
        dataset
            .figure("lbnl-dc-share-2028-high")
            .unwrap()
            .record
            .status,
        Status::Confirmed
    );
}

#[test]
fn every_figure_appears_in_the_ledger_with_its_source_and_status() {
    let ledger = json(&["sources"]);
    let rows = ledger["results"]["figures"].as_array().unwrap();
    let dataset = Dataset::embedded().unwrap();
    assert_eq!(rows.len(), dataset.figures().count());
    for figure in dataset.figures() {
        let row = rows
            .iter()
            .find(|r| r["figure"] == figure.id())
            .expect("listed");
        assert_eq!(row["source"], figure.record.source.as_str());
        assert_eq!(row["status"], figure.record.status.to_string());
    }
    let sources = ledger["results"]["sources"].as_array().unwrap();
    assert_eq!(sources.len(), dataset.sources().count());
}

#[test]
fn a_figure_id_shows_its_note_and_source() {
    let report = json(&["sources", "us-implied-total-2028"]);
    assert!(
        report["results"]["note"]
            .as_str()
            .unwrap()
            .contains("4,833")
    );
    assert_eq!(report["results"]["sources"][0]["source"], "lbnl-2024");
}

/// A temporary directory holding one data file.
fn data_dir(name: &str, file: &str, text: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("wattcheck-test-{name}-{}", std::process::id()));
    fs::create_dir_all(&dir).unwrap();
    fs::write(dir.join(file), text).unwrap();
    dir
}

const ONE_HOME: &str = r#"
[[figure]]
id = "us-home-test"
series = "household-use"
region = "US"
year = 2024
value = 10000
unit = "kWh/yr"
status = "confirmed"
source = "eia-residential-2024"
"#;

#[test]
fn data_dir_replaces_a_bundled_file() {
    // python3: 262.8e12/10000e3 = 26,280,000
    let dir = data_dir("override", "households.toml", ONE_HOME);
    let report = json(&["homes", "30 GW", "--data", dir.to_str().unwrap()]);
    assert_eq!(report["results"]["homes"]["value"], 26_280_000.0);
    assert_eq!(report["assumptions"][0]["id"], "us-home-test");
}

#[test]
fn data_dir_with_an_unknown_unit_is_refused() {
    let dir = data_dir(
        "unit",
        "households.toml",
        &ONE_HOME.replace("kWh/yr", "kWh/fortnight"),
    );
    let assert = wattcheck(&["homes", "30 GW", "--data", dir.to_str().unwrap()]).code(2);
    let stderr = String::from_utf8(assert.get_output().stderr.clone()).unwrap();
    assert!(
        stderr.contains("us-home-test") && stderr.contains("fortnight"),
        "{stderr}"
    );
}

#[test]
fn data_dir_with_an_unresolved_source_is_refused() {
    let text = ONE_HOME.replace("eia-residential-2024", "eia-residental-2024");
    let dir = data_dir("source", "households.toml", &text);
    let assert = wattcheck(&["homes", "30 GW", "--data", dir.to_str().unwrap()]).code(2);
    let stderr = String::from_utf8(assert.get_output().stderr.clone()).unwrap();
    assert!(
        stderr.contains("did you mean `eia-residential-2024`"),
        "{stderr}"
    );
}

#[test]
fn data_dir_with_an_unknown_field_is_refused() {
    let dir = data_dir(
        "field",
        "households.toml",
        &ONE_HOME.replace("status", "stauts"),
    );
    wattcheck(&["homes", "30 GW", "--data", dir.to_str().unwrap()]).code(2);
}
