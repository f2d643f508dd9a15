//! The commands: a validated [`Request`] → the typed result of its command → the bytes to
//! write. `run` writes them; every file goes through one atomic write.

mod check;
pub(crate) mod compare;
mod compute;
pub mod extract;
pub mod html_report;
pub mod plot;
mod projection_chart;
mod sources;

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Instant;

use anyhow::Context;
use indicatif::{ProgressBar, ProgressStyle};

pub use check::{Check, CheckedClaim, check_file, read_claims};
pub use extract::Extraction;

use crate::atlas::project;
use crate::claims::verdict::Verdict;
use crate::cli::{Cli, Command};
use crate::data::Dataset;
use crate::error::UsageError;
use crate::report::{Format, Item, Report, Value};
use crate::request::{Request, SamplingRequest, Task};
use crate::uncertainty::sampling::Sampling;

/// Draws when an input is uncertain and `--samples` is not given.
const DEFAULT_SAMPLES: u64 = 100_000;

/// What a run writes: standard output, and files by path.
#[derive(Debug, Default)]
pub struct Output {
    pub stdout: Vec<u8>,
    pub files: Vec<(PathBuf, Vec<u8>)>,
    /// Claims found inconsistent under `check --strict` (exit 1 after writing).
    pub strict_failures: usize,
}

/// Runs the command line and writes its output: files through one atomic write each, the rest
/// to `stdout`. A closed output pipe is not an error.
pub fn run(cli: &Cli, stdout: &mut impl Write) -> anyhow::Result<()> {
    if let Some(bytes) = shell_integration(&cli.command)? {
        return match cli.output.output.as_os_str() == "-" {
            true => write_stdout(stdout, &bytes),
            false => write_atomically(&cli.output.output, &bytes),
        };
    }
    if let Command::Serve {
        addr,
        timeout,
        max_concurrent,
        queue,
    } = &cli.command
    {
        let dataset = match &cli.output.data {
            Some(dir) => Dataset::with_overrides(dir)?,
            None => Dataset::embedded()?,
        };
        let cores = std::thread::available_parallelism().map_or(2, usize::from);
        return crate::web::serve(
            crate::web::Options {
                addr: *addr,
                timeout: std::time::Duration::from_secs(*timeout),
                max_concurrent: max_concurrent.unwrap_or(2 * cores).max(1),
                queue: *queue,
            },
            dataset,
        );
    }
    let request = Request::from_cli(cli)?;
    let dataset = match &request.data {
        Some(dir) => Dataset::with_overrides(dir)?,
        None => Dataset::embedded()?,
    };
    let output = execute(&request, &dataset)?;
    for (path, bytes) in &output.files {
        write_atomically(path, bytes)?;
    }
    write_stdout(stdout, &output.stdout)?;
    if output.strict_failures > 0 {
        anyhow::bail!(
            "{} claim(s) inconsistent (--strict)",
            output.strict_failures
        );
    }
    Ok(())
}

/// `completions` and `man`: generated from the command-line definition itself.
fn shell_integration(command: &Command) -> anyhow::Result<Option<Vec<u8>>> {
    use clap::CommandFactory;
    let mut definition = Cli::command();
    let mut bytes = Vec::new();
    match command {
        Command::Completions { shell } => {
            clap_complete::generate(*shell, &mut definition, "wattcheck", &mut bytes)
        }
        Command::Man => clap_mangen::Man::new(definition).render(&mut bytes)?,
        _ => return Ok(None),
    }
    Ok(Some(bytes))
}

/// How a run samples, with a progress bar on a terminal's stderr once a run looks like it takes
/// over a second.
pub fn sampling(request: SamplingRequest) -> Sampling {
    let start = Instant::now();
    let bar = std::io::stderr().is_terminal().then(|| {
        let bar = ProgressBar::hidden();
        bar.set_style(
            ProgressStyle::with_template("{bar:40} {pos}/{len} draws, {eta} left")
                .unwrap_or_else(|_| ProgressStyle::default_bar()),
        );
        bar
    });
    let progress = bar.map(|bar| {
        Arc::new(move |done: u64, samples: u64| {
            bar.set_length(samples);
            bar.inc(done);
            let elapsed = start.elapsed().as_secs_f64();
            let expected = elapsed * samples as f64 / bar.position().max(1) as f64;
            if bar.is_hidden() && elapsed > 0.2 && expected > 1.0 {
                bar.set_draw_target(indicatif::ProgressDrawTarget::stderr());
            }
            if bar.position() >= samples {
                bar.finish_and_clear();
            }
        }) as Arc<dyn Fn(u64, u64) + Send + Sync>
    });
    Sampling {
        samples: request.samples,
        default_samples: DEFAULT_SAMPLES,
        seed: request.seed,
        sensitivity: request.sensitivity,
        progress,
    }
}

/// The ledger's report, for pages that render it themselves.
pub fn sources_ledger(dataset: &Dataset) -> anyhow::Result<Report> {
    sources::sources(dataset, None)?.report()
}

