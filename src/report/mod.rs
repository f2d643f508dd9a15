//! Everything a command computes lands in one [`Report`]; every output format is a rendering of
//! it. Exporters return bytes and do no IO, so each is tested directly.

mod csv;
pub mod html;
mod json;
mod markdown;
mod table;

use crate::provenance::Provenance;
pub use crate::provenance::{Assumption, Warning};
pub use crate::uncertainty::sampling::Stats;
use crate::uncertainty::sampling::{Estimate, Outputs};
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
    /// The self-contained page `report` writes (its default).
    Html,
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
            Value::AnnualEnergy(p) => format::energy_per_year(*p),
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

/// `P5 … · P50 … · P95 … (mean …)`, for people.
pub fn stats_line(stats: &Stats) -> String {
    format!(
        "P5 {} · P50 {} · P95 {} (mean {})",
        format::quantity(stats.p5),
        format::quantity(stats.p50),
        format::quantity(stats.p95),
        format::quantity(stats.mean)
    )
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

/// One command's result as people read it: what was asked, the inputs, the results, the
/// listings, the assumptions and warnings. Built from a typed result only to be rendered.
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
    /// The typed result, serialised: what `--format json` writes.
    pub json: serde_json::Value,
}

impl Report {
    pub fn new(command: &'static str, title: impl Into<String>) -> Report {
        Report {
            command,
            title: title.into(),
            ..Report::default()
        }
    }

    /// The inputs, assumptions and warnings of a typed result.
    pub fn with_provenance(mut self, provenance: &Provenance) -> Report {
        self.inputs = provenance.inputs.clone();
        self.assumptions = provenance.assumptions.clone();
        self.warnings = provenance.warnings.clone();
        self
    }

    /// The outputs of an estimate as result items (labels from `label`, or the field's own),
    /// its draws and seed, and its tornado as a listing.
    pub fn with_estimate<O: Outputs>(
        mut self,
        estimate: &Estimate<O>,
        label: impl Fn(&'static str) -> Option<String>,
    ) -> Report {
        self.results = estimate
            .outputs()
            .into_iter()
            .map(|output| Item {
                key: output.field.key,
                label: label(output.field.key).unwrap_or_else(|| output.field.label.to_string()),
                value: Value::Quantity(output.value),
                stats: output.stats,
            })
            .collect();
        if let Some(spread) = &estimate.spread {
            self.seed = Some(spread.seed);
            self.inputs.push(Item::new(
                "samples",
                "Monte Carlo draws",
                Value::Quantity(Quantity::Number(spread.samples as f64)),
            ));
        }
        if let Some(tornado) = &estimate.tornado {
            self.listings.push(tornado_listing(tornado));
        }
        self
    }

    /// The report in `format`, as bytes ready to write.
    pub fn export(&self, format: Format) -> anyhow::Result<Vec<u8>> {
        match format {
            Format::Table => Ok(table::render(self).into_bytes()),
            Format::Json => json::render(&self.json),
            Format::Csv => csv::render(self),
            Format::Markdown => Ok(markdown::render(self).into_bytes()),
            Format::Toml | Format::Html => Err(crate::error::UsageError(format!(
                "--format {} is the document of `extract` (toml) or `report` (html); `{}` gives table, json, csv or markdown",
                if format == Format::Toml { "toml" } else { "html" },
                self.command
            ))
            .into()),
        }
    }
}

/// The tornado as rows for people.
fn tornado_listing(tornado: &crate::uncertainty::sampling::Tornado) -> Listing {
    use crate::uncertainty::sampling::InputValue;
    let shown = |value: InputValue| match value {
        InputValue::Quantity(q) => format::quantity(q),
        InputValue::AnnualEnergy(p) => format::energy_per_year(p),
    };
    Listing {
        key: "sensitivity",
        heading: "Sensitivity: the main result with each uncertain input at its P5 and at its P95, the others at their centre",
        columns: vec![
            "input",
            "input P5 – P95",
            "result at P5",
            "result at P95",
            "swing",
        ],
        rows: tornado
            .rows
            .iter()
            .map(|row| {
                vec![
                    Value::Text(row.input.clone()),
                    Value::Text(format!(
                        "{} – {}",
                        shown(row.input_p5),
                        shown(row.input_p95)
                    )),
                    Value::Quantity(row.result_at_p5),
                    Value::Quantity(row.result_at_p95),
                    Value::Quantity(row.swing),
                ]
            })
            .collect(),
        below: Vec::new(),
    }
}

/// JSON: a quantity as `{"value", "unit"}`, an energy per year in `Wh/yr`, a year and a count
/// as integers, text as a string, a list as an array, nothing as `null`.
impl serde::Serialize for Value {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        match (self, self.canonical()) {
            (_, Some((number, unit))) => {
                let mut map = serializer.serialize_map(Some(2))?;
                map.serialize_entry("value", &number)?;
                map.serialize_entry("unit", unit)?;
                map.end()
            }
            (Value::Year(year), None) => serializer.serialize_i32(*year),
            (Value::List(items), None) => items.serialize(serializer),
            (Value::Empty, None) => serializer.serialize_none(),
            (other, None) => serializer.serialize_str(&other.display()),
        }
    }
}
