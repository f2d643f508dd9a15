//! Load on `wattcheck serve` (a measure, not a timed test): 5,000 `GET /api/homes` and 500
//! `POST /api/check` of the bundled article, 32 concurrent clients on loopback. Prints requests
//! per second, p50/p99 latency, errors and the server's peak memory (VmHWM).
//!
//! `cargo bench --bench serve_load` (builds and starts the release binary itself).

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

const CLIENTS: usize = 32;

fn main() {
    let status = Command::new("cargo")
        .args(["build", "--release", "--quiet"])
        .status()
        .expect("cargo");
    assert!(status.success());
    let mut server = Command::new("target/release/wattcheck")
        .args(["serve", "--addr", "127.0.0.1:0", "--queue", "1024"])
        .stdout(Stdio::piped())
        .spawn()
        .expect("the server starts");
    let mut line = String::new();
    BufReader::new(server.stdout.as_mut().unwrap())
        .read_line(&mut line)
        .unwrap();
    let base = line
        .split_whitespace()
        .find(|w| w.starts_with("http://"))
        .expect("an address")
        .to_string();
    let article = std::fs::read_to_string("tests/fixtures/openai-aws-2025.ar.txt").unwrap();
    let homes = format!("{base}/api/homes?load=30%20GW&per-home=10,791%20kWh/yr");
    let check = format!("{base}/api/check");
    run("GET /api/homes", 5_000, |agent| {
        agent.get(&homes).call().map(|r| r.status().as_u16())
    });
    run("POST /api/check (the bundled article)", 500, |agent| {
        agent
            .post(&check)
            .header("Content-Type", "text/plain; charset=utf-8")
            .send(article.as_bytes())
            .map(|r| r.status().as_u16())
    });
    let status =
        std::fs::read_to_string(format!("/proc/{}/status", server.id())).unwrap_or_default();
    let peak = status
        .lines()
        .find(|l| l.starts_with("VmHWM"))
        .unwrap_or("VmHWM: unknown");
    println!(
        "server peak memory: {}",
        peak.trim_start_matches("VmHWM:").trim()
    );
    let _ = server.kill();
    let _ = server.wait();
}

/// `total` requests from `CLIENTS` threads; prints throughput, p50/p99 latency and errors.
fn run(
    name: &str,
    total: usize,
    request: impl Fn(&ureq::Agent) -> Result<u16, ureq::Error> + Sync,
) {
    let next = AtomicUsize::new(0);
    let errors = AtomicUsize::new(0);
    let latencies = Mutex::new(Vec::with_capacity(total));
    let start = Instant::now();
    std::thread::scope(|scope| {
        for _ in 0..CLIENTS {
            scope.spawn(|| {
                let agent: ureq::Agent = ureq::Agent::config_builder()
                    .http_status_as_error(false)
                    .timeout_global(Some(Duration::from_secs(60)))
                    .build()
                    .into();
                while next.fetch_add(1, Ordering::SeqCst) < total {
                    let began = Instant::now();
                    match request(&agent) {
                        Ok(200) => {}
                        _ => {
                            errors.fetch_add(1, Ordering::SeqCst);
                        }
                    }
                    latencies.lock().unwrap().push(began.elapsed());
                }
            });
        }
    });
    let elapsed = start.elapsed();
    let mut latencies = latencies.into_inner().unwrap();
    latencies.sort();
    let at = |q: f64| latencies[((latencies.len() as f64 * q) as usize).min(latencies.len() - 1)];
    println!(
        "{name}: {total} requests, {CLIENTS} clients: {:.0} req/s, p50 {:.1} ms, p99 {:.1} ms, errors {}",
        total as f64 / elapsed.as_secs_f64(),
        at(0.50).as_secs_f64() * 1e3,
        at(0.99).as_secs_f64() * 1e3,
        errors.load(Ordering::SeqCst)
    );
}
