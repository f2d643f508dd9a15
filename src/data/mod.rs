//! The dataset: every figure wattcheck uses, with its source and status.
//!
//! The files in `data/` are embedded at build time, so the binary runs anywhere. `--data DIR`
//! replaces each embedded file that DIR also holds. Every file is checked as it loads: units
//! parse, each series holds the kind of quantity it should, ranges are ordered, ids are unique and
//! every source id resolves.

mod chips;
mod national;
pub mod schema;

use std::collections::BTreeMap;
use std::path::Path;

use crate::error::{DataError, did_you_mean};
use crate::uncertainty::{Dist, Uncertain};
use crate::units::parse::{Kind, Quantity, parse_quantity};
use crate::units::{MassPerEnergy, Money, MoneyPerPower, Power, Ratio, Time, VolumePerEnergy};
pub use national::Denominator;
pub use schema::ChipRecord;
use schema::{FigureRecord, FiguresFile, SourcesFile};
pub use schema::{SourceRecord, Status};

/// The embedded files, by name: `embedded!("a.toml")` is `("a.toml", <text of data/a.toml>)`.
macro_rules! embedded {
    ($($name:literal),* $(,)?) => {
        &[$(($name, include_str!(concat!("../../data/", $name)))),*]
    };
}

const EMBEDDED: &[(&str, &str)] = embedded!(
    "sources.toml",
    "households.toml",
    "electricity.toml",
    "datacenters.toml",
    "grid.toml",
    "facilities.toml",
    "accelerators.toml",
    "costs.toml",
);

/// The bundled article's claims file.
const BUNDLED_CLAIMS: (&str, &str) = (
    "data/claims/openai-aws-2025.toml",
    include_str!("../../data/claims/openai-aws-2025.toml"),
);

/// A series: its name, the kind of quantity its figures must be, and what it measures.
struct Series(&'static str, Kind, &'static str);

const SERIES: &[Series] = &[
    Series("household-use", Kind::Power, "electricity use per home"),
    Series("end-use", Kind::Power, "US total end-use consumption"),
    Series("retail-sales", Kind::Power, "US retail electricity sales"),
    Series(
        "implied-total",
        Kind::Power,
        "US total a projection's shares imply",
    ),
    Series(
        "net-generation",
        Kind::Power,
        "US utility-scale net generation",
    ),
    Series("dc-energy", Kind::Power, "data-center electricity use"),
    Series(
        "dc-share",
        Kind::Fraction,
        "data-center share of US electricity",
    ),
    Series(
        "dc-capacity",
        Kind::Power,
        "data-center power demand (capacity)",
    ),
    Series("ai-energy", Kind::Power, "AI electricity use"),
    Series("grid-co2", Kind::MassPerEnergy, "grid CO2 intensity (EIA)"),
    Series(
        "egrid-co2",
        Kind::MassPerEnergy,
        "grid CO2 output rate (eGRID)",
    ),
    Series("pue", Kind::Number, "power usage effectiveness"),
    Series("wue", Kind::VolumePerEnergy, "water usage effectiveness"),
    Series("chip-power", Kind::Power, "accelerator power"),
    Series("system-power", Kind::Power, "server or rack power"),
    Series(
        "server-overhead",
        Kind::Number,
        "server power over chip power",
    ),
    Series(
        "capex-per-power",
        Kind::MoneyPerPower,
        "capital cost per unit of capacity",
    ),
    Series("deal-value", Kind::Money, "value of a compute deal"),
    Series("deal-term", Kind::Time, "length of a compute deal"),
    Series("deal-capacity", Kind::Power, "capacity of a compute deal"),
];

/// A figure, checked: its central value and range as typed quantities.
#[derive(Debug, Clone)]
pub struct Figure {
    pub record: FigureRecord,
    pub file: String,
    /// The stated value, or the middle of the range when only `low`/`high` are given.
    pub value: Quantity,
    pub low: Option<Quantity>,
    pub high: Option<Quantity>,
}

