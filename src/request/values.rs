//! The command line's quantities, read once: each function takes the text of one argument and
//! returns a typed, validated value (possibly uncertain), or an error that says what was expected.

use crate::error::UsageError;
use crate::uncertainty::Uncertain;
use crate::uncertainty::uncertain::{
    parse_uncertain, parse_uncertain_as, parse_uncertain_fraction,
};
use crate::units::money::Currency;
use crate::units::parse::{has_period, parse_count, parse_energy_per_year, parse_quantity};
use crate::units::{Kind, Quantity, year};

fn usage(message: String) -> anyhow::Error {
    UsageError(message).into()
}

/// A value the user gave, and the text it was read from (echoed in reports).
#[derive(Debug, Clone, PartialEq)]
pub struct Given {
    pub value: Uncertain,
    pub text: String,
}

impl Given {
    pub fn new(value: Uncertain, text: &str) -> Given {
        Given {
            value,
            text: text.trim().to_string(),
        }
    }

    /// Fixed at exactly `n` (a load factor of 1 is "running flat out").
    pub fn is_fixed_at(&self, n: f64) -> bool {
        self.value.is_fixed() && self.value.central().base() == n
    }
}

/// Whether a load is a capacity (a load factor applies) or already an energy per year.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    Capacity,
    EnergyPerYear,
}

/// A load as given: a power (a capacity) or an energy per period, and its load factor.
#[derive(Debug, Clone, PartialEq)]
pub struct LoadRequest {
    pub shape: Shape,
    pub power: Given,
    /// `None`: running flat out (1).
    pub load_factor: Option<Given>,
}

impl LoadRequest {
    /// The load factor as given, or 1.
    pub fn load_factor_value(&self) -> Uncertain {
        self.load_factor.as_ref().map_or_else(
            || Uncertain::fixed(Quantity::Number(1.0)),
            |g| g.value.clone(),
        )
    }

    /// A fixed load factor of 1: the full-load caveat applies.
    pub fn at_full_load(&self) -> bool {
        self.shape == Shape::Capacity
            && self.load_factor.as_ref().is_none_or(|g| g.is_fixed_at(1.0))
    }
}

/// `--load-factor`: above 0 and at most 1.
pub fn load_factor(text: &str) -> anyhow::Result<Given> {
    let value =
        parse_uncertain_fraction(text, 0.0, "a load factor above 0 and at most 1 (or 100%)")?;
    Ok(Given::new(value, text))
}

/// A load (`30 GW`, `176 TWh/yr`) and its load factor, which only a capacity takes.
pub fn load(text: &str, load_factor_text: Option<&str>) -> anyhow::Result<LoadRequest> {
    let power = parse_uncertain_as(text, Kind::Power)?;
    let shape = if has_period(text) {
        Shape::EnergyPerYear
    } else {
        Shape::Capacity
    };
    if shape == Shape::EnergyPerYear && load_factor_text.is_some() {
        return Err(usage(format!(
            "--load-factor applies to a capacity such as `30 GW`; `{}` is already an energy per year",
            text.trim()
        )));
    }
    Ok(LoadRequest {
        shape,
        power: Given::new(power, text),
        load_factor: load_factor_text.map(load_factor).transpose()?,
    })
}

/// An energy per period (a power), possibly uncertain; an energy without a period is refused
/// with a suggestion.
pub fn energy_per_year(text: &str, expected: &str) -> anyhow::Result<Given> {
    let value = parse_uncertain(text)?;
    if value.kind == Kind::Power && has_period(text) {
        return Ok(Given::new(value, text));
    }
    Err(parse_energy_per_year(text)
        .err()
        .map(anyhow::Error::from)
        .unwrap_or_else(|| usage(format!("expected {expected}; got `{text}`"))))
}

/// `--national-total`: an energy per year, or an energy (taken as one year's).
pub fn national_total(text: &str) -> anyhow::Result<Given> {
    match parse_uncertain(text)? {
        u if u.kind == Kind::Energy => Ok(Given::new(
            Uncertain {
                kind: Kind::Power,
                dist: u.dist.scaled(1.0 / year().value),
            },
            text,
        )),
        _ => energy_per_year(text, "a national total such as `4,300 TWh/yr`"),
    }
}

/// A plain number of at least `minimum` (`--pue`, `--overhead`), refused with `expected`.
fn number_at_least(text: &str, minimum: f64, expected: &str) -> anyhow::Result<Given> {
    let value = parse_uncertain(text)?;
    if value.kind != Kind::Number || value.dist.quantile(0.001) < minimum {
        return Err(usage(format!("{expected}; got `{text}`")));
    }
    Ok(Given::new(value, text))
}

