//! Errors the user can act on. Each says what was expected and what was found; `main` maps them
//! to exit code 2 (bad input), anything else to 1.

use thiserror::Error;

/// Text that could not become the quantity a command needs.
#[derive(Debug, Clone, Error, PartialEq)]
pub enum UnitError {
    #[error("empty value: expected {expected}")]
    Empty { expected: String },
    #[error("`{}` is not a number: expected {expected}", short(input))]
    NotANumber { input: String, expected: String },
    #[error("`{}`: {reason}", short(input))]
    BadNumber { input: String, reason: String },
    #[error("`{}` is not a finite number: expected {expected}", short(input))]
    NotFinite { input: String, expected: String },
    #[error("`{}`: unknown unit `{}`{}", short(input), short(unit), hint.shown(unit))]
    UnknownUnit {
        input: String,
        unit: String,
        hint: UnitHint,
    },
    #[error("expected {expected}; `{}` is {found}{hint}", short(input))]
    WrongKind {
        input: String,
        expected: String,
        found: String,
        hint: String,
    },
    #[error("`{}`: {what} cannot be negative", short(input))]
    Negative { input: String, what: String },
    #[error("`{}`: expected {expected}", short(input))]
    OutOfRange { input: String, expected: String },
    #[error("`{}`: {reason}", short(input))]
    BadDistribution { input: String, reason: String },
}

/// Long input echoed in a message is cut to its first 60 characters.
fn short(input: &str) -> String {
    match input.char_indices().nth(60) {
        Some((at, _)) => format!("{}…", &input[..at]),
        None => input.to_string(),
    }
}

/// A bundled or user-supplied data file that cannot be used, or a lookup that found nothing.
#[derive(Debug, Clone, Error, PartialEq)]
pub enum DataError {
    #[error("data directory `{0}` does not exist or is not a directory")]
    NoDirectory(String),
    #[error("{file}: {message}")]
    Syntax { file: String, message: String },
    #[error("{file}: figure `{id}`: {problem}")]
    BadUnit {
        file: String,
        id: String,
        problem: Box<UnitError>,
    },
    #[error("{file}: figure `{id}`: {message}")]
    Invalid {
        file: String,
        id: String,
        message: String,
    },
    #[error(
        "{file}: figure `{id}` cites source `{source_id}`, which sources.toml does not define{hint}"
    )]
    UnknownSource {
        file: String,
        id: String,
        source_id: String,
        hint: String,
    },
    #[error("no {what} for {year}: the data has {available}")]
    NoYear {
        what: String,
        year: i32,
        available: String,
    },
    #[error("the data holds no {what} for {place}{hint}")]
    NotHeld {
        what: String,
        place: String,
        hint: String,
    },
    #[error("unknown {what} `{id}`{hint}")]
    UnknownId {
        what: String,
        id: String,
        hint: String,
    },
}

/// `, did you mean `x`?` for the known name nearest to `wanted`, or nothing if none is close.
/// What an unknown unit's message suggests: worked out only when the message is shown, since
/// prose is read by trying units that mostly fail.
#[derive(Debug, Clone, PartialEq)]
pub enum UnitHint {
    /// The nearest known unit, or the case mistake (`mW` for `MW`).
    Nearest,
    Text(String),
}

impl UnitHint {
    fn shown(&self, unit: &str) -> String {
        match self {
            UnitHint::Nearest => crate::units::unit_hint(unit),
            UnitHint::Text(text) => text.clone(),
        }
    }
}

pub fn did_you_mean<'a>(wanted: &str, known: impl IntoIterator<Item = &'a str>) -> String {
    let wanted_lower = wanted.to_lowercase();
    known
        .into_iter()
        .map(|name| {
            (
                strsim::jaro_winkler(&wanted_lower, &name.to_lowercase()),
                name,
            )
        })
        .filter(|(score, _)| *score > 0.8)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, name)| format!("; did you mean `{name}`?"))
        .unwrap_or_default()
}

/// A combination of arguments that cannot be used together, or a value out of range.
#[derive(Debug, Clone, Error, PartialEq)]
#[error("{0}")]
pub struct UsageError(pub String);

/// Exit code for an error: 2 when the user's input is at fault, 1 otherwise.
pub fn exit_code(error: &anyhow::Error) -> u8 {
    let bad_input = error.chain().any(|cause| {
        cause.is::<UnitError>()
            || cause.is::<DataError>()
            || cause.is::<UsageError>()
            || cause.is::<ClaimError>()
    });
    if bad_input { 2 } else { 1 }
}

/// A claims file that cannot be checked: names the file, the line and the claim.
#[derive(Debug, Clone, Error, PartialEq)]
#[error("{file}{}{}: {message}", line.map(|l| format!(":{l}")).unwrap_or_default(), id.as_ref().map(|i| format!(": claim `{i}`")).unwrap_or_default())]
pub struct ClaimError {
    pub file: String,
    pub line: Option<usize>,
    pub id: Option<String>,
    pub message: String,
}
