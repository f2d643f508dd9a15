//! Honest uncertainty: any input may be a distribution; Monte Carlo runs the same
//! model functions as the point estimate on seeded draws.

pub mod dist;
pub mod monte_carlo;
pub mod sampling;
mod typed;
pub mod uncertain;

pub use dist::Dist;

use crate::units::{Kind, Quantity};

/// A quantity whose value is a distribution over SI base values of `kind`.
#[derive(Debug, Clone, PartialEq)]
pub struct Uncertain {
    pub kind: Kind,
    pub dist: Dist,
}

impl Uncertain {
    pub fn fixed(value: Quantity) -> Uncertain {
        Uncertain {
            kind: value.kind(),
            dist: Dist::Fixed(value.base()),
        }
    }

    /// The value the point estimate uses.
    pub fn central(&self) -> Quantity {
        Quantity::from_base(self.kind, self.dist.central())
    }

    pub fn quantile(&self, p: f64) -> Quantity {
        Quantity::from_base(self.kind, self.dist.quantile(p))
    }

    pub fn is_fixed(&self) -> bool {
        self.dist.is_fixed()
    }
}
