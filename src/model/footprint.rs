//! A load's footprint: energy, homes, national share, CO2 and site water, from one set of inputs.

use super::energy::Load;
use super::{emissions, households, share};
use crate::units::{Energy, Mass, MassPerEnergy, Power, Ratio, Volume, VolumePerEnergy};

/// What the footprint of a load rests on.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct FootprintInputs {
    pub load: Load,
    pub use_per_home: Power,
    pub national_total: Power,
    pub grid_intensity: MassPerEnergy,
    pub pue: Ratio,
    pub wue: VolumePerEnergy,
}

crate::outputs! {
    pub struct FootprintOutputs {
        annual_energy: Energy = Energy "Energy per year",
        homes: Ratio = Number "Household equivalents",
        share: Ratio = Fraction "Share of national total",
        co2: Mass = Mass "CO2 per year (average US grid)",
        water: Volume = Volume "Site water per year",
    }
    main [annual_energy]
}

pub fn evaluate(inputs: FootprintInputs) -> FootprintOutputs {
    let annual_energy = inputs.load.energy_per_year();
    FootprintOutputs {
        annual_energy,
        homes: households::homes(annual_energy, inputs.use_per_home),
        share: share::share(annual_energy, inputs.national_total),
        co2: emissions::co2(annual_energy, inputs.grid_intensity),
        water: emissions::site_water(annual_energy, inputs.pue, inputs.wue),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::units::year;
    use uom::si::{
        energy::{kilowatt_hour, terawatt_hour},
        mass::{gram, kilogram},
        power::gigawatt,
        ratio::ratio,
        volume::liter,
    };

    #[test]
    fn thirty_gigawatts() {
        // 262.8 TWh at 367 g/kWh = 96.45 Mt CO2 (Python: 262.8e9*367/1e12);
        // site water 262.8e9 kWh ÷ 1.5 × 1.8 L = 315.36e9 L (Python: 262.8e9/1.5*1.8)
        let out = evaluate(FootprintInputs {
            load: Load::Capacity {
                power: Power::new::<gigawatt>(30.0),
                load_factor: Ratio::new::<ratio>(1.0),
            },
            use_per_home: Energy::new::<kilowatt_hour>(10_500.0) / year(),
            national_total: Energy::new::<terawatt_hour>(4_000.0) / year(),
            grid_intensity: Mass::new::<gram>(367.0) / Energy::new::<kilowatt_hour>(1.0),
            pue: Ratio::new::<ratio>(1.5),
            wue: Volume::new::<liter>(1.8) / Energy::new::<kilowatt_hour>(1.0),
        });
        assert!((out.co2.get::<kilogram>() / 1e9 - 96.4476).abs() < 1e-9);
        assert!((out.water.get::<liter>() / 1e9 - 315.36).abs() < 1e-9);
        // 262.8 / 4,000 = 6.57%
        assert!((out.share.get::<ratio>() - 0.0657).abs() < 1e-12);
    }
}