pub fn pue(text: &str) -> anyhow::Result<Given> {
    number_at_least(
        text,
        1.0,
        "--pue expects a number of at least 1 such as `1.2` or `uniform(1.1, 1.4)`",
    )
}

pub fn overhead(text: &str) -> anyhow::Result<Given> {
    number_at_least(
        text,
        1.0,
        "--overhead expects server power as a multiple of chip power, at least 1 (such as `1.6`)",
    )
}

/// `--wue`: litres per kWh of IT energy.
pub fn wue(text: &str) -> anyhow::Result<Given> {
    let value = parse_uncertain_as(text, Kind::VolumePerEnergy).map_err(|_| {
        let found = parse_quantity(text)
            .map(|q| q.kind().name())
            .unwrap_or("not a quantity");
        usage(format!(
            "--wue expects a water intensity such as `1.8 L/kWh`; `{text}` is {found}"
        ))
    })?;
    Ok(Given::new(value, text))
}

/// A count of chips, at least one: `500000`, `500k`, or a range such as `200k..900k`.
pub fn chip_count(text: &str) -> anyhow::Result<Given> {
    let value = parse_uncertain(text).map_err(|error| parse_count(text).err().unwrap_or(error))?;
    if value.kind != Kind::Number || value.dist.quantile(0.001) < 1.0 {
        return Err(usage(format!(
            "a fleet needs at least one chip; got `{text}`"
        )));
    }
    Ok(Given::new(value, text))
}

/// An amount of money above zero.
pub fn money(text: &str) -> anyhow::Result<Given> {
    let value = parse_uncertain_as(text, Kind::Money(Currency::Usd))?;
    if value.dist.quantile(0.001) <= 0.0 {
        return Err(usage(format!("`{text}`: expected an amount above zero")));
    }
    Ok(Given::new(value, text))
}

/// `--years`: `7`, `7 years` or `5..7`, above zero, as a duration.
pub fn term(text: &str) -> anyhow::Result<Given> {
    let value = parse_uncertain(text)?;
    let term = match value.kind {
        Kind::Number => Uncertain {
            kind: Kind::Time,
            dist: value.dist.scaled(year().value),
        },
        Kind::Time => value,
        other => {
            return Err(usage(format!(
                "--years expects a number of years such as `7`; `{text}` is {}",
                other.name()
            )));
        }
    };
    if term.dist.quantile(0.001) <= 0.0 {
        return Err(usage(format!("--years must be above zero; got `{text}`")));
    }
    Ok(Given::new(term, text))
}

/// `--growth`: a yearly rate.
pub fn growth_rate(text: &str) -> anyhow::Result<Given> {
    let rate = parse_uncertain(text)?;
    if !matches!(rate.kind, Kind::Number | Kind::Fraction) {
        return Err(usage(format!(
            "--growth expects a yearly rate such as `0.2`, `20%` or `tri(0.13, 0.20, 0.27)`; got `{text}`"
        )));
    }
    Ok(Given::new(rate, text))
}

/// A count of homes (`25M`, `25 million homes`), when the text is one.
pub fn homes_count(text: &str) -> Option<Given> {
    parse_uncertain(text)
        .ok()
        .filter(|value| value.kind == Kind::Number)
        .map(|value| Given::new(value, text))
}

/// The most draws a run may ask for: about two minutes on two cores for the simplest models.
const MAX_SAMPLES: f64 = 1e9;
/// Seconds one core spends on a draw of the simplest models: measured with `share --growth`
/// (three outputs), 10 million draws in 0.24 s on one core of the benchmark machine.
const SECONDS_PER_DRAW: f64 = 24e-9;

/// `--samples`: a whole number of draws, 1 to a billion.
pub fn samples(text: &str) -> anyhow::Result<u64> {
    let n = parse_count(text)?;
    if n < 1.0 || n.fract() != 0.0 {
        return Err(usage(format!(
            "--samples expects a whole number of draws, at least 1; got `{text}`"
        )));
    }
    if n > MAX_SAMPLES {
        return Err(usage(format!(
            "--samples {text} is more than the 1,000,000,000 draws wattcheck runs ({n:.0e} draws would take at least {:.0} minutes on two cores)",
            n * SECONDS_PER_DRAW / 2.0 / 60.0
        )));
    }
    Ok(n as u64)
}

/// `--size`: `WxH`, e.g. `1600x1000`.
pub fn size(text: &str) -> anyhow::Result<(u32, u32)> {
    let parsed = text
        .split_once(['x', 'X', '×'])
        .and_then(|(w, h)| Some((w.trim().parse().ok()?, h.trim().parse().ok()?)));
    parsed.ok_or_else(|| {
        usage(format!(
            "--size expects WIDTHxHEIGHT in pixels such as `1600x1000`; got `{text}`"
        ))
    })
}
