//! Snapshots (insta) of every exporter, rendered from results built by hand, and of the
//! messages a user sees for bad input, run through the library entry point. A changed snapshot
//! is reviewed like code: `cargo insta review`, or `INSTA_UPDATE=always cargo test` and a diff.

use std::iter::once;

use clap::Parser;
use wattcheck::app::execute;
use wattcheck::calculators::Calculated;
use wattcheck::cli::Cli;
use wattcheck::data::Dataset;
use wattcheck::model::share::ShareOutputs;
use wattcheck::provenance::{Provenance, Warning};
use wattcheck::report::{Format, Value};
use wattcheck::request::Request;
use wattcheck::uncertainty::sampling::{Estimate, InputValue, Spread, Tornado, TornadoRow};
use wattcheck::units::{Energy, Quantity, Ratio};

fn twh(value: f64) -> Energy {
    Energy::new::<uom::si::energy::terawatt_hour>(value)
}

fn share(energy: f64, total: f64) -> ShareOutputs {
    ShareOutputs {
        annual_energy: twh(energy),
        national_total: twh(total),
        share: Ratio::new::<uom::si::ratio::ratio>(energy / total),
    }
}

/// A share result by hand: 176 TWh of 4,000 TWh (4.4%), sampled, with a tornado.
fn sampled_share() -> Calculated<ShareOutputs> {
    let mut provenance = Provenance::default();
    provenance.echo(
        "load",
        "Load (energy per year)",
        Value::Text("150..200 TWh/yr".into()),
    );
    provenance.warn(Warning::Note("a note for the reader".into()));
    let estimate = Estimate {
        point: share(176.0, 4_000.0),
        spread: Some(Spread {
            mean: share(177.0, 4_000.0),
            p5: share(150.0, 4_000.0),
            p50: share(176.0, 4_000.0),
            p95: share(200.0, 4_000.0),
            histograms: vec![Vec::new(); 3],
            samples: 1_000,
            seed: 42,
        }),
        tornado: Some(Tornado {
            output: "share",
            rows: vec![TornadoRow {
                input: "load".into(),
                input_p5: InputValue::AnnualEnergy(twh(150.0) / wattcheck::units::year()),
                input_p95: InputValue::AnnualEnergy(twh(200.0) / wattcheck::units::year()),
                result_at_p5: Quantity::Percent(Ratio::new::<uom::si::ratio::ratio>(0.0375)),
                result_at_p95: Quantity::Percent(Ratio::new::<uom::si::ratio::ratio>(0.05)),
                swing: Quantity::Percent(Ratio::new::<uom::si::ratio::ratio>(0.0125)),
            }],
        }),
    };
    Calculated::new(
        "share",
        "150..200 TWh/yr as a share".into(),
        provenance,
        estimate,
    )
}

fn point_share() -> Calculated<ShareOutputs> {
    let mut provenance = Provenance::default();
    provenance.echo(
        "load",
        "Load (energy per year)",
        Value::Text("176 TWh/yr".into()),
    );
    let estimate = Estimate {
        point: share(176.0, 4_000.0),
        spread: None,
        tornado: None,
    };
    Calculated::new(
        "share",
        "176 TWh/yr as a share".into(),
        provenance,
        estimate,
    )
    .label("national_total", "US total (given)".into())
}

fn exported(result: &Calculated<ShareOutputs>, format: Format) -> String {
    String::from_utf8(result.report().unwrap().export(format).unwrap()).unwrap()
}

#[test]
fn exporters_of_a_point_result() {
    let result = point_share();
    insta::assert_snapshot!("point_table", exported(&result, Format::Table));
    insta::assert_snapshot!("point_json", exported(&result, Format::Json));
    insta::assert_snapshot!("point_csv", exported(&result, Format::Csv));
    insta::assert_snapshot!("point_markdown", exported(&result, Format::Markdown));
}

#[test]
fn exporters_of_a_sampled_result_with_its_tornado() {
    // The CSV keeps every result and adds the tornado's rows (it used to write only the tornado).
    let result = sampled_share();
    insta::assert_snapshot!("sampled_table", exported(&result, Format::Table));
    insta::assert_snapshot!("sampled_json", exported(&result, Format::Json));
    insta::assert_snapshot!("sampled_csv", exported(&result, Format::Csv));
    insta::assert_snapshot!("sampled_markdown", exported(&result, Format::Markdown));
}

/// The message of a run that fails, as `main` prints it after `error: `.
fn error_of(args: &[&str]) -> String {
    let cli = match Cli::try_parse_from(once("wattcheck").chain(args.iter().copied())) {
        Ok(cli) => cli,
        Err(e) => return e.to_string(),
    };
    let run = Request::from_cli(&cli).and_then(|request| {
        let dataset = Dataset::embedded()?;
        execute(&request, &dataset)
    });
    match run {
        Ok(_) => panic!("{args:?} ran without an error"),
        Err(e) => format!("{e:#}"),
    }
}

#[test]
fn messages_for_bad_input() {
    let cases: &[(&str, &[&str])] = &[
        ("energy_for_a_power", &["homes", "30 GWh"]),
        ("lowercase_prefix", &["homes", "30 mw"]),
        ("not_a_number", &["homes", "thirty GW"]),
        ("negative_load", &["share", "-5 GW", "--year", "2023"]),
        (
            "load_factor_above_one",
            &["homes", "30 GW", "--load-factor", "1.5"],
        ),
        (
            "load_factor_on_energy",
            &["homes", "176 TWh/yr", "--load-factor", "50%"],
        ),
        (
            "per_home_without_period",
            &["homes", "30 GW", "--per-home", "10,791 kWh"],
        ),
        ("unknown_region", &["homes", "30 GW", "--region", "XX"]),
        ("year_without_total", &["share", "30 GW", "--year", "2040"]),
        (
            "from_after_year",
            &[
                "share", "1 GW", "--from", "2030", "--year", "2028", "--growth", "0.1",
            ],
        ),
        ("unknown_chip", &["fleet", "100", "foo"]),
        ("zero_chips", &["fleet", "0", "h100"]),
        ("pue_below_one", &["fleet", "100", "h100", "--pue", "0.9"]),
        ("money_of_energy", &["cost", "30 GWh"]),
        ("per_energy", &["cost", "$1T", "--per", "100 TWh/yr"]),
        ("years_of_money", &["cost", "$38B", "--years", "$7"]),
        ("samples_not_whole", &["homes", "30 GW", "--samples", "1.5"]),
        ("too_many_samples", &["homes", "30 GW", "--samples", "1e12"]),
        ("unknown_source", &["project", "--source", "lbnl-2042"]),
        (
            "project_from_after_to",
            &["project", "--from", "2030", "--to", "2020"],
        ),
        ("plot_to_stdout", &["plot", "projection"]),
        (
            "plot_without_command",
            &["plot", "distribution", "-o", "d.svg"],
        ),
        (
            "toml_for_a_calculator",
            &["homes", "30 GW", "--format", "toml"],
        ),
        ("unknown_figure", &["sources", "nothing-here"]),
    ];
    for (name, args) in cases {
        insta::assert_snapshot!(*name, error_of(args));
    }
}