/// Typed access to a figure's value. Each series' kind is checked when the data loads, so asking
/// a figure of a power series for its power cannot fail; asking for another kind is a bug.
macro_rules! typed_value {
    ($($name:ident: $variant:ident -> $type:ty),* $(,)?) => {
        impl Figure {
            $(pub fn $name(&self) -> $type {
                match self.value {
                    Quantity::$variant(value) => value,
                    other => unreachable!("figure `{}` holds {}", self.id(), other.kind().name()),
                }
            })*
        }
    };
}

typed_value!(
    power: Power -> Power,
    number: Number -> f64,
    fraction: Percent -> Ratio,
    time: Time -> Time,
    money: Money -> Money,
    money_per_power: MoneyPerPower -> MoneyPerPower,
    mass_per_energy: MassPerEnergy -> MassPerEnergy,
    volume_per_energy: VolumePerEnergy -> VolumePerEnergy,
);

impl Figure {
    pub fn id(&self) -> &str {
        &self.record.id
    }

    pub fn year(&self) -> i32 {
        self.record.year
    }

    /// The figure as a distribution: triangular over `low`–`high` peaking at the stated value,
    /// uniform when only the range is given, fixed when there is no range.
    pub fn uncertain(&self) -> Uncertain {
        let kind = self.value.kind();
        let dist = match (self.low, self.high) {
            (Some(low), Some(high)) if low.base() < high.base() => {
                let (low, high) = (low.base(), high.base());
                match self.record.value {
                    Some(_) => Dist::Triangular {
                        low,
                        mode: self.value.base(),
                        high,
                    },
                    None => Dist::Uniform { low, high },
                }
            }
            _ => Dist::Fixed(self.value.base()),
        };
        Uncertain { kind, dist }
    }

    /// The value as written in the file, e.g. `865 kWh/mo` or `3,950–4,050 TWh/yr`.
    pub fn as_written(&self) -> String {
        let r = &self.record;
        let number = match (r.value, r.low, r.high) {
            (Some(v), Some(lo), Some(hi)) => format!("{v} ({lo}–{hi})"),
            (Some(v), _, _) => v.to_string(),
            (None, Some(lo), Some(hi)) => format!("{lo}–{hi}"),
            _ => String::new(),
        };
        let separator = if r.unit == "%" || r.unit.is_empty() {
            ""
        } else {
            " "
        };
        format!("{number}{separator}{}", r.unit)
    }
}

/// All figures and sources, ready for lookups.
#[derive(Debug, Clone)]
pub struct Dataset {
    /// The claims file `check` reads when given none: (name, text).
    claims: (String, String),
    sources: BTreeMap<String, SourceRecord>,
    figures: Vec<Figure>,
    chips: Vec<ChipRecord>,
}

impl Dataset {
    /// The bundled data.
    pub fn embedded() -> Result<Dataset, DataError> {
        let claims = (BUNDLED_CLAIMS.0.to_string(), BUNDLED_CLAIMS.1.to_string());
        Self::from_texts(
            EMBEDDED.iter().map(|(n, t)| (n.to_string(), t.to_string())),
            claims,
        )
    }

    /// The bundled data, with each file that `dir` holds in place of the bundled one.
    pub fn with_overrides(dir: &Path) -> Result<Dataset, DataError> {
        if !dir.is_dir() {
            return Err(DataError::NoDirectory(dir.display().to_string()));
        }
        let mut texts = Vec::new();
        for (name, embedded) in EMBEDDED {
            let path = dir.join(name);
            let text = if path.exists() {
                std::fs::read_to_string(&path).map_err(|e| DataError::Syntax {
                    file: path.display().to_string(),
                    message: e.to_string(),
                })?
            } else {
                embedded.to_string()
            };
            texts.push((path.display().to_string(), text));
        }
        let claims_path = dir.join("claims").join("openai-aws-2025.toml");
        let claims = match std::fs::read_to_string(&claims_path) {
            Ok(text) => (claims_path.display().to_string(), text),
            Err(_) => (BUNDLED_CLAIMS.0.to_string(), BUNDLED_CLAIMS.1.to_string()),
        };
        Self::from_texts(texts, claims)
    }

