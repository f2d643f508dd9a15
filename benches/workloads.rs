//! In-process benchmarks of the workloads wattcheck is compared on (`benches/peers.sh` times
//! the whole processes side by side with the peers): W1's conversion through the parser and
//! model, and W2's Monte Carlo at one million draws.

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use wattcheck::model::energy::Load;
use wattcheck::model::households;
use wattcheck::model::share::{self, Growth};
use wattcheck::uncertainty::sampling::{Calc, Input, Sampling};
use wattcheck::uncertainty::uncertain::parse_uncertain;
use wattcheck::units::parse::{parse_energy_per_year, parse_power};
use wattcheck::units::{Power, Ratio};

fn w1_convert(c: &mut Criterion) {
    c.bench_function("w1 parse and convert 30 GW to homes", |b| {
        b.iter(|| {
            let load = parse_power(black_box("30 GW")).unwrap();
            let per_home = parse_energy_per_year(black_box("10,791 kWh/yr")).unwrap();
            let load = Load::Capacity {
                power: load,
                load_factor: Ratio::new::<uom::si::ratio::ratio>(1.0),
            };
            households::evaluate(load, per_home)
        })
    });
}

fn w2_montecarlo(c: &mut Criterion) {
    let mut calc = Calc::new();
    let given = |text: &str| Input::Given(parse_uncertain(text).unwrap());
    let load = calc.add::<Power>("load", &given("176 TWh/yr"));
    let rate = calc.add::<Ratio>("growth", &given("tri(0.13, 0.20, 0.27)"));
    let total = calc.add::<Power>("total", &given("normal(4300, 150) TWh/yr"));
    let sampling = Sampling {
        samples: Some(1_000_000),
        default_samples: 1_000_000,
        seed: 42,
        sensitivity: false,
        progress: None,
    };
    let model = |d: &wattcheck::uncertainty::monte_carlo::Draw| {
        let growth = Growth {
            rate: d.get(rate),
            years: 5,
        };
        share::evaluate(Load::EnergyPerYear(d.get(load)), Some(growth), d.get(total))
    };
    let mut group = c.benchmark_group("w2");
    group.sample_size(10);
    group.bench_function("share 2028, 1M draws", |b| {
        b.iter(|| calc.run(&sampling, model))
    });
    group.finish();
}

/// A report of `bytes` written in the forms the press uses (shares, costs, homes, growth,
/// chips), in both languages, one sentence after another.
fn report_text(bytes: usize) -> String {
    const SENTENCES: &[&str] = &[
        "Data centers used about 4.4% of U.S. electricity in 2023, the lab said.",
        "The 2 GW campus will cost $40 billion to build.",
        "That is enough to power about 1.5 million homes.",
        "وتبلغ قدرة المركز 300 ميغاواط، ما يكفي لتزويد 250 ألف منزل بالكهرباء.",
        "Demand tripled to 60 TWh from 20 TWh over the decade.",
        "The company plans to deploy 100,000 H100 chips next year.",
    ];
    let mut text = String::new();
    for (i, sentence) in SENTENCES.iter().cycle().enumerate() {
        if text.len() >= bytes {
            break;
        }
        text.push_str(sentence);
        text.push_str(if i % 5 == 4 { "\n\n" } else { " " });
    }
    text
}

/// `extract` on reports of growing size: time should grow with the text, not faster.
fn extract_scaling(c: &mut Criterion) {
    let dataset = wattcheck::data::Dataset::embedded().unwrap();
    let mut group = c.benchmark_group("extract");
    group.sample_size(10);
    for kib in [64, 256, 1024] {
        let text = report_text(kib * 1024);
        group.bench_function(format!("{kib} KiB"), |b| {
            b.iter(|| {
                wattcheck::app::extract::draft_text(&dataset, black_box(&text), None).unwrap()
            })
        });
    }
    group.finish();
}

criterion_group!(benches, w1_convert, w2_montecarlo, extract_scaling);
criterion_main!(benches);
