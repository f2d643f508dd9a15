//! Display for readers: each value in the unit that keeps its number between 1 and 1,000
//! (W…TW, Wh…PWh, dollars with thousand…trillion), four significant digits, thousands grouped.
//! Every string written here reads back through `parse` to the value shown.

use uom::si::energy::{kilowatt_hour, watt_hour};
use uom::si::mass::{gram, kilogram};
use uom::si::power::watt;
use uom::si::time::{hour, second};
use uom::si::volume::liter;

use super::{Energy, Mass, Money, Power, Quantity, Ratio, Volume, year};

const SIGNIFICANT_DIGITS: usize = 4;

pub fn power(value: Power) -> String {
    scaled(value.get::<watt>(), &["W", "kW", "MW", "GW", "TW"])
}

/// Energy, kept in TWh up to 100,000 TWh as national statistics are (`4,110 TWh`).
pub fn energy(value: Energy) -> String {
    let twh = value.get::<watt_hour>() / 1e12;
    if (1.0..1e5).contains(&twh.abs()) {
        format!("{} TWh", significant(twh))
    } else {
        scaled(
            value.get::<watt_hour>(),
            &["Wh", "kWh", "MWh", "GWh", "TWh", "PWh"],
        )
    }
}

/// A power shown as the energy it delivers in one year: `262.8 TWh/yr`, and household-sized
/// amounts the way utilities state them, in whole kWh (`10,791 kWh/yr`).
pub fn energy_per_year(value: Power) -> String {
    let per_year = value * year();
    let kwh = per_year.get::<kilowatt_hour>();
    if (1.0..1e6).contains(&kwh.abs()) {
        let number = if kwh.abs() >= 1000.0 {
            grouped(kwh, 0)
        } else {
            significant(kwh)
        };
        format!("{number} kWh/yr")
    } else {
        format!("{}/yr", energy(per_year))
    }
}

pub fn money(value: Money) -> String {
    let amount = value.amount();
    let currency = value.currency();
    let words = [
        (1e12, " trillion"),
        (1e9, " billion"),
        (1e6, " million"),
        (1e3, " thousand"),
    ];
    match words.iter().find(|(scale, _)| amount.abs() >= *scale) {
        Some((scale, word)) => currency.written(&format!("{}{word}", significant(amount / scale))),
        None => currency.written(&significant(amount)),
    }
}

/// A count of things: whole numbers up to a million, then `24.35 million`.
pub fn count(value: f64) -> String {
    if value.abs() >= 1e9 {
        format!("{} billion", significant(value / 1e9))
    } else if value.abs() >= 1e6 {
        format!("{} million", significant(value / 1e6))
    } else if value.abs() >= 100.0 {
        grouped(value, 0)
    } else {
        significant(value)
    }
}

/// A fraction shown as a percentage to four significant digits (`4.4%`, `8.259%`, `12%`).
pub fn percent(value: Ratio) -> String {
    let pct = value.get::<uom::si::ratio::percent>();
    if pct.abs() < 1e-6 {
        return "0%".into();
    }
    format!("{}%", significant(pct))
}

/// A plain ratio such as a PUE or load factor, to at most three decimals.
pub fn ratio(value: Ratio) -> String {
    trim_zeros(format!("{:.3}", value.value))
}

fn scaled(base: f64, units: &[&str]) -> String {
    let mut value = base;
    let mut index = 0;
    while value.abs() >= 1000.0 && index + 1 < units.len() {
        value /= 1000.0;
        index += 1;
    }
    format!("{} {}", significant(value), units[index])
}

/// Four significant digits, trailing zeros dropped, thousands grouped: `262.8`, `1,234`.
fn significant(value: f64) -> String {
    if value == 0.0 || !value.is_finite() {
        return format!("{value}");
    }
    let magnitude = value.abs().log10().floor() as i32;
    let decimals = (SIGNIFICANT_DIGITS as i32 - 1 - magnitude).max(0) as usize;
    let rounded = format!("{value:.decimals$}");
    let rounded: f64 = rounded.parse().unwrap_or(value);
    trim_zeros(grouped(rounded, decimals))
}

