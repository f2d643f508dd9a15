//! Text → typed quantity, once, at the edge.
//!
//! A value is `[$|USD] number [scale] [unit]`: `30 GW`, `10,791 kWh/yr`, `$1.4T`, `25 million
//! homes`, `12%`, `٣٠ جيجاواط`. SI symbols are case-sensitive (`mW` is not `MW`); unit words and
//! scale words are not. An energy divided by a period is a power (`TWh/yr`, `kWh per month`).

use uom::si::{energy, mass, power, time, volume};

use super::money::Currency;
use super::number::{
    check_digit_systems, normalize, split_number, split_scale, strip_currency_prefix,
};
pub use super::quantity::{Kind, Quantity};
use super::{Energy, Mass, Money, Power, Ratio, Time, Volume, year};
use crate::error::{UnitError, did_you_mean};

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

/// One of a unit: multiplying it by the number gives the quantity.
#[derive(Debug, Clone, Copy)]
enum Unit {
    Number,
    Percent,
    Power(Power),
    Energy(Energy),
    Time(Time),
    Mass(Mass),
    Volume(Volume),
    Money(Currency),
}

impl Unit {
    fn per(self, denominator: Unit) -> Option<Quantity> {
        Some(match (self, denominator) {
            (Unit::Energy(e), Unit::Time(t)) => Quantity::Power(e / t),
            (Unit::Mass(m), Unit::Energy(e)) => Quantity::MassPerEnergy(m / e),
            (Unit::Volume(v), Unit::Energy(e)) => Quantity::VolumePerEnergy(v / e),
            (Unit::Money(c), Unit::Power(p)) => Quantity::MoneyPerPower(Money::new(1.0, c) / p),
            _ => return None,
        })
    }

