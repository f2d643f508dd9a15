//! The calculators behind one type: `homes`, `share`, `footprint`, `fleet` and `cost` as their
//! typed results, for the commands themselves and for the charts that sample them.

use crate::calculators::{Calculated, cost, fleet, load};
use crate::data::Dataset;
use crate::model::cost::CostOutputs;
use crate::model::fleet::FleetOutputs;
use crate::model::footprint::FootprintOutputs;
use crate::model::households::{HomesOutputs, LoadForHomesOutputs};
use crate::model::share::ShareOutputs;
use crate::report::Report;
use crate::request::{Calculation, HomesRequest};
use crate::uncertainty::sampling::{Output, Outputs, Sampling, Tornado};

/// A calculator's typed result (one lives at a time: the size of its variants does not matter).
#[allow(clippy::large_enum_variant)]
pub enum Computed {
    Homes(Calculated<HomesOutputs>),
    LoadForHomes(Calculated<LoadForHomesOutputs>),
    Share(Calculated<ShareOutputs>),
    Footprint(Calculated<FootprintOutputs>),
    Fleet(Calculated<FleetOutputs>),
    Cost(Calculated<CostOutputs>),
}

/// The main result of a calculation (the one a tornado ranks inputs by), as a chart draws it.
pub struct Main {
    pub output: Output,
    pub label: String,
    pub title: String,
    pub samples: u64,
    pub seed: u64,
    pub sources: Vec<String>,
    pub tornado: Option<Tornado>,
}

fn main_of<O: Outputs>(calculated: &Calculated<O>) -> Main {
    let estimate = &calculated.estimate;
    let output = estimate
        .main_output()
        .unwrap_or_else(|| estimate.outputs().remove(0));
    Main {
        label: calculated.label_of(output.field.key).unwrap_or_default(),
        output,
        title: calculated.title.clone(),
        samples: estimate.spread.as_ref().map_or(0, |s| s.samples),
        seed: estimate.spread.as_ref().map_or(0, |s| s.seed),
        sources: calculated.provenance.source_ids(),
        tornado: estimate.tornado.clone(),
    }
}

/// Runs the calculator a request names.
pub fn calculate(
    dataset: &Dataset,
    calculation: &Calculation,
    sampling: &Sampling,
) -> anyhow::Result<Computed> {
    Ok(match calculation {
        Calculation::Homes(HomesRequest::Load { load: l, homes }) => {
            Computed::Homes(load::homes(dataset, l, homes, sampling)?)
        }
        Calculation::Homes(HomesRequest::Count {
            count,
            load_factor,
            homes,
        }) => Computed::LoadForHomes(load::load_for_homes(
            dataset,
            count,
            load_factor.as_ref(),
            homes,
            sampling,
        )?),
        Calculation::Share(request) => Computed::Share(load::share(dataset, request, sampling)?),
        Calculation::Footprint(request) => {
            Computed::Footprint(load::footprint(dataset, request, sampling)?)
        }
        Calculation::Fleet(request) => Computed::Fleet(fleet::fleet(dataset, request, sampling)?),
        Calculation::Cost(request) => Computed::Cost(cost::cost(dataset, request, sampling)?),
    })
}

impl Computed {
    pub fn report(&self) -> anyhow::Result<Report> {
        match self {
            Computed::Homes(c) => c.report(),
            Computed::LoadForHomes(c) => c.report(),
            Computed::Share(c) => c.report(),
            Computed::Footprint(c) => c.report(),
            Computed::Fleet(c) => c.report(),
            Computed::Cost(c) => c.report(),
        }
    }

    pub fn main(&self) -> Main {
        match self {
            Computed::Homes(c) => main_of(c),
            Computed::LoadForHomes(c) => main_of(c),
            Computed::Share(c) => main_of(c),
            Computed::Footprint(c) => main_of(c),
            Computed::Fleet(c) => main_of(c),
            Computed::Cost(c) => main_of(c),
        }
    }
}
