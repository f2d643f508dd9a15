//! The shape of the TOML files in `data/`. Unknown fields are errors, so a typo in a
//! file is caught when it loads.

use serde::Deserialize;

/// How far a figure can be trusted: read in its source, recalled, computed or interpolated.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    /// Read in a stored copy of the named source (or of a secondary page repeating it).
    Confirmed,
    /// From memory: shown with a warning until checked against the primary source.
    Recalled,
    /// Arithmetic on other figures; the note shows the formula.
    Computed,
    /// Between two published points; not a published value.
    Interpolated,
}

impl std::fmt::Display for Status {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let name = match self {
            Status::Confirmed => "confirmed",
            Status::Recalled => "recalled",
            Status::Computed => "computed",
            Status::Interpolated => "interpolated",
        };
        f.write_str(name)
    }
}

/// `sources.toml`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SourcesFile {
    pub source: Vec<SourceRecord>,
}

#[derive(Debug, Clone, Deserialize, serde::Serialize)]
#[serde(deny_unknown_fields)]
pub struct SourceRecord {
    pub id: String,
    pub publisher: String,
    pub title: String,
    pub date: String,
    pub url: Option<String>,
    /// "recalled" when the address is remembered rather than confirmed.
    pub url_status: Option<String>,
    /// Table, page or passage the figures come from.
    pub locator: Option<String>,
    /// The secondary copy the figures were read in, when the primary was not read directly.
    pub via: Option<String>,
    pub note: Option<String>,
}

/// Any figures file: `households.toml`, `electricity.toml`, … (`accelerators.toml` adds chips).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FiguresFile {
    #[serde(default)]
    pub figure: Vec<FigureRecord>,
    #[serde(default)]
    pub chip: Vec<ChipRecord>,
    #[serde(default)]
    pub country: Vec<CountryRecord>,
    #[serde(default)]
    pub state: Vec<StateRecord>,
    #[serde(default)]
    pub reference: Vec<ReferenceRecord>,
    #[serde(default)]
    pub cited: Vec<CitedRecord>,
}

/// A figure the press quotes from its publisher, and the words that tell a sentence is quoting
/// it (`ledger.toml`).
#[derive(Debug, Clone, Deserialize, serde::Serialize)]
#[serde(deny_unknown_fields)]
pub struct CitedRecord {
    /// The figure's id.
    pub figure: String,
    /// What it measures, in a sentence: shown with the verdict.
    pub what: String,
    /// Who it is about or by: one of these must stand in the sentence or the one before.
    #[serde(default)]
    pub who: Vec<String>,
    /// Word groups that must all stand in the sentence, each by one of its phrases.
    #[serde(default)]
    pub words: Vec<Vec<String>>,
    /// Words of which one must stand in the figure's own clause (`2019` for "48% over 2019").
    #[serde(default)]
    pub near: Vec<String>,
    /// A percent change (`+17%`, a growth), not a share.
    #[serde(default)]
    pub change: bool,
}

/// Something a load is compared with: a reactor, a plant or a city, by its figures' ids.
#[derive(Debug, Clone, Deserialize, serde::Serialize)]
#[serde(deny_unknown_fields)]
pub struct ReferenceRecord {
    pub id: String,
    pub name: String,
    pub name_ar: String,
    pub kind: ReferenceKind,
    /// Nameplate capacity or peak demand (a power figure).
    pub power: Option<String>,
    /// Average output or annual use (an energy-per-year figure).
    pub energy: Option<String>,
    /// A capacity factor that makes the energy from the power, when no energy figure is held.
    pub capacity_factor: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ReferenceKind {
    Country,
    Reactor,
    Plant,
    City,
    /// A person's share of a country's electricity (per-capita comparisons).
    Person,
}

/// A country: ISO 3166-1 codes and the names it is known by (`countries.toml`, generated).
#[derive(Debug, Clone, Deserialize, serde::Serialize)]
#[serde(deny_unknown_fields)]
pub struct CountryRecord {
    pub iso2: String,
    pub iso3: String,
    pub name: String,
    pub name_ar: String,
    #[serde(default)]
    pub aliases: Vec<String>,
}

/// A US state or DC: its ISO 3166-2 code (`US-TN`) and name.
#[derive(Debug, Clone, Deserialize, serde::Serialize)]
#[serde(deny_unknown_fields)]
pub struct StateRecord {
    pub code: String,
    pub name: String,
}

/// An accelerator: its power per chip and, where published, per system, as figure ids.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ChipRecord {
    pub id: String,
    pub name: String,
    /// Other names it is matched by (`h100` for `h100-sxm`).
    #[serde(default)]
    pub aliases: Vec<String>,
    /// A `chip-power` figure: the chip's TDP or configured power.
    pub chip_power: String,
    pub system_name: Option<String>,
    /// A `system-power` figure: a whole server or rack.
    pub system_power: Option<String>,
    /// Accelerators in that system.
    pub gpus_per_system: Option<u32>,
}

/// One figure as written: a number (or a low/high range) and the unit it is in.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FigureRecord {
    pub id: String,
    pub series: String,
    pub region: String,
    pub year: i32,
    /// A projection's scenario (`low`, `high`); history has none.
    pub case: Option<String>,
    pub value: Option<f64>,
    pub low: Option<f64>,
    pub high: Option<f64>,
    /// Read by units/parse together with the number: `TWh/yr`, `kWh/mo`, `lb/kWh`, `%`, or ``.
    pub unit: String,
    pub status: Status,
    pub source: String,
    /// True for a forecast of a year not yet measured (e.g. an STEO outlook year).
    #[serde(default)]
    pub forecast: bool,
    pub note: Option<String>,
}
