//! What a load's electricity emits and the water its site consumes.

use crate::units::{Energy, Mass, MassPerEnergy, Ratio, Volume, VolumePerEnergy};

/// `CO2 = energy × grid intensity` (an average grid mix, not the plant a data center buys from).
pub fn co2(energy: Energy, intensity: MassPerEnergy) -> Mass {
    energy * intensity
}

/// On-site water: `facility energy / PUE × WUE`, since WUE is litres per kWh of IT energy.
/// Excludes the water used to generate the electricity.
pub fn site_water(facility_energy: Energy, pue: Ratio, wue: VolumePerEnergy) -> Volume {
    facility_energy / pue * wue
}
