//! Where a figure or a result is about: the world, a country, or a US state. Asked for by name
//! on the command line (`--country`, `--region`, `--world`) and resolved against the data.

use serde::Serialize;

use crate::data::Dataset;
use crate::error::DataError;

/// A place as the user named it, before the data is consulted.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum PlaceRequest {
    /// The United States (the default).
    #[default]
    Us,
    /// `--region`: a US state by code or name (`US` names the whole country).
    State(String),
    /// `--country`: an ISO code or a name in English or Arabic.
    Country(String),
    /// `--world`.
    World,
}

impl PlaceRequest {
    /// A claim's `geography`: `world`, a US state as `US-TN`, a country's ISO code or name;
    /// none is the US.
    pub fn of_geography(geography: Option<&str>) -> PlaceRequest {
        match geography.map(str::trim) {
            None => PlaceRequest::Us,
            Some(g) if g.eq_ignore_ascii_case("world") => PlaceRequest::World,
            Some(g) if g.len() == 5 && g[..3].eq_ignore_ascii_case("US-") => {
                PlaceRequest::State(g.to_string())
            }
            Some(g) => PlaceRequest::Country(g.to_string()),
        }
    }
}

/// A place the data knows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "lowercase")]
pub enum Place {
    World,
    /// A country by its ISO 3166-1 alpha-2 code.
    Country {
        code: String,
        name: String,
    },
    /// A US state or DC by its ISO 3166-2 code (`US-TN`).
    State {
        code: String,
        name: String,
    },
}

impl Place {
    pub fn us() -> Place {
        Place::Country {
            code: "US".into(),
            name: "US".into(),
        }
    }

    /// The place a request names, or an error naming the nearest known names.
    pub fn resolve(dataset: &Dataset, request: &PlaceRequest) -> Result<Place, DataError> {
        Ok(match request {
            PlaceRequest::Us => Place::us(),
            PlaceRequest::World => Place::World,
            PlaceRequest::State(name) if name.eq_ignore_ascii_case("US") => Place::us(),
            PlaceRequest::State(name) => {
                let state = dataset.state(name)?;
                Place::State {
                    code: state.code.clone(),
                    name: state.name.clone(),
                }
            }
            PlaceRequest::Country(name) => Place::country(dataset.country(name)?),
        })
    }

    /// The country with this record; the US keeps its short name.
    pub fn country(record: &crate::data::CountryRecord) -> Place {
        match record.iso2.as_str() {
            "US" => Place::us(),
            _ => Place::Country {
                code: record.iso2.clone(),
                name: record.name.clone(),
            },
        }
    }

    /// The `region` key of the place's figures in the data: `world`, `JP`, `US-TN`.
    pub fn region(&self) -> &str {
        match self {
            Place::World => "world",
            Place::Country { code, .. } | Place::State { code, .. } => code,
        }
    }

    /// How the place is named in titles: `US`, `Japan`, `Tennessee`, `world`.
    pub fn name(&self) -> &str {
        match self {
            Place::World => "world",
            Place::Country { name, .. } | Place::State { name, .. } => name,
        }
    }

    pub fn is_us(&self) -> bool {
        self.region() == "US"
    }
}
