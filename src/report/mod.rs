//! Everything a command computes lands in one [`Report`]; every output format is a rendering of
//! it. Exporters return bytes and do no IO, so each is tested directly.

mod csv;
pub mod html;
mod json;
mod markdown;
mod table;

use crate::data::{Figure, Status};
use crate::units::format;
use crate::units::{Power, Quantity};

/// The output formats of `--format`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// Aligned text for people.
    Table,
    /// The machine interface: canonical units, stable keys.
    Json,
    /// One row per value, for spreadsheets.
    Csv,
    /// Tables ready to paste into a report.
    Markdown,
    /// The claims file `extract` drafts.
    Toml,
}

/// A computed or echoed value.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Quantity(Quantity),
    /// An energy per year, shown `262.8 TWh/yr`; JSON `{"value": …, "unit": "Wh/yr"}`.
    AnnualEnergy(Power),
    Year(i32),
    Text(String),
    /// Several names, e.g. source ids; a JSON array.
    List(Vec<String>),
    /// Nothing to show (a cited claim has no computed value); JSON `null`.
    Empty,
}

impl Value {
    /// How a reader sees it.
    pub fn display(&self) -> String {
        match self {
            Value::Quantity(q) => format::quantity(*q),
            Value::AnnualEnergy(p) => format::annual_energy(*p),
            Value::Year(y) => y.to_string(),
            Value::Text(t) => t.clone(),
            Value::List(items) => items.join(", "),
            Value::Empty => String::new(),
        }
    }

    /// The number and unit of the machine interface, or `None` for text and years.
    pub fn canonical(&self) -> Option<(f64, &'static str)> {
        match self {
            Value::Quantity(q) => Some(format::canonical(*q)),
            Value::AnnualEnergy(p) => {
                let (wh, _) = format::canonical(Quantity::Energy(*p * crate::units::year()));
                Some((wh, "Wh/yr"))
            }
            Value::Year(_) | Value::Text(_) | Value::List(_) | Value::Empty => None,
        }
    }
}

/// Mean and percentiles of a sampled result, in the result's kind, and its histogram.
#[derive(Debug, Clone, PartialEq)]
pub struct Stats {
    pub mean: Quantity,
    pub p5: Quantity,
    pub p50: Quantity,
    pub p95: Quantity,
    /// (low edge, high edge, share of draws) from P0.5 to P99.5, for charts.
    pub histogram: Vec<(Quantity, Quantity, f64)>,
}

impl Stats {
    /// `P5 … · P50 … · P95 … (mean …)`, for people.
    pub fn display(&self) -> String {
        format!(
            "P5 {} · P50 {} · P95 {} (mean {})",
            format::quantity(self.p5),
            format::quantity(self.p50),
            format::quantity(self.p95),
            format::quantity(self.mean)
        )
    }
}

/// A named value: `key` for machines, `label` for people.
#[derive(Debug, Clone, PartialEq)]
pub struct Item {
    pub key: &'static str,
    pub label: String,
    pub value: Value,
    /// Present when the value was sampled.
    pub stats: Option<Stats>,
}

impl Item {
    pub fn new(key: &'static str, label: impl Into<String>, value: Value) -> Item {
        Item {
            key,
            label: label.into(),
            value,
            stats: None,
        }
    }
}

/// A figure from `data/` that a result rests on.
#[derive(Debug, Clone, PartialEq)]
pub struct Assumption {
    /// What the figure stands for in this calculation ("use per home").
    pub label: String,
    /// The figure's id in `data/`.
    pub id: String,
    pub value: Value,
    pub source: String,
    pub status: Status,
    pub year: i32,
}

impl Assumption {
    /// The figure `figure`, shown as `value` (converted as the calculation used it).
    pub fn from_figure(label: impl Into<String>, figure: &Figure, value: Value) -> Assumption {
        Assumption {
            label: label.into(),
            id: figure.id().to_string(),
            value,
            source: figure.record.source.clone(),
            status: figure.record.status,
            year: figure.year(),
        }
    }
}