/// The report of a calculator or of `compare`, for pages that render it themselves.
pub fn calculation_report(request: &Request, dataset: &Dataset) -> anyhow::Result<Report> {
    let sampling = sampling(request.sampling);
    match &request.task {
        Task::Calculate(calculation) => {
            compute::calculate(dataset, calculation, &sampling)?.report()
        }
        Task::Compare { load } => compare::compare(dataset, load)?.report(),
        _ => Err(UsageError("not a calculator".into()).into()),
    }
}

/// Runs a request: the bytes to write, nothing written yet.
pub fn execute(request: &Request, dataset: &Dataset) -> anyhow::Result<Output> {
    let sampling = sampling(request.sampling);
    let format = request.format;
    let table = |report: Report| -> anyhow::Result<Vec<u8>> {
        report.export(format.unwrap_or(Format::Table))
    };
    let mut output = Output::default();
    let written_to_stdout = request.output.as_os_str() == "-";
    let emit = |output: &mut Output, bytes: Vec<u8>| {
        if written_to_stdout {
            output.stdout = bytes;
        } else {
            output.files.push((request.output.clone(), bytes));
        }
    };
    match &request.task {
        Task::Calculate(calculation) => {
            let bytes = table(compute::calculate(dataset, calculation, &sampling)?.report()?)?;
            emit(&mut output, bytes);
        }
        Task::Project(project_request) => {
            let bytes = table(project(dataset, project_request)?.report()?)?;
            emit(&mut output, bytes);
        }
        Task::Check { file, strict } => {
            let check = check_file(dataset, &read_claims(dataset, file.as_deref())?, &sampling)?;
            if *strict {
                output.strict_failures = check.count(Verdict::Inconsistent);
            }
            emit(&mut output, table(check.report()?)?);
        }
        Task::Report { input, lang } => {
            let check = html_report::check_input(dataset, input.as_deref(), &sampling)?;
            let ui = html_report::reader_language(&check, *lang);
            let bytes = match format {
                None | Some(Format::Html) => html_report::page(dataset, &check, ui)?.into_bytes(),
                Some(other) => check.report()?.export(other)?,
            };
            emit(&mut output, bytes);
        }
        Task::Extract { file, lang } => {
            let extraction = extract::extract(dataset, file, *lang)?;
            let bytes = match format {
                Some(Format::Toml) => extraction.claims_file()?.into_bytes(),
                _ => table(extraction.report()?)?,
            };
            emit(&mut output, bytes);
        }
        Task::Compare { load } => {
            emit(
                &mut output,
                table(compare::compare(dataset, load)?.report()?)?,
            );
        }
        Task::Sources { id } => {
            let ledger = sources::sources(dataset, id.as_deref())?;
            emit(&mut output, table(ledger.report()?)?);
        }
        Task::Plot(plot_request) => {
            let plotted = plot::plot(dataset, plot_request, &sampling, &self::sampling)?;
            output
                .files
                .push((plot_request.path.clone(), plotted.bytes));
            // The chart goes to -o; standard output says where.
            let mut report = Report::new(
                "plot",
                format!("Chart written to {}", plot_request.path.display()),
            );
            let file = Value::Text(plot_request.path.display().to_string());
            let size = Value::Text(format!("{}x{}", plotted.size.0, plotted.size.1));
            report.results = vec![
                Item::new("file", "File", file.clone()),
                Item::new("size", "Size (pixels)", size.clone()),
            ];
            report.json = serde_json::json!({
                "command": "plot",
                "inputs": {},
                "results": { "file": file, "size": size },
                "assumptions": [],
                "warnings": [],
            });
            output.stdout = table(report)?;
        }
    }
    Ok(output)
}

fn write_stdout(stdout: &mut impl Write, bytes: &[u8]) -> anyhow::Result<()> {
    match stdout.write_all(bytes).and_then(|()| stdout.flush()) {
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        other => other.context("writing to standard output"),
    }
}

/// Writes to a temporary file beside `path` (removed if anything fails), then renames it into
/// place, so a failed run never leaves half a file. A path that cannot be written is the user's
/// to fix (exit code 2).
pub fn write_atomically(path: &Path, bytes: &[u8]) -> anyhow::Result<()> {
    let cannot = |why: String| UsageError(format!("cannot write `{}`: {why}", path.display()));
    if path.is_dir() {
        return Err(cannot("it is a directory".into()).into());
    }
    let dir = match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir,
        _ => Path::new("."),
    };
    let mut temporary = tempfile::Builder::new()
        .prefix(".wattcheck-")
        .tempfile_in(dir)
        .map_err(|e| cannot(e.to_string()))?;
    temporary
        .write_all(bytes)
        .and_then(|()| temporary.flush())
        .map_err(|e| cannot(e.to_string()))?;
    temporary
        .persist(path)
        .map_err(|e| cannot(e.error.to_string()))?;
    Ok(())
}