fn trim_zeros(text: String) -> String {
    if text.contains('.') {
        text.trim_end_matches('0').trim_end_matches('.').to_string()
    } else {
        text
    }
}

/// `value` with `decimals` decimals and its integer part grouped by commas.
fn grouped(value: f64, decimals: usize) -> String {
    let text = format!("{:.decimals$}", value.abs());
    let (integer, fraction) = text.split_once('.').unwrap_or((&text, ""));
    let mut out = String::new();
    for (i, digit) in integer.chars().enumerate() {
        if i > 0 && (integer.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(digit);
    }
    if !fraction.is_empty() {
        out.push('.');
        out.push_str(fraction);
    }
    if value < 0.0 { format!("-{out}") } else { out }
}

pub fn mass(value: Mass) -> String {
    scaled(value.get::<gram>(), &["g", "kg", "t", "kt", "Mt", "Gt"])
}

/// Litres, with scale words for large amounts (`303.2 billion L`).
pub fn volume(value: Volume) -> String {
    let litres = value.get::<liter>();
    match [(1e12, "trillion"), (1e9, "billion"), (1e6, "million")]
        .iter()
        .find(|(scale, _)| litres.abs() >= *scale)
    {
        Some((scale, word)) => format!("{} {word} L", significant(litres / scale)),
        None => format!("{} L", significant(litres)),
    }
}

/// Any quantity, in its reader's unit.
pub fn quantity(value: Quantity) -> String {
    match value {
        Quantity::Number(n) => count(n),
        Quantity::Percent(r) => percent(r),
        Quantity::Power(p) => power(p),
        Quantity::Energy(e) => energy(e),
        Quantity::Time(t) if t >= year() => format!("{} yr", significant((t / year()).value)),
        Quantity::Time(t) => format!("{} h", grouped(t.get::<hour>(), 0)),
        Quantity::Mass(m) => mass(m),
        Quantity::Volume(v) => volume(v),
        Quantity::Money(m) => money(m),
        Quantity::MassPerEnergy(_) => format!("{} g/kWh", significant(canonical(value).0)),
        Quantity::VolumePerEnergy(_) => format!("{} L/kWh", significant(canonical(value).0)),
        Quantity::MoneyPerPower(c) => {
            format!("{}/GW", money(Money::new(c.per_watt() * 1e9, c.currency())))
        }
    }
}

/// The number and unit of the machine interface: W, Wh, the currency's code, kg, L, and `1` for
/// counts and shares (a share is a fraction: 0.12, not 12).
pub fn canonical(value: Quantity) -> (f64, &'static str) {
    match value {
        Quantity::Number(n) => (n, "1"),
        Quantity::Percent(r) => (r.value, "1"),
        Quantity::Power(p) => (p.get::<watt>(), "W"),
        Quantity::Energy(e) => (e.get::<watt_hour>(), "Wh"),
        Quantity::Time(t) => (t.get::<second>(), "s"),
        Quantity::Mass(m) => (m.get::<kilogram>(), "kg"),
        Quantity::Volume(v) => (v.get::<liter>(), "L"),
        Quantity::Money(m) => (m.amount(), m.currency().code()),
        Quantity::MassPerEnergy(i) => {
            let per_kwh = i * Energy::new::<kilowatt_hour>(1.0);
            (per_kwh.get::<gram>(), "g/kWh")
        }
        Quantity::VolumePerEnergy(i) => {
            let per_kwh = i * Energy::new::<kilowatt_hour>(1.0);
            (per_kwh.get::<liter>(), "L/kWh")
        }
        Quantity::MoneyPerPower(c) => (c.per_watt(), c.currency().per_watt_unit()),
    }
}

/// The unit a chart axis shows a kind in, and the factor from SI base values to it.
pub fn axis_unit(kind: super::Kind) -> (f64, &'static str) {
    use super::Kind;
    match kind {
        Kind::Energy => (1.0 / 3.6e15, "TWh"),
        Kind::Power => (1e-9, "GW"),
        Kind::Fraction => (100.0, "%"),
        Kind::Mass => (1e-9, "Mt"),
        Kind::Volume => (1e-6, "billion L"),
        Kind::Money(_) => (1e-9, "billion"),
        _ => (1.0, ""),
    }
}
