//! A load's share of national electricity.

use super::energy::Load;
use super::projection::grow;
use crate::units::{Energy, Power, Ratio, year};

/// `share = energy per year ÷ national total per year`. LBNL divides by EIA's total end-use
/// consumption (176 TWh / 4,000 TWh = 4.4% in 2023; lbnl-2024).
pub fn share(energy: Energy, national_total: Power) -> Ratio {
    energy / (national_total * year())
}

/// The energy per year a share of the national total amounts to: `share × national total`.
pub fn from_share(fraction: Ratio, national_total: Power) -> Power {
    national_total * fraction
}

/// Compound growth of the load over whole years: `(rate, years)`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Growth {
    pub rate: Ratio,
    pub years: u32,
}

crate::outputs! {
    /// A load as a share of a national total.
    pub struct ShareOutputs {
        annual_energy: Energy = Energy "Energy per year",
        national_total: Energy = Energy "National total",
        share: Ratio = Fraction "Share of national total",
    }
    main [share]
}

/// The load's energy per year (grown, when asked), the total and the share.
pub fn evaluate(load: Load, growth: Option<Growth>, national_total: Power) -> ShareOutputs {
    let base = load.energy_per_year();
    let annual_energy = match growth {
        Some(Growth { rate, years }) => grow(base, rate, years),
        None => base,
    };
    ShareOutputs {
        annual_energy,
        national_total: national_total * year(),
        share: share(annual_energy, national_total),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use uom::si::{energy::terawatt_hour, ratio::ratio};

    fn per_year(twh: f64) -> Power {
        Energy::new::<terawatt_hour>(twh) / year()
    }

    #[test]
    fn lbnl_2023_share() {
        // 176 TWh ÷ 4,000 TWh = 4.4% (lbnl-2024; Python: 176/4000)
        let out = evaluate(
            Load::EnergyPerYear(per_year(176.0)),
            None,
            per_year(4_000.0),
        );
        assert!((out.share.get::<ratio>() - 0.044).abs() < 1e-12);
    }

    #[test]
    fn grown_five_years() {
        // 176 × 1.2^5 = 437.94432 TWh; ÷ 4,300 = 10.1848% (Python: 176*1.2**5/4300)
        let growth = Growth {
            rate: Ratio::new::<ratio>(0.2),
            years: 5,
        };
        let out = evaluate(
            Load::EnergyPerYear(per_year(176.0)),
            Some(growth),
            per_year(4_300.0),
        );
        assert!((out.annual_energy.get::<terawatt_hour>() - 437.944_32).abs() < 1e-6);
        assert!((out.share.get::<ratio>() - 0.101_847_516).abs() < 1e-8);
    }
}
