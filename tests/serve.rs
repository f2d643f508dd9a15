//! `wattcheck serve`, driven over HTTP on an ephemeral loopback port: the pages, the API with
//! the CLI's JSON, the limits (413, 400 with the CLI's message, 503 when saturated or slow),
//! the escaping of user text, the hostile corpus as form fields (never a 500), and a clean stop.

use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};

use super::{hostile::corpus, json};

/// A server started for one test, stopped (SIGTERM) when dropped.
pub struct Server {
    child: Child,
    base: String,
}

impl Server {
    pub fn start(extra: &[&str]) -> Server {
        let mut child = Command::new(assert_cmd::cargo::cargo_bin("wattcheck"))
            .args(["serve", "--addr", "127.0.0.1:0"])
            .args(extra)
            .stdout(Stdio::piped())
            .spawn()
            .unwrap();
        let mut line = String::new();
        BufReader::new(child.stdout.as_mut().unwrap())
            .read_line(&mut line)
            .unwrap();
        let base = line
            .split_whitespace()
            .find(|w| w.starts_with("http://"))
            .unwrap_or_else(|| panic!("no address in {line:?}"))
            .to_string();
        Server { child, base }
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    /// Stops with SIGTERM and returns whether it exited cleanly.
    fn stop(mut self) -> bool {
        Command::new("kill")
            .args(["-TERM", &self.child.id().to_string()])
            .status()
            .unwrap();
        let clean = self.child.wait().unwrap().success();
        std::mem::forget(self);
        clean
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn agent() -> ureq::Agent {
    ureq::Agent::config_builder()
        .http_status_as_error(false)
        .build()
        .into()
}

/// (status, body) of a response.
fn read(response: Result<ureq::http::Response<ureq::Body>, ureq::Error>) -> (u16, String) {
    let mut response = response.unwrap();
    let status = response.status().as_u16();
    (
        status,
        response.body_mut().read_to_string().unwrap_or_default(),
    )
}

fn get(server: &Server, path: &str) -> (u16, String) {
    read(agent().get(&server.url(path)).call())
}

pub fn article() -> String {
    std::fs::read_to_string("tests/fixtures/openai-aws-2025.ar.txt").unwrap()
}

#[test]
fn pages_render_and_carry_the_security_headers() {
    let server = Server::start(&[]);
    let response = agent().get(&server.url("/")).call().unwrap();
    let csp = response.headers()["content-security-policy"]
        .to_str()
        .unwrap();
    assert!(
        csp.contains("default-src 'none'") && !csp.contains("script-src"),
        "{csp}"
    );
    assert_eq!(response.headers()["x-content-type-options"], "nosniff");
    let (status, home) = get(&server, "/");
    assert_eq!(status, 200);
    assert!(home.contains("name=\"article\""));
    // The bundled Arabic article, pasted: the report `wattcheck report` writes, right to left
    // quotes, and the drafted claims and JSON to download.
    let (status, report) = read(
        agent()
            .post(&server.url("/"))
            .send_form([("article", article().as_str())]),
    );
    assert_eq!(status, 200, "{report}");
    assert!(report.contains("class=\"verdict consistent\""));
    assert!(report.contains("dir=\"rtl\""));
    assert!(report.contains("name=\"filename\" value=\"claims.toml\""));
    let (status, calc) = get(&server, "/calc?command=homes&load=30%20GW&country=JP");
    assert_eq!(status, 200);
    assert!(
        calc.contains("Household equivalents") && calc.contains("<svg"),
        "{calc}"
    );
    assert!(calc.contains("/sources#jp-home-2021"));
    let (status, sources) = get(&server, "/sources");
    assert_eq!(status, 200);
    assert!(sources.contains("id=\"us-home-2024\""));
    assert_eq!(get(&server, "/nowhere").0, 404);
    assert!(server.stop(), "SIGTERM stops it cleanly");
}

#[test]
fn a_claims_file_uploaded_and_a_download_returned() {
    let server = Server::start(&[]);
    let claims = std::fs::read_to_string("data/claims/openai-aws-2025.toml").unwrap();
    let boundary = "wattcheck-test-boundary";
    let body = format!(
        "--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"claims.toml\"\r\nContent-Type: application/toml\r\n\r\n{claims}\r\n--{boundary}--\r\n"
    );
    let (status, page) = read(
        agent()
            .post(&server.url("/"))
            .header(
                "Content-Type",
                format!("multipart/form-data; boundary={boundary}"),
            )
            .send(body.as_bytes()),
    );
    assert_eq!(status, 200, "{page}");
    assert!(page.contains("id=\"claim-homes-30gw\""));
    let response = agent()
        .post(&server.url("/download"))
        .send_form([
            ("filename", "claims.toml"),
            ("content_type", "application/toml"),
            ("content", "a = 1"),
        ])
        .unwrap();
    let disposition = response.headers()["content-disposition"]
        .to_str()
        .unwrap()
        .to_string();
    assert_eq!(disposition, "attachment; filename=\"claims.toml\"");
}

#[test]
fn the_api_answers_as_the_command_line_does() {
    let server = Server::start(&[]);
    let (status, body) = get(&server, "/api/homes?load=30%20GW&per-home=10,791%20kWh/yr");
    assert_eq!(status, 200);
    let served: serde_json::Value = serde_json::from_str(&body).unwrap();
    assert_eq!(
        served,
        json(&["homes", "30 GW", "--per-home", "10,791 kWh/yr"])
    );
    let (status, body) = get(&server, "/api/share?load=415%20TWh/yr&world=true&year=2024");
    assert_eq!(status, 200);
    let served: serde_json::Value = serde_json::from_str(&body).unwrap();
    assert_eq!(
        served,
        json(&["share", "415 TWh/yr", "--world", "--year", "2024"])
    );
    for path in [
        "/api/footprint?load=1%20GW&country=IE",
        "/api/fleet?count=72&chip=gb200",
        "/api/cost?money=%E2%82%AC11%20billion&per=1%20GW",
        "/api/compare?load=945%20TWh/yr",
    ] {
        assert_eq!(get(&server, path).0, 200, "{path}");
    }
    // The CLI's message, as JSON, with 400.
    let (status, body) = get(&server, "/api/homes?load=30%20GWh");
    assert_eq!(status, 400);
    let error: serde_json::Value = serde_json::from_str(&body).unwrap();
    assert!(
        error["error"]
            .as_str()
            .unwrap()
            .contains("did you mean `30 GWh/yr`?")
    );
    assert_eq!(get(&server, "/api/homes?load=1%20GW&data=/etc").0, 400);
    // check: a claims file by its content type, an article otherwise; extract: an article.
    let claims = std::fs::read_to_string("data/claims/openai-aws-2025.toml").unwrap();
    let (status, body) = read(
        agent()
            .post(&server.url("/api/check"))
            .header("Content-Type", "application/toml")
            .send(claims.as_bytes()),
    );
    assert_eq!(status, 200);
    assert_eq!(
        serde_json::from_str::<serde_json::Value>(&body).unwrap()["results"]["consistent"],
        4
    );
    let (status, body) = read(
        agent()
            .post(&server.url("/api/check"))
            .header("Content-Type", "text/plain; charset=utf-8")
            .send(article().as_bytes()),
    );
    assert_eq!(status, 200, "{body}");
    let (status, body) = read(
        agent()
            .post(&server.url("/api/extract"))
            .send(article().as_bytes()),
    );
    assert_eq!(status, 200);
    assert!(body.contains("\"quantities\""));
}

#[test]
fn limits_answer_413_and_503() {
    let server = Server::start(&["--max-concurrent", "1", "--queue", "0", "--timeout", "2"]);
    let big = vec![b'9'; 5 * 1024 * 1024 + 1];
    let (status, _) = read(agent().post(&server.url("/api/extract")).send(&big[..]));
    assert_eq!(status, 413);
    // A slow request holds the only place; the next is refused at once, and the slow one is
    // cut at the time limit. A billion draws take about 15 s on two idle cores (a hundred
    // million took 1.6 s, under the limit, so the test passed only on a busy machine).
    let slow = server.url("/api/share?load=176%20TWh/yr&from=2023&year=2028&growth=tri(0.13,0.2,0.27)&samples=1000000000");
    let handle = std::thread::spawn(move || read(agent().get(&slow).call()));
    std::thread::sleep(std::time::Duration::from_millis(500));
    let (status, body) = get(&server, "/api/homes?load=1%20GW");
    assert_eq!(status, 503, "{body}");
    assert!(body.contains("busy"));
    let (status, body) = handle.join().unwrap();
    assert_eq!(status, 503, "{body}");
    assert!(body.contains("time limit"));
}

#[test]
fn hostile_text_is_escaped_and_never_a_500() {
    let server = Server::start(&[]);
    let attack =
        "<script>alert(1)</script> \"><img onerror=alert(1) src=x> 30 GW powers 25 million homes";
    let (status, page) = read(
        agent()
            .post(&server.url("/"))
            .send_form([("article", attack)]),
    );
    assert_eq!(status, 200);
    assert!(
        !page.contains("<script>") && !page.contains("<img"),
        "user text must be escaped"
    );
    assert!(page.contains("&lt;script&gt;"));
    for text in corpus() {
        let (status, _) = read(
            agent()
                .post(&server.url("/"))
                .send_form([("article", text.as_str())]),
        );
        assert!(status < 500, "article {text:?}: {status}");
        let (status, _) = read(
            agent()
                .get(&server.url("/api/homes"))
                .query("load", &text)
                .call(),
        );
        assert!(status < 500, "load {text:?}: {status}");
        let (status, _) = read(
            agent()
                .get(&server.url("/calc"))
                .query("command", "share")
                .query("load", "1 GW")
                .query("country", &text)
                .call(),
        );
        assert!(status < 500, "country {text:?}: {status}");
    }
}
