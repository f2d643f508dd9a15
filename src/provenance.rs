//! What a result rests on: the inputs as given, the data figures it assumed (with their sources)
//! and the warnings a reader should see. Every command's typed result carries one.

use serde::Serialize;
use serde::ser::{SerializeMap, Serializer};

use crate::data::{Figure, Status};
use crate::report::{Item, Value};

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

/// JSON: `{id, label, value, unit, source, status, year}`.
impl Serialize for Assumption {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let (number, unit) = self.value.canonical().unwrap_or((f64::NAN, ""));
        let mut map = serializer.serialize_map(Some(7))?;
        map.serialize_entry("id", &self.id)?;
        map.serialize_entry("label", &self.label)?;
        map.serialize_entry("value", &number)?;
        map.serialize_entry("unit", unit)?;
        map.serialize_entry("source", &self.source)?;
        map.serialize_entry("status", &self.status)?;
        map.serialize_entry("year", &self.year)?;
        map.end()
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

/// JSON: a warning is its sentence.
impl Serialize for Warning {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

/// The inputs echoed, the figures assumed and the warnings of one result.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct Provenance {
    #[serde(serialize_with = "items")]
    pub inputs: Vec<Item>,
    pub assumptions: Vec<Assumption>,
    pub warnings: Vec<Warning>,
}

impl Provenance {
    /// Echoes an input as the user gave it.
    pub fn echo(&mut self, key: &'static str, label: impl Into<String>, value: Value) {
        self.inputs.push(Item::new(key, label, value));
    }

    /// Adds the figure as an assumption, and a warning if it is recalled, a forecast, or a bare
    /// range (whose middle a point result uses).
    pub fn assume(&mut self, label: &str, figure: &Figure, value: Value) {
        if figure.record.value.is_none() {
            self.warn(Warning::Note(format!(
                "figure `{}` is a range, {}: a point result uses its middle; --samples N carries the whole range",
                figure.id(),
                figure.as_written()
            )));
        }
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

    /// The source ids of the figures assumed, in order, without repeats.
    pub fn source_ids(&self) -> Vec<String> {
        let mut ids: Vec<String> = Vec::new();
        for a in &self.assumptions {
            if !ids.contains(&a.source) {
                ids.push(a.source.clone());
            }
        }
        ids
    }
}

/// A list of items as one JSON object, key → value.
pub fn items<S: Serializer>(list: &[Item], serializer: S) -> Result<S::Ok, S::Error> {
    let mut map = serializer.serialize_map(Some(list.len()))?;
    for item in list {
        map.serialize_entry(item.key, &item.value)?;
    }
    map.end()
}

/// The JSON every command writes (DESIGN §5): `command`, `inputs`, `results`, `assumptions`,
/// `warnings`, and `seed` when sampled.
pub fn envelope<S: Serializer, R: Serialize + ?Sized>(
    serializer: S,
    command: &str,
    inputs: &[Item],
    results: &R,
    provenance: &Provenance,
    seed: Option<u64>,
) -> Result<S::Ok, S::Error> {
    struct Inputs<'a>(&'a [Item]);
    impl Serialize for Inputs<'_> {
        fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
            items(self.0, serializer)
        }
    }
    let mut map = serializer.serialize_map(None)?;
    map.serialize_entry("command", command)?;
    map.serialize_entry("inputs", &Inputs(inputs))?;
    map.serialize_entry("results", results)?;
    map.serialize_entry("assumptions", &provenance.assumptions)?;
    map.serialize_entry("warnings", &provenance.warnings)?;
    if let Some(seed) = seed {
        map.serialize_entry("seed", &seed)?;
    }
    map.end()
}
