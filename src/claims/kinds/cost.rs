//! `cost` claims: a capacity costs an amount of money, at the claim's cost per power or the
//! middle of the public range. Either may be uncertain; the verdict then comes from the draws.

use super::{Context, Recomputed, StatedAs, field, hedged_load, numeric};
use crate::calculators::cost::public_cost_range;
use crate::claims::file::Claim;

use crate::model::cost;
use crate::provenance::Provenance;
use crate::request::values::{self, Given};
use crate::uncertainty::Uncertain;
use crate::uncertainty::sampling::{Calc, Input};
use crate::uncertainty::uncertain::parse_uncertain_as;
use crate::units::money::Currency;
use crate::units::parse::parse_money;
use crate::units::{Kind, Money, MoneyPerPower, Power, Quantity, format};

pub struct CostClaim {
    stated: StatedAs,
    /// The stated amount (the middle of a stated range).
    money: Money,
    capacity: Given,
    cost_per_power: Option<Uncertain>,
}

crate::outputs! {
    pub struct CostClaimOutputs {
        capex: Money = Money(Usd) "Capital cost",
        holds: f64 = Number "Claim holds",
    }
    main [capex]
}

impl CostClaim {
    pub fn read(claim: &Claim) -> anyhow::Result<CostClaim> {
        let stated = StatedAs::read(&claim.stated, |t| parse_money(t).map(Quantity::Money))?;
        let capacity = hedged_load(
            field(claim, "load", &claim.load)?,
            None,
            claim.tolerance()?.value,
        )?;
        if capacity.shape != values::Shape::Capacity {
            anyhow::bail!("load: a cost claim's load is a capacity such as `30 GW`");
        }
        let cost_per_power = match &claim.assume.cost_per_power {
            Some(text) => Some(parse_uncertain_as(text, Kind::MoneyPerPower(Currency::Usd)).map_err(|_| {
                anyhow::anyhow!(
                    "cost_per_power: expected a cost per power such as `$45B/GW` or `$35B/GW..$60B/GW`; got `{text}`"
                )
            })?),
            None => None,
        };
        Ok(CostClaim {
            money: match stated.claimed.central() {
                Quantity::Money(money) => money,
                _ => anyhow::bail!("stated: expected an amount of money such as `$1.4T`"),
            },
            stated,
            capacity: capacity.power,
            cost_per_power,
        })
    }

    pub fn check(&self, context: &Context, tolerance: f64) -> anyhow::Result<Recomputed> {
        let mut provenance = Provenance::default();
        let (per_power, range_text) = match &self.cost_per_power {
            Some(given) => (Input::Given(given.clone()), "assumed".to_string()),
            None => {
                let (low, high) = public_cost_range(&mut provenance, context.dataset)?;
                let shown = |c: MoneyPerPower| format::quantity(Quantity::MoneyPerPower(c));
                let capacity = self.capacity_central();
                let range = format!(
                    "the middle of the public range {}–{}, which gives {}–{}",
                    shown(low),
                    shown(high),
                    format::money(cost::capex(capacity, low)),
                    format::money(cost::capex(capacity, high))
                );
                let middle = Quantity::MoneyPerPower(low.midpoint(high));
                (Input::Figure(Uncertain::fixed(middle)), range)
            }
        };
        if let Quantity::MoneyPerPower(c) = per_power.central()
            && c.currency() != self.money.currency()
        {
            anyhow::bail!(
                "stated is in {}, the cost per power in {}: wattcheck does not convert currencies yet",
                self.money.currency().code(),
                c.currency().code()
            );
        }
        let mut calc = Calc::new();
        let capacity = calc.add::<Power>("capacity", &Input::Given(self.capacity.value.clone()));
        let cost_slot = calc.add::<MoneyPerPower>("cost per power", &per_power);
        let stated = self.stated.claimed;
        let estimate = calc.run(context.sampling, |d| {
            let capex = cost::capex(d.get(capacity), d.get(cost_slot));
            let holds = stated.holds(capex.amount(), tolerance);
            CostClaimOutputs {
                capex,
                holds: f64::from(u8::from(holds)),
            }
        });
        let computed = estimate.point.capex;
        let Quantity::MoneyPerPower(central_cost) = per_power.central() else {
            anyhow::bail!("cost_per_power is not a cost per power");
        };
        let explanation = format!(
            "{} × {} ({range_text}) = {}; the claim implies {}",
            format::power(self.capacity_central()),
            format::quantity(Quantity::MoneyPerPower(central_cost)),
            format::money(computed),
            format::quantity(Quantity::MoneyPerPower(cost::per_power(
                self.money,
                self.capacity_central()
            ))),
        );
        Ok(numeric(
            (&self.stated, Quantity::Money(computed)),
            tolerance,
            estimate.probability(|o| o.holds),
            explanation,
            provenance.source_ids(),
        ))
    }

    fn capacity_central(&self) -> Power {
        match self.capacity.value.central() {
            Quantity::Power(p) => p,
            _ => Power::default(),
        }
    }
}
