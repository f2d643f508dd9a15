//! The inputs the calculators share, resolved against the data: a load and its load factor, the
//! use per home, the national total, the PUE, the WUE; each echoed or assumed with its source.

use crate::data::{Dataset, Total, When};
use crate::error::DataError;
use crate::geography::Place;
use crate::model::energy::{self, Load};
use crate::provenance::{Provenance, Warning};
use crate::report::Value;
use crate::request::values::{Given, LoadRequest, Shape};
use crate::request::{Households, National};
use crate::uncertainty::monte_carlo::Draw;
use crate::uncertainty::sampling::{Calc, Input, Slot};
use crate::units::{Power, Quantity, Ratio, format};

/// A value the user gave, echoed as its central value, or as written when it is uncertain.
pub fn echoed(given: &Given, per_year: bool) -> Value {
    match (given.value.is_fixed(), given.value.central()) {
        (false, _) => Value::Text(given.text.clone()),
        (true, Quantity::Power(p)) if per_year => Value::AnnualEnergy(p),
        (true, quantity) => Value::Quantity(quantity),
    }
}

/// The slots of a load in a calculation.
#[derive(Clone, Copy)]
pub struct LoadSlots {
    shape: Shape,
    power: Slot<Power>,
    load_factor: Slot<Ratio>,
}

impl LoadSlots {
    pub fn read(&self, draw: &Draw) -> Load {
        match self.shape {
            Shape::Capacity => Load::Capacity {
                power: draw.get(self.power),
                load_factor: draw.get(self.load_factor),
            },
            Shape::EnergyPerYear => Load::EnergyPerYear(draw.get(self.power)),
        }
    }

    pub fn power(&self) -> Slot<Power> {
        self.power
    }

    pub fn load_factor(&self) -> Slot<Ratio> {
        self.load_factor
    }
}

/// Adds the load and its load factor to `calc`.
pub fn register_load(calc: &mut Calc, load: &LoadRequest) -> LoadSlots {
    let power_input = Input::Given(load.power.value.clone());
    let power = match load.shape {
        Shape::EnergyPerYear => calc.add_annual("load", &power_input),
        Shape::Capacity => calc.add("load", &power_input),
    };
    LoadSlots {
        shape: load.shape,
        power,
        load_factor: calc.add("load factor", &Input::Given(load.load_factor_value())),
    }
}

/// Echoes the load (and the load factor, for a capacity), with the full-load caveat when the
/// load factor is 1.
pub fn describe_load(
    provenance: &mut Provenance,
    dataset: &Dataset,
    load: &LoadRequest,
) -> anyhow::Result<()> {
    let text = |g: &Given| Value::Text(g.text.clone());
    match load.shape {
        Shape::Capacity => {
            let power = match load.power.value.is_fixed() {
                true => echoed(&load.power, false),
                false => text(&load.power),
            };
            provenance.echo("load", "Load (capacity)", power);
            let factor = match &load.load_factor {
                Some(given) => echoed(given, false),
                None => Value::Quantity(Quantity::Number(1.0)),
            };
            provenance.echo("load_factor", "Load factor", factor);
            if load.at_full_load() {
                provenance.warn(full_load_warning(dataset)?);
            }
        }
        Shape::EnergyPerYear => {
            provenance.echo("load", "Load (energy per year)", echoed(&load.power, true));
        }
    }
    Ok(())
}

/// `30 GW running flat out`, `30 GW at load factor 50%`, `176 TWh/yr`.
pub fn load_title(load: &LoadRequest) -> String {
    let shown = match (load.power.value.is_fixed(), load.power.value.central()) {
        (true, Quantity::Power(p)) if load.shape == Shape::Capacity => format::power(p),
        (true, Quantity::Power(p)) => format::energy_per_year(p),
        _ => load.power.text.clone(),
    };
    match (load.shape, &load.load_factor) {
        (Shape::Capacity, None) => format!("{shown} running flat out"),
        (Shape::Capacity, Some(lf)) => format!("{shown} at load factor {}", lf.text),
        (Shape::EnergyPerYear, _) => shown,
    }
}

