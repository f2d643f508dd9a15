//! How many of a reference a load is: `load ÷ reference`, power with power.

use crate::units::{Power, Ratio};

use super::energy;

/// How many times `reference` fits in `load` (10 GW against a 1 GW reactor: 10). Both are
/// powers: capacities, or energies per year as average powers.
pub fn times(load: Power, reference: Power) -> Ratio {
    load / reference
}

/// A plant's average output from its capacity and capacity factor, as an energy per year.
pub fn average_output(capacity: Power, capacity_factor: Ratio) -> Power {
    energy::average_power(capacity, capacity_factor)
}

#[cfg(test)]
mod tests {
    use super::*;
    use uom::si::power::{gigawatt, megawatt};
    use uom::si::ratio::{percent, ratio};

    #[test]
    fn ten_gigawatts_is_about_nine_large_reactors() {
        // python3 -c "print(10e9/1117e6)" → 8.952551477170994
        let reactors = times(Power::new::<gigawatt>(10.0), Power::new::<megawatt>(1117.0));
        assert!((reactors.get::<ratio>() - 8.952_551).abs() < 1e-5);
    }

    #[test]
    fn a_reactor_at_its_capacity_factor() {
        // 1,117 MW × 92.7% = 1,035.459 MW on average (by hand), ≈ 9.07 TWh/yr
        let output = average_output(Power::new::<megawatt>(1117.0), Ratio::new::<percent>(92.7));
        assert!((output.get::<megawatt>() - 1035.459).abs() < 1e-6);
    }
}
