//! Money, which uom does not model: an amount in a currency, and capital cost per unit of power.
//!
//! Every amount carries its ISO 4217 currency, so amounts in two currencies are never combined by
//! accident: an operation on two of them in different currencies is a bug in the caller, which
//! must convert first (with a dated, sourced rate), and panics.

use std::ops::{Div, Mul};

use uom::si::power::watt;

use super::Power;
pub use super::currency::Currency;

/// An amount of money in one currency (nominal; wattcheck does not adjust for inflation).
/// Amounts in two currencies are not ordered.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Money {
    amount: f64,
    currency: Currency,
}

impl Money {
    pub fn new(amount: f64, currency: Currency) -> Self {
        Money { amount, currency }
    }

    pub fn from_usd(amount: f64) -> Self {
        Money::new(amount, Currency::Usd)
    }

    pub fn amount(self) -> f64 {
        self.amount
    }

    pub fn currency(self) -> Currency {
        self.currency
    }
}

impl Money {
    /// The amount in US dollars at `per_usd` units of its currency per dollar.
    pub fn to_usd(self, per_usd: f64) -> Money {
        match self.currency {
            Currency::Usd => self,
            _ => Money::from_usd(self.amount / per_usd),
        }
    }
}

/// Panics when two amounts are in different currencies (see the module's doc).
fn same(a: Currency, b: Currency) -> Currency {
    assert_eq!(
        a, b,
        "money in two currencies combined without a conversion"
    );
    a
}

impl Mul<f64> for Money {
    type Output = Money;
    fn mul(self, factor: f64) -> Money {
        Money::new(self.amount * factor, self.currency)
    }
}

impl Div<f64> for Money {
    type Output = Money;
    fn div(self, divisor: f64) -> Money {
        Money::new(self.amount / divisor, self.currency)
    }
}

impl Div<Power> for Money {
    type Output = MoneyPerPower;
    fn div(self, power: Power) -> MoneyPerPower {
        MoneyPerPower::new(self.amount / power.get::<watt>(), self.currency)
    }
}

impl Div<MoneyPerPower> for Money {
    type Output = Power;
    fn div(self, cost: MoneyPerPower) -> Power {
        same(self.currency, cost.currency);
        Power::new::<watt>(self.amount / cost.per_watt)
    }
}

/// Capital cost per unit of capacity, e.g. $50B per GW.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct MoneyPerPower {
    per_watt: f64,
    currency: Currency,
}

impl MoneyPerPower {
    pub fn new(per_watt: f64, currency: Currency) -> Self {
        MoneyPerPower { per_watt, currency }
    }

    pub fn from_usd_per_watt(per_watt: f64) -> Self {
        MoneyPerPower::new(per_watt, Currency::Usd)
    }

    /// The amount per watt, in [`Self::currency`].
    pub fn per_watt(self) -> f64 {
        self.per_watt
    }

    pub fn currency(self) -> Currency {
        self.currency
    }

    /// The middle of two costs in one currency: `(a + b) ÷ 2`.
    pub fn midpoint(self, other: MoneyPerPower) -> MoneyPerPower {
        let currency = same(self.currency, other.currency);
        MoneyPerPower::new((self.per_watt + other.per_watt) / 2.0, currency)
    }
}

impl Mul<f64> for MoneyPerPower {
    type Output = MoneyPerPower;
    fn mul(self, factor: f64) -> MoneyPerPower {
        MoneyPerPower::new(self.per_watt * factor, self.currency)
    }
}

impl Mul<Power> for MoneyPerPower {
    type Output = Money;
    fn mul(self, power: Power) -> Money {
        Money::new(self.per_watt * power.get::<watt>(), self.currency)
    }
}

impl PartialOrd for Money {
    fn partial_cmp(&self, other: &Money) -> Option<std::cmp::Ordering> {
        (self.currency == other.currency)
            .then(|| self.amount.partial_cmp(&other.amount))
            .flatten()
    }
}

impl PartialOrd for MoneyPerPower {
    fn partial_cmp(&self, other: &MoneyPerPower) -> Option<std::cmp::Ordering> {
        (self.currency == other.currency)
            .then(|| self.per_watt.partial_cmp(&other.per_watt))
            .flatten()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use uom::si::power::gigawatt;

    #[test]
    fn cost_per_gigawatt_and_back() {
        // $1.4T ÷ 30 GW = $46.67 per W (Python: 1.4e12 / 30e9 = 46.666…)
        let per_power = Money::from_usd(1.4e12) / Power::new::<gigawatt>(30.0);
        assert!((per_power.per_watt() - 46.666_666_666).abs() < 1e-6);
        assert_eq!(per_power.currency().code(), "USD");
        // and 30 GW at that cost is $1.4T again
        let back = per_power * Power::new::<gigawatt>(30.0);
        assert!((back.amount() - 1.4e12).abs() < 1.0);
    }

    #[test]
    fn euros_to_dollars_at_an_annual_average() {
        // €11B at 0.9242 EUR per USD (2024): python3 -c "print(11e9/0.9242)" → 11902185674.09
        let usd = Money::new(11e9, Currency::Eur).to_usd(0.9242);
        assert_eq!(usd.currency(), Currency::Usd);
        assert!((usd.amount() - 11_902_185_674.09).abs() < 1.0);
    }

    #[test]
    fn midpoint_of_two_costs() {
        // ($35B/GW + $60B/GW) ÷ 2 = $47.5B/GW = $47.5 per W
        let low = MoneyPerPower::from_usd_per_watt(35.0);
        let high = MoneyPerPower::from_usd_per_watt(60.0);
        assert_eq!(low.midpoint(high).per_watt(), 47.5);
    }
}
