//! Units as written: symbols (case-sensitive SI prefixes), words in English and Arabic, the
//! nouns a count is given in, and the hint for a unit not known.

use uom::si::{energy, mass, power, time, volume};

use super::money::Currency;
use super::{Energy, Mass, Money, Power, Quantity, Ratio, Time, Volume, year};
use crate::error::{UnitError, UnitHint, did_you_mean};

/// One of a unit: multiplying it by the number gives the quantity.
#[derive(Debug, Clone, Copy)]
pub(super) enum Unit {
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
    pub(super) fn per(self, denominator: Unit) -> Option<Quantity> {
        Some(match (self, denominator) {
            (Unit::Energy(e), Unit::Time(t)) => Quantity::Power(e / t),
            (Unit::Mass(m), Unit::Energy(e)) => Quantity::MassPerEnergy(m / e),
            (Unit::Volume(v), Unit::Energy(e)) => Quantity::VolumePerEnergy(v / e),
            (Unit::Money(c), Unit::Power(p)) => Quantity::MoneyPerPower(Money::new(1.0, c) / p),
            _ => return None,
        })
    }

    pub(super) fn quantity(self) -> Quantity {
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

/// Symbols, matched exactly (SI prefixes are case-sensitive).
pub(super) fn symbol_unit(symbol: &str) -> Option<Unit> {
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
        "mL" | "ml" => Unit::Volume(Volume::new::<volume::milliliter>(1.0)),
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
        "milliliter" | "millilitre" => "mL",
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

pub(super) fn lookup_unit(input: &str, text: &str) -> Result<Unit, UnitError> {
    if let Some(unit) = symbol_unit(text).or_else(|| word_unit(text)) {
        return Ok(unit);
    }
    Err(UnitError::UnknownUnit {
        input: input.into(),
        unit: text.into(),
        hint: UnitHint::Nearest,
    })
}

const KNOWN_SYMBOLS: &[&str] = &[
    "W", "kW", "MW", "GW", "TW", "Wh", "kWh", "MWh", "GWh", "TWh", "PWh", "J", "kJ", "MJ", "GJ",
    "TJ", "PJ", "EJ", "s", "h", "d", "mo", "yr", "g", "kg", "t", "kt", "Mt", "Gt", "lb", "mL", "L",
    "kL", "ML", "GL", "gal", "USD",
];

/// Names the case mistake (`mW` for `MW`) when there is one, else the nearest known unit.
pub(crate) fn unit_hint(text: &str) -> String {
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
