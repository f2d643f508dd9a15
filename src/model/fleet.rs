//! Chips to power along the ladder: chip → server/rack → IT load → facility → energy per year.

use super::energy::energy_in_a_year;
use super::households;
use crate::units::{Energy, Power, Ratio};

/// How a chip's server or rack share of power is known.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum ServerPower {
    /// A published system figure: `system` power shared by `gpus` accelerators
    /// (DGX H100: 10.2 kW for 8; GB200 NVL72: ~120 kW for 72).
    Published { system: Power, gpus: u32 },
    /// A multiple of the chip's power (1.4–1.8 for current systems).
    Overhead(Ratio),
}

/// A fleet's power at each boundary, and its energy per year.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Ladder {
    pub chip: Power,
    pub server: Power,
    pub it: Power,
    pub facility: Power,
    pub annual: Energy,
}

/// `chip = count × chip power`; `server = count × (system ÷ GPUs per system)`, or
/// `chip × overhead`; `IT = server` (storage and the cluster network outside the racks are not
/// modelled); `facility = IT × PUE`; `annual = facility × load factor × 8,760 h`.
pub fn ladder(
    count: f64,
    chip_power: Power,
    server: ServerPower,
    pue: Ratio,
    load_factor: Ratio,
) -> Ladder {
    let chip = chip_power * count;
    let server = match server {
        ServerPower::Published { system, gpus } => system / f64::from(gpus) * count,
        ServerPower::Overhead(multiple) => chip * multiple,
    };
    let it = server;
    let facility = facility_power(it, pue);
    Ladder {
        chip,
        server,
        it,
        facility,
        annual: energy_in_a_year(facility, load_factor),
    }
}

crate::outputs! {
    /// A fleet's power at each boundary, its energy per year and its household equivalents.
    pub struct FleetOutputs {
        chip_power: Power = Power "Chips (TDP)",
        server_power: Power = Power "Servers/racks",
        it_power: Power = Power "IT load",
        facility_power: Power = Power "Facility, at the grid",
        annual_energy: Energy = Energy "Energy per year",
        homes: Ratio = Number "Household equivalents",
    }
    main [facility_power]
}

/// What a fleet's ladder rests on.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct FleetInputs {
    pub count: Ratio,
    pub chip_power: Power,
    pub server: ServerPower,
    pub pue: Ratio,
    pub load_factor: Ratio,
    pub use_per_home: Power,
}

pub fn evaluate(inputs: FleetInputs) -> FleetOutputs {
    let steps = ladder(
        inputs.count.value,
        inputs.chip_power,
        inputs.server,
        inputs.pue,
        inputs.load_factor,
    );
    FleetOutputs {
        chip_power: steps.chip,
        server_power: steps.server,
        it_power: steps.it,
        facility_power: steps.facility,
        annual_energy: steps.annual,
        homes: households::homes(steps.annual, inputs.use_per_home),
    }
}

/// Power at the grid: `IT load × PUE`.
pub fn facility_power(it: Power, pue: Ratio) -> Power {
    it * pue
}

/// One accelerator's share of a fleet's power at any boundary: `total ÷ count`.
pub fn per_chip(total: Power, count: f64) -> Power {
    total / count
}

#[cfg(test)]
mod tests {
    use super::*;
    use uom::si::{
        power::{kilowatt, megawatt, watt},
        ratio::ratio,
    };

    #[test]
    fn hundred_thousand_h100s() {
        // DGX H100: 10.2 kW for 8 GPUs; 100,000 GPUs → 127.5 MW of servers; × PUE 1.2 = 153 MW
        // (Python: 10.2e3/8*1e5*1.2/1e6); chips alone 700 W × 1e5 = 70 MW
        let out = ladder(
            100_000.0,
            Power::new::<watt>(700.0),
            ServerPower::Published {
                system: Power::new::<kilowatt>(10.2),
                gpus: 8,
            },
            Ratio::new::<ratio>(1.2),
            Ratio::new::<ratio>(1.0),
        );
        assert!((out.chip.get::<megawatt>() - 70.0).abs() < 1e-9);
        assert!((out.server.get::<megawatt>() - 127.5).abs() < 1e-9);
        assert!((out.facility.get::<megawatt>() - 153.0).abs() < 1e-9);
    }
}
