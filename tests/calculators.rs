//! fleet, cost and project: values checked by hand (Python one-liners) and against published
//! figures.

use crate::{assert_close, json, result, wattcheck};

#[test]
fn fleet_of_100k_h100_at_pue_1_2_is_near_colossus() {
    // Published: xAI Colossus, ~150 MW for 100,000 H100 (as reported for xAI's Colossus).
    // python3: 100000 * 10.2e3/8 * 1.2 = 153.0e6 W (DGX H100 10.2 kW per 8 GPUs)
    let report = json(&["fleet", "100000", "H100", "--pue", "1.2"]);
    assert_close(result(&report, "chip_power"), 70e6, 1e-12);
    assert_close(result(&report, "server_power"), 127.5e6, 1e-12);
    assert_close(result(&report, "facility_power"), 153e6, 1e-12);
    assert_close(result(&report, "facility_power"), 150e6, 0.05);
    // python3: 153e6*8760/10359e3 = 129383.145 (10,359 kWh/yr, EIA Table 5A 2024)
    assert_close(result(&report, "homes"), 129_383.145, 1e-5);
}

#[test]
fn nvl72_rack_agrees_with_its_published_power() {
    // Published: GB200 NVL72 ~120 kW (introl, kshirol-dev), power shelves up to 132 kW.
    for name in ["GB200", "gb200", "GB-200", "gb 200"] {
        let report = json(&["fleet", "72", name]);
        let rack = result(&report, "server_power");
        assert!((120e3..=132e3).contains(&rack), "{name}: {rack}");
        assert_close(result(&report, "chip_power"), 72.0 * 1200.0, 1e-12);
    }
}

#[test]
fn a_blackwell_gpu_is_about_2_to_3_kw_at_the_grid() {
    // Rule of thumb from the DGX and NVL72 figures: "roughly 2–3 kW per Blackwell GPU at the grid"; python3: 120e3/72*1.3 = 2166.7
    let report = json(&["fleet", "1", "gb200"]);
    assert_close(result(&report, "facility_power"), 2_166.667, 1e-6);
}

#[test]
fn chip_without_a_system_figure_uses_the_typical_overhead() {
    // python3: 1000 * 700 * 1.6 * 1.3 = 1.456e6 W
    let report = json(&["fleet", "1k", "h200"]);
    assert_close(result(&report, "facility_power"), 1.456e6, 1e-12);
    let report = json(&["fleet", "1000", "h200", "--overhead", "1.4", "--pue", "1.1"]);
    assert_close(
        result(&report, "facility_power"),
        1000.0 * 700.0 * 1.4 * 1.1,
        1e-12,
    );
}

#[test]
fn cost_of_30_gw_for_1_4_trillion() {
    // python3: 1.4e12/30e9 = 46.667 USD/W = $46.7B per GW
    let report = json(&["cost", "$1.4T", "--per", "30 GW"]);
    assert_eq!(report["results"]["cost_per_power"]["unit"], "USD/W");
    assert_close(result(&report, "cost_per_power"), 46.666_667, 1e-6);
    // python3: 1.4e12 / (262.8e12/10359e3) = 55184.93
    assert_close(result(&report, "cost_per_home"), 55_184.93, 1e-5);
    assert!(
        report["warnings"]
            .to_string()
            .contains("within the public range")
    );
}

#[test]
fn cost_per_year_of_a_deal() {
    // python3: 38e9/7 = 5.4286e9; 300e9/5 = 60e9
    assert_close(
        result(&json(&["cost", "$38B", "--years", "7"]), "cost_per_year"),
        5.428_571e9,
        1e-6,
    );
    assert_close(
        result(
            &json(&["cost", "300 billion USD", "--years", "5 years"]),
            "cost_per_year",
        ),
        60e9,
        1e-12,
    );
}

#[test]
fn cost_without_a_capacity_gives_what_the_range_buys() {
    // python3: 38e9/50 = 0.76e9 W; 38e9/40 = 0.95e9 W
    let report = json(&["cost", "$38B"]);
    assert_close(result(&report, "capacity_low"), 0.76e9, 1e-12);
    assert_close(result(&report, "capacity_high"), 0.95e9, 1e-12);
}

