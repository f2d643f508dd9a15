//! Text → typed quantity, once, at the edge.
//!
//! A value is `[$|USD] number [scale] [unit]`: `30 GW`, `10,791 kWh/yr`, `$1.4T`, `25 million
//! homes`, `12%`, `٣٠ جيجاواط`. SI symbols are case-sensitive (`mW` is not `MW`); unit words and
//! scale words are not. An energy divided by a period is a power (`TWh/yr`, `kWh per month`).

use super::money::Currency;
use super::number::{
    check_digit_systems, normalize, split_number, split_scale, strip_currency_prefix,
};
pub use super::quantity::{Kind, Quantity};
pub use super::unit::HOME_NOUNS;
use super::unit::{Unit, lookup_unit, symbol_unit};
use super::{Money, Power, Ratio};
use crate::error::{UnitError, UnitHint};

/// Reads any quantity wattcheck knows. Use the `parse_*` functions to require one kind.
pub fn parse_quantity(text: &str) -> Result<Quantity, UnitError> {
    check_digit_systems(text)?;
    let normalized = normalize(text);
    let input = normalized.trim();
    if input.is_empty() {
        return Err(UnitError::Empty {
            expected: "a number with a unit such as `30 GW`".into(),
        });
    }
    let (currency_prefix, rest) = strip_currency_prefix(input);
    let (number, negative, rest) = split_number(input, rest)?;
    // `100-megawatt`, `10-gigawatt`: a hyphen between the number and a unit word.
    let rest = match rest.strip_prefix('-') {
        Some(word) if word.starts_with(char::is_alphabetic) => word,
        _ => rest,
    };
    let (scale, unit_text) = split_scale(rest);
    let unit = read_unit(input, unit_text, currency_prefix)?;
    let quantity = unit.times(number * scale);
    if negative && number != 0.0 {
        return Err(UnitError::Negative {
            input: input.into(),
            what: quantity.kind().name().into(),
        });
    }
    Ok(quantity)
}

/// A power, or an energy per period (`176 TWh/yr` is 20.09 GW on average).
pub fn parse_power(text: &str) -> Result<Power, UnitError> {
    match parse_quantity(text)? {
        Quantity::Power(p) => Ok(p),
        other => Err(wrong_kind(text, Kind::Power, other)),
    }
}

/// An energy per period such as `10,791 kWh/yr` (held as the average power it amounts to).
pub fn parse_energy_per_year(text: &str) -> Result<Power, UnitError> {
    match parse_quantity(text)? {
        Quantity::Power(p) if has_period(text) => Ok(p),
        other => Err(wrong_kind(text, Kind::Energy, other)
            .with_expected("an energy per period such as `10,791 kWh/yr`")),
    }
}

pub fn parse_money(text: &str) -> Result<Money, UnitError> {
    match parse_quantity(text)? {
        Quantity::Money(m) => Ok(m),
        other => Err(wrong_kind(text, Kind::Money(Currency::Usd), other)),
    }
}

/// A count of things (homes, chips): a plain number, at least zero. A vague amount ("hundreds
/// of thousands") is refused with a suggestion to pick a number.
pub fn parse_count(text: &str) -> Result<f64, UnitError> {
    const VAGUE: &[&str] = &[
        "hundreds",
        "thousands",
        "millions",
        "dozens",
        "tens",
        "مئات",
        "آلاف",
        "عشرات",
        "ملايين",
    ];
    let lower = text.to_lowercase();
    if VAGUE
        .iter()
        .any(|word| lower.split_whitespace().next() == Some(word))
    {
        return Err(UnitError::NotANumber {
            input: text.trim().into(),
            expected:
                "a count; pick a number in the range it stands for, such as `300000` or `500k`"
                    .into(),
        });
    }
    match parse_quantity(text)? {
        Quantity::Number(n) => Ok(n),
        other => Err(wrong_kind(text, Kind::Number, other)),
    }
}

/// A fraction in [0, 1], written `0.5` or `50%`.
pub fn parse_fraction(text: &str) -> Result<Ratio, UnitError> {
    let fraction = match parse_quantity(text)? {
        Quantity::Number(n) => Ratio::new::<uom::si::ratio::ratio>(n),
        Quantity::Percent(r) => r,
        other => return Err(wrong_kind(text, Kind::Fraction, other)),
    };
    if fraction.value > 1.0 {
        return Err(UnitError::OutOfRange {
            input: text.trim().into(),
            expected: "a fraction between 0 and 1 (or 0% to 100%)".into(),
        });
    }
    Ok(fraction)
}