/// The load factor LBNL's 2028 cases imply (model::energy::implied_load_factor), about 0.5,
/// and the figures it rests on.
pub fn typical_load_factor(dataset: &Dataset) -> anyhow::Result<(Ratio, String)> {
    let mut factors = Vec::new();
    let mut parts = Vec::new();
    for case in ["low", "high"] {
        let annual = dataset
            .figure(&format!("lbnl-dc-energy-2028-{case}"))?
            .power();
        let capacity = dataset
            .figure(&format!("lbnl-dc-capacity-2028-{case}"))?
            .power();
        factors.push(energy::implied_load_factor(annual, capacity));
        parts.push(format!(
            "{} on {}",
            format::energy_per_year(annual),
            format::power(capacity)
        ));
    }
    Ok((
        energy::mean_load_factor(&factors),
        format!("LBNL's 2028 cases ({}; lbnl-2024)", parts.join(", ")),
    ))
}

/// The main caveat of any capacity → energy step: data centers draw about half their capacity.
pub fn full_load_warning(dataset: &Dataset) -> anyhow::Result<Warning> {
    let (typical, basis) = typical_load_factor(dataset)?;
    Ok(Warning::FullLoad {
        typical: format!("{:.0}%", typical.get::<uom::si::ratio::percent>()),
        basis,
    })
}

/// Use per home: `--per-home`, the figure for (or nearest) the year, or the newest confirmed
/// for the region.
pub fn use_per_home(
    provenance: &mut Provenance,
    dataset: &Dataset,
    homes: &Households,
) -> anyhow::Result<Input> {
    if let Some(given) = &homes.per_home {
        provenance.echo("per_home", "Use per home", echoed(given, true));
        return Ok(Input::Given(given.value.clone()));
    }
    let place = Place::resolve(dataset, &homes.place)?;
    if dataset.series("household-use", place.region()).is_empty() {
        return Err(DataError::NotHeld {
            what: "electricity use per home".into(),
            place: place.name().into(),
            hint: "; give one with --per-home".into(),
        }
        .into());
    }
    let region = place.region();
    let figure = match homes.when {
        When::In(year) => dataset.for_year("household-use", region, year)?,
        When::Near(year) => match dataset.nearest("household-use", region, year) {
            Some(figure) => figure,
            None => dataset.best("household-use", region)?,
        },
        When::Newest => dataset.best("household-use", region)?,
    };
    let label = format!("Use per home ({}, {})", place.name(), figure.year());
    provenance.assume(&label, figure, Value::AnnualEnergy(figure.power()));
    Ok(Input::Figure(figure.uncertain()))
}

/// The national total for a share: given, or the figure for the year, recorded as an
/// assumption. Returns the total and how to name it.
pub fn national_total(
    provenance: &mut Provenance,
    dataset: &Dataset,
    national: &National,
) -> anyhow::Result<(Input, String)> {
    if let Some(given) = &national.total {
        provenance.echo(
            "national_total",
            "National total (given)",
            echoed(given, true),
        );
        return Ok((
            Input::Given(given.value.clone()),
            "National total (given)".into(),
        ));
    }
    let place = Place::resolve(dataset, &national.place)?;
    let Total {
        figure,
        label,
        caveat,
    } = dataset.total_for(&place, national.denominator, national.when)?;
    provenance.assume(&label, figure, Value::AnnualEnergy(figure.power()));
    if let Some(caveat) = caveat {
        provenance.warn(Warning::Note(caveat));
    }
    Ok((Input::Figure(figure.uncertain()), label))
}

/// A plain-number input given or from the newest confirmed figure of `series` for `region`
/// (PUE for `industry` or `new-large-builds`; WUE for `industry`).
pub fn given_or_figure(
    provenance: &mut Provenance,
    dataset: &Dataset,
    given: Option<&Given>,
    (key, echo_label): (&'static str, &str),
    (series, region, assumed_label): (&str, &str, &str),
) -> anyhow::Result<Input> {
    if let Some(given) = given {
        let shown = match given.value.is_fixed() {
            true => echoed(given, false),
            false => Value::Text(given.text.clone()),
        };
        provenance.echo(key, echo_label, shown);
        return Ok(Input::Given(given.value.clone()));
    }
    let figure = dataset.best(series, region)?;
    provenance.assume(assumed_label, figure, Value::Quantity(figure.value));
    Ok(Input::Figure(figure.uncertain()))
}
