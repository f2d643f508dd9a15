//! Monte Carlo: draws against exact moments and percentiles (statrs' inverse CDFs), the same
//! result on any number of threads, workload W2 against the peer's numbers, `depends`, the
//! tornado, and bad uncertain input.

use wattcheck::uncertainty::sampling::{Calc, Input, Sampling};
use wattcheck::uncertainty::uncertain::parse_uncertain;
use wattcheck::uncertainty::{Dist, Uncertain};
use wattcheck::units::Kind;

wattcheck::outputs! {
    /// The input itself.
    pub struct Identity {
        value: f64 = Number "value",
    }
    main [value]
}

use crate::{assert_close, wattcheck};

/// Mean and P5/P50/P95 of `dist` over a million draws of the identity model.
fn sampled(dist: Dist) -> [f64; 4] {
    let mut calc = Calc::new();
    let input = Input::Given(Uncertain {
        kind: Kind::Number,
        dist,
    });
    let slot = calc.add::<f64>("x", &input);
    let sampling = Sampling {
        samples: Some(1_000_000),
        default_samples: 1_000_000,
        seed: 7,
        sensitivity: false,
        progress: None,
    };
    let estimate = calc.run(&sampling, |d| Identity { value: d.get(slot) });
    let s = estimate.spread.expect("sampled");
    [s.mean.value, s.p5.value, s.p50.value, s.p95.value]
}

#[test]
fn draws_match_exact_moments_and_percentiles() {
    // Exact means by formula; exact percentiles from statrs (Dist::quantile), which does not
    // share code with the sampler (rand_distr, or the closed-form inverse for tri/uniform).
    let cases = [
        (
            Dist::Uniform {
                low: 1.1,
                high: 1.4,
            },
            1.25,
        ),
        (
            Dist::Triangular {
                low: 0.13,
                mode: 0.20,
                high: 0.27,
            },
            (0.13 + 0.20 + 0.27) / 3.0,
        ),
        (
            Dist::Normal {
                mean: 4300.0,
                sd: 150.0,
            },
            4300.0,
        ),
        (
            Dist::LogNormal {
                mu: 3.4,
                sigma: 0.1,
            },
            (3.4f64 + 0.005).exp(),
        ),
        (
            Dist::Pert {
                low: 20.0,
                mode: 30.0,
                high: 50.0,
            },
            (20.0 + 4.0 * 30.0 + 50.0) / 6.0,
        ),
    ];
    for (dist, mean) in cases {
        let [m, p5, p50, p95] = sampled(dist.clone());
        assert_close(m, mean, 2e-3);
        assert_close(p5, dist.quantile(0.05), 3e-3);
        assert_close(p50, dist.quantile(0.50), 3e-3);
        assert_close(p95, dist.quantile(0.95), 3e-3);
    }
}

#[test]
fn a_range_is_a_90_percent_interval() {
    // 25..35 GW: lognormal with P5 = 25 GW and P95 = 35 GW exactly.
    let value = parse_uncertain("25..35 GW").unwrap();
    assert_eq!(value.kind, Kind::Power);
    assert_close(value.dist.quantile(0.05), 25e9, 1e-9);
    assert_close(value.dist.quantile(0.95), 35e9, 1e-9);
    // 30 GW ±10%: normal with P5 = 27 GW and P95 = 33 GW.
    let value = parse_uncertain("30 GW ±10%").unwrap();
    assert_close(value.dist.quantile(0.05), 27e9, 1e-9);
    assert_close(value.dist.quantile(0.95), 33e9, 1e-9);
    // normal(4300, 150) TWh/yr: mean 4300 TWh a year, as a power (python3: 4300e12/8760).
    let value = parse_uncertain("normal(4300, 150) TWh/yr").unwrap();
    assert_close(value.dist.central(), 4300e12 / 8760.0, 1e-12);
}

const W2: &[&str] = &[
    "share",
    "176 TWh/yr",
    "--from",
    "2023",
    "--year",
    "2028",
    "--growth",
    "tri(0.13, 0.20, 0.27)",
    "--national-total",
    "normal(4300, 150) TWh/yr",
    "--seed",
    "42",
    "--format",
    "json",
];

fn w2(samples: &str, threads: &str) -> Vec<u8> {
    let mut command = assert_cmd::Command::cargo_bin("wattcheck").unwrap();
    command
        .env("RAYON_NUM_THREADS", threads)
        .args(W2)
        .args(["--samples", samples]);
    command.assert().success().get_output().stdout.clone()
}