    fn from_texts(
        texts: impl IntoIterator<Item = (String, String)>,
        claims: (String, String),
    ) -> Result<Dataset, DataError> {
        let mut texts: Vec<(String, String)> = texts.into_iter().collect();
        let sources_text = texts.remove(0);
        let sources = load_sources(&sources_text.0, &sources_text.1)?;
        let mut dataset = Dataset {
            claims,
            sources,
            figures: Vec::new(),
            chips: Vec::new(),
        };
        let mut chips = Vec::new();
        for (file, text) in &texts {
            let parsed: FiguresFile = toml::from_str(text).map_err(|e| syntax(file, &e))?;
            for record in parsed.figure {
                if dataset.figures.iter().any(|f| f.id() == record.id) {
                    return Err(invalid(file, &record.id, "the id is used twice"));
                }
                let figure = check_figure(file, record, &dataset.sources)?;
                dataset.figures.push(figure);
            }
            chips.extend(parsed.chip.into_iter().map(|chip| (file.clone(), chip)));
        }
        for (file, chip) in chips {
            dataset.check_chip(&file, &chip)?;
            dataset.chips.push(chip);
        }
        Ok(dataset)
    }

    /// The newest date among the sources: how recent the bundled data is.
    pub fn vintage(&self) -> &str {
        self.sources
            .values()
            .map(|s| s.date.as_str())
            .max()
            .unwrap_or("unknown")
    }

    /// The claims file `check` reads by default: its name and text.
    pub fn bundled_claims(&self) -> (&str, &str) {
        (&self.claims.0, &self.claims.1)
    }

    pub fn sources(&self) -> impl Iterator<Item = &SourceRecord> {
        self.sources.values()
    }

    pub fn source(&self, id: &str) -> Result<&SourceRecord, DataError> {
        self.sources.get(id).ok_or_else(|| DataError::UnknownId {
            what: "source".into(),
            id: id.into(),
            hint: did_you_mean(id, self.sources.keys().map(String::as_str)),
        })
    }

    pub fn figures(&self) -> impl Iterator<Item = &Figure> {
        self.figures.iter()
    }

    pub fn figure(&self, id: &str) -> Result<&Figure, DataError> {
        self.figures
            .iter()
            .find(|f| f.id() == id)
            .ok_or_else(|| DataError::UnknownId {
                what: "figure".into(),
                id: id.into(),
                hint: did_you_mean(id, self.figures.iter().map(Figure::id)),
            })
    }

    /// The figures of one series and region (history and every case), oldest first.
    pub fn series(&self, series: &str, region: &str) -> Vec<&Figure> {
        let mut found: Vec<&Figure> = self
            .figures
            .iter()
            .filter(|f| f.record.series == series && f.record.region == region)
            .collect();
        found.sort_by_key(|f| f.year());
        found
    }

    /// The figure of a series for one year (history, no case), or an error listing the years held.
    pub fn for_year(&self, series: &str, region: &str, year: i32) -> Result<&Figure, DataError> {
        let history: Vec<&Figure> = self
            .series(series, region)
            .into_iter()
            .filter(|f| f.record.case.is_none())
            .collect();
        history
            .iter()
            .find(|f| f.year() == year)
            .copied()
            .ok_or_else(|| DataError::NoYear {
                what: match region {
                    "US" => series_description(series).to_string(),
                    _ => format!("{} ({region})", series_description(series)),
                },
                year,
                available: years_list(&history),
            })
    }

    /// The newest confirmed figure of a series and region without a case.
    pub fn newest_confirmed(&self, series: &str, region: &str) -> Result<&Figure, DataError> {
        self.series(series, region)
            .into_iter()
            .rfind(|f| f.record.status == Status::Confirmed && f.record.case.is_none())
            .ok_or_else(|| DataError::UnknownId {
                what: "series".into(),
                id: format!("{series} ({region}, confirmed)"),
                hint: String::new(),
            })
    }
}

fn series_description(series: &str) -> &str {
    SERIES
        .iter()
        .find(|Series(name, _, _)| *name == series)
        .map(|Series(_, _, description)| *description)
        .unwrap_or(series)
}

fn years_list(figures: &[&Figure]) -> String {
    if figures.is_empty() {
        return "no years".into();
    }
    let years: Vec<String> = figures.iter().map(|f| f.year().to_string()).collect();
    format!("figures for {}", years.join(", "))
}

