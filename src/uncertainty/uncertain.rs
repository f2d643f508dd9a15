//! Uncertain values: `25..35 GW` (a 90% interval), `30 GW ±10%`,
//! `tri(0.13, 0.20, 0.27)`, `normal(4300, 150) TWh/yr`, `uniform(1.1, 1.4)`, `pert(a, m, b)`,
//! `lognormal(mu, sigma) GW`. A plain value is a fixed distribution.

use super::{Dist, Uncertain, dist::Z90};
use crate::error::UnitError;
use crate::units::number::{check_digit_systems, normalize, split_number};
use crate::units::parse::{parse_quantity, wrong_kind};
use crate::units::{Kind, Quantity};

/// Reads a value that may be uncertain.
pub fn parse_uncertain(text: &str) -> Result<Uncertain, UnitError> {
    check_digit_systems(text)?;
    let normalized = normalize(text);
    let input = normalized.trim();
    let bad = |reason: String| UnitError::BadDistribution {
        input: input.into(),
        reason,
    };
    if let Some((name, rest)) = input.split_once('(') {
        let name = name.trim().to_lowercase();
        if FUNCTIONS.contains(&name.as_str()) {
            let (args, unit) = rest
                .split_once(')')
                .ok_or_else(|| bad("a `)` is missing".into()))?;
            return function(input, &name, args, unit.trim()).map_err(bad);
        }
    }
    if let Some((low, high)) = input.split_once("..") {
        let (kind, low, high) = pair(input, low, high)?;
        return Ok(Uncertain {
            kind,
            dist: Dist::interval90(low, high).map_err(bad)?,
        });
    }
    if let Some((center, spread)) = input.split_once('±').or_else(|| input.split_once("+/-")) {
        return plus_minus(input, center, spread);
    }
    Ok(Uncertain::fixed(parse_quantity(input)?))
}

/// A value of `kind` that may be uncertain; a value of another kind is refused as
/// `parse_quantity`'s callers refuse it.
pub fn parse_uncertain_as(text: &str, kind: Kind) -> Result<Uncertain, UnitError> {
    let value = parse_uncertain(text)?;
    if value.kind.measures_like(kind) {
        Ok(value)
    } else {
        Err(wrong_kind(text, kind, value.central()))
    }
}

/// A fraction that may be uncertain (`0.5`, `50%`, `uniform(0.5, 1.0)`), whose draws stay
/// within `[low, 1]` (to one in a thousand).
pub fn parse_uncertain_fraction(
    text: &str,
    low: f64,
    expected: &str,
) -> Result<Uncertain, UnitError> {
    let value = parse_uncertain(text)?;
    if !matches!(value.kind, Kind::Number | Kind::Fraction) {
        return Err(wrong_kind(text, Kind::Fraction, value.central()));
    }
    let (bottom, top) = (value.dist.quantile(0.001), value.dist.quantile(0.999));
    if bottom <= low || top > 1.0 + 1e-12 {
        return Err(UnitError::OutOfRange {
            input: text.trim().into(),
            expected: expected.into(),
        });
    }
    Ok(Uncertain {
        kind: Kind::Fraction,
        dist: value.dist,
    })
}

const FUNCTIONS: &[&str] = &[
    "tri",
    "triangular",
    "normal",
    "uniform",
    "lognormal",
    "pert",
];

