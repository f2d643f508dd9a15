//! `cost`: money against capacity — capex per GW, per home-equivalent, per year of a deal.

use super::Calculated;
use crate::data::{Dataset, Figure, Rate};
use crate::inputs::{describe_load, register_load, use_per_home};
use crate::model::cost::{self, CostInputs, CostOutputs};
use crate::provenance::{Provenance, Warning};
use crate::report::Value;
use crate::request::CostRequest;
use crate::uncertainty::sampling::{Calc, Input, Sampling};
use crate::units::money::Currency;
use crate::units::{MoneyPerPower, Quantity, format};

/// The statements of cost per GW the range is drawn from (`region` in costs.toml).
const COST_REGION: &str = "ai-compute";

pub fn cost(
    dataset: &Dataset,
    request: &CostRequest,
    sampling: &Sampling,
) -> anyhow::Result<Calculated<CostOutputs>> {
    let title = match request.money.value.central() {
        Quantity::Money(m) if request.money.value.is_fixed() => format::money(m),
        _ => request.money.text.clone(),
    };
    let mut provenance = Provenance::default();
    provenance.echo("money", "Money", Value::Text(request.money.text.clone()));
    let per_usd = conversion(&mut provenance, dataset, request)?;
    let title = match (per_usd, request.money.value.central()) {
        (Some(rate), Quantity::Money(m)) => {
            format!("{title} ({})", format::money(m.to_usd(rate)))
        }
        _ => title,
    };
    let mut calc = Calc::new();
    let money =
        calc.add::<crate::units::Money>("money", &Input::Given(request.money.value.clone()));
    let (low, high) = public_cost_range(&mut provenance, dataset)?;
    let capacity = match &request.capacity {
        Some(load) => {
            describe_load(&mut provenance, dataset, load)?;
            let slots = register_load(&mut calc, load);
            let per_home = calc.add_annual(
                "use per home",
                &use_per_home(&mut provenance, dataset, &request.homes)?,
            );
            Some((slots, per_home))
        }
        None => None,
    };
    let term = match &request.term {
        Some(given) => {
            provenance.echo("term", "Term", Value::Text(given.text.clone()));
            Some(calc.add("term", &Input::Given(given.value.clone())))
        }
        None => None,
    };
    let estimate = calc.run(sampling, |d| {
        cost::evaluate(CostInputs {
            money: d.get(money).to_usd(per_usd.unwrap_or(1.0)),
            capacity: capacity.map(|(load, per_home)| (load.read(d), d.get(per_home))),
            public_range: (low, high),
            term: term.map(|t| d.get(t)),
        })
    });
    if let Some(per_power) = estimate.point.cost_per_power {
        provenance.warn(Warning::Note(placement(
            per_power,
            low,
            high,
            &cost_range(dataset),
        )));
    }
    if let Ok(later) = dataset.best("capex-per-power", "future-ai-factory") {
        provenance.warn(Warning::Note(format!(
            "later statements put future AI factories at {} ({}; {})",
            later.as_written(),
            later.id(),
            later.record.source
        )));
    }
    let shown = |c: MoneyPerPower| format::quantity(Quantity::MoneyPerPower(c));
    Ok(Calculated::new(
        "cost",
        format!("{title} against capacity"),
        provenance,
        estimate,
    )
    .label("capacity_low", format!("Capacity at {}", shown(high)))
    .label("capacity_high", format!("Capacity at {}", shown(low))))
}

/// For an amount in another currency than dollars: its rate to the dollar (the peg, or the
/// annual average of `--year`, else the newest), recorded as an assumption and said in a note.
fn conversion(
    provenance: &mut Provenance,
    dataset: &Dataset,
    request: &CostRequest,
) -> anyhow::Result<Option<f64>> {
    let Quantity::Money(money) = request.money.value.central() else {
        return Ok(None);
    };
    let currency = money.currency();
    if currency == Currency::Usd {
        return Ok(None);
    }
    let Rate { figure, basis } = dataset.usd_rate(currency, request.year)?;
    let Quantity::Number(per_usd) = figure.value else {
        anyhow::bail!("{}: an exchange rate is a plain number", figure.id());
    };
    let label = format!("{} per US dollar ({basis})", currency.code());
    provenance.assume(&label, figure, Value::Quantity(figure.value));
    provenance.warn(Warning::Note(format!(
        "{} = {} at {per_usd} {} per dollar ({basis}; {})",
        format::money(money),
        format::money(money.to_usd(per_usd)),
        currency.code(),
        figure.id()
    )));
    Ok(Some(per_usd))
}

/// The public range of cost per GW (lowest and highest bundled statement), recorded as
/// assumptions.
pub fn public_cost_range(
    provenance: &mut Provenance,
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
        provenance.assume("Public cost per GW", figure, Value::Quantity(figure.value));
    }
    Ok((low.money_per_power(), high.money_per_power()))
}

/// The bundled statements of cost per GW, cheapest first.
fn cost_range(dataset: &Dataset) -> Vec<&Figure> {
    let mut figures: Vec<&Figure> = dataset
        .figures_of(&["capex-per-power"])
        .filter(|f| f.record.region == COST_REGION)
        .collect();
    figures.sort_by(|a, b| {
        a.money_per_power()
            .per_watt()
            .total_cmp(&b.money_per_power().per_watt())
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
