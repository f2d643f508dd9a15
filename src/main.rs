use std::process::ExitCode;

use clap::{ColorChoice, CommandFactory, FromArgMatches};
use wattcheck::{app, cli::Cli, data::Dataset, error};

fn main() -> ExitCode {
    let cli = parse_arguments();
    match app::run(&cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e:#}");
            ExitCode::from(error::exit_code(&e))
        }
    }
}

/// Parses the command line (clap prints help, version and usage errors itself, exit 0 or 2),
/// with the version naming the vintage of the bundled data, and colour off when asked.
fn parse_arguments() -> Cli {
    let vintage = Dataset::bundled_vintage();
    let version = format!(
        "{} (bundled data: newest source {vintage})",
        env!("CARGO_PKG_VERSION")
    );
    let arguments: Vec<std::ffi::OsString> = std::env::args_os().collect();
    let no_colour = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty())
        || arguments
            .windows(2)
            .any(|w| w[0] == "--color" && w[1] == "never")
        || arguments.iter().any(|a| a == "--color=never");
    let mut command = Cli::command().version(version);
    if no_colour {
        command = command.color(ColorChoice::Never);
    }
    let matches = command.get_matches_from(arguments);
    Cli::from_arg_matches(&matches).unwrap_or_else(|e| e.exit())
}
