//! A figure of the data, checked: its value and range as typed quantities, as a distribution,
//! and as written.

use super::schema::FigureRecord;
use crate::uncertainty::{Dist, Uncertain};
use crate::units::parse::Quantity;
use crate::units::{MassPerEnergy, Money, MoneyPerPower, Power, Ratio, Time, VolumePerEnergy};

/// A figure, checked: its central value and range as typed quantities.
#[derive(Debug, Clone)]
pub struct Figure {
    pub record: FigureRecord,
    pub file: String,
    /// The stated value, or the middle of the range when only `low`/`high` are given.
    pub value: Quantity,
    pub low: Option<Quantity>,
    pub high: Option<Quantity>,
}

/// Typed access to a figure's value. Each series' kind is checked when the data loads, so asking
/// a figure of a power series for its power cannot fail; asking for another kind is a bug.
macro_rules! typed_value {
    ($($name:ident: $variant:ident -> $type:ty),* $(,)?) => {
        impl Figure {
            $(pub fn $name(&self) -> $type {
                match self.value {
                    Quantity::$variant(value) => value,
                    other => unreachable!("figure `{}` holds {}", self.id(), other.kind().name()),
                }
            })*
        }
    };
}

typed_value!(
    power: Power -> Power,
    number: Number -> f64,
    fraction: Percent -> Ratio,
    time: Time -> Time,
    money: Money -> Money,
    money_per_power: MoneyPerPower -> MoneyPerPower,
    mass_per_energy: MassPerEnergy -> MassPerEnergy,
    volume_per_energy: VolumePerEnergy -> VolumePerEnergy,
);

impl Figure {
    pub fn id(&self) -> &str {
        &self.record.id
    }

    pub fn year(&self) -> i32 {
        self.record.year
    }

    /// Neither a forecast nor a projection's case.
    pub fn is_measured(&self) -> bool {
        !self.record.forecast && self.record.case.is_none()
    }

    /// The figure as a distribution: triangular over `low`–`high` peaking at the stated value,
    /// uniform when only the range is given, fixed when there is no range.
    pub fn uncertain(&self) -> Uncertain {
        let kind = self.value.kind();
        let dist = match (self.low, self.high) {
            (Some(low), Some(high)) if low.base() < high.base() => {
                let (low, high) = (low.base(), high.base());
                match self.record.value {
                    Some(_) => Dist::Triangular {
                        low,
                        mode: self.value.base(),
                        high,
                    },
                    None => Dist::Uniform { low, high },
                }
            }
            _ => Dist::Fixed(self.value.base()),
        };
        Uncertain { kind, dist }
    }

    /// The value as written in the file, e.g. `865 kWh/mo` or `3,950–4,050 TWh/yr`.
    pub fn as_written(&self) -> String {
        let r = &self.record;
        let number = match (r.value, r.low, r.high) {
            (Some(v), Some(lo), Some(hi)) => format!("{v} ({lo}–{hi})"),
            (Some(v), _, _) => v.to_string(),
            (None, Some(lo), Some(hi)) => format!("{lo}–{hi}"),
            _ => String::new(),
        };
        let separator = if r.unit == "%" || r.unit.is_empty() {
            ""
        } else {
            " "
        };
        format!("{number}{separator}{}", r.unit)
    }
}
