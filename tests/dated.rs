//! An article's date: read from its dateline by `extract`, kept in the draft's `published`, and
//! the year `check` judges claims with no `year` of their own against (a 2019 article against
//! 2019's totals and household averages, not the newest). Fixtures written for the project;
//! expected values by hand (Python one-liners beside).

use super::{assert_close, draft_and_check, json, wattcheck};

const DATED_EN: &str = "Data centers and the grid\n\nWASHINGTON, June 3, 2019. Data centers took roughly 2% of all U.S. electricity, the lab found.\n\nThe new 1 GW campus is enough to power 750,000 homes.\n";

fn computed(check: &serde_json::Value, kind: &str) -> f64 {
    let claims = check["results"]["claims"].as_array().unwrap();
    let claim = claims
        .iter()
        .find(|c| c["kind"] == kind)
        .unwrap_or_else(|| panic!("no {kind} claim: {check:#}"));
    claim["computed"]["value"].as_f64().unwrap()
}

#[test]
fn a_dated_article_is_judged_against_the_figures_of_its_year() {
    let (draft, check) = draft_and_check("dated-en", DATED_EN);
    assert!(draft.contains("published = \"2019-06-03\""), "{draft}");
    // LBNL's estimate nearest 2019 is 2018's 1.9% (lbnl-dc-share-2018).
    assert_close(computed(&check, "share"), 0.019, 1e-9);
    // EIA's 2020 use per home, nearest 2019: 10,715 kWh. python3: 8.76e9 / 10715 = 817545.5
    assert_close(computed(&check, "homes"), 817_545.5, 1e-6);

    // Undated, the same text is judged against the newest figures: LBNL's 4.4% for 2023, and
    // EIA's 2024 use per home, 10,359 kWh. python3: 8.76e9 / 10359 = 845641.5
    let undated = DATED_EN.replace("WASHINGTON, June 3, 2019. ", "");
    let (draft, check) = draft_and_check("undated-en", &undated);
    assert!(!draft.contains("published"), "{draft}");
    assert_close(computed(&check, "share"), 0.044, 1e-9);
    assert_close(computed(&check, "homes"), 845_641.5, 1e-6);
}

#[test]
fn an_arabic_dateline_dates_the_article() {
    // The Levantine month name: تشرين الثاني is November.
    let (draft, check) = draft_and_check(
        "dated-ar",
        "مراكز البيانات والشبكة\n\nالثلاثاء 12 تشرين الثاني 2019\n\nقالت الشركة إن قدرة المشروع البالغة 1 غيغاواط تكفي لتزويد 750 ألف منزل في الولايات المتحدة بالكهرباء.\n",
    );
    assert!(draft.contains("published = \"2019-11-12\""), "{draft}");
    assert_close(computed(&check, "homes"), 817_545.5, 1e-6);
}

#[test]
fn a_share_of_a_load_divides_by_the_total_nearest_the_articles_year() {
    let path = std::env::temp_dir().join(format!("wattcheck-dated-{}.toml", std::process::id()));
    let claims = "[article]\ntitle = \"A 2019 article\"\npublished = \"2019-06-03\"\n\n[[claim]]\nid = \"share-80\"\nquote = \"80 TWh a year, 2% of US electricity\"\nkind = \"share\"\nstated = \"2%\"\nload = \"80 TWh/yr\"\n";
    std::fs::write(&path, claims).unwrap();
    let check = json(&["check", path.to_str().unwrap()]);
    // EIA total end-use consumption 2019: 3,940 TWh. python3: 80 / 3940 = 0.0203046
    assert_close(computed(&check, "share"), 80.0 / 3940.0, 1e-6);

    std::fs::write(&path, claims.replace("2019-06-03", "June 2019")).unwrap();
    wattcheck(&["check", path.to_str().unwrap()])
        .code(2)
        .stderr(predicates::str::contains(
            "article.published: `June 2019` is not a date: expected one such as `2025-11-03`",
        ));
}

#[test]
fn a_day_without_a_year_is_not_a_quantity_unless_a_unit_follows() {
    let output = assert_cmd::Command::cargo_bin("wattcheck")
        .unwrap()
        .args(["extract", "-", "--format", "json"])
        .write_stdin(
            "On June 3 the utility said that in July 3 GW came online. في 5 نوفمبر أعلنت الشركة.",
        )
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let report: serde_json::Value = serde_json::from_slice(&output).unwrap();
    let texts: Vec<&str> = report["results"]["quantities"]
        .as_array()
        .unwrap()
        .iter()
        .map(|q| q["text"].as_str().unwrap())
        .collect();
    assert_eq!(texts, ["3 GW"], "{report:#}");
}