impl UnitError {
    fn with_expected(self, new_expected: &str) -> UnitError {
        match self {
            UnitError::WrongKind {
                input, found, hint, ..
            } => UnitError::WrongKind {
                input,
                expected: new_expected.into(),
                found,
                hint,
            },
            other => other,
        }
    }
}

/// True when the text divides by a period (`/yr`, `per year`): an energy per period, not a capacity.
pub fn has_period(text: &str) -> bool {
    text.contains('/') || text.to_lowercase().contains(" per ")
}

pub(crate) fn wrong_kind(text: &str, expected: Kind, found: Quantity) -> UnitError {
    let input = normalize(text).trim().to_string();
    let hint = match (expected, found.kind()) {
        (Kind::Power, Kind::Energy) => format!(" (with no period); did you mean `{input}/yr`?"),
        (Kind::Energy, Kind::Energy) => format!(" with no period; did you mean `{input}/yr`?"),
        (Kind::Energy, Kind::Power) => {
            " (a rate, not an energy over a period); write it as e.g. `10,791 kWh/yr`".into()
        }
        (_, Kind::Number) => " (a number with no unit)".into(),
        _ => String::new(),
    };
    let found_name = match found.kind() {
        Kind::Number => "a plain number".to_string(),
        kind => kind.name().to_string(),
    };
    UnitError::WrongKind {
        input,
        expected: expected.expected(),
        found: found_name,
        hint,
    }
}

/// Reads the unit text after the number (and scale): a unit, `unit/unit`, or `unit per unit`;
/// an Arabic unit phrase is read whole first (`تيراواط/ساعة` is an energy, not a rate).
fn read_unit(
    input: &str,
    text: &str,
    currency_prefix: Option<Currency>,
) -> Result<Quantity, UnitError> {
    if currency_prefix.is_none()
        && let Some(unit) = super::arabic::symbol(text).and_then(|s| symbol_unit(&s))
    {
        return Ok(unit.quantity());
    }
    let (numerator, denominator) = split_ratio(text);
    let numerator_unit = match currency_prefix {
        Some(currency) if numerator.is_empty() => Unit::Money(currency),
        _ => lookup_unit(input, numerator)?,
    };
    if let Some(prefix) = currency_prefix {
        match numerator_unit {
            Unit::Money(named) if named == prefix => {}
            Unit::Money(named) => {
                return Err(UnitError::BadNumber {
                    input: input.into(),
                    reason: format!(
                        "two currencies: {} before the number, {} after it",
                        prefix.code(),
                        named.code()
                    ),
                });
            }
            _ => {
                return Err(UnitError::BadNumber {
                    input: input.into(),
                    reason: format!(
                        "a currency sign marks money, but `{numerator}` is not a currency"
                    ),
                });
            }
        }
    }
    let numerator_unit = match (currency_prefix, numerator_unit) {
        (Some(prefix), Unit::Money(_)) => Unit::Money(prefix),
        (_, unit) => unit,
    };
    let Some(denominator) = denominator else {
        return Ok(numerator_unit.quantity());
    };
    let denominator_unit = lookup_unit(input, denominator)?;
    numerator_unit
        .per(denominator_unit)
        .ok_or_else(|| UnitError::UnknownUnit {
            input: input.into(),
            unit: text.into(),
            hint: UnitHint::Text(
                "; wattcheck reads energy per period (`TWh/yr`), mass or volume per energy \
                 (`g/kWh`, `L/kWh`) and money per power (`$/GW`)"
                    .into(),
            ),
        })
}

fn split_ratio(text: &str) -> (&str, Option<&str>) {
    if let Some((num, den)) = text.split_once('/') {
        return (num.trim(), Some(den.trim()));
    }
    let lower = text.to_ascii_lowercase();
    match lower.find(" per ") {
        Some(at) => (text[..at].trim(), Some(text[at + 5..].trim())),
        None => match lower.strip_prefix("per ") {
            Some(_) => ("", Some(text[4..].trim())),
            None => (text.trim(), None),
        },
    }
}