    fn quantity(self) -> Quantity {
        match self {
            Unit::Number => Quantity::Number(1.0),
            Unit::Percent => Quantity::Percent(Ratio::new::<uom::si::ratio::percent>(1.0)),
            Unit::Power(p) => Quantity::Power(p),
            Unit::Energy(e) => Quantity::Energy(e),
            Unit::Time(t) => Quantity::Time(t),
            Unit::Mass(m) => Quantity::Mass(m),
            Unit::Volume(v) => Quantity::Volume(v),
            Unit::Money(c) => Quantity::Money(Money::new(1.0, c)),
        }
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
            hint: "; wattcheck reads energy per period (`TWh/yr`), mass or volume per energy \
                   (`g/kWh`, `L/kWh`) and money per power (`$/GW`)"
                .into(),
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

/// Symbols, matched exactly (SI prefixes are case-sensitive).
fn symbol_unit(symbol: &str) -> Option<Unit> {
    Some(match symbol {
        "" => Unit::Number,
        "%" => Unit::Percent,
        "W" => Unit::Power(Power::new::<power::watt>(1.0)),
        "kW" => Unit::Power(Power::new::<power::kilowatt>(1.0)),
        "MW" => Unit::Power(Power::new::<power::megawatt>(1.0)),
        "GW" => Unit::Power(Power::new::<power::gigawatt>(1.0)),
        "TW" => Unit::Power(Power::new::<power::terawatt>(1.0)),
        "Wh" => Unit::Energy(Energy::new::<energy::watt_hour>(1.0)),
        "kWh" => Unit::Energy(Energy::new::<energy::kilowatt_hour>(1.0)),
        "MWh" => Unit::Energy(Energy::new::<energy::megawatt_hour>(1.0)),
        "GWh" => Unit::Energy(Energy::new::<energy::gigawatt_hour>(1.0)),
        "TWh" => Unit::Energy(Energy::new::<energy::terawatt_hour>(1.0)),
        "PWh" => Unit::Energy(Energy::new::<energy::petawatt_hour>(1.0)),
        "J" => Unit::Energy(Energy::new::<energy::joule>(1.0)),
        "kJ" => Unit::Energy(Energy::new::<energy::kilojoule>(1.0)),
        "MJ" => Unit::Energy(Energy::new::<energy::megajoule>(1.0)),
        "GJ" => Unit::Energy(Energy::new::<energy::gigajoule>(1.0)),
        "TJ" => Unit::Energy(Energy::new::<energy::terajoule>(1.0)),
        "PJ" => Unit::Energy(Energy::new::<energy::petajoule>(1.0)),
        "EJ" => Unit::Energy(Energy::new::<energy::exajoule>(1.0)),
        "s" => Unit::Time(Time::new::<time::second>(1.0)),
        "h" => Unit::Time(Time::new::<time::hour>(1.0)),
        "d" => Unit::Time(Time::new::<time::day>(1.0)),
        "mo" => Unit::Time(year() / 12.0),
        "yr" | "y" | "a" => Unit::Time(year()),
        "g" => Unit::Mass(Mass::new::<mass::gram>(1.0)),
        "kg" => Unit::Mass(Mass::new::<mass::kilogram>(1.0)),
        "t" => Unit::Mass(Mass::new::<mass::ton>(1.0)),
        "kt" => Unit::Mass(Mass::new::<mass::gigagram>(1.0)),
        "Mt" => Unit::Mass(Mass::new::<mass::teragram>(1.0)),
        "Gt" => Unit::Mass(Mass::new::<mass::petagram>(1.0)),
        "lb" | "lbs" => Unit::Mass(Mass::new::<mass::pound>(1.0)),
        "L" | "l" => Unit::Volume(Volume::new::<volume::liter>(1.0)),
        "kL" => Unit::Volume(Volume::new::<volume::kiloliter>(1.0)),
        "ML" => Unit::Volume(Volume::new::<volume::megaliter>(1.0)),
        "GL" => Unit::Volume(Volume::new::<volume::gigaliter>(1.0)),
        "gal" => Unit::Volume(Volume::new::<volume::gallon>(1.0)),
        "$" => Unit::Money(Currency::Usd),
        code if code.len() == 3 && code.chars().all(|c| c.is_ascii_uppercase()) => {
            Unit::Money(Currency::from_code(code)?)
        }
        _ => return None,
    })
}

/// Words, matched in any case; Arabic words as written.
fn word_unit(word: &str) -> Option<Unit> {
    let word = word.to_lowercase();
    let word = word.trim_end_matches('s');
    let symbol = match word {
        "watt" | "واط" => "W",
        "kilowatt" | "كيلوواط" => "kW",
        "megawatt" | "ميغاواط" | "ميجاواط" => "MW",
        "gigawatt" | "جيجاواط" | "غيغاواط" | "جيغاواط" => "GW",
        "terawatt" | "تيراواط" => "TW",
        "watt-hour" | "watt hour" => "Wh",
        "kilowatt-hour" | "kilowatt hour" | "كيلوواط ساعة" => "kWh",
        "megawatt-hour" | "megawatt hour" | "ميغاواط ساعة" => "MWh",
        "gigawatt-hour" | "gigawatt hour" | "جيجاواط ساعة" => "GWh",
        "terawatt-hour" | "terawatt hour" | "تيراواط ساعة" => "TWh",
        "second" => "s",
        "hour" => "h",
        "day" => "d",
        "month" => "mo",
        "year" | "annum" => "yr",
        "percent" | "per cent" => "%",
        "gram" => "g",
        "kilogram" => "kg",
        "tonne" => "t",
        "liter" | "litre" => "L",
        "gallon" => "gal",
        _ if is_count_noun(word) => "",
        _ => return Currency::from_word(word).map(Unit::Money),
    };
    symbol_unit(symbol)
}

/// Homes and households, in English (singular; a plural `s` is dropped before comparing) and
/// Arabic (as written): the nouns a count of homes is given in.
pub const HOME_NOUNS: &[&str] = &[
    "home",
    "household",
    "house",
    "houses",
    "منزل",
    "منازل",
    "منزلا",
    "منزلاً",
    "أسرة",
    "أسر",
    "مسكن",
    "مساكن",
    "بيت",
];

/// Words that may follow a count (`25 million homes`, `٢٥ مليون منزل أمريكي`).
fn is_count_noun(words: &str) -> bool {
    const OTHER_NOUNS: &[&str] = &[
        "us",
        "u.s.",
        "american",
        "chip",
        "gpu",
        "accelerator",
        "server",
        "rack",
        "أمريكي",
        "شريحة",
        "شرائح",
    ];
    let known = |w: &str| HOME_NOUNS.contains(&w) || OTHER_NOUNS.contains(&w);
    words
        .split_whitespace()
        .all(|w| known(w) || known(w.trim_end_matches('s')))
}

fn lookup_unit(input: &str, text: &str) -> Result<Unit, UnitError> {
    if let Some(unit) = symbol_unit(text).or_else(|| word_unit(text)) {
        return Ok(unit);
    }
    Err(UnitError::UnknownUnit {
        input: input.into(),
        unit: text.into(),
        hint: unit_hint(text),
    })
}

const KNOWN_SYMBOLS: &[&str] = &[
    "W", "kW", "MW", "GW", "TW", "Wh", "kWh", "MWh", "GWh", "TWh", "PWh", "J", "kJ", "MJ", "GJ",
    "TJ", "PJ", "EJ", "s", "h", "d", "mo", "yr", "g", "kg", "t", "kt", "Mt", "Gt", "lb", "L", "kL",
    "ML", "GL", "gal", "USD",
];

/// Names the case mistake (`mW` for `MW`) when there is one, else the nearest known unit.
fn unit_hint(text: &str) -> String {
    let same_letters: Vec<&str> = KNOWN_SYMBOLS
        .iter()
        .copied()
        .filter(|s| s.eq_ignore_ascii_case(text))
        .collect();
    if let Some(symbol) = same_letters.first() {
        return format!(
            "; SI prefixes are case-sensitive (`m` is milli, `M` is mega): did you mean `{symbol}`?"
        );
    }
    did_you_mean(text, KNOWN_SYMBOLS.iter().copied())
}
