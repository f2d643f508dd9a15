//! Quantities: the typed values wattcheck computes with, how text becomes one (`parse`) and how
//! one is shown to a reader (`format`).
//!
//! Physical amounts are `uom` quantities. Money is ours (`money`), since uom has no currency.
//! "Energy per year" is a power: one year is [`year`] = 365 days = 8,760 hours.

mod arabic;
pub mod currency;
pub mod format;
pub mod money;
pub(crate) mod number;
pub mod parse;
pub mod quantity;
mod unit;

pub use money::{Money, MoneyPerPower};
pub use parse::parse_quantity;
pub use quantity::{Kind, Quantity};
pub(crate) use unit::unit_hint;
pub use uom::si::f64::{Energy, Mass, Power, Ratio, Time, Volume};

use uom::si::time::hour;

/// Mass emitted per unit of energy (grid CO2 intensity), e.g. 367 g/kWh.
pub type MassPerEnergy = uom::si::Quantity<
    uom::si::ISQ<
        uom::typenum::N2,
        uom::typenum::Z0,
        uom::typenum::P2,
        uom::typenum::Z0,
        uom::typenum::Z0,
        uom::typenum::Z0,
        uom::typenum::Z0,
    >,
    uom::si::SI<f64>,
    f64,
>;

/// Volume of water per unit of energy (water usage effectiveness), e.g. 1.8 L/kWh.
pub type VolumePerEnergy = uom::si::Quantity<
    uom::si::ISQ<
        uom::typenum::P1,
        uom::typenum::N1,
        uom::typenum::P2,
        uom::typenum::Z0,
        uom::typenum::Z0,
        uom::typenum::Z0,
        uom::typenum::Z0,
    >,
    uom::si::SI<f64>,
    f64,
>;

/// Hours in wattcheck's year: 365 days, as in the household and national statistics it uses.
pub const HOURS_PER_YEAR: f64 = 8_760.0;

/// One year: 365 days = 8,760 h (not the Julian 365.25 d of some unit libraries).
pub fn year() -> Time {
    Time::new::<hour>(HOURS_PER_YEAR)
}