/// Something the reader should know before trusting a number. `Display` says cause and remedy.
#[derive(Debug, Clone, PartialEq)]
pub enum Warning {
    /// A figure from memory, not read in its source.
    Recalled { id: String, source: String },
    /// A forecast stands in for a measurement.
    Forecast { id: String, year: i32 },
    /// The load is taken to run flat out all year, though data centers average about half.
    FullLoad { typical: String, basis: String },
    /// Anything else worth saying, in a sentence.
    Note(String),
}

impl std::fmt::Display for Warning {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Warning::Recalled { id, source } => write!(
                f,
                "figure `{id}` is recalled, not confirmed in its source ({source}): check it before relying on the result"
            ),
            Warning::Forecast { id, year } => write!(
                f,
                "figure `{id}` for {year} is a forecast, not a measurement"
            ),
            Warning::FullLoad { typical, basis } => write!(
                f,
                "at full load (load factor 1): {basis} imply US data centers average about {typical} of capacity, \
                 which scales the energy and the homes by as much; try --load-factor {typical}"
            ),
            Warning::Note(text) => f.write_str(text),
        }
    }
}

/// Rows of a table-shaped result (the sources ledger, the projection atlas).
#[derive(Debug, Clone, PartialEq)]
pub struct Listing {
    /// The key under `results` in JSON.
    pub key: &'static str,
    /// A line introducing the rows in tables and markdown; empty for none.
    pub heading: &'static str,
    pub columns: Vec<&'static str>,
    pub rows: Vec<Vec<Value>>,
    /// Columns too long for a grid: tables and markdown show them under each row instead.
    pub below: Vec<&'static str>,
}

impl Listing {
    /// Indexes of the columns shown in the grid, and of those shown under each row.
    pub fn split_columns(&self) -> (Vec<usize>, Vec<usize>) {
        (0..self.columns.len()).partition(|&i| !self.below.contains(&self.columns[i]))
    }
}

/// What one command computed, with everything needed to trust or redo it.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Report {
    pub command: &'static str,
    /// One line saying what was asked ("30 GW as homes").
    pub title: String,
    pub inputs: Vec<Item>,
    pub results: Vec<Item>,
    pub listings: Vec<Listing>,
    pub assumptions: Vec<Assumption>,
    pub warnings: Vec<Warning>,
    pub seed: Option<u64>,
    /// The key of the result a sampled run's sensitivity ranks inputs by.
    pub main_result: Option<&'static str>,
    /// A document the command produces (the claims file `extract` drafts), for `--format toml`.
    pub document: Option<String>,
}

impl Report {
    pub fn new(command: &'static str, title: impl Into<String>) -> Report {
        Report {
            command,
            title: title.into(),
            ..Report::default()
        }
    }

    /// Adds the figure as an assumption, and a warning if it is recalled or a forecast.
    pub fn assume(&mut self, label: &str, figure: &Figure, value: Value) {
        if figure.record.status == Status::Recalled {
            self.warn(Warning::Recalled {
                id: figure.id().into(),
                source: figure.record.source.clone(),
            });
        }
        if figure.record.forecast {
            self.warn(Warning::Forecast {
                id: figure.id().into(),
                year: figure.year(),
            });
        }
        if self.assumptions.iter().all(|a| a.id != figure.id()) {
            self.assumptions
                .push(Assumption::from_figure(label, figure, value));
        }
    }

    pub fn warn(&mut self, warning: Warning) {
        if !self.warnings.contains(&warning) {
            self.warnings.push(warning);
        }
    }

    /// The report in `format`, as bytes ready to write.
    pub fn export(&self, format: Format) -> anyhow::Result<Vec<u8>> {
        match format {
            Format::Table => Ok(table::render(self).into_bytes()),
            Format::Json => json::render(self),
            Format::Csv => csv::render(self),
            Format::Markdown => Ok(markdown::render(self).into_bytes()),
            Format::Toml => match &self.document {
                Some(document) => Ok(document.clone().into_bytes()),
                None => Err(crate::error::UsageError(format!(
                    "--format toml is the claims file that `extract` drafts; `{}` gives table, json, csv or markdown",
                    self.command
                ))
                .into()),
            },
        }
    }
}
