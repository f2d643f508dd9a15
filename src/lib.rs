//! wattcheck: the arithmetic behind headlines about AI and data-center energy, with typed units
//! and every figure traced to a cited source.
//!
//! Text becomes typed values once, at the edge: [`request`] turns the command line into a typed
//! [`request::Request`] ([`units::parse`] reads each quantity). The [`model`] is one typed
//! `evaluate` per calculation over `uom` quantities, the only place a formula is written; the
//! [`calculators`], the [`atlas`] and the claim kinds ([`claims::kinds`]) run it at central values
//! and, through typed slots, over Monte Carlo draws ([`uncertainty::sampling`]). Each command
//! returns a typed result: JSON is that result serialised, and a [`report::Report`] is built from
//! it only to render it. Figures come from the embedded [`data`] files with their sources.
//!
//! ```
//! use wattcheck::model::energy::Load;
//! use wattcheck::model::households;
//! use wattcheck::units::parse::{parse_energy_per_year, parse_power};
//! use wattcheck::units::Ratio;
//!
//! let load = Load::Capacity {
//!     power: parse_power("30 GW").unwrap(),
//!     load_factor: Ratio::new::<uom::si::ratio::ratio>(1.0),
//! };
//! let per_home = parse_energy_per_year("10,791 kWh/yr").unwrap();
//! let out = households::evaluate(load, per_home);
//! // 30 GW × 8,760 h / 10,791 kWh = 24,353,628 homes (Python: 30e9*8760/10791e3)
//! assert_eq!(out.homes.value.round(), 24_353_628.0);
//! ```

pub mod app;
pub mod atlas;
pub mod calculators;
pub mod chart;
pub mod claims;
pub mod cli;
pub mod data;
pub mod error;
pub mod geography;
pub mod inputs;
pub mod language;
pub mod model;
pub mod provenance;
pub mod report;
pub mod request;
pub mod uncertainty;
pub mod units;
pub mod web;
pub mod yardsticks;