/// The `projections` rows of a JSON atlas for one projection and year.
fn atlas_value(report: &serde_json::Value, projection: &str, year: i64) -> f64 {
    report["results"]["projections"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["projection"] == projection && r["year"] == year)
        .unwrap_or_else(|| panic!("no {projection} {year}"))["value"]["value"]
        .as_f64()
        .unwrap()
}

#[test]
fn lbnl_shares_reproduced() {
    let report = json(&["project", "--source", "lbnl-2024", "--metric", "share"]);
    assert_close(atlas_value(&report, "lbnl-2024", 2023), 0.044, 1e-12);
    assert_close(atlas_value(&report, "lbnl-2024-low", 2028), 0.067, 1e-12);
    assert_close(atlas_value(&report, "lbnl-2024-high", 2028), 0.12, 1e-12);
}

#[test]
fn lbnl_path_between_2023_and_2028_is_interpolated() {
    // Geometric interpolation, python3: 176*(580/176)**(1/5) = 223.4 TWh (2024, high);
    // 176*(325/176)**(4/5) = 287.5 TWh (2027, low).
    let report = json(&[
        "project",
        "--source",
        "lbnl-2024",
        "--from",
        "2024",
        "--to",
        "2027",
    ]);
    let rows = report["results"]["projections"].as_array().unwrap();
    assert!(rows.iter().all(|r| r["status"] == "interpolated"));
    assert_eq!(rows[0]["value"]["unit"], "Wh/yr");
    assert_close(atlas_value(&report, "lbnl-2024-high", 2024), 223.4e12, 2e-4);
    assert_close(atlas_value(&report, "lbnl-2024-low", 2027), 287.5e12, 2e-4);
}

#[test]
fn average_power_of_a_projection() {
    // python3: 580e12/8760 = 66.21e9 W
    let report = json(&[
        "project",
        "--source",
        "lbnl-2024",
        "--metric",
        "gw",
        "--from",
        "2028",
    ]);
    assert_close(
        atlas_value(&report, "lbnl-2024-high", 2028),
        66.210_046e9,
        1e-6,
    );
}

#[test]
fn share_in_2028_by_default_divides_by_what_lbnl_implies() {
    // python3: 580/4840 = 0.11983
    let report = json(&["share", "580 TWh/yr", "--year", "2028"]);
    assert_close(result(&report, "share"), 0.119_835, 1e-5);
}

#[test]
fn calculator_bad_input() {
    let cases: &[(&[&str], &str)] = &[
        (&["fleet", "100", "gb2000"], "did you mean `gb200`?"),
        (&["fleet", "100", "tpu-v5"], "known chips"),
        (
            &["fleet", "hundreds of thousands", "gb300"],
            "such as `300000`",
        ),
        (&["fleet", "100", "h100", "--pue", "0.9"], "at least 1"),
        (&["cost", "$38B", "--years", "0"], "above zero"),
        (&["cost", "30 GW"], "expected an amount of money"),
        (
            &[
                "share",
                "415 TWh/yr",
                "--world",
                "--denominator",
                "retail-sales",
            ],
            "retail sales are held for the US and its states only",
        ),
        (
            &["project", "--source", "lbnl-2025"],
            "did you mean `lbnl-2024`?",
        ),
        (&["project", "--from", "2030", "--to", "2020"], "after"),
    ];
    for (args, message) in cases {
        let assert = wattcheck(args).code(2);
        let stderr = String::from_utf8(assert.get_output().stderr.clone()).unwrap();
        assert!(stderr.contains(message), "{args:?}: {stderr}");
        assert!(assert.get_output().stdout.is_empty());
    }
}

#[test]
fn an_uncertain_term_gives_percentiles_of_the_yearly_cost() {
    // 5..9 years is lognormal with median √(5×9) = 6.708 years; python3: 38e9/math.sqrt(45) = 5.665e9
    let report = json(&["cost", "$38B", "--years", "5..9", "--samples", "200000"]);
    let per_year = &report["results"]["cost_per_year"];
    assert_close(per_year["value"].as_f64().unwrap(), 5.664_705e9, 1e-6);
    assert_close(per_year["p50"].as_f64().unwrap(), 5.664_705e9, 5e-3);
    // P5 and P95 of the yearly cost are $38B over the P95 and P5 terms: 38/9 and 38/5 billion.
    assert_close(per_year["p5"].as_f64().unwrap(), 38e9 / 9.0, 1e-2);
    assert_close(per_year["p95"].as_f64().unwrap(), 38e9 / 5.0, 1e-2);
}