#[test]
fn w2_matches_the_peer_to_monte_carlo_error() {
    // The numpy peer at N = 1M, seed 42: mean 10.255, P5 8.260, P50 10.188,
    // P95 12.482 percent. Different generators agree to Monte Carlo error, |Δ| ≤ 0.01 points.
    let report: serde_json::Value = serde_json::from_slice(&w2("1000000", "2")).unwrap();
    let share = &report["results"]["share"];
    for (key, peer) in [
        ("mean", 10.255),
        ("p5", 8.260),
        ("p50", 10.188),
        ("p95", 12.482),
    ] {
        let ours = share[key].as_f64().unwrap() * 100.0;
        assert!((ours - peer).abs() <= 0.01, "{key}: {ours} vs peer {peer}");
    }
    assert_eq!(report["seed"], 42);
}

#[test]
fn same_seed_same_result_on_any_number_of_threads() {
    assert_eq!(w2("300000", "1"), w2("300000", "2"));
    assert_ne!(w2("300000", "2"), {
        let mut command = assert_cmd::Command::cargo_bin("wattcheck").unwrap();
        let mut args = W2.to_vec();
        args[11] = "43";
        command
            .args(&args)
            .args(["--samples", "300000"])
            .assert()
            .success()
            .get_output()
            .stdout
            .clone()
    });
}

#[test]
fn a_claim_that_holds_in_part_of_the_draws_depends() {
    // Load factor uniform on 0.5–1.0: homes ≈ 25.3M × LF (python3: 30e9*8760/10380e3 = 25.32e6).
    // 25M is within 10% of the computed value when that is at least 25/1.1 = 22.7M, so when
    // LF ≥ 0.90: (1 − 0.90)/0.5 ≈ 20% of the draws (19% here, the per-home range included).
    let path = std::env::temp_dir().join(format!("wattcheck-depends-{}.toml", std::process::id()));
    std::fs::write(
        &path,
        "[article]\ntitle = \"t\"\n\n[[claim]]\nid = \"homes\"\nquote = \"q\"\nkind = \"homes\"\nload = \"30 GW\"\nstated = \"25 million\"\n[claim.assume]\nload_factor = \"uniform(0.5, 1.0)\"\n",
    )
    .unwrap();
    let output = wattcheck(&[
        "check",
        path.to_str().unwrap(),
        "--samples",
        "200000",
        "--format",
        "json",
    ])
    .success();
    let report: serde_json::Value = serde_json::from_slice(&output.get_output().stdout).unwrap();
    let claim = &report["results"]["claims"][0];
    assert_eq!(claim["verdict"], "depends");
    let explanation = claim["explanation"].as_str().unwrap();
    assert!(
        explanation.contains("the claim holds in 19% of them"),
        "{explanation}"
    );
}

#[test]
fn tornado_ranks_growth_above_the_national_total() {
    let output = wattcheck(
        &[
            &W2[..12],
            &["--sensitivity", "--format", "json", "--samples", "1000"],
        ]
        .concat(),
    )
    .success();
    let report: serde_json::Value = serde_json::from_slice(&output.get_output().stdout).unwrap();
    let rows = report["results"]["sensitivity"].as_array().unwrap();
    assert_eq!(rows[0]["input"], "growth");
    // python3: 176*(1+q)**5/4300 at the P5/P95 of tri(0.13,0.20,0.27): q = 0.1521, 0.2479
    assert_close(
        rows[0]["result_at_p5"]["value"].as_f64().unwrap(),
        176.0 * 1.152_135f64.powi(5) / 4300.0,
        1e-3,
    );
    assert_close(
        rows[0]["result_at_p95"]["value"].as_f64().unwrap(),
        176.0 * 1.247_865f64.powi(5) / 4300.0,
        1e-3,
    );
}

#[test]
fn bad_uncertain_input() {
    let cases: &[(&[&str], &str)] = &[
        (&["homes", "tri(3, 2, 1) GW"], "low <= mode <= high"),
        (&["homes", "normal(5, -1) GW"], "standard deviation above 0"),
        (&["homes", "25..15 GW"], "low end below its high end"),
        (&["homes", "30 GW ± 3"], "`±` needs a percent"),
        (&["homes", "30 GW", "--samples", "0"], "at least 1"),
        (&["homes", "30 GW", "--samples", "1e12"], "1,000,000,000"),
        (
            &["homes", "30 GW", "--load-factor", "uniform(0.5, 1.5)"],
            "at most 1",
        ),
    ];
    for (args, message) in cases {
        let assert = wattcheck(args).code(2);
        let stderr = String::from_utf8(assert.get_output().stderr.clone()).unwrap();
        assert!(stderr.contains(message), "{args:?}: {stderr}");
        assert!(assert.get_output().stdout.is_empty());
    }
}
