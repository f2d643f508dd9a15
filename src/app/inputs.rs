//! Reading the inputs the calculators share: a load and its load factor, the use per home, the
//! national total, and the full-load caveat.

use uom::si::ratio::ratio;

use crate::cli::{LoadArgs, NationalArgs};
use crate::data::Dataset;
use crate::error::UsageError;
use crate::model::energy;
use crate::report::{Item, Report, Value, Warning};
use crate::units::parse::{
    Quantity, parse_annual_energy, parse_fraction, parse_load, parse_quantity,
};
use crate::units::{Energy, Load, Power, Ratio, format};

/// The load, its load factor (1 unless given), and its annual energy.
pub struct LoadInput {
    pub load: Load,
    pub load_factor: Ratio,
    pub annual: Energy,
}

/// `--load-factor`: above 0 and at most 1; 1 ("running flat out") when not given.
pub fn load_factor(text: Option<&str>) -> anyhow::Result<Ratio> {
    let Some(text) = text else {
        return Ok(Ratio::new::<ratio>(1.0));
    };
    let fraction = parse_fraction(text)?;
    if fraction.get::<ratio>() <= 0.0 {
        return Err(UsageError("--load-factor must be above 0".into()).into());
    }
    Ok(fraction)
}

pub fn read_load(text: &str, load_factor_text: Option<&str>) -> anyhow::Result<LoadInput> {
    let load = parse_load(text)?;
    let load_factor = load_factor(load_factor_text)?;
    let annual = match load {
        Load::Capacity(capacity) => energy::annual_energy(capacity, load_factor),
        Load::AnnualUse(average) => {
            if load_factor_text.is_some() {
                return Err(UsageError(format!(
                    "--load-factor applies to a capacity such as `30 GW`; `{}` is already an energy per year",
                    text.trim()
                ))
                .into());
            }
            energy::annual_energy(average, Ratio::new::<ratio>(1.0))
        }
    };
    Ok(LoadInput {
        load,
        load_factor,
        annual,
    })
}

impl LoadInput {
    /// Echoes the load (and the load factor, for a capacity) as report inputs.
    pub fn describe(&self, report: &mut Report, dataset: &Dataset) -> anyhow::Result<()> {
        match self.load {
            Load::Capacity(capacity) => {
                report.inputs.push(Item::new(
                    "load",
                    "Load (capacity)",
                    Value::Quantity(Quantity::Power(capacity)),
                ));
                report.inputs.push(Item::new(
                    "load_factor",
                    "Load factor",
                    Value::Quantity(Quantity::Number(self.load_factor.get::<ratio>())),
                ));
                if self.load_factor.get::<ratio>() == 1.0 {
                    report.warn(full_load_warning(dataset)?);
                }
            }
            Load::AnnualUse(average) => report.inputs.push(Item::new(
                "load",
                "Load (energy per year)",
                Value::AnnualEnergy(average),
            )),
        }
        Ok(())
    }

    pub fn title(&self) -> String {
        match self.load {
            Load::Capacity(c) => {
                let lf = self.load_factor.get::<ratio>();
                if lf == 1.0 {
                    format!("{} running flat out", format::power(c))
                } else {
                    format!(
                        "{} at load factor {}",
                        format::power(c),
                        format::ratio(self.load_factor)
                    )
                }
            }
            Load::AnnualUse(p) => format::annual_energy(p),
        }
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
            format::annual_energy(annual),
            format::power(capacity)
        ));
    }
    let mean = (factors[0] + factors[1]) / 2.0;
    Ok((
        mean,
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

/// Use per home: `--per-home`, the figure for `year`, or the newest confirmed for the region.
pub fn per_home(
    report: &mut Report,
    dataset: &Dataset,
    args: &LoadArgs,
    year: Option<i32>,
) -> anyhow::Result<Power> {
    if let Some(text) = &args.per_home {
        let per_home = parse_annual_energy(text)?;
        report.inputs.push(Item::new(
            "per_home",
            "Use per home",
            Value::AnnualEnergy(per_home),
        ));
        return Ok(per_home);
    }
    let figure = match year {
        Some(year) => dataset.for_year("household-use", &args.region, year)?,
        None => dataset.best("household-use", &args.region)?,
    };
    let per_home = figure.power();
    let label = format!("Use per home ({}, {})", args.region, figure.year());
    report.assume(&label, figure, Value::AnnualEnergy(per_home));
    Ok(per_home)
}

/// The national total for the share, recorded as an assumption.
pub fn national_total(
    report: &mut Report,
    dataset: &Dataset,
    args: &NationalArgs,
) -> anyhow::Result<(Power, String)> {
    let figure = dataset.national_total(args.denominator, args.year)?;
    let label = match figure.record.series.as_str() {
        "implied-total" => format!("US total implied by LBNL's shares, {}", figure.year()),
        "retail-sales" => format!("US retail electricity sales (EIA), {}", figure.year()),
        _ => format!("US total end-use consumption (EIA), {}", figure.year()),
    };
    let total = figure.power();
    report.assume(&label, figure, Value::AnnualEnergy(total));
    Ok((total, label))
}

/// PUE from `--pue`, or the newest confirmed figure for `region` (`industry`,
/// `new-large-builds`).
pub fn pue(
    report: &mut Report,
    dataset: &Dataset,
    text: Option<&str>,
    region: &str,
) -> anyhow::Result<Ratio> {
    if let Some(text) = text {
        let pue = match parse_quantity(text)? {
            Quantity::Number(n) if n >= 1.0 => n,
            _ => {
                return Err(UsageError(format!(
                    "--pue expects a number of at least 1 such as `1.2`; got `{text}`"
                ))
                .into());
            }
        };
        report.inputs.push(Item::new(
            "pue",
            "PUE",
            Value::Quantity(Quantity::Number(pue)),
        ));
        return Ok(Ratio::new::<ratio>(pue));
    }
    let figure = dataset.best("pue", region)?;
    report.assume(
        &format!("PUE ({region})"),
        figure,
        Value::Quantity(figure.value),
    );
    Ok(Ratio::new::<ratio>(figure.number()))
}
