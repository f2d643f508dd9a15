//! Household equivalents: how many average homes an amount of energy would supply.

use crate::units::{Energy, Power, Ratio, year};

/// `homes = annual energy / (use per home per year)`.
pub fn homes(annual: Energy, per_home: Power) -> Ratio {
    annual / (per_home * year())
}

/// The energy per year that `homes` average homes use: `homes × use per home per year`.
pub fn energy_for_homes(homes: Ratio, per_home: Power) -> Energy {
    per_home * year() * homes
}
