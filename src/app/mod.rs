//! One function per subcommand: command-line text → typed inputs → model → Report.
//! `run` then renders the report and writes it.

mod check;
mod cost;
mod fleet;
mod inputs;
mod load;
mod plot;
mod project;
mod sampling;
mod sources;

use std::io::Write;
use std::path::Path;

use anyhow::Context;

use crate::cli::{Cli, Command, SamplingArgs};
use crate::data::Dataset;
use crate::report::{Report, Value};
use crate::units::Quantity;

/// Runs the command and writes its output. A closed output pipe is not an error.
pub fn run(cli: &Cli) -> anyhow::Result<()> {
    let dataset = match &cli.output.data {
        Some(dir) => Dataset::with_overrides(dir)?,
        None => Dataset::embedded()?,
    };
    let report = build(&cli.command, &cli.sampling, &dataset, &cli.output.output)?;
    let bytes = report.export(cli.output.format)?;
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
        } => cost::cost(dataset, money, per.as_deref(), years.as_deref(), load_args),
        Command::Project {
            source,
            from,
            to,
            metric,
        } => project::project(dataset, source.as_deref(), *from, *to, *metric),
        Command::Check { file, .. } => check::check(dataset, file.as_deref(), sampling),
        Command::Plot(args) => plot::plot(dataset, args, output, sampling),
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
    std::fs::write(path, bytes).with_context(|| format!("writing {}", path.display()))
}
