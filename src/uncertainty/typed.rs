//! Typed values in the Monte Carlo engine: what it can carry as a number ([`Sampled`]), where an
//! input sits in a draw ([`Slot`]), and a model's outputs as a struct ([`Outputs`], declared with
//! [`outputs!`](crate::outputs)).

use std::marker::PhantomData;

use super::monte_carlo::Draw;
use crate::units::{
    Energy, Kind, Mass, MassPerEnergy, Money, MoneyPerPower, Power, Quantity, Ratio, Time, Volume,
    VolumePerEnergy,
};

/// A value the Monte Carlo engine can carry as one number: its SI base value (or its amount, for
/// money), with what the number does not say (a currency) kept from a template.
pub trait Sampled: Copy + Send + Sync {
    fn base(self) -> f64;
    /// The same kind of value with base value `base`.
    fn rebase(self, base: f64) -> Self;
    /// `quantity` as this type, if it is of a kind this type holds.
    fn from_quantity(quantity: Quantity) -> Option<Self>;
    /// The value tagged as `kind`, for display and JSON.
    fn quantity(self, kind: Kind) -> Quantity {
        Quantity::from_base(kind, self.base())
    }
}

macro_rules! sampled_uom {
    ($($type:ty: $($variant:ident)|+),* $(,)?) => {$(
        impl Sampled for $type {
            fn base(self) -> f64 {
                self.value
            }
            fn rebase(mut self, base: f64) -> Self {
                self.value = base;
                self
            }
            fn from_quantity(quantity: Quantity) -> Option<Self> {
                match quantity {
                    $(Quantity::$variant(value) => Some(value),)+
                    _ => None,
                }
            }
        }
    )*};
}

sampled_uom!(
    Power: Power,
    Energy: Energy,
    Time: Time,
    Mass: Mass,
    Volume: Volume,
    MassPerEnergy: MassPerEnergy,
    VolumePerEnergy: VolumePerEnergy,
);

/// A count (homes, chips) or a fraction (a share, a load factor, a PUE).
impl Sampled for Ratio {
    fn base(self) -> f64 {
        self.value
    }
    fn rebase(mut self, base: f64) -> Self {
        self.value = base;
        self
    }
    fn from_quantity(quantity: Quantity) -> Option<Self> {
        match quantity {
            Quantity::Percent(r) => Some(r),
            Quantity::Number(n) => Some(Ratio::new::<uom::si::ratio::ratio>(n)),
            _ => None,
        }
    }
}

impl Sampled for Money {
    fn base(self) -> f64 {
        self.amount()
    }
    fn rebase(self, base: f64) -> Self {
        Money::new(base, self.currency())
    }
    fn from_quantity(quantity: Quantity) -> Option<Self> {
        match quantity {
            Quantity::Money(m) => Some(m),
            _ => None,
        }
    }
    fn quantity(self, _: Kind) -> Quantity {
        Quantity::Money(self)
    }
}

impl Sampled for MoneyPerPower {
    fn base(self) -> f64 {
        self.per_watt()
    }
    fn rebase(self, base: f64) -> Self {
        MoneyPerPower::new(base, self.currency())
    }
    fn from_quantity(quantity: Quantity) -> Option<Self> {
        match quantity {
            Quantity::MoneyPerPower(c) => Some(c),
            _ => None,
        }
    }
    fn quantity(self, _: Kind) -> Quantity {
        Quantity::MoneyPerPower(self)
    }
}

/// A plain number: a verdict's indicator (1 when a claim holds), a value of any kind in base
/// units.
impl Sampled for f64 {
    fn base(self) -> f64 {
        self
    }
    fn rebase(self, base: f64) -> Self {
        base
    }
    fn from_quantity(quantity: Quantity) -> Option<Self> {
        Some(quantity.base())
    }
}

/// An output that only some runs compute (cost per GW needs a capacity): `None` is carried as NaN.
impl<Q: Sampled> Sampled for Option<Q> {
    fn base(self) -> f64 {
        self.map_or(f64::NAN, Q::base)
    }
    fn rebase(self, base: f64) -> Self {
        self.map(|q| q.rebase(base))
    }
    fn from_quantity(quantity: Quantity) -> Option<Self> {
        Q::from_quantity(quantity).map(Some)
    }
    fn quantity(self, kind: Kind) -> Quantity {
        match self {
            Some(q) => q.quantity(kind),
            None => Quantity::from_base(kind, f64::NAN),
        }
    }
}

