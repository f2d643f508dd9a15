//! Bad input: one line on stderr saying what was expected, exit code 2, nothing on stdout.

use predicates::prelude::*;

use crate::wattcheck;

fn rejects(args: &[&str], message: &str) {
    let assert = wattcheck(args).code(2).stdout(predicate::str::is_empty());
    let stderr = String::from_utf8(assert.get_output().stderr.clone()).unwrap();
    assert!(stderr.contains(message), "stderr for {args:?}: {stderr}");
    assert_eq!(
        stderr.trim_end().lines().count(),
        1,
        "one line for {args:?}: {stderr}"
    );
    assert!(stderr.starts_with("error: "), "{stderr}");
}

#[test]
fn energy_without_a_period_suggests_per_year() {
    rejects(&["homes", "30 GWh"], "did you mean `30 GWh/yr`?");
}

#[test]
fn a_word_is_not_a_number() {
    rejects(&["homes", "thirty"], "expected a number such as `30`");
}

#[test]
fn negative_power() {
    rejects(&["share", "-5 GW"], "a power cannot be negative");
}

#[test]
fn not_a_number() {
    rejects(&["homes", "NaN"], "not a finite number");
    rejects(&["homes", "inf GW"], "not a finite number");
}

#[test]
fn case_of_si_prefix_is_named() {
    rejects(&["homes", "30 mW"], "did you mean `MW`?");
}

#[test]
fn load_factor_above_one() {
    rejects(&["homes", "30 GW", "--load-factor", "1.5"], "at most 1");
    rejects(&["homes", "30 GW", "--load-factor", "0"], "above 0");
}

#[test]
fn year_without_data_lists_the_years_held() {
    rejects(
        &["share", "30 GW", "--year", "1850"],
        "no US total end-use consumption for 1850",
    );
}

#[test]
fn missing_data_directory() {
    rejects(
        &["homes", "30 GW", "--data", "/nonexistent"],
        "does not exist",
    );
}

#[test]
fn decimal_comma_is_refused() {
    rejects(&["homes", "1,5 GW"], "groups of three digits");
}

#[test]
fn per_home_needs_a_period() {
    rejects(
        &["homes", "30 GW", "--per-home", "10791 kWh"],
        "did you mean `10791 kWh/yr`?",
    );
}

#[test]
fn load_factor_on_an_annual_energy() {
    rejects(
        &["share", "176 TWh/yr", "--load-factor", "0.5"],
        "already an energy per year",
    );
}

#[test]
fn money_is_not_a_load() {
    rejects(&["homes", "$38B"], "expected a power");
}

#[test]
fn unknown_source_or_figure() {
    rejects(&["sources", "lbnl-2025"], "did you mean `lbnl-2024`?");
}

#[test]
fn bad_pue() {
    rejects(&["footprint", "30 GW", "--pue", "0.9"], "at least 1");
}

#[test]
fn usage_errors_exit_2() {
    wattcheck(&["homes"]).code(2);
    wattcheck(&["frobnicate"]).code(2);
}
