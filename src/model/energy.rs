//! From a power (capacity) to the energy it uses in a year, and back.

use crate::units::{Energy, Power, Ratio, Time, year};

/// A load as the press states one: a capacity, which draws `load_factor` of itself on average,
/// or an energy per year (an average power), which needs no load factor.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Load {
    Capacity { power: Power, load_factor: Ratio },
    EnergyPerYear(Power),
}

impl Load {
    /// Energy in a year: `capacity × load factor × 8,760 h`, or the stated energy per year.
    pub fn energy_per_year(self) -> Energy {
        match self {
            Load::Capacity { power, load_factor } => energy_in_a_year(power, load_factor),
            Load::EnergyPerYear(average) => average * year(),
        }
    }
}

/// Average draw of a load: `capacity × load_factor`. A load factor of 1 is "running flat out".
pub fn average_power(capacity: Power, load_factor: Ratio) -> Power {
    capacity * load_factor
}

/// Energy used in one year (365 d = 8,760 h): `capacity × load_factor × 8,760 h`.
pub fn energy_in_a_year(capacity: Power, load_factor: Ratio) -> Energy {
    average_power(capacity, load_factor) * year()
}

/// The energy a year's use comes to over `duration`: `energy per year × duration / 8,760 h`
/// (300 MW flat out for 100 h is 30 GWh).
pub fn energy_over(energy_per_year: Energy, duration: Time) -> Energy {
    energy_per_year * (duration / year())
}

/// The capacity that, at `load_factor`, uses `energy` in a year.
pub fn capacity_for(energy: Energy, load_factor: Ratio) -> Power {
    energy / year() / load_factor
}

/// The load factor a projection implies: `energy per year / (capacity × 8,760 h)`.
/// LBNL's 2028 cases give 325 TWh / (74 GW × 8,760 h) ≈ 0.50 (lbnl-2024).
pub fn implied_load_factor(energy_per_year: Power, capacity: Power) -> Ratio {
    energy_per_year / capacity
}

/// The mean of the load factors several projections imply.
pub fn mean_load_factor(factors: &[Ratio]) -> Ratio {
    factors.iter().copied().sum::<Ratio>() / factors.len() as f64
}

#[cfg(test)]
mod tests {
    use super::*;
    use uom::si::{energy::terawatt_hour, power::gigawatt, ratio::ratio};

    #[test]
    fn thirty_gigawatts_for_a_year() {
        // 30 GW × 8,760 h = 262.8 TWh (GNU units: 30 GW * 8760 hr -> 262.8 TWh)
        let load = Load::Capacity {
            power: Power::new::<gigawatt>(30.0),
            load_factor: Ratio::new::<ratio>(1.0),
        };
        let twh = load.energy_per_year().get::<terawatt_hour>();
        assert!((twh - 262.8).abs() < 1e-9);
        // and back at half load: 262.8 TWh / (8,760 h × 0.5) = 60 GW
        let back = capacity_for(load.energy_per_year(), Ratio::new::<ratio>(0.5));
        assert!((back.get::<gigawatt>() - 60.0).abs() < 1e-9);
    }

    #[test]
    fn lbnl_2028_implied_load_factor() {
        // 325 TWh/yr ÷ 8,760 h = 37.1 GW; ÷ 74 GW = 0.5014 (Python: 325e3/8760/74)
        let annual = Energy::new::<terawatt_hour>(325.0) / year();
        let factor = implied_load_factor(annual, Power::new::<gigawatt>(74.0));
        assert!((factor.get::<ratio>() - 0.501_358).abs() < 1e-6);
    }
}
