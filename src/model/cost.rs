//! Money and capacity: capital cost per unit of power, per home, per year of a deal.

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

/// `cost per home = money ÷ household equivalents`.
pub fn per_home(money: Money, homes: Ratio) -> Money {
    money / homes.value
}

/// Capital cost of a capacity: `capacity × cost per power` (30 GW × $45B/GW = $1.35T).
pub fn capex(capacity: Power, cost: MoneyPerPower) -> Money {
    cost * capacity
}

/// The middle of a range of costs per power: `(low + high) ÷ 2`.
pub fn midpoint(low: MoneyPerPower, high: MoneyPerPower) -> MoneyPerPower {
    MoneyPerPower::from_usd_per_watt((low.usd_per_watt() + high.usd_per_watt()) / 2.0)
}
