//! The hostile-input suite: a corpus of bad text in every text argument of every command, bad
//! files, bad data directories and bad output paths, run through the library's entry point (the
//! real binary for a few). Each run must end with exit code 2 (or 0 where the input is in fact
//! valid), a message, no panic, nothing on stdout on failure, and no partial output file.

use std::path::PathBuf;

use proptest::prelude::*;

/// Bad (and borderline) text, tried in every text argument.
pub fn corpus() -> Vec<String> {
    let mut texts: Vec<String> = [
        "",
        " ",
        "\t\n",
        "1e400",
        "-1e400",
        "1e-400",
        "NaN GW",
        "nan",
        "inf",
        "-inf GW",
        "-0",
        "-5 GW",
        "3٠ GW",
        "3\u{200F}0 GW",
        "\u{200B}30 GW",
        "\u{202E}30 GW",
        "30\u{1}GW",
        "Gw",
        "30 Gw",
        "30 GWH",
        "30 kwh",
        "30 mW",
        "30 GWh",
        "$38B",
        "25M homes",
        "30 GW GW",
        "30,00 GW",
        "1,2,3",
        "-",
        "+",
        ".",
        "..",
        "1..",
        "..2 GW",
        "25..15 GW",
        "tri(",
        "tri(1,2)",
        "tri(3, 2, 1)",
        "normal(1, 0)",
        "normal(5, -1) GW",
        "uniform(2,1)",
        "30 GW ±",
        "30 GW ± 3",
        "±10%",
        "((((",
        "1_",
        "_1",
        "1.2.3",
        "0x10",
        "१२३ GW",
        "🔥 GW",
        "hundreds of thousands",
        "١٢٣٤٥٦٧٨٩٠١٢٣٤٥٦٧٨٩٠e999",
        "30 GW/yr/yr",
        "30 per per year",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    texts.push("9".repeat(10_000));
    texts.push(format!("30 {}", "G".repeat(5_000)));
    texts.push("٣".repeat(10_000));
    texts
}

/// Where a text goes: the arguments around the `{}`.
const POSITIONS: &[&[&str]] = &[
    &["homes", "{}"],
    &["share", "{}"],
    &["footprint", "{}"],
    &["homes", "30 GW", "--per-home", "{}"],
    &["homes", "30 GW", "--load-factor", "{}"],
    &["share", "30 GW", "--national-total", "{}"],
    &[
        "share",
        "176 TWh/yr",
        "--from",
        "2023",
        "--year",
        "2028",
        "--growth",
        "{}",
    ],
    &["footprint", "30 GW", "--wue", "{}"],
    &["fleet", "{}", "h100"],
    &["fleet", "100", "{}"],
    &["fleet", "100", "h100", "--pue", "{}"],
    &["fleet", "100", "h100", "--overhead", "{}"],
    &["cost", "{}"],
    &["cost", "$1B", "--per", "{}"],
    &["cost", "$1B", "--years", "{}"],
    &["homes", "30 GW", "--samples", "{}"],
    &["sources", "{}"],
    &["project", "--source", "{}"],
    &["plot", "homes", "--load", "{}", "-o", "{out}"],
    &["plot", "fleet", "--count", "{}", "-o", "{out}"],
];

fn out_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("wattcheck-hostile-{name}-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// Runs the command line as `main` does, in this process; checks the outcome is a clean success
/// or a clean refusal. Returns the exit code.
fn survives(args: &[String]) -> i32 {
    use clap::Parser;
    let shown: Vec<String> = args.iter().map(|a| a.chars().take(40).collect()).collect();
    let run = std::panic::catch_unwind(|| {
        let cli = match wattcheck::cli::Cli::try_parse_from(
            std::iter::once("wattcheck").chain(args.iter().map(String::as_str)),
        ) {
            Ok(cli) => cli,
            Err(e) => return (e.exit_code(), e.to_string(), Vec::new()),
        };
        let mut stdout = Vec::new();
        match wattcheck::app::run(&cli, &mut stdout) {
            Ok(()) => (0, String::new(), stdout),
            Err(e) => (
                i32::from(wattcheck::error::exit_code(&e)),
                format!("{e:#}"),
                stdout,
            ),
        }
    });
    let Ok((code, message, stdout)) = run else {
        panic!("{shown:?} panicked");
    };
    assert!(code == 0 || code == 2, "{shown:?} exited {code}: {message}");
    if code == 2 {
        assert!(!message.trim().is_empty(), "{shown:?}: no message");
        assert!(stdout.is_empty(), "{shown:?}: wrote to stdout on failure");
    }
    code
}

/// Runs the real binary; checks the outcome is a clean success or a clean refusal. Returns the
/// code.
fn binary_survives(args: &[String]) -> i32 {
    let output = assert_cmd::Command::cargo_bin("wattcheck")
        .unwrap()
        .args(args)
        .output()
        .unwrap();
    let code = output.status.code().unwrap_or(-1);
    let stderr = String::from_utf8_lossy(&output.stderr);
    let shown: Vec<String> = args.iter().map(|a| a.chars().take(40).collect()).collect();
    assert!(code == 0 || code == 2, "{shown:?} exited {code}: {stderr}");
    assert!(
        !stderr.contains("panicked") && !stderr.contains("backtrace"),
        "{shown:?}: {stderr}"
    );
    if code == 2 {
        assert!(
            stderr.starts_with("error"),
            "{shown:?}: no message: {stderr}"
        );
        assert!(
            output.stdout.is_empty(),
            "{shown:?}: wrote to stdout on failure"
        );
    }
    code
}

fn run_positions(positions: &[&[&str]], name: &str) {
    let dir = out_dir(name);
    for (p, position) in positions.iter().enumerate() {
        for (i, text) in corpus().iter().enumerate() {
            let out = dir.join(format!("chart-{p}-{i}.png"));
            let args: Vec<String> = position
                .iter()
                .map(|a| match *a {
                    "{}" => text.clone(),
                    "{out}" => out.display().to_string(),
                    other => other.to_string(),
                })
                .collect();
            if survives(&args) == 2 {
                assert!(
                    !out.exists(),
                    "{position:?} with {text:?}: a chart was left behind"
                );
            }
        }
    }
}

#[test]
fn bad_text_in_load_arguments() {
    run_positions(&POSITIONS[..8], "load");
}

#[test]
fn bad_text_in_fleet_cost_and_sampling_arguments() {
    run_positions(&POSITIONS[8..16], "fleet");
}

#[test]
fn bad_text_in_lookups_and_charts() {
    run_positions(&POSITIONS[16..], "lookup");
}

#[test]
fn every_bad_text_is_refused_where_a_load_is_expected() {
    // These are bad as a load; the rest of the corpus either is (and is tested above) or is a
    // valid load once invisible marks are dropped (`3\u{200F}0 GW`).
    for text in [
        "",
        "1e400",
        "NaN GW",
        "3٠ GW",
        "30 Gw",
        "30 GWh",
        "$38B",
        "30,00 GW",
        "tri(3, 2, 1)",
        "-5 GW",
    ] {
        assert_eq!(
            binary_survives(&["share".into(), text.into()]),
            2,
            "{text:?}"
        );
    }
    assert_eq!(
        binary_survives(&["share".into(), "3\u{200F}0 GW".into()]),
        0
    );
}

fn write(dir: &std::path::Path, name: &str, bytes: &[u8]) -> String {
    let path = dir.join(name);
    std::fs::write(&path, bytes).unwrap();
    path.display().to_string()
}

#[test]
fn bad_files() {
    let dir = out_dir("files");
    let header = "[article]\ntitle = \"t\"\n";
    let mut many = String::from(header);
    for i in 0..100_000 {
        many.push_str(&format!("[[claim]]\nid = \"c{i}\"\nquote = \"q\"\nkind = \"cited\"\nstated = \"{i}\"\nsource = \"lbnl-2024\"\n"));
    }
    let cases: Vec<(String, i32)> = vec![
        (write(&dir, "utf8.toml", b"[article]\ntitle = \"\xff\xfe\"\n"), 2),
        (write(&dir, "empty.toml", b""), 2),
        (write(&dir, "nesting.toml", format!("{header}x = {}{}", "[".repeat(100_000), "]".repeat(100_000)).as_bytes()), 2),
        (write(&dir, "array.toml", format!("{header}x = [{}1]", "1,".repeat(1_000_000)).as_bytes()), 2),
        (write(&dir, "numbers.toml", format!("{header}[[claim]]\nid = \"a\"\nquote = \"q\"\nkind = \"homes\"\nload = \"1e400 GW\"\nstated = \"1\"\n").as_bytes()), 2),
        (write(&dir, "many.toml", many.as_bytes()), 0),
        (dir.display().to_string(), 2),
        ("/nonexistent/claims.toml".into(), 2),
    ];
    for (path, expected) in cases {
        let code = survives(&[
            "check".into(),
            path.clone(),
            "--format".into(),
            "json".into(),
        ]);
        assert_eq!(code, expected, "{path}");
    }
}

#[test]
fn bad_data_directories() {
    let dir = out_dir("data");
    let file = write(&dir, "plain-file", b"x");
    let empty = out_dir("data-empty").display().to_string();
    let wrong = out_dir("data-wrong");
    write(&wrong, "households.toml", b"this is not toml [[[");
    let wrong_series = out_dir("data-series");
    write(&wrong_series, "households.toml", b"[[figure]]\nid = \"x\"\nseries = \"household-use\"\nregion = \"US\"\nyear = 2024\nvalue = 10\nunit = \"kWh\"\nstatus = \"confirmed\"\nsource = \"lbnl-2024\"\n");
    for (data, expected) in [
        (file, 2),
        (empty, 0),
        (wrong.display().to_string(), 2),
        (wrong_series.display().to_string(), 2),
    ] {
        assert_eq!(
            survives(&[
                "homes".into(),
                "30 GW".into(),
                "--data".into(),
                data.clone()
            ]),
            expected,
            "{data}"
        );
    }
}

#[test]
fn bad_output_paths_leave_nothing() {
    let dir = out_dir("output");
    let missing = dir.join("missing").join("out.json");
    for path in [
        dir.display().to_string(),
        missing.display().to_string(),
        "/proc/version".into(),
    ] {
        assert_eq!(
            binary_survives(&["homes".into(), "30 GW".into(), "-o".into(), path.clone()]),
            2,
            "{path}"
        );
    }
    let target = dir.join("result.json");
    assert_eq!(
        survives(&[
            "homes".into(),
            "thirty".into(),
            "-o".into(),
            target.display().to_string()
        ]),
        2
    );
    assert!(!target.exists());
    assert!(std::fs::read_dir(&dir).unwrap().all(|e| {
        !e.unwrap()
            .file_name()
            .to_string_lossy()
            .starts_with(".wattcheck-")
    }));
}

/// A claims file from random choices of kind, fields and values.
fn claims_file() -> impl Strategy<Value = String> {
    let kind = prop::sample::select(vec![
        "homes", "energy", "share", "cost", "fleet", "cited", "watts",
    ]);
    let field = prop::sample::select(vec![
        "load",
        "stated",
        "year",
        "scenario",
        "count",
        "chip",
        "source",
        "tolerance",
        "boundary",
    ]);
    let value = prop::sample::select(
        corpus()
            .into_iter()
            .chain([
                "30 GW".to_string(),
                "2028".into(),
                "lbnl-2024-high".into(),
                "h100".into(),
                "25M".into(),
            ])
            .collect::<Vec<_>>(),
    );
    prop::collection::vec((kind, prop::collection::vec((field, value), 0..6)), 0..4).prop_map(
        |claims| {
            let mut text = String::from("[article]\ntitle = \"t\"\n");
            for (i, (kind, fields)) in claims.into_iter().enumerate() {
                text.push_str(&format!(
                    "[[claim]]\nid = \"c{i}\"\nquote = \"q\"\nkind = \"{kind}\"\n"
                ));
                let mut seen = std::collections::HashSet::new();
                for (name, value) in fields {
                    if seen.insert(name) {
                        let escaped = value
                            .replace('\\', "\\\\")
                            .replace('"', "\\\"")
                            .replace('\n', "\\n")
                            .replace('\t', "\\t")
                            .replace('\u{0}', "");
                        let literal = if name == "year" {
                            value
                                .parse::<i64>()
                                .map(|y| y.to_string())
                                .unwrap_or_else(|_| format!("\"{escaped}\""))
                        } else {
                            format!("\"{escaped}\"")
                        };
                        text.push_str(&format!("{name} = {literal}\n"));
                    }
                }
            }
            text
        },
    )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    /// Random claims files never panic the checker.
    #[test]
    fn random_claims_files_never_panic(text in claims_file()) {
        let dir = out_dir("prop");
        let path = write(&dir, "claims.toml", text.as_bytes());
        survives(&["check".into(), path, "--format".into(), "json".into()]);
    }
}
