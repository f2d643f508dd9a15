//! From a power (capacity) to the energy it uses in a year, and back.

use crate::units::{Energy, Power, Ratio, year};

/// Average draw of a load: `capacity × load_factor`. A load factor of 1 is "running flat out".
pub fn average_power(capacity: Power, load_factor: Ratio) -> Power {
    capacity * load_factor
}

/// Energy used in one year (365 d = 8,760 h): `capacity × load_factor × 8,760 h`.
pub fn annual_energy(capacity: Power, load_factor: Ratio) -> Energy {
    average_power(capacity, load_factor) * year()
}

/// The capacity that, at `load_factor`, uses `annual` energy in a year.
pub fn capacity_for(annual: Energy, load_factor: Ratio) -> Power {
    annual / year() / load_factor
}

/// The load factor a projection implies: `annual energy / (capacity × 8,760 h)`.
/// LBNL's 2028 cases give 325 TWh / (74 GW × 8,760 h) ≈ 0.50 (lbnl-2024).
pub fn implied_load_factor(annual_use: Power, capacity: Power) -> Ratio {
    annual_use / capacity
}
