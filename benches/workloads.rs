//! In-process benchmarks of the workloads wattcheck is compared on (`benches/peers.sh` times
//! the whole processes side by side with the peers): W1's conversion through the parser and
//! model, and W2's Monte Carlo at one million draws.

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use wattcheck::model::{energy, households, projection, share};
use wattcheck::uncertainty::monte_carlo::{Draw, simulate};
use wattcheck::units::parse::{parse_annual_energy, parse_power};
use wattcheck::uncertainty::uncertain::parse_uncertain;
use wattcheck::units::{Ratio, year};

fn w1_convert(c: &mut Criterion) {
    c.bench_function("w1 parse and convert 30 GW to homes", |b| {
        b.iter(|| {
            let load = parse_power(black_box("30 GW")).unwrap();
            let per_home = parse_annual_energy(black_box("10,791 kWh/yr")).unwrap();
            let annual = energy::annual_energy(load, Ratio::new::<uom::si::ratio::ratio>(1.0));
            households::homes(annual, per_home)
        })
    });
}

fn w2_montecarlo(c: &mut Criterion) {
    let inputs = [
        parse_uncertain("176 TWh/yr").unwrap(),
        parse_uncertain("tri(0.13, 0.20, 0.27)").unwrap(),
        parse_uncertain("normal(4300, 150) TWh/yr").unwrap(),
    ];
    let model = |d: &Draw, out: &mut [f64]| {
        let annual = projection::grow(d.power(0) * year(), d.ratio(1), 5);
        out[0] = share::share(annual, d.power(2)).value;
    };
    let mut group = c.benchmark_group("w2");
    group.sample_size(10);
    group.bench_function("share 2028, 1M draws", |b| {
        b.iter(|| simulate(&inputs, 1, 1_000_000, 42, &model, &|_| {}))
    });
    group.finish();
}

criterion_group!(benches, w1_convert, w2_montecarlo);
criterion_main!(benches);
