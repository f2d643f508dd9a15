//! Chips to power along the ladder: chip → server/rack → IT load → facility → energy per year.

use crate::units::{Energy, Power, Ratio};

use super::energy::annual_energy;

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
        annual: annual_energy(facility, load_factor),
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
