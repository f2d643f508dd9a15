//! `cost`: money against capacity — capex per GW, per home-equivalent, per year of a deal.

use super::inputs::{Shape, per_home, read_load};
use super::sampling::Calc;
use crate::cli::{LoadArgs, SamplingArgs};
use crate::data::{Dataset, Figure};
use crate::error::UsageError;
use crate::model::{cost, energy, households};
use crate::report::{Item, Report, Value, Warning};
use crate::uncertainty::Uncertain;
use crate::units::uncertain::{parse_uncertain, parse_uncertain_as};
use crate::units::{Kind, MoneyPerPower, Quantity, format, year};

/// The statements of cost per GW the range is drawn from (`region` in costs.toml).
const COST_REGION: &str = "ai-compute";

/// What a `cost` run reports, in output order.
#[derive(Clone, Copy, PartialEq)]
enum Output {
    PerPower,
    Homes,
    PerHome,
    CapacityAtHigh,
    CapacityAtLow,
    PerYear,
}

pub fn cost(
    dataset: &Dataset,
    money_text: &str,
    per: Option<&str>,
    years: Option<&str>,
    args: &LoadArgs,
    sampling: &SamplingArgs,
) -> anyhow::Result<Report> {
    let money = parse_uncertain_as(money_text, Kind::Money)?;
    if money.dist.quantile(0.001) <= 0.0 {
        return Err(UsageError(format!("`{money_text}`: expected an amount above zero")).into());
    }
    let title = match money.central() {
        Quantity::Money(m) if money.is_fixed() => format::money(m),
        _ => money_text.trim().to_string(),
    };
    let mut report = Report::new("cost", format!("{title} against capacity"));
    report.inputs.push(Item::new(
        "money",
        "Money",
        Value::Text(money_text.trim().into()),
    ));
    let mut calc = Calc::new();
    let money_slot = calc.user("money", money);
    let (low, high) = public_cost_range(&mut report, dataset)?;
    let mut outputs = Vec::new();
    let capacity = match per {
        Some(load_text) => {
            let input = read_load(load_text, args.load_factor.as_deref())?;
            if input.shape != Shape::Capacity {
                return Err(UsageError(format!(
                    "--per expects a capacity such as `30 GW`; `{load_text}` is an energy per year"
                ))
                .into());
            }
            input.describe(&mut report, dataset)?;
            let (load, lf) = input.register(&mut calc);
            let home = calc.input("use per home", per_home(&mut report, dataset, args, None)?);
            outputs.extend([Output::PerPower, Output::Homes, Output::PerHome]);
            Some((load, lf, home))
        }
        None => {
            outputs.extend([Output::CapacityAtHigh, Output::CapacityAtLow]);
            None
        }
    };
    let term = match years {
        Some(text) => {
            report
                .inputs
                .push(Item::new("term", "Term", Value::Text(text.trim().into())));
            outputs.push(Output::PerYear);
            Some(calc.user("term", term(text)?))
        }
        None => None,
    };
    let kinds: Vec<Kind> = outputs
        .iter()
        .map(|o| match o {
            Output::PerPower => Kind::MoneyPerPower,
            Output::Homes => Kind::Number,
            Output::CapacityAtHigh | Output::CapacityAtLow => Kind::Power,
            Output::PerHome | Output::PerYear => Kind::Money,
        })
        .collect();
    let outcome = calc.run(sampling, &kinds, 0, |d, out| {
        let money = d.money(money_slot);
        for (slot, output) in out.iter_mut().zip(&outputs) {
            *slot = match (output, capacity, term) {
                (Output::PerPower, Some((load, ..)), _) => {
                    cost::per_power(money, d.power(load)).usd_per_watt()
                }
                (Output::Homes | Output::PerHome, Some((load, lf, home)), _) => {
                    let homes = households::homes(
                        energy::annual_energy(d.power(load), d.ratio(lf)),
                        d.power(home),
                    );
                    if *output == Output::Homes {
                        homes.value
                    } else {
                        cost::per_home(money, homes).usd()
                    }
                }
                (Output::CapacityAtHigh, ..) => cost::capacity_bought(money, high).value,
                (Output::CapacityAtLow, ..) => cost::capacity_bought(money, low).value,
                (Output::PerYear, _, Some(term)) => cost::per_year(money, d.time(term)).usd(),
                _ => f64::NAN,
            };
        }
    })?;
    let shown = |c: MoneyPerPower| format::quantity(Quantity::MoneyPerPower(c));
    report.results = outputs
        .iter()
        .enumerate()
        .map(|(i, output)| match output {
            Output::PerPower => outcome.item(i, "cost_per_power", "Capital cost per GW"),
            Output::Homes => outcome.item(i, "homes", "Household equivalents"),
            Output::PerHome => outcome.item(i, "cost_per_home", "Capital cost per home-equivalent"),
            Output::CapacityAtHigh => {
                outcome.item(i, "capacity_low", format!("Capacity at {}", shown(high)))
            }
            Output::CapacityAtLow => {
                outcome.item(i, "capacity_high", format!("Capacity at {}", shown(low)))
            }
            Output::PerYear => outcome.item(i, "cost_per_year", "Per year of the deal"),
        })
        .collect();
    if let (Some(0), Quantity::MoneyPerPower(per_power)) = (
        outputs.iter().position(|o| *o == Output::PerPower),
        outcome.quantity(0),
    ) {
        report.warn(Warning::Note(placement(
            per_power,
            low,
            high,
            &cost_range(dataset),
        )));
    }
    outcome.finish(&mut report);
    if let Ok(later) = dataset.best("capex-per-power", "future-ai-factory") {
        report.warn(Warning::Note(format!(
            "later statements put future AI factories at {} ({}; {})",
            later.as_written(),
            later.id(),
            later.record.source
        )));
    }
    Ok(report)
}

