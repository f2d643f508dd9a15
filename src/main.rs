use std::process::ExitCode;

use clap::{ColorChoice, CommandFactory, FromArgMatches};
use wattcheck::{app, cli::Cli, data::Dataset, error};

fn main() -> ExitCode {
    let cli = parse_arguments();
    match app::run(&cli, &mut std::io::stdout().lock()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e:#}");
            ExitCode::from(error::exit_code(&e))
        }
    }
}

/// Parses the command line (clap prints help, version and usage errors itself, exit 0 or 2),
/// with the version naming the vintage of the bundled data. When clap has something to print,
/// it reads `--color` leniently first, so that help and usage errors follow it (clap's own
/// output honours `NO_COLOR`).
fn parse_arguments() -> Cli {
    let version = format!(
        "{} (bundled data: newest source {})",
        env!("CARGO_PKG_VERSION"),
        Dataset::bundled_vintage()
    );
    let arguments: Vec<std::ffi::OsString> = std::env::args_os().collect();
    let command = Cli::command().version(version);
    let matches = match command.clone().try_get_matches_from(&arguments) {
        Ok(matches) => matches,
        Err(_) => {
            let colour = command
                .clone()
                .ignore_errors(true)
                .disable_help_flag(true)
                .disable_version_flag(true)
                .try_get_matches_from(&arguments)
                .ok()
                .and_then(|matches| matches.get_one::<ColorChoice>("color").copied())
                .unwrap_or(ColorChoice::Auto);
            command.color(colour).get_matches_from(arguments)
        }
    };
    Cli::from_arg_matches(&matches).unwrap_or_else(|e| e.exit())
}
