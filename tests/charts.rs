//! `plot`: every kind in PNG and SVG, checked as files (the PNG decodes at the requested size,
//! the SVG parses as XML and holds its title and axis label), byte-identical on a second run, and
//! refused cleanly with nothing left behind.

use std::path::PathBuf;

use crate::wattcheck;

fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("wattcheck-charts-{name}-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

const SAMPLED: &[&str] = &[
    "--",
    "homes",
    "30 GW",
    "--load-factor",
    "uniform(0.5, 1)",
    "--samples",
    "20000",
];

/// The arguments that draw each kind, and the title and axis label text the SVG must carry.
fn kinds() -> Vec<(&'static str, Vec<&'static str>, &'static str, &'static str)> {
    vec![
        (
            "projection",
            vec![],
            "US data-center electricity use",
            "Year",
        ),
        (
            "homes",
            vec!["--load", "30 GW"],
            "Household equivalents of 30 GW",
            "US homes (millions)",
        ),
        (
            "fleet",
            vec!["--count", "72", "--chip", "gb200"],
            "Power along the ladder",
            "Power (MW)",
        ),
        (
            "claims",
            vec![],
            "Stated vs recomputed",
            "Stated ÷ recomputed",
        ),
        (
            "distribution",
            SAMPLED.to_vec(),
            "Monte Carlo distribution",
            "Share of draws (%)",
        ),
        (
            "tornado",
            SAMPLED.to_vec(),
            "What drives the spread",
            "Household equivalents",
        ),
    ]
}

fn draw(kind: &str, extra: &[&str], path: &std::path::Path, size: &str) {
    let mut args = vec!["plot", kind, "-o", path.to_str().unwrap(), "--size", size];
    let (before, after): (Vec<&str>, Vec<&str>) = match extra.iter().position(|a| *a == "--") {
        Some(i) => (extra[..i].to_vec(), extra[i..].to_vec()),
        None => (extra.to_vec(), Vec::new()),
    };
    args.extend(before);
    args.extend(after);
    wattcheck(&args).success();
}

#[test]
fn every_kind_renders_as_png_at_its_size() {
    let dir = temp_dir("png");
    for (kind, extra, _, _) in kinds() {
        let path = dir.join(format!("{kind}.png"));
        draw(kind, &extra, &path, "1200x750");
        let image = image::open(&path).unwrap_or_else(|e| panic!("{kind}: {e}"));
        assert_eq!((image.width(), image.height()), (1200, 750), "{kind}");
    }
}

#[test]
fn every_kind_renders_as_svg_with_its_text() {
    let dir = temp_dir("svg");
    for (kind, extra, title, axis) in kinds() {
        let path = dir.join(format!("{kind}.svg"));
        draw(kind, &extra, &path, "1600x1000");
        let text = std::fs::read_to_string(&path).unwrap();
        let document = roxmltree::Document::parse(&text).unwrap_or_else(|e| panic!("{kind}: {e}"));
        let all_text: String = document
            .descendants()
            .filter_map(|n| n.text())
            .collect::<Vec<_>>()
            .join(" ");
        assert!(all_text.contains(title), "{kind}: no title `{title}`");
        assert!(all_text.contains(axis), "{kind}: no axis label `{axis}`");
        assert!(
            all_text.contains("Source") || kind == "distribution" || kind == "tornado",
            "{kind}: no source footnote"
        );
    }
}

#[test]
fn same_inputs_give_byte_identical_files() {
    let dir = temp_dir("same");
    for ext in ["png", "svg"] {
        let (a, b) = (dir.join(format!("a.{ext}")), dir.join(format!("b.{ext}")));
        draw("distribution", SAMPLED, &a, "800x500");
        draw("distribution", SAMPLED, &b, "800x500");
        assert_eq!(
            std::fs::read(&a).unwrap(),
            std::fs::read(&b).unwrap(),
            "{ext}"
        );
    }
}

#[test]
fn arabic_labels_render() {
    let dir = temp_dir("ar");
    let path = dir.join("homes.png");
    wattcheck(&[
        "plot",
        "homes",
        "--lang",
        "ar",
        "-o",
        path.to_str().unwrap(),
    ])
    .success();
    assert!(image::open(&path).is_ok());
    let svg = dir.join("homes.svg");
    wattcheck(&["plot", "homes", "--lang", "ar", "-o", svg.to_str().unwrap()]).success();
    // SVG keeps Arabic in logical order for the viewer to shape.
    assert!(
        std::fs::read_to_string(&svg)
            .unwrap()
            .contains("منازل أمريكية")
    );
}

#[test]
fn bad_chart_requests_leave_nothing_behind() {
    let dir = temp_dir("bad");
    let cases: &[(Vec<String>, &str)] = &[
        (
            vec!["-o".into(), "/nonexistent/dir/x.png".into()],
            "does not exist",
        ),
        (
            vec!["-o".into(), dir.join("x.gif").display().to_string()],
            ".png or .svg",
        ),
        (
            vec!["-o".into(), dir.display().to_string() + "/"],
            ".png or .svg",
        ),
        (
            vec![
                "--lang".into(),
                "xx".into(),
                "-o".into(),
                dir.join("x.png").display().to_string(),
            ],
            "invalid value 'xx'",
        ),
        (
            vec![
                "--size".into(),
                "big".into(),
                "-o".into(),
                dir.join("x.png").display().to_string(),
            ],
            "WIDTHxHEIGHT",
        ),
    ];
    for (extra, message) in cases {
        let mut args = vec!["plot", "projection"];
        args.extend(extra.iter().map(String::as_str));
        let assert = wattcheck(&args).code(2);
        let stderr = String::from_utf8(assert.get_output().stderr.clone()).unwrap();
        assert!(stderr.contains(message), "{extra:?}: {stderr}");
    }
    let distribution = dir.join("d.png");
    let assert = wattcheck(&[
        "plot",
        "distribution",
        "-o",
        distribution.to_str().unwrap(),
        "--",
        "homes",
        "30 GW",
    ])
    .code(2);
    assert!(String::from_utf8_lossy(&assert.get_output().stderr).contains("not sampled"));
    assert_eq!(
        std::fs::read_dir(&dir).unwrap().count(),
        0,
        "files left behind"
    );
}
