//! Money and capacity: capital cost per unit of power, per home, per year of a deal.

use super::energy::Load;
use super::households;
use crate::units::{Money, MoneyPerPower, Power, Ratio, Time, year};

/// `cost per power = money ÷ capacity` ($1.4T ÷ 30 GW = $46.7B per GW).
pub fn per_power(money: Money, capacity: Power) -> MoneyPerPower {
    money / capacity
}

/// The capacity `money` buys at `cost`: `money ÷ cost per power`.
pub fn capacity_bought(money: Money, cost: MoneyPerPower) -> Power {
    money / cost
}

/// `cost per year = money × (1 year ÷ term)` ($38B over 7 years = $5.43B a year).
pub fn per_year(money: Money, term: Time) -> Money {
    let years: Ratio = term / year();
    money / years.value
}

/// `cost per home-equivalent = money ÷ household equivalents`.
pub fn per_home_equivalent(money: Money, homes: Ratio) -> Money {
    money / homes.value
}

/// Capital cost of a capacity: `capacity × cost per power` (30 GW × $45B/GW = $1.35T).
pub fn capex(capacity: Power, cost: MoneyPerPower) -> Money {
    cost * capacity
}

/// What money is set against: a capacity it pays for (and the use per home its homes are counted
/// at), or the public range of cost per power (the capacity it would buy), and a deal's term.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct CostInputs {
    pub money: Money,
    pub capacity: Option<(Load, Power)>,
    pub public_range: (MoneyPerPower, MoneyPerPower),
    pub term: Option<Time>,
}

crate::outputs! {
    pub struct CostOutputs {
        cost_per_power: Option<MoneyPerPower> = MoneyPerPower(Usd) "Capital cost per GW",
        homes: Option<Ratio> = Number "Household equivalents",
        cost_per_home: Option<Money> = Money(Usd) "Capital cost per home-equivalent",
        /// The capacity at the high end of the public range of cost per power.
        capacity_low: Option<Power> = Power "Capacity at the high cost",
        capacity_high: Option<Power> = Power "Capacity at the low cost",
        cost_per_year: Option<Money> = Money(Usd) "Per year of the deal",
    }
    main [cost_per_power, capacity_low, cost_per_year]
}

pub fn evaluate(inputs: CostInputs) -> CostOutputs {
    let money = inputs.money;
    let (low, high) = inputs.public_range;
    let against_capacity = inputs.capacity.map(|(load, use_per_home)| {
        let capacity = match load {
            Load::Capacity { power, .. } | Load::EnergyPerYear(power) => power,
        };
        let homes = households::homes(load.energy_per_year(), use_per_home);
        (
            per_power(money, capacity),
            homes,
            per_home_equivalent(money, homes),
        )
    });
    let bought = inputs
        .capacity
        .is_none()
        .then(|| (capacity_bought(money, high), capacity_bought(money, low)));
    CostOutputs {
        cost_per_power: against_capacity.map(|c| c.0),
        homes: against_capacity.map(|c| c.1),
        cost_per_home: against_capacity.map(|c| c.2),
        capacity_low: bought.map(|b| b.0),
        capacity_high: bought.map(|b| b.1),
        cost_per_year: inputs.term.map(|term| per_year(money, term)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use uom::si::{power::gigawatt, ratio::ratio, time::hour};

    #[test]
    fn a_deal_against_the_public_range() {
        // $38B over 7 years = $5.4286B a year (Python: 38/7); at $35–60B per GW it buys
        // 0.633–1.086 GW (Python: 38/60, 38/35)
        let out = evaluate(CostInputs {
            money: Money::from_usd(38e9),
            capacity: None,
            public_range: (
                MoneyPerPower::from_usd_per_watt(35.0),
                MoneyPerPower::from_usd_per_watt(60.0),
            ),
            term: Some(Time::new::<hour>(7.0 * 8_760.0)),
        });
        assert!((out.cost_per_year.unwrap().amount() / 1e9 - 5.428_571_428).abs() < 1e-6);
        assert!((out.capacity_low.unwrap().get::<gigawatt>() - 0.633_333_333).abs() < 1e-6);
        assert!((out.capacity_high.unwrap().get::<gigawatt>() - 1.085_714_285).abs() < 1e-6);
        assert!(out.cost_per_power.is_none());
    }

    #[test]
    fn capex_per_gigawatt() {
        // $1.4T ÷ 30 GW = $46.67B per GW (Python: 1.4e12/30e9)
        let load = Load::Capacity {
            power: Power::new::<gigawatt>(30.0),
            load_factor: Ratio::new::<ratio>(1.0),
        };
        let per_home =
            crate::units::Energy::new::<uom::si::energy::kilowatt_hour>(10_791.0) / year();
        let out = evaluate(CostInputs {
            money: Money::from_usd(1.4e12),
            capacity: Some((load, per_home)),
            public_range: (
                MoneyPerPower::from_usd_per_watt(35.0),
                MoneyPerPower::from_usd_per_watt(60.0),
            ),
            term: None,
        });
        assert!((out.cost_per_power.unwrap().per_watt() - 46.666_666_667).abs() < 1e-6);
    }
}
