//! The arithmetic, as pure functions over typed quantities. Each formula's doc gives the equation
//! and what it rests on; the figures themselves come from `data/`.

pub mod clock;
pub mod compare;
pub mod cost;
pub mod emissions;
pub mod energy;
pub mod fleet;
pub mod footprint;
pub mod households;
pub mod projection;
pub mod share;
