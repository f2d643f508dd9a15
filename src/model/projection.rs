//! Projections on one basis: filling a path between published points, and converting TWh to
//! shares, average power and homes (done here, never stored).

use crate::units::{Power, Ratio};

/// The basis the atlas shows every projection on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Metric {
    /// Energy per year (TWh/yr)
    Twh,
    /// Share of US electricity (US series only)
    Share,
    /// Average power: energy ÷ 8,760 h
    Gw,
    /// Household equivalents at the newest confirmed US average
    Homes,
}

/// Geometric interpolation between two published points (constant annual growth):
/// `from × (to ÷ from)^((year − from_year) ÷ (to_year − from_year))`.
/// LBNL 176 TWh (2023) → 580 TWh (2028) gives 223.4 TWh for 2024 (26.9%/yr).
pub fn interpolate(from: (i32, Power), to: (i32, Power), year: i32) -> Power {
    let (from_year, from_value) = from;
    let (to_year, to_value) = to;
    let ratio: Ratio = to_value / from_value;
    let exponent = f64::from(year - from_year) / f64::from(to_year - from_year);
    from_value * ratio.value.powf(exponent)
}

/// Compound annual growth between two points: `(to ÷ from)^(1 ÷ years) − 1`.
pub fn growth_rate(from: (i32, Power), to: (i32, Power)) -> Ratio {
    let ratio: Ratio = to.1 / from.1;
    Ratio::new::<uom::si::ratio::ratio>(ratio.value.powf(1.0 / f64::from(to.0 - from.0)) - 1.0)
}

/// A quantity grown at a compound annual rate: `value × (1 + rate)^years`, by repeated
/// multiplication (whole years; faster than `powi` in Monte Carlo loops).
/// LBNL: 176 TWh (2023) at 26.9%/yr for 5 years = 580 TWh (2028).
pub fn grow<Q>(value: Q, rate: Ratio, years: u32) -> Q
where
    Q: std::ops::Mul<f64, Output = Q>,
{
    let factor = 1.0 + rate.value;
    value * (0..years).fold(1.0, |product, _| product * factor)
}