fn load_sources(file: &str, text: &str) -> Result<BTreeMap<String, SourceRecord>, DataError> {
    let parsed: SourcesFile = toml::from_str(text).map_err(|e| syntax(file, &e))?;
    let mut sources = BTreeMap::new();
    for source in parsed.source {
        let id = source.id.clone();
        if sources.insert(id.clone(), source).is_some() {
            return Err(invalid(file, &id, "the source id is used twice"));
        }
    }
    Ok(sources)
}

fn check_figure(
    file: &str,
    record: FigureRecord,
    sources: &BTreeMap<String, SourceRecord>,
) -> Result<Figure, DataError> {
    let id = record.id.clone();
    if !sources.contains_key(&record.source) {
        return Err(DataError::UnknownSource {
            file: file.into(),
            id,
            source_id: record.source.clone(),
            hint: did_you_mean(&record.source, sources.keys().map(String::as_str)),
        });
    }
    let Some(Series(_, kind, _)) = SERIES
        .iter()
        .find(|Series(name, ..)| *name == record.series)
    else {
        let known = SERIES.iter().map(|Series(name, ..)| *name);
        let hint = did_you_mean(&record.series, known);
        return Err(invalid(
            file,
            &id,
            &format!("unknown series `{}`{hint}", record.series),
        ));
    };
    let read = |number: Option<f64>| -> Result<Option<Quantity>, DataError> {
        number
            .map(|n| parse_quantity(&format!("{n} {}", record.unit)))
            .transpose()
            .map_err(|problem| DataError::BadUnit {
                file: file.into(),
                id: id.clone(),
                problem: Box::new(problem),
            })
    };
    let (value, low, high) = (read(record.value)?, read(record.low)?, read(record.high)?);
    let central = match (record.value, record.low, record.high) {
        (Some(_), _, _) => value,
        (None, Some(lo), Some(hi)) => read(Some((lo + hi) / 2.0))?,
        _ => None,
    };
    let Some(central) = central else {
        return Err(invalid(
            file,
            &id,
            "needs `value`, or both `low` and `high`",
        ));
    };
    if central.kind() != *kind {
        let message = format!(
            "series `{}` holds {}, but `{}` is {}",
            record.series,
            kind.name(),
            record.unit,
            central.kind().name()
        );
        return Err(invalid(file, &id, &message));
    }
    check_range(file, &record)?;
    if record.series == "pue" && record.value.or(record.low).is_some_and(|v| v < 1.0) {
        return Err(invalid(file, &id, "a PUE is at least 1"));
    }
    Ok(Figure {
        file: file.into(),
        record,
        value: central,
        low,
        high,
    })
}

fn check_range(file: &str, record: &FigureRecord) -> Result<(), DataError> {
    let ordered = match (record.low, record.value, record.high) {
        (Some(lo), Some(v), Some(hi)) => lo <= v && v <= hi,
        (Some(lo), None, Some(hi)) => lo <= hi,
        (None, _, None) => true,
        _ => false,
    };
    let fraction_ok = record.unit != "%"
        || [record.low, record.value, record.high]
            .iter()
            .flatten()
            .all(|v| *v <= 100.0);
    if ordered && fraction_ok {
        Ok(())
    } else {
        Err(invalid(
            file,
            &record.id,
            "range must satisfy low <= value <= high (both or neither given), shares at most 100%",
        ))
    }
}

fn syntax(file: &str, error: &toml::de::Error) -> DataError {
    DataError::Syntax {
        file: file.into(),
        message: error.to_string().trim().replace('\n', " "),
    }
}

fn invalid(file: &str, id: &str, message: &str) -> DataError {
    DataError::Invalid {
        file: file.into(),
        id: id.into(),
        message: message.into(),
    }
}

impl Dataset {
    /// The newest confirmed figure of a series and region, or failing that the newest of any
    /// status (the caller's report warns when it is recalled).
    pub fn best(&self, series: &str, region: &str) -> Result<&Figure, DataError> {
        self.newest_confirmed(series, region).or_else(|error| {
            self.series(series, region)
                .into_iter()
                .rfind(|f| f.record.case.is_none())
                .ok_or(error)
        })
    }
}
