//! The JSON contract: keys, canonical units, values checked by hand.

use crate::{assert_close, json, result};

#[test]
fn homes_30_gw_at_10791_kwh_per_home() {
    // python3: 30e9*8760/10791e3 = 24353628.02; 30e9*8760 Wh = 2.628e14 Wh = 262.8 TWh
    let report = json(&["homes", "30 GW", "--per-home", "10,791 kWh/yr"]);
    assert_eq!(report["command"], "homes");
    assert_eq!(result(&report, "homes").round(), 24_353_628.0);
    assert_eq!(report["results"]["annual_energy"]["unit"], "Wh");
    assert_close(result(&report, "annual_energy"), 262.8e12, 1e-12);
    assert_eq!(report["inputs"]["load"]["unit"], "W");
    assert_eq!(report["inputs"]["load"]["value"], 30e9);
}

#[test]
fn the_same_load_written_five_ways_gives_the_same_homes() {
    for load in [
        "30 GW",
        "30GW",
        "30,000 MW",
        "30 gigawatts",
        "٣٠ جيجاواط",
        "262.8 TWh/yr",
    ] {
        let report = json(&["homes", load, "--per-home", "10,791 kWh/yr"]);
        assert_eq!(result(&report, "homes").round(), 24_353_628.0, "for {load}");
    }
}

#[test]
fn homes_default_uses_newest_confirmed_average_with_its_source() {
    // python3: 262.8e12/10359e3 = 25369244.14 (863.3 kWh/month, EIA Table 5A 2024)
    let report = json(&["homes", "30 GW"]);
    assert_close(result(&report, "homes"), 25_369_244.135_5, 1e-9);
    let assumption = &report["assumptions"][0];
    assert_eq!(assumption["id"], "us-home-2024");
    assert_eq!(assumption["source"], "eia-table5a-2024");
    assert_eq!(assumption["unit"], "Wh/yr");
    assert_close(assumption["value"].as_f64().unwrap(), 10_359_000.0, 1e-12);
    let warnings = report["warnings"].to_string();
    assert!(warnings.contains("full load"), "{warnings}");
}

#[test]
fn homes_back_from_a_count() {
    // python3: 25e6*10359 kWh = 2.58975e14 Wh; /8760 h = 29.563 GW; at 0.5 load factor 59.127 GW
    let report = json(&["homes", "25 million homes", "--load-factor", "0.5"]);
    assert_close(result(&report, "annual_energy"), 2.589_75e14, 1e-12);
    assert_close(result(&report, "load"), 59.126_712e9, 1e-7);
}

#[test]
fn share_of_176_twh_in_2023_is_4_4_percent_of_end_use() {
    // python3: 176/4000 = 0.044
    let report = json(&["share", "176 TWh/yr", "--year", "2023"]);
    assert_close(result(&report, "share"), 0.044, 1e-12);
    assert_close(result(&report, "national_total"), 4000e12, 1e-12);
    assert_eq!(report["assumptions"][0]["id"], "us-end-use-2023");
}

#[test]
fn share_in_2028_uses_the_total_lbnl_implies() {
    // python3: 262.8/4840 = 0.054298
    let report = json(&["share", "30 GW", "--year", "2028"]);
    assert_close(result(&report, "share"), 0.054_297_52, 1e-6);
    assert_eq!(report["assumptions"][0]["id"], "us-implied-total-2028");
    assert_eq!(report["assumptions"][0]["status"], "computed");
}

#[test]
fn share_on_retail_sales_is_higher() {
    // python3: 176/3861.3 = 0.04558
    let report = json(&[
        "share",
        "176 TWh/yr",
        "--year",
        "2023",
        "--denominator",
        "retail-sales",
    ]);
    assert_close(result(&report, "share"), 0.045_580, 1e-4);
}

#[test]
fn footprint_results_in_canonical_units() {
    // python3: 262.8e9 kWh * 0.81 lb * 0.45359237 kg/lb = 96.555e9 kg (uom's pound is
    // 0.4535924 kg, 7e-8 off the exact definition, hence the 1e-6 tolerance)
    //          262.8e9 kWh / 1.56 * 1.32 L = 222.369e9 L (WUE 0.84-1.8, its middle 1.32);
    //          262.8/4110 = 0.063942
    let report = json(&["footprint", "30 GW"]);
    assert_eq!(report["results"]["co2"]["unit"], "kg");
    assert_close(result(&report, "co2"), 96.555_300_6e9, 1e-6);
    assert_eq!(report["results"]["water"]["unit"], "L");
    assert_close(result(&report, "water"), 222.369_230_769e9, 1e-9);
    assert_close(result(&report, "share"), 262.8 / 4110.0, 1e-12);
    assert_close(result(&report, "homes"), 25_369_244.135_5, 1e-9);
    let warnings = report["warnings"].to_string();
    assert!(
        warnings.contains("`industry-wue` is a range, 0.84–1.8 L/kWh"),
        "the contested WUE must be shown as the range it is: {warnings}"
    );
}

#[test]
fn load_factor_halves_energy_and_drops_the_full_load_caveat() {
    let report = json(&["footprint", "30 GW", "--load-factor", "50%"]);
    assert_close(result(&report, "annual_energy"), 131.4e12, 1e-12);
    assert!(!report["warnings"].to_string().contains("full load"));
}
