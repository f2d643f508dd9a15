//! wattcheck: the arithmetic behind headlines about AI and data-center energy, with typed units
//! and every figure traced to a cited source.
//!
//! Text becomes typed quantities once, in [`units::parse`]; the [`model`] is pure functions over
//! `uom` quantities; figures come from the embedded [`data`] files with their sources; each
//! command's results land in one [`report::Report`], which every output format renders.
//!
//! ```
//! use wattcheck::model::{energy, households};
//! use wattcheck::units::parse::{parse_annual_energy, parse_power};
//! use wattcheck::units::Ratio;
//!
//! let load = parse_power("30 GW").unwrap();
//! let per_home = parse_annual_energy("10,791 kWh/yr").unwrap();
//! let annual = energy::annual_energy(load, Ratio::new::<uom::si::ratio::ratio>(1.0));
//! let homes = households::homes(annual, per_home);
//! // 30 GW × 8,760 h / 10,791 kWh = 24,353,628 homes (Python: 30e9*8760/10791e3)
//! assert_eq!(homes.value.round(), 24_353_628.0);
//! ```

pub mod app;
pub mod chart;
pub mod claims;
pub mod cli;
pub mod data;
pub mod error;
pub mod inputs;
pub mod provenance;
pub mod request;
pub mod atlas;
pub mod calculators;
pub mod model;
pub mod report;
pub mod uncertainty;
pub mod units;
