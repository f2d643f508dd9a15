//! Household equivalents: how many average homes an amount of energy would supply, and back.

use super::energy::{Load, capacity_for};
use crate::units::{Energy, Power, Ratio, year};

/// `homes = energy per year ÷ (use per home per year)`.
pub fn homes(energy: Energy, use_per_home: Power) -> Ratio {
    energy / (use_per_home * year())
}

/// The energy per year that `homes` average homes use: `homes × use per home per year`.
pub fn energy_for_homes(homes: Ratio, use_per_home: Power) -> Energy {
    use_per_home * year() * homes
}

crate::outputs! {
    /// A load as household equivalents.
    pub struct HomesOutputs {
        annual_energy: Energy = Energy "Energy per year",
        homes: Ratio = Number "Household equivalents",
    }
    main [homes]
}

/// A load's energy per year and the homes it would supply.
pub fn evaluate(load: Load, use_per_home: Power) -> HomesOutputs {
    let annual_energy = load.energy_per_year();
    HomesOutputs {
        annual_energy,
        homes: homes(annual_energy, use_per_home),
    }
}

crate::outputs! {
    /// A number of homes as a load.
    pub struct LoadForHomesOutputs {
        annual_energy: Energy = Energy "Energy per year",
        homes: Ratio = Number "Household equivalents",
        load: Power = Power "Capacity at that load factor",
    }
    main [load]
}

/// The energy and the capacity (at `load_factor`) that `count` homes amount to.
pub fn load_for_homes(
    count: Ratio,
    use_per_home: Power,
    load_factor: Ratio,
) -> LoadForHomesOutputs {
    let annual_energy = energy_for_homes(count, use_per_home);
    LoadForHomesOutputs {
        annual_energy,
        homes: count,
        load: capacity_for(annual_energy, load_factor),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use uom::si::{energy::kilowatt_hour, power::gigawatt, ratio::ratio};

    fn per_home(kwh_per_year: f64) -> Power {
        Energy::new::<kilowatt_hour>(kwh_per_year) / year()
    }

    #[test]
    fn thirty_gigawatts_as_homes() {
        // 30 GW × 8,760 h ÷ 10,791 kWh = 24,353,628 homes (Python: 30e9*8760/10791e3)
        let load = Load::Capacity {
            power: Power::new::<gigawatt>(30.0),
            load_factor: Ratio::new::<ratio>(1.0),
        };
        let out = evaluate(load, per_home(10_791.0));
        assert_eq!(out.homes.get::<ratio>().round(), 24_353_628.0);
    }

    #[test]
    fn twenty_five_million_homes_as_a_load() {
        // 25e6 × 10,791 kWh = 269.775 TWh; ÷ 8,760 h ÷ 0.5 = 61.59 GW (Python: 25e6*10791e3/8760/0.5/1e9)
        let out = load_for_homes(
            Ratio::new::<ratio>(25e6),
            per_home(10_791.0),
            Ratio::new::<ratio>(0.5),
        );
        assert!((out.load.get::<gigawatt>() - 61.592_465_753).abs() < 1e-6);
    }
}
