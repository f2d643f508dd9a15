//! The one-load calculators: `homes`, `share` and `footprint`. Each resolves its inputs against
//! the data, registers them as typed slots, and runs its model once for the point estimate and,
//! when sampling, over the draws.

use super::Calculated;
use crate::data::Dataset;
use crate::geography::Place;
use crate::inputs::{
    describe_load, given_or_figure, load_title, national_total, register_load, use_per_home,
};
use crate::model::footprint::{self, FootprintInputs, FootprintOutputs};
use crate::model::households::{self, HomesOutputs, LoadForHomesOutputs};
use crate::model::share::{self, Growth, ShareOutputs};
use crate::provenance::{Provenance, Warning};
use crate::report::Value;
use crate::request::values::Given;
use crate::request::values::LoadRequest;
use crate::request::{FootprintRequest, Households, ShareRequest};
use crate::uncertainty::sampling::{Calc, Input, Sampling};
use crate::units::{Quantity, format};

/// `homes 30 GW`: a load as household equivalents.
pub fn homes(
    dataset: &Dataset,
    load: &LoadRequest,
    homes: &Households,
    sampling: &Sampling,
) -> anyhow::Result<Calculated<HomesOutputs>> {
    let mut provenance = Provenance::default();
    describe_load(&mut provenance, dataset, load)?;
    let mut calc = Calc::new();
    let load_slots = register_load(&mut calc, load);
    let per_home = calc.add_annual(
        "use per home",
        &use_per_home(&mut provenance, dataset, homes)?,
    );
    let estimate = calc.run(sampling, |d| {
        households::evaluate(load_slots.read(d), d.get(per_home))
    });
    Ok(Calculated::new(
        "homes",
        format!("{} as homes", load_title(load)),
        provenance,
        estimate,
    ))
}

/// `homes 25M`: the energy and the capacity that many homes amount to.
pub fn load_for_homes(
    dataset: &Dataset,
    count: &Given,
    load_factor: Option<&Given>,
    homes: &Households,
    sampling: &Sampling,
) -> anyhow::Result<Calculated<LoadForHomesOutputs>> {
    let title = match count.value.central() {
        Quantity::Number(n) if count.value.is_fixed() => {
            format!("{} homes as a load", format::count(n))
        }
        _ => format!("{} homes as a load", count.text),
    };
    let mut provenance = Provenance::default();
    provenance.echo("homes", "Homes", Value::Text(count.text.clone()));
    let mut calc = Calc::new();
    let count_slot = calc.add("homes", &Input::Given(count.value.clone()));
    let factor = load_factor.map_or_else(
        || crate::uncertainty::Uncertain::fixed(Quantity::Number(1.0)),
        |g| g.value.clone(),
    );
    let lf = calc.add("load factor", &Input::Given(factor));
    let per_home = calc.add_annual(
        "use per home",
        &use_per_home(&mut provenance, dataset, homes)?,
    );
    let estimate = calc.run(sampling, |d| {
        households::load_for_homes(d.get(count_slot), d.get(per_home), d.get(lf))
    });
    Ok(Calculated::new("homes", title, provenance, estimate))
}

/// `share`: a load's share of national electricity, grown from `from` to the year when asked.
pub fn share(
    dataset: &Dataset,
    request: &ShareRequest,
    sampling: &Sampling,
) -> anyhow::Result<Calculated<ShareOutputs>> {
    let mut provenance = Provenance::default();
    describe_load(&mut provenance, dataset, &request.load)?;
    let mut calc = Calc::new();
    let load = register_load(&mut calc, &request.load);
    let growth = match &request.growth {
        Some(growth) => {
            provenance.echo("from", "Load's year", Value::Year(growth.from));
            provenance.echo(
                "growth",
                "Growth per year",
                Value::Text(growth.rate.text.clone()),
            );
            let rate = calc.add("growth", &Input::Given(growth.rate.value.clone()));
            Some((rate, (growth.to - growth.from).unsigned_abs()))
        }
        None => None,
    };
    let (total_input, label) = national_total(&mut provenance, dataset, &request.national)?;
    let total = calc.add_annual(label.clone(), &total_input);
    let estimate = calc.run(sampling, |d| {
        let growth = growth.map(|(rate, years)| Growth {
            rate: d.get(rate),
            years,
        });
        share::evaluate(load.read(d), growth, d.get(total))
    });
    let place = Place::resolve(dataset, &request.national.place)?;
    Ok(Calculated::new(
        "share",
        format!(
            "{} as a share of {} electricity",
            load_title(&request.load),
            place.name()
        ),
        provenance,
        estimate,
    )
    .label("national_total", label)
    .label("share", format!("Share of {} total", place.name())))
}

