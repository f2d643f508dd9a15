//! The command line, validated in one step: raw clap arguments ([`Cli`]) become a typed
//! [`Request`], every quantity read once by [`values`]. Nothing past this point parses text.

mod from_cli;
pub mod values;

use std::path::PathBuf;

use crate::cli::Cli;
use crate::data::{Denominator, When};
use crate::geography::PlaceRequest;
use crate::language::Language;
use crate::model::projection::Metric;
use crate::report::Format;
use values::{Given, LoadRequest};

/// Whose homes, at which use per home.
#[derive(Debug, Clone, PartialEq)]
pub struct Households {
    /// `--per-home`, or `None` for the data's figure for the place (and year).
    pub per_home: Option<Given>,
    pub place: PlaceRequest,
    pub when: When,
}

/// Which national total a share divides by.
#[derive(Debug, Clone, PartialEq)]
pub struct National {
    pub place: PlaceRequest,
    pub when: When,
    pub denominator: Denominator,
    pub total: Option<Given>,
}

/// A load grown from `from` to the national total's year at a yearly rate.
#[derive(Debug, Clone, PartialEq)]
pub struct GrowthRequest {
    pub from: i32,
    pub to: i32,
    pub rate: Given,
}

#[derive(Debug, Clone, PartialEq)]
pub enum HomesRequest {
    /// A load as homes.
    Load {
        load: LoadRequest,
        homes: Households,
    },
    /// A number of homes as a load.
    Count {
        count: Given,
        load_factor: Option<Given>,
        homes: Households,
    },
}

#[derive(Debug, Clone, PartialEq)]
pub struct ShareRequest {
    pub load: LoadRequest,
    pub national: National,
    pub growth: Option<GrowthRequest>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct FootprintRequest {
    pub load: LoadRequest,
    pub homes: Households,
    pub national: National,
    pub pue: Option<Given>,
    pub wue: Option<Given>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct FleetRequest {
    pub count: Given,
    pub chip: String,
    pub pue: Option<Given>,
    pub overhead: Option<Given>,
    pub load_factor: Option<Given>,
    pub homes: Households,
}

#[derive(Debug, Clone, PartialEq)]
pub struct CostRequest {
    pub money: Given,
    /// `--per`: the capacity the money pays for.
    pub capacity: Option<LoadRequest>,
    pub term: Option<Given>,
    /// The year of the amount, for its rate to the dollar.
    pub year: Option<i32>,
    pub homes: Households,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ProjectRequest {
    pub source: Option<String>,
    pub from: Option<i32>,
    pub to: Option<i32>,
    pub metric: Metric,
}

/// What `plot` draws.
#[derive(Debug, Clone, PartialEq)]
pub enum Chart {
    Compare {
        load: LoadRequest,
    },
    Projection {
        /// The world series instead of the US ones.
        world: bool,
        sources: Vec<String>,
        metric: Metric,
    },
    Homes {
        load: LoadRequest,
    },
    Fleet {
        count: Given,
        chip: String,
    },
    Claims {
        file: Option<PathBuf>,
    },
    /// The Monte Carlo histogram of a calculator's main result, or its tornado, sampled as the
    /// command after `--` asks.
    Distribution {
        calculation: Box<Calculation>,
        sampling: SamplingRequest,
    },
    Tornado {
        calculation: Box<Calculation>,
        sampling: SamplingRequest,
    },
}

#[derive(Debug, Clone, PartialEq)]
pub struct PlotRequest {
    pub chart: Chart,
    pub path: PathBuf,
    pub size: (u32, u32),
    pub lang: Language,
}

/// The calculators: one load, a fleet, money.
#[derive(Debug, Clone, PartialEq)]
pub enum Calculation {
    Homes(HomesRequest),
    Share(ShareRequest),
    Footprint(FootprintRequest),
    Fleet(FleetRequest),
    Cost(CostRequest),
}

/// A command, validated (one per run: the size of its variants does not matter).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum Task {
    Calculate(Calculation),
    Project(ProjectRequest),
    Check {
        file: Option<PathBuf>,
        strict: bool,
    },
    Plot(PlotRequest),
    /// `lang`: the reader's language; `None` for the article's.
    Report {
        input: Option<PathBuf>,
        lang: Option<Language>,
    },
    /// `lang`: `None` to tell it by the text's letters.
    Extract {
        file: PathBuf,
        lang: Option<Language>,
    },
    Sources {
        id: Option<String>,
    },
    Compare {
        load: LoadRequest,
    },
}

/// How a run samples.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct SamplingRequest {
    pub samples: Option<u64>,
    pub seed: u64,
    pub sensitivity: bool,
}

/// Everything a run needs, typed and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct Request {
    pub task: Task,
    pub sampling: SamplingRequest,
    /// `None`: the command's own default (html for `report`, table otherwise).
    pub format: Option<Format>,
    pub output: PathBuf,
    pub data: Option<PathBuf>,
}

impl Request {
    /// Reads and checks every argument. `completions` and `man` are not requests: the caller
    /// handles them from the command-line definition.
    pub fn from_cli(cli: &Cli) -> anyhow::Result<Request> {
        Ok(Request {
            task: from_cli::task(&cli.command, &cli.output.output)?,
            sampling: from_cli::sampling(cli)?,
            format: cli.output.format,
            output: cli.output.output.clone(),
            data: cli.output.data.clone(),
        })
    }
}
