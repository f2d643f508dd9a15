//! A load's share of national electricity.

use crate::units::{Energy, Power, Ratio, year};

/// `share = annual energy / national total per year`. LBNL divides by EIA's total end-use
/// consumption (176 TWh / 4,000 TWh = 4.4% in 2023; lbnl-2024).
pub fn share(annual: Energy, national_total: Power) -> Ratio {
    annual / (national_total * year())
}

/// The energy per year a share of the national total amounts to: `share × national total`.
pub fn from_share(fraction: Ratio, national_total: Power) -> Power {
    national_total * fraction
}