/// The grid CO2 intensity of a place and how to name it: EIA's US average, EIA's rate of a
/// state's own generation, or the life-cycle intensity of a country's generation.
fn grid_intensity<'a>(
    dataset: &'a Dataset,
    place: &Place,
) -> anyhow::Result<(&'a crate::data::Figure, String)> {
    let region = place.region();
    Ok(match place {
        _ if place.is_us() => (dataset.best("grid-co2", region)?, "average US grid".into()),
        Place::State { name, .. } => (
            dataset.best("grid-co2", region)?,
            format!("rate of {name}'s own generation"),
        ),
        Place::Country { name, .. } => (
            dataset.best("generation-co2e", region)?,
            format!("life-cycle intensity of {name}'s generation"),
        ),
        Place::World => (
            dataset.best("generation-co2e", region)?,
            "life-cycle intensity of world generation".into(),
        ),
    })
}

/// `footprint`: energy, homes, share, CO2 and site water of one load.
pub fn footprint(
    dataset: &Dataset,
    request: &FootprintRequest,
    sampling: &Sampling,
) -> anyhow::Result<Calculated<FootprintOutputs>> {
    let mut provenance = Provenance::default();
    describe_load(&mut provenance, dataset, &request.load)?;
    let mut calc = Calc::new();
    let load = register_load(&mut calc, &request.load);
    let per_home = calc.add_annual(
        "use per home",
        &use_per_home(&mut provenance, dataset, &request.homes)?,
    );
    let (total_input, label) = national_total(&mut provenance, dataset, &request.national)?;
    let total = calc.add_annual(label.clone(), &total_input);
    let place = Place::resolve(dataset, &request.national.place)?;
    let (intensity_figure, grid) = grid_intensity(dataset, &place)?;
    provenance.assume(
        &format!("Grid CO2 intensity ({grid})"),
        intensity_figure,
        Value::Quantity(intensity_figure.value),
    );
    let intensity = calc.add(
        "grid CO2 intensity",
        &Input::Figure(intensity_figure.uncertain()),
    );
    let pue_input = given_or_figure(
        &mut provenance,
        dataset,
        request.pue.as_ref(),
        ("pue", "PUE"),
        ("pue", "industry", "PUE (industry)"),
    )?;
    let pue = calc.add("PUE", &pue_input);
    let wue_input = given_or_figure(
        &mut provenance,
        dataset,
        request.wue.as_ref(),
        ("wue", "WUE"),
        ("wue", "industry", "WUE (site water per kWh of IT energy)"),
    )?;
    let wue = calc.add("WUE", &wue_input);
    let estimate = calc.run(sampling, |d| {
        footprint::evaluate(FootprintInputs {
            load: load.read(d),
            use_per_home: d.get(per_home),
            national_total: d.get(total),
            grid_intensity: d.get(intensity),
            pue: d.get(pue),
            wue: d.get(wue),
        })
    });
    provenance.warn(Warning::Note(
        "the load is taken as grid (facility) power; if it is IT or chip capacity, multiply by a PUE first".into(),
    ));
    provenance.warn(Warning::Note(format!(
        "CO2 uses the {grid}, not the plants a site actually buys from; site water excludes the water used to generate the electricity"
    )));
    Ok(Calculated::new(
        "footprint",
        format!("Footprint of {}", load_title(&request.load)),
        provenance,
        estimate,
    )
    .label("share", format!("Share of {label}")))
}