/// The public range of cost per GW (lowest and highest bundled statement), recorded as
/// assumptions.
pub fn public_cost_range(
    report: &mut Report,
    dataset: &Dataset,
) -> anyhow::Result<(MoneyPerPower, MoneyPerPower)> {
    let range = cost_range(dataset);
    let (Some(low), Some(high)) = (range.first(), range.last()) else {
        return Err(crate::error::DataError::UnknownId {
            what: "series".into(),
            id: format!("capex-per-power ({COST_REGION})"),
            hint: String::new(),
        }
        .into());
    };
    for figure in &range {
        report.assume("Public cost per GW", figure, Value::Quantity(figure.value));
    }
    Ok((low.money_per_power(), high.money_per_power()))
}

/// The bundled statements of cost per GW, cheapest first.
fn cost_range(dataset: &Dataset) -> Vec<&Figure> {
    let mut figures: Vec<&Figure> = dataset
        .figures()
        .filter(|f| f.record.series == "capex-per-power" && f.record.region == COST_REGION)
        .collect();
    figures.sort_by(|a, b| {
        a.money_per_power()
            .usd_per_watt()
            .total_cmp(&b.money_per_power().usd_per_watt())
    });
    figures
}

/// Where a cost per GW falls against the bundled range, in words.
fn placement(
    value: MoneyPerPower,
    low: MoneyPerPower,
    high: MoneyPerPower,
    range: &[&Figure],
) -> String {
    let shown = |c: MoneyPerPower| format::quantity(Quantity::MoneyPerPower(c));
    let place = if value < low {
        "below"
    } else if value > high {
        "above"
    } else {
        "within"
    };
    let ids: Vec<&str> = range.iter().map(|f| f.id()).collect();
    format!(
        "{} is {place} the public range of {} to {} ({})",
        shown(value),
        shown(low),
        shown(high),
        ids.join(", ")
    )
}

/// `--years`: `7`, `7 years` or `5..7`, above zero, as a duration.
fn term(text: &str) -> anyhow::Result<Uncertain> {
    let value = parse_uncertain(text)?;
    let term = match value.kind {
        Kind::Number => Uncertain {
            kind: Kind::Time,
            dist: value.dist.scaled(year().value),
        },
        Kind::Time => value,
        other => {
            return Err(UsageError(format!(
                "--years expects a number of years such as `7`; `{text}` is {}",
                other.name()
            ))
            .into());
        }
    };
    if term.dist.quantile(0.001) <= 0.0 {
        return Err(UsageError(format!("--years must be above zero; got `{text}`")).into());
    }
    Ok(term)
}
