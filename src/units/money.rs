//! US dollars, which uom does not model, and capital cost per unit of power.

use std::ops::{Div, Mul};

use uom::si::power::watt;

use super::Power;

/// An amount of money in US dollars (nominal; wattcheck does not adjust for inflation).
#[derive(Debug, Clone, Copy, PartialEq, PartialOrd)]
pub struct Money {
    usd: f64,
}

impl Money {
    pub fn from_usd(usd: f64) -> Self {
        Money { usd }
    }

    pub fn usd(self) -> f64 {
        self.usd
    }
}

impl Mul<f64> for Money {
    type Output = Money;
    fn mul(self, factor: f64) -> Money {
        Money::from_usd(self.usd * factor)
    }
}

impl Div<f64> for Money {
    type Output = Money;
    fn div(self, divisor: f64) -> Money {
        Money::from_usd(self.usd / divisor)
    }
}

impl Div<Power> for Money {
    type Output = MoneyPerPower;
    fn div(self, power: Power) -> MoneyPerPower {
        MoneyPerPower {
            usd_per_watt: self.usd / power.get::<watt>(),
        }
    }
}

impl Div<MoneyPerPower> for Money {
    type Output = Power;
    fn div(self, cost: MoneyPerPower) -> Power {
        Power::new::<watt>(self.usd / cost.usd_per_watt)
    }
}

/// Capital cost per unit of capacity, e.g. $50B per GW.
#[derive(Debug, Clone, Copy, PartialEq, PartialOrd)]
pub struct MoneyPerPower {
    usd_per_watt: f64,
}

impl MoneyPerPower {
    pub fn from_usd_per_watt(usd_per_watt: f64) -> Self {
        MoneyPerPower { usd_per_watt }
    }

    pub fn usd_per_watt(self) -> f64 {
        self.usd_per_watt
    }
}

impl Mul<Power> for MoneyPerPower {
    type Output = Money;
    fn mul(self, power: Power) -> Money {
        Money::from_usd(self.usd_per_watt * power.get::<watt>())
    }
}
