//! One function per subcommand: command-line text → typed inputs → model → Report.
//! `run` then renders the report and writes it.

mod check;
mod cost;
mod extract;
mod fleet;
mod inputs;
mod load;
mod plot;
mod project;
mod publish;
mod sampling;
mod sources;

use std::io::Write;
use std::path::Path;

use anyhow::Context;

use crate::cli::{Cli, Command, SamplingArgs};
use crate::data::Dataset;
use crate::error::UsageError;
use crate::report::{Report, Value};
use crate::units::Quantity;
pub use extract::Language;

/// Runs the command and writes its output. A closed output pipe is not an error.
pub fn run(cli: &Cli) -> anyhow::Result<()> {
    if let Some(bytes) = shell_integration(&cli.command)? {
        return write_output(&cli.output.output, &bytes);
    }
    let dataset = match &cli.output.data {
        Some(dir) => Dataset::with_overrides(dir)?,
        None => Dataset::embedded()?,
    };
    let report = build(&cli.command, &cli.sampling, &dataset, &cli.output.output)?;
    let bytes = match (&cli.command, &report.document) {
        (Command::Report { .. }, Some(html)) => html.clone().into_bytes(),
        _ => report.export(cli.output.format)?,
    };
    // `plot` writes its chart to -o and says so on standard output.
    let destination = match cli.command {
        Command::Plot(_) => Path::new("-"),
        _ => cli.output.output.as_path(),
    };
    write_output(destination, &bytes)?;
    if let Command::Check { strict: true, .. } = cli.command {
        let inconsistent = report.results.iter().find(|i| i.key == "inconsistent");
        if let Some(Value::Quantity(Quantity::Number(n))) = inconsistent.map(|i| &i.value)
            && *n > 0.0
        {
            anyhow::bail!("{n} claim(s) inconsistent (--strict)");
        }
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

/// The report a command produces, without writing anything.
pub fn build(
    command: &Command,
    sampling: &SamplingArgs,
    dataset: &Dataset,
    output: &std::path::Path,
) -> anyhow::Result<Report> {
    match command {
        Command::Footprint {
            load,
            load_args,
            national,
            pue,
            wue,
        } => load::footprint(
            dataset,
            load,
            load_args,
            national,
            pue.as_deref(),
            wue.as_deref(),
            sampling,
        ),
        Command::Homes {
            load_or_homes,
            load_args,
            year,
        } => load::homes(dataset, load_or_homes, load_args, *year, sampling),
        Command::Share {
            load,
            load_factor,
            national,
            from,
            growth,
        } => load::share_of_nation(
            dataset,
            load,
            load_factor.as_deref(),
            national,
            from.zip(growth.as_deref()),
            sampling,
        ),
        Command::Fleet {
            count,
            chip,
            pue,
            overhead,
            load_args,
        } => fleet::fleet(
            dataset,
            count,
            chip,
            pue.as_deref(),
            overhead.as_deref(),
            load_args,
            sampling,
        ),
        Command::Cost {
            money,
            per,
            years,
            load_args,
        } => cost::cost(
            dataset,
            money,
            per.as_deref(),
            years.as_deref(),
            load_args,
            sampling,
        ),
        Command::Project {
            source,
            from,
            to,
            metric,
        } => project::project(dataset, source.as_deref(), *from, *to, *metric),
        Command::Check { file, .. } => check::check(dataset, file.as_deref(), sampling),
        Command::Plot(args) => plot::plot(dataset, args, output, sampling),
        Command::Report { input } => publish::publish(dataset, input.as_deref(), sampling),
        Command::Extract { file, lang } => extract::extract(dataset, file, *lang),
        Command::Completions { .. } | Command::Man => unreachable!("handled before any report"),
        Command::Sources { id } => sources::sources(dataset, id.as_deref()),
    }
}

fn write_output(path: &std::path::Path, bytes: &[u8]) -> anyhow::Result<()> {
    if path.as_os_str() == "-" {
        let mut stdout = std::io::stdout().lock();
        return match stdout.write_all(bytes).and_then(|()| stdout.flush()) {
            Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
            other => other.context("writing to standard output"),
        };
    }
    write_atomically(path, bytes)
}

/// Writes to a temporary file beside `path`, then renames it into place, so a failed run never
/// leaves half a file. A path that cannot be written is the user's to fix (exit code 2).
fn write_atomically(path: &Path, bytes: &[u8]) -> anyhow::Result<()> {
    let cannot = |why: String| UsageError(format!("cannot write `{}`: {why}", path.display()));
    if path.is_dir() {
        return Err(cannot("it is a directory".into()).into());
    }
    let name = path
        .file_name()
        .and_then(|n| n.to_str())
        .ok_or_else(|| cannot("no file name".into()))?;
    let temporary = path.with_file_name(format!(".{name}.{}.tmp", std::process::id()));
    let result = std::fs::write(&temporary, bytes).and_then(|()| std::fs::rename(&temporary, path));
    result.map_err(|e| {
        let _ = std::fs::remove_file(&temporary);
        cannot(e.to_string()).into()
    })
}
