//! `cost`: money against capacity — capex per GW, per home-equivalent, per year of a deal.

use uom::si::ratio::ratio;

use super::inputs::{Shape, per_home, read_load};
use crate::cli::LoadArgs;
use crate::data::{Dataset, Figure};
use crate::error::UsageError;
use crate::model::{cost, households};
use crate::report::{Item, Report, Value, Warning};
use crate::units::parse::{Quantity, parse_money, parse_quantity};
use crate::units::{MoneyPerPower, Time, format, year};

/// The statements of cost per GW the range is drawn from (`region` in costs.toml).
const COST_REGION: &str = "ai-compute";

pub fn cost(
    dataset: &Dataset,
    money_text: &str,
    per: Option<&str>,
    years: Option<&str>,
    args: &LoadArgs,
) -> anyhow::Result<Report> {
    let money = parse_money(money_text)?;
    if money.usd() <= 0.0 {
        return Err(UsageError(format!("`{money_text}`: expected an amount above zero")).into());
    }
    let mut report = Report::new("cost", format!("{} against capacity", format::money(money)));
    report.inputs.push(Item::new(
        "money",
        "Money",
        Value::Quantity(Quantity::Money(money)),
    ));
    let range = cost_range(dataset);
    let (low, high) = (
        range.first().map(|f| f.money_per_power()),
        range.last().map(|f| f.money_per_power()),
    );
    if let Some(load_text) = per {
        let input = read_load(load_text, args.load_factor.as_deref())?;
        let (Shape::Capacity, Quantity::Power(capacity)) = (input.shape, input.power.central())
        else {
            return Err(UsageError(format!(
                "--per expects a capacity such as `30 GW`; `{load_text}` is an energy per year"
            ))
            .into());
        };
        input.describe(&mut report, dataset)?;
        let per_power = cost::per_power(money, capacity);
        let Quantity::Power(per_home_use) = per_home(&mut report, dataset, args, None)?.central()
        else {
            unreachable!("use per home is a power");
        };
        let homes = households::homes(input.central_annual(), per_home_use);
        report.results.push(Item::new(
            "cost_per_power",
            "Capital cost per GW",
            Value::Quantity(Quantity::MoneyPerPower(per_power)),
        ));
        report.results.push(Item::new(
            "homes",
            "Household equivalents",
            Value::Quantity(Quantity::Number(homes.get::<ratio>())),
        ));
        report.results.push(Item::new(
            "cost_per_home",
            "Capital cost per home-equivalent",
            Value::Quantity(Quantity::Money(cost::per_home(money, homes))),
        ));
        if let (Some(low), Some(high)) = (low, high) {
            report.warn(Warning::Note(placement(per_power, low, high, &range)));
        }
    } else if let (Some(low), Some(high)) = (low, high) {
        report.results.push(Item::new(
            "capacity_low",
            format!(
                "Capacity at {}",
                format::quantity(Quantity::MoneyPerPower(high))
            ),
            Value::Quantity(Quantity::Power(money / high)),
        ));
        report.results.push(Item::new(
            "capacity_high",
            format!(
                "Capacity at {}",
                format::quantity(Quantity::MoneyPerPower(low))
            ),
            Value::Quantity(Quantity::Power(money / low)),
        ));
    }
    for figure in &range {
        report.assume("Public cost per GW", figure, Value::Quantity(figure.value));
    }
    if let Some(term_text) = years {
        let term = term(term_text)?;
        report.inputs.push(Item::new(
            "term",
            "Term",
            Value::Quantity(Quantity::Time(term)),
        ));
        report.results.push(Item::new(
            "cost_per_year",
            "Per year of the deal",
            Value::Quantity(Quantity::Money(cost::per_year(money, term))),
        ));
    }
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

/// `--years`: `7` or `7 years`, above zero.
fn term(text: &str) -> anyhow::Result<Time> {
    let term = match parse_quantity(text)? {
        Quantity::Number(n) => year() * n,
        Quantity::Time(t) => t,
        other => {
            return Err(UsageError(format!(
                "--years expects a number of years such as `7`; `{text}` is {}",
                other.kind().name()
            ))
            .into());
        }
    };
    if term.value <= 0.0 {
        return Err(UsageError(format!("--years must be above zero; got `{text}`")).into());
    }
    Ok(term)
}
