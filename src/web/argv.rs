//! Form fields and query parameters → the command line a calculator runs, so the web answers
//! exactly as the CLI does. Only the arguments of the calculators are taken: never a path, a
//! data directory, an output file or a format.

use crate::cli::Cli;
use crate::error::UsageError;

/// The calculators served, each with its positional arguments in order.
pub const CALCULATORS: &[(&str, &[&str])] = &[
    ("homes", &["load"]),
    ("share", &["load"]),
    ("footprint", &["load"]),
    ("fleet", &["count", "chip"]),
    ("cost", &["money"]),
    ("compare", &["load"]),
];

/// Options taken by their long names, with a value.
const VALUED: &[&str] = &[
    "per-home",
    "load-factor",
    "region",
    "country",
    "year",
    "denominator",
    "national-total",
    "from",
    "growth",
    "pue",
    "wue",
    "overhead",
    "per",
    "years",
    "samples",
    "seed",
];

/// Switches, given as `world=true`.
const SWITCHES: &[&str] = &["world", "sensitivity"];

/// The command line of `command` from `fields` (name, value), read by the CLI's own parser;
/// `format` is the output asked for. Empty values are left out, as an empty form field is.
pub fn cli(command: &str, fields: &[(String, String)], format: &str) -> anyhow::Result<Cli> {
    let (_, positional) = CALCULATORS
        .iter()
        .find(|(name, _)| *name == command)
        .ok_or_else(|| {
            let known: Vec<&str> = CALCULATORS.iter().map(|(n, _)| *n).collect();
            UsageError(format!(
                "unknown calculator `{command}`; known: {}",
                known.join(", ")
            ))
        })?;
    let value = |name: &str| {
        fields
            .iter()
            .find(|(n, v)| n == name && !v.trim().is_empty())
            .map(|(_, v)| v.clone())
    };
    let mut args = vec!["wattcheck".to_string(), command.to_string()];
    for name in *positional {
        args.push(value(name).ok_or_else(|| UsageError(format!("`{name}` is missing")))?);
    }
    for (name, given) in fields {
        if given.trim().is_empty() || positional.contains(&name.as_str()) || name == "command" {
            continue;
        }
        if VALUED.contains(&name.as_str()) {
            args.push(format!("--{name}={given}"));
        } else if SWITCHES.contains(&name.as_str()) {
            if matches!(given.as_str(), "true" | "on" | "1" | "yes") {
                args.push(format!("--{name}"));
            }
        } else {
            return Err(UsageError(format!("`{name}` is not an argument of `{command}`")).into());
        }
    }
    args.extend(["--format".to_string(), format.to_string()]);
    <Cli as clap::Parser>::try_parse_from(&args).map_err(|e| {
        let message = e.render().to_string();
        let first = message
            .lines()
            .next()
            .unwrap_or("bad arguments")
            .trim_start_matches("error: ")
            .to_string();
        UsageError(first).into()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fields(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
        pairs
            .iter()
            .map(|(n, v)| (n.to_string(), v.to_string()))
            .collect()
    }

    #[test]
    fn fields_become_the_command_line() {
        let cli = cli(
            "homes",
            &fields(&[
                ("load", "30 GW"),
                ("per-home", "10,791 kWh/yr"),
                ("world", "false"),
            ]),
            "json",
        )
        .unwrap();
        assert!(matches!(cli.command, crate::cli::Command::Homes { .. }));
    }

    #[test]
    fn paths_and_unknown_names_are_refused() {
        for (name, value) in [
            ("data", "/etc"),
            ("output", "/tmp/x"),
            ("o", "x"),
            ("format", "csv"),
        ] {
            let error = cli("homes", &fields(&[("load", "1 GW"), (name, value)]), "json")
                .unwrap_err()
                .to_string();
            assert!(error.contains("is not an argument"), "{name}: {error}");
        }
        assert!(cli("check", &[], "json").is_err());
        assert!(
            cli("homes", &[], "json")
                .unwrap_err()
                .to_string()
                .contains("missing")
        );
    }
}
