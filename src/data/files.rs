//! The data files as the binary holds them: the bundled ones (TOML, and the JSON that build.rs
//! made of them) and a user's `--data` ones (TOML), each read and checked on first use.

use std::sync::OnceLock;

use super::Figure;
use super::check::{check_figure, syntax};
use super::schema::{
    ChipRecord, CitedRecord, CountryRecord, FiguresFile, ReferenceRecord, StateRecord,
};
use crate::error::DataError;

/// The embedded files, by name: `embedded!("a")` is `("a.toml", Text::Bundled { toml: <data/a.toml>,
/// json: <the same, as JSON, made by build.rs> })`.
macro_rules! embedded {
    ($($name:literal),* $(,)?) => {
        &[$((
            concat!($name, ".toml"),
            Text::Bundled {
                toml: include_str!(concat!("../../data/", $name, ".toml")),
                json: include_str!(concat!(env!("OUT_DIR"), "/", $name, ".json")),
            },
        )),*]
    };
}

pub(super) const EMBEDDED: &[(&str, Text)] = embedded!(
    "sources",
    "households",
    "electricity",
    "datacenters",
    "grid",
    "facilities",
    "accelerators",
    "costs",
    "countries",
    "states",
    "world",
    "references",
    "currencies",
    "ledger",
);

/// A data file's text: a bundled file also comes as JSON (read several times faster than TOML,
/// made at build time from the same file); a user's is TOML.
#[derive(Debug, Clone)]
pub(super) enum Text {
    Bundled {
        toml: &'static str,
        json: &'static str,
    },
    User(String),
}

impl Text {
    /// The TOML as written, for cheap searches before reading.
    pub(super) fn toml(&self) -> &str {
        match self {
            Text::Bundled { toml, .. } => toml,
            Text::User(text) => text,
        }
    }

    /// The file read as `T`; errors name the file.
    pub(super) fn read<T: serde::de::DeserializeOwned>(&self, file: &str) -> Result<T, DataError> {
        match self {
            Text::Bundled { json, .. } => {
                serde_json::from_str(json).map_err(|e| DataError::Syntax {
                    file: file.into(),
                    message: e.to_string(),
                })
            }
            Text::User(text) => toml::from_str(text).map_err(|e| syntax(file, &e)),
        }
    }
}

/// One data file: its name, its text, and its figures, chips and places once read.
#[derive(Debug, Clone)]
pub(super) struct DataFile {
    pub(super) name: String,
    pub(super) text: Text,
    parsed: OnceLock<Result<Parsed, DataError>>,
    /// Every `key = "value"` line of the file, for [`DataFile::mentions`].
    assignments: OnceLock<std::collections::HashSet<String>>,
}

#[derive(Debug, Clone)]
pub(super) struct Parsed {
    pub(super) figures: Vec<Figure>,
    pub(super) chips: Vec<ChipRecord>,
    pub(super) countries: Vec<CountryRecord>,
    pub(super) states: Vec<StateRecord>,
    pub(super) references: Vec<ReferenceRecord>,
    pub(super) cited: Vec<CitedRecord>,
}

impl DataFile {
    pub(super) fn new(name: String, text: Text) -> DataFile {
        DataFile {
            name,
            text,
            parsed: OnceLock::new(),
            assignments: OnceLock::new(),
        }
    }

    /// The file's figures and chips, read and checked on first use.
    pub(super) fn parsed(&self) -> Result<&Parsed, DataError> {
        self.parsed
            .get_or_init(|| {
                let file: FiguresFile = self.text.read(&self.name)?;
                let figures = file
                    .figure
                    .into_iter()
                    .map(|record| check_figure(&self.name, record))
                    .collect::<Result<_, _>>()?;
                Ok(Parsed {
                    figures,
                    chips: file.chip,
                    countries: file.country,
                    states: file.state,
                    references: file.reference,
                    cited: file.cited,
                })
            })
            .as_ref()
            .map_err(Clone::clone)
    }

    /// Whether the text holds `key = "value"`: a cheap test before reading the file.
    pub(super) fn mentions(&self, key: &str, value: &str) -> bool {
        let assignments = self.assignments.get_or_init(|| {
            self.text
                .toml()
                .lines()
                .map(str::trim)
                .filter(|line| line.contains(" = \"") && line.ends_with('"'))
                .map(str::to_string)
                .collect()
        });
        assignments.contains(&format!("{key} = \"{value}\""))
    }
}
