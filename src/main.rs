use std::process::ExitCode;

use clap::Parser;
use wattcheck::{app, cli::Cli, error};

fn main() -> ExitCode {
    let cli = Cli::parse();
    match app::run(&cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e:#}");
            ExitCode::from(error::exit_code(&e))
        }
    }
}