/// Where an input sits in a draw, and what type it is read back as.
pub struct Slot<Q> {
    index: usize,
    template: Q,
    _type: PhantomData<Q>,
}

impl<Q: Copy> Clone for Slot<Q> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<Q: Copy> Copy for Slot<Q> {}

impl<Q: Sampled> Slot<Q> {
    pub(super) fn new(index: usize, template: Q) -> Slot<Q> {
        Slot {
            index,
            template,
            _type: PhantomData,
        }
    }

    /// The slot's index, for [`Calc::point_with`] changes.
    pub fn index(self) -> usize {
        self.index
    }
}

impl Draw<'_> {
    /// The input in `slot`, as its type.
    pub fn get<Q: Sampled>(&self, slot: Slot<Q>) -> Q {
        slot.template.rebase(self.value(slot.index))
    }
}

/// One output of a model: its JSON key, the kind it is shown as, and its label for people.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Field {
    pub key: &'static str,
    pub kind: Kind,
    pub label: &'static str,
}

/// A model's outputs: a struct whose fields the engine carries as numbers. Declare one with
/// [`outputs!`](crate::outputs), which keeps the fields, their kinds and this impl in step.
pub trait Outputs: Copy + Send + Sync {
    const FIELDS: &'static [Field];
    /// Keys of the outputs a tornado ranks inputs by, in order of preference: the first one a
    /// run computes is the main result.
    const MAIN: &'static [&'static str];
    fn write(&self, out: &mut [f64]);
    /// The same outputs with the base values `values` (currencies kept).
    fn rebase(&self, values: &[f64]) -> Self;
    /// Each output tagged as its field's kind; `None` for one the run did not compute.
    fn quantities(&self) -> Vec<Option<Quantity>>;

    /// Index of the main result among [`Self::FIELDS`].
    fn main(&self) -> usize {
        let present = self.quantities();
        Self::MAIN
            .iter()
            .filter_map(|key| Self::FIELDS.iter().position(|f| f.key == *key))
            .find(|&i| present[i].is_some())
            .unwrap_or(0)
    }
}

/// Declares a model's outputs struct and its [`Outputs`] impl:
/// `outputs! { pub struct HomesOutputs { annual_energy: Energy = Energy "Energy per year", … } main [homes] }`.
#[macro_export]
macro_rules! outputs {
    (
        $(#[$meta:meta])*
        pub struct $name:ident {
            $($(#[$field_meta:meta])* $field:ident: $type:ty = $kind:ident $(($currency:ident))? $label:literal),* $(,)?
        }
        main [$($main:ident),+]
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq)]
        pub struct $name {
            $($(#[$field_meta])* pub $field: $type),*
        }

        impl $crate::uncertainty::sampling::Outputs for $name {
            const FIELDS: &'static [$crate::uncertainty::sampling::Field] = &[
                $($crate::uncertainty::sampling::Field {
                    key: stringify!($field),
                    kind: $crate::units::Kind::$kind $(($crate::units::money::Currency::$currency))?,
                    label: $label,
                }),*
            ];
            const MAIN: &'static [&'static str] = &[$(stringify!($main)),+];

            fn write(&self, out: &mut [f64]) {
                let mut values = out.iter_mut();
                $(if let Some(slot) = values.next() {
                    *slot = $crate::uncertainty::sampling::Sampled::base(self.$field);
                })*
            }

            fn rebase(&self, values: &[f64]) -> Self {
                let mut values = values.iter();
                $name {
                    $($field: $crate::uncertainty::sampling::Sampled::rebase(
                        self.$field,
                        values.next().copied().unwrap_or(f64::NAN),
                    )),*
                }
            }

            fn quantities(&self) -> Vec<Option<$crate::units::Quantity>> {
                vec![$({
                    let value = self.$field;
                    $crate::uncertainty::sampling::Sampled::base(value)
                        .is_finite()
                        .then(|| $crate::uncertainty::sampling::Sampled::quantity(
                            value,
                            $crate::units::Kind::$kind $(($crate::units::money::Currency::$currency))?,
                        ))
                }),*]
            }
        }
    };
}
