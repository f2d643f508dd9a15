//! `report`: one self-contained HTML file (no scripts, no external resources), Arabic quotes set
//! right to left, every claim and chart present; rendered in headless Chromium when the machine
//! has it (`.ci/run` installs Debian's `chromium` if it can).

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::wattcheck;

fn html_report(name: &str, input: Option<&str>) -> (PathBuf, String) {
    let path = std::env::temp_dir().join(format!("wattcheck-{name}-{}.html", std::process::id()));
    let mut args = vec!["report"];
    args.extend(input);
    args.extend(["-o", path.to_str().unwrap()]);
    wattcheck(&args).success();
    let html = std::fs::read_to_string(&path).unwrap();
    (path, html)
}

#[test]
fn the_report_is_self_contained() {
    let (_, html) = html_report("bundled", None);
    assert!(html.starts_with("<!DOCTYPE html>"));
    for forbidden in ["<script", " src=", "<link", "@import", "url("] {
        assert!(
            !html.contains(forbidden),
            "the page loads something: {forbidden}"
        );
    }
    assert_eq!(
        html.matches("<svg").count(),
        2,
        "claims and projection charts inline"
    );
    assert!(
        html.contains("<blockquote lang=\"ar\" dir=\"rtl\">قال سام ألتمان")
            || html.contains("lang=\"ar\" dir=\"rtl\">30 جيجاواط")
    );
    for id in [
        "homes-30gw",
        "lbnl-12-percent-2028",
        "capex-30gw",
        "poll-very-worried",
    ] {
        assert!(html.contains(&format!("id=\"claim-{id}\"")), "{id}");
    }
    assert!(html.contains("id=\"source-lbnl-2024\""));
    assert!(html.contains("name=\"viewport\""));
}

#[test]
fn an_article_text_becomes_a_report() {
    let (_, html) = html_report("text", Some("tests/fixtures/openai-aws-2025.ar.txt"));
    assert!(
        html.contains("id=\"claim-homes-1\"")
            && html.contains("id=\"claim-share-1\"")
            && html.contains("id=\"claim-cost-1\"")
    );
    assert!(html.contains("class=\"verdict consistent\""));
}

pub fn chromium() -> Option<PathBuf> {
    ["chromium", "chromium-browser"]
        .iter()
        .map(|name| Path::new("/usr/bin").join(name))
        .find(|path| path.exists())
}

#[test]
fn chromium_renders_it_without_errors_or_requests() {
    let Some(browser) = chromium() else {
        eprintln!(
            "chromium is not installed: the browser check is skipped (.ci/run installs it where it can)"
        );
        return;
    };
    let (path, _) = html_report("browser", None);
    let screenshot = path.with_extension("png");
    let profile = std::env::temp_dir().join(format!("wattcheck-chromium-{}", std::process::id()));
    let output = Command::new(browser)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            // Requests go nowhere; at verbosity 1 each is logged as NotifyBeforeURLRequest.
            "--host-resolver-rules=MAP * ~NOTFOUND",
            "--enable-logging=stderr",
            "--v=1",
            "--window-size=412,2400",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .arg(format!("--screenshot={}", screenshot.display()))
        .arg(format!("file://{}", path.display()))
        .output()
        .unwrap();
    let log = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "chromium failed: {log}");
    assert!(
        std::fs::metadata(&screenshot).unwrap().len() > 10_000,
        "no screenshot"
    );
    // Checked against a page with console.error, fetch and a remote <img>: all three show.
    for line in log.lines() {
        assert!(!line.contains(":CONSOLE"), "console message: {line}");
        if let Some((_, url)) = line.split_once("NotifyBeforeURLRequest: ") {
            let own = url.starts_with("file:") || url.starts_with("data:");
            let browser_itself = url.contains("google") || url.contains("gstatic");
            assert!(own || browser_itself, "network request: {url}");
        }
    }
}

#[test]
fn an_arabic_article_gets_an_arabic_page() {
    let (_, html) = html_report("arabic-page", Some("tests/fixtures/openai-aws-2025.ar.txt"));
    assert!(html.contains("<html lang=\"ar\" dir=\"rtl\">"));
    for words in [
        "الأحكام",
        "المصادر",
        "فحص:",
        "class=\"verdict consistent\">متسق<",
    ] {
        assert!(html.contains(words), "{words}");
    }
    // What was recomputed and what was only cited, in the footer.
    assert!(html.contains("أُعيد حساب 3 من الادعاءات"));
    let path = std::env::temp_dir().join(format!("wattcheck-en-page-{}.html", std::process::id()));
    wattcheck(&[
        "report",
        "tests/fixtures/openai-aws-2025.ar.txt",
        "--lang",
        "en",
        "-o",
        path.to_str().unwrap(),
    ])
    .success();
    let english = std::fs::read_to_string(&path).unwrap();
    assert!(english.contains("<html lang=\"en\">") && english.contains("<h2>Verdicts</h2>"));
}

#[test]
fn only_the_charts_the_claims_use() {
    let dir = std::env::temp_dir().join(format!("wattcheck-charts-used-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let article = dir.join("cost.txt");
    std::fs::write(
        &article,
        "The 2 GW campus will cost $40 billion to build.\n",
    )
    .unwrap();
    let (_, html) = html_report("charts-used", Some(article.to_str().unwrap()));
    assert_eq!(html.matches("<svg").count(), 1, "the claims chart alone");
    assert!(!html.contains("LBNL history"));
}