/// `name(args) unit`: the arguments are numbers in `unit`, or quantities of one kind.
fn function(input: &str, name: &str, args: &str, unit: &str) -> Result<Uncertain, String> {
    let values: Vec<Quantity> = args
        .split(',')
        .map(|a| signed(a.trim()).map_err(|e| e.to_string()))
        .collect::<Result<_, _>>()?;
    let (kind, factor, numbers) = if unit.is_empty() {
        let kind = values.first().map(Quantity::kind).unwrap_or(Kind::Number);
        if values.iter().any(|v| v.kind() != kind) {
            return Err("the arguments are of different kinds".into());
        }
        (
            kind,
            1.0,
            values.iter().map(Quantity::base).collect::<Vec<_>>(),
        )
    } else {
        let one = parse_quantity(&format!("1 {unit}")).map_err(|e| e.to_string())?;
        if values.iter().any(|v| v.kind() != Kind::Number) {
            return Err(format!(
                "with a unit after the `)`, the arguments are plain numbers (`{input}`)"
            ));
        }
        (
            one.kind(),
            one.base(),
            values.iter().map(Quantity::base).collect(),
        )
    };
    let want = |n: usize, form: &str| -> Result<(), String> {
        if numbers.len() == n {
            Ok(())
        } else {
            Err(format!("{name} takes {n} numbers: `{form}`"))
        }
    };
    let dist = match name {
        "tri" | "triangular" => {
            want(3, "tri(low, mode, high)")?;
            Dist::Triangular {
                low: numbers[0],
                mode: numbers[1],
                high: numbers[2],
            }
        }
        "pert" => {
            want(3, "pert(low, mode, high)")?;
            Dist::Pert {
                low: numbers[0],
                mode: numbers[1],
                high: numbers[2],
            }
        }
        "normal" => {
            want(2, "normal(mean, sd)")?;
            Dist::Normal {
                mean: numbers[0],
                sd: numbers[1],
            }
        }
        "uniform" => {
            want(2, "uniform(low, high)")?;
            Dist::Uniform {
                low: numbers[0],
                high: numbers[1],
            }
        }
        _ => {
            want(
                2,
                "lognormal(mu, sigma) UNIT, where the log of the value in UNIT is normal",
            )?;
            if unit.is_empty() && kind != Kind::Number {
                return Err("lognormal takes plain numbers, then a unit".into());
            }
            Dist::LogNormal {
                mu: numbers[0],
                sigma: numbers[1],
            }
        }
    };
    Ok(Uncertain {
        kind,
        dist: dist.validated()?.scaled(factor),
    })
}

/// A distribution's argument, which may be negative (`normal(-0.02, 0.01)`).
fn signed(text: &str) -> Result<Quantity, UnitError> {
    match text.strip_prefix('-') {
        Some(magnitude) => Ok(parse_quantity(magnitude)?.times(-1.0)),
        None => parse_quantity(text),
    }
}

/// `low..high`: the low end may leave out the unit (`25..35 GW`). Returns base values.
fn pair(input: &str, low: &str, high: &str) -> Result<(Kind, f64, f64), UnitError> {
    let high_value = parse_quantity(high)?;
    let low_value = parse_quantity(low)?;
    let low_base = if low_value.kind() == high_value.kind() {
        low_value.base()
    } else if let Quantity::Number(n) = low_value {
        let (_, _, unit) = split_number(input, high.trim())?;
        n * parse_quantity(&format!("1 {unit}"))?.base()
    } else {
        return Err(UnitError::BadDistribution {
            input: input.into(),
            reason: "the two ends of a range are of different kinds".into(),
        });
    };
    Ok((high_value.kind(), low_base, high_value.base()))
}

/// `30 GW ±10%` or `30 GW ± 3 GW`: a 90% interval around the centre.
fn plus_minus(input: &str, center: &str, spread: &str) -> Result<Uncertain, UnitError> {
    let center = parse_quantity(center)?;
    let spread_text = spread.trim();
    let spread = if spread_text.is_empty() {
        None
    } else {
        Some(parse_quantity(spread_text)?)
    };
    let half_width = match spread {
        Some(Quantity::Percent(p)) => center.base().abs() * p.value,
        Some(s) if s.kind() == center.kind() => s.base(),
        _ => {
            return Err(UnitError::BadDistribution {
                input: input.into(),
                reason: format!(
                    "`±` needs a percent (`±10%`) or an amount of {} (such as `± 3 GW`)",
                    center.kind().name()
                ),
            });
        }
    };
    let dist = Dist::Normal {
        mean: center.base(),
        sd: half_width / Z90,
    }
    .validated()
    .map_err(|reason| UnitError::BadDistribution {
        input: input.into(),
        reason,
    })?;
    Ok(Uncertain {
        kind: center.kind(),
        dist,
    })
}
