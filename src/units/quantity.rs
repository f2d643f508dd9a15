//! What a parsed value measures: [`Quantity`] tags each typed value with its kind, and converts
//! to and from the SI base value that distributions are sampled in.

use uom::si::{
    energy::joule, mass::kilogram, power::watt, ratio::ratio, time::second, volume::cubic_meter,
};

use super::money::Currency;
use super::{
    Energy, Mass, MassPerEnergy, Money, MoneyPerPower, Power, Ratio, Time, Volume, VolumePerEnergy,
};

/// A parsed value, tagged with what it measures.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Quantity {
    /// A bare number or a count: `500000`, `25M`, `25 million homes`, `0.5`.
    Number(f64),
    /// A percentage, stored as a fraction: `12%` is 0.12.
    Percent(Ratio),
    Power(Power),
    Energy(Energy),
    Time(Time),
    Mass(Mass),
    Volume(Volume),
    Money(Money),
    MassPerEnergy(MassPerEnergy),
    VolumePerEnergy(VolumePerEnergy),
    MoneyPerPower(MoneyPerPower),
}

/// What a quantity measures, named for error messages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Number,
    Fraction,
    Power,
    Energy,
    Time,
    Mass,
    Volume,
    Money(Currency),
    MassPerEnergy,
    VolumePerEnergy,
    MoneyPerPower(Currency),
}

impl Kind {
    /// The same kind of quantity, whatever the currency (`$1B` and `€1B` are both money).
    pub fn measures_like(self, other: Kind) -> bool {
        std::mem::discriminant(&self) == std::mem::discriminant(&other)
    }

    /// "a power", "an energy": how the kind is named in a sentence.
    pub fn name(self) -> &'static str {
        match self {
            Kind::Number => "a plain number",
            Kind::Fraction => "a fraction",
            Kind::Power => "a power",
            Kind::Energy => "an energy",
            Kind::Time => "a duration",
            Kind::Mass => "a mass",
            Kind::Volume => "a volume",
            Kind::Money(_) => "an amount of money",
            Kind::MassPerEnergy => "an emission intensity",
            Kind::VolumePerEnergy => "a water intensity",
            Kind::MoneyPerPower(_) => "a cost per unit of power",
        }
    }

    /// The name with an example, for "expected …".
    pub fn expected(self) -> String {
        let example = match self {
            Kind::Number => "`500000` or `25 million`",
            Kind::Fraction => "`0.5` or `50%`",
            Kind::Power => "`30 GW` or `176 TWh/yr`",
            Kind::Energy => "`262.8 TWh`",
            Kind::Time => "`8760 h`",
            Kind::Mass => "`1.5 Mt`",
            Kind::Volume => "`17.5 billion gal`",
            Kind::Money(_) => "`$1.4T`, `38 billion USD` or `€11 billion`",
            Kind::MassPerEnergy => "`367 g/kWh`",
            Kind::VolumePerEnergy => "`1.8 L/kWh`",
            Kind::MoneyPerPower(_) => "`$50B/GW`",
        };
        format!("{} such as {example}", self.name())
    }
}

impl Quantity {
    pub fn kind(&self) -> Kind {
        match self {
            Quantity::Number(_) => Kind::Number,
            Quantity::Percent(_) => Kind::Fraction,
            Quantity::Power(_) => Kind::Power,
            Quantity::Energy(_) => Kind::Energy,
            Quantity::Time(_) => Kind::Time,
            Quantity::Mass(_) => Kind::Mass,
            Quantity::Volume(_) => Kind::Volume,
            Quantity::Money(m) => Kind::Money(m.currency()),
            Quantity::MassPerEnergy(_) => Kind::MassPerEnergy,
            Quantity::VolumePerEnergy(_) => Kind::VolumePerEnergy,
            Quantity::MoneyPerPower(c) => Kind::MoneyPerPower(c.currency()),
        }
    }
}

impl Quantity {
    pub fn times(self, factor: f64) -> Quantity {
        match self {
            Quantity::Number(n) => Quantity::Number(n * factor),
            Quantity::Percent(r) => Quantity::Percent(r * factor),
            Quantity::Power(p) => Quantity::Power(p * factor),
            Quantity::Energy(e) => Quantity::Energy(e * factor),
            Quantity::Time(t) => Quantity::Time(t * factor),
            Quantity::Mass(m) => Quantity::Mass(m * factor),
            Quantity::Volume(v) => Quantity::Volume(v * factor),
            Quantity::Money(m) => Quantity::Money(m * factor),
            Quantity::MassPerEnergy(i) => Quantity::MassPerEnergy(i * factor),
            Quantity::VolumePerEnergy(i) => Quantity::VolumePerEnergy(i * factor),
            Quantity::MoneyPerPower(c) => Quantity::MoneyPerPower(c * factor),
        }
    }
}

impl Quantity {
    /// The value in SI base units (W, J, s, kg, m³, USD; a fraction for shares).
    pub fn base(&self) -> f64 {
        match self {
            Quantity::Number(n) => *n,
            Quantity::Percent(r) => r.value,
            Quantity::Power(p) => p.value,
            Quantity::Energy(e) => e.value,
            Quantity::Time(t) => t.value,
            Quantity::Mass(m) => m.value,
            Quantity::Volume(v) => v.value,
            Quantity::Money(m) => m.amount(),
            Quantity::MassPerEnergy(i) => i.value,
            Quantity::VolumePerEnergy(i) => i.value,
            Quantity::MoneyPerPower(c) => c.per_watt(),
        }
    }

    /// The quantity of `kind` whose SI base value is `value`.
    pub fn from_base(kind: Kind, value: f64) -> Quantity {
        match kind {
            Kind::Number => Quantity::Number(value),
            Kind::Fraction => Quantity::Percent(Ratio::new::<ratio>(value)),
            Kind::Power => Quantity::Power(Power::new::<watt>(value)),
            Kind::Energy => Quantity::Energy(Energy::new::<joule>(value)),
            Kind::Time => Quantity::Time(Time::new::<second>(value)),
            Kind::Mass => Quantity::Mass(Mass::new::<kilogram>(value)),
            Kind::Volume => Quantity::Volume(Volume::new::<cubic_meter>(value)),
            Kind::Money(currency) => Quantity::Money(Money::new(value, currency)),
            Kind::MassPerEnergy => {
                Quantity::MassPerEnergy(Mass::new::<kilogram>(value) / Energy::new::<joule>(1.0))
            }
            Kind::VolumePerEnergy => Quantity::VolumePerEnergy(
                Volume::new::<cubic_meter>(value) / Energy::new::<joule>(1.0),
            ),
            Kind::MoneyPerPower(currency) => {
                Quantity::MoneyPerPower(MoneyPerPower::new(value, currency))
            }
        }
    }
}

/// JSON: `{"value": number, "unit": "…"}` in the canonical unit of the kind (DESIGN §5).
impl serde::Serialize for Quantity {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let (value, unit) = super::format::canonical(*self);
        let mut map = serializer.serialize_map(Some(2))?;
        map.serialize_entry("value", &value)?;
        map.serialize_entry("unit", unit)?;
        map.end()
    }
}
