//! Distributions of one input, in the numbers of its unit: sampling (rand_distr), quantiles
//! (statrs' inverse CDFs), and the central value the point estimate uses.
//!
//! Central values: the stated value for `Fixed`, the midpoint of `Uniform`, the mode of
//! `Triangular` and `Pert`, the mean of `Normal`, the median of `LogNormal`.

use rand::{Rng, RngExt};
use rand_distr::{Distribution, Pert, StandardNormal};
use statrs::distribution::{Beta, ContinuousCDF, LogNormal, Normal, Triangular, Uniform};

/// z of the 95th percentile of the standard normal: a 90% interval spans ±1.6449 sd.
pub const Z90: f64 = 1.644_853_626_951_472_2;

#[derive(Debug, Clone, PartialEq)]
pub enum Dist {
    Fixed(f64),
    Uniform {
        low: f64,
        high: f64,
    },
    Triangular {
        low: f64,
        mode: f64,
        high: f64,
    },
    Normal {
        mean: f64,
        sd: f64,
    },
    /// `exp(N(mu, sigma))`.
    LogNormal {
        mu: f64,
        sigma: f64,
    },
    Pert {
        low: f64,
        mode: f64,
        high: f64,
    },
}

impl Dist {
    /// Checks the parameters; the message says what is wrong.
    pub fn validated(self) -> Result<Dist, String> {
        let finite = |values: &[f64]| values.iter().all(|v| v.is_finite());
        let ok = match &self {
            Dist::Fixed(v) => finite(&[*v]),
            Dist::Uniform { low, high } => finite(&[*low, *high]) && low < high,
            Dist::Triangular { low, mode, high } | Dist::Pert { low, mode, high } => {
                finite(&[*low, *mode, *high]) && low <= mode && mode <= high && low < high
            }
            Dist::Normal { mean, sd } => finite(&[*mean, *sd]) && *sd > 0.0,
            Dist::LogNormal { mu, sigma } => finite(&[*mu, *sigma]) && *sigma > 0.0,
        };
        if ok {
            return Ok(self);
        }
        Err(match self {
            Dist::Uniform { .. } => "uniform(low, high) needs low < high".into(),
            Dist::Triangular { .. } => {
                "tri(low, mode, high) needs low <= mode <= high and low < high".into()
            }
            Dist::Pert { .. } => {
                "pert(low, mode, high) needs low <= mode <= high and low < high".into()
            }
            Dist::Normal { .. } => "normal(mean, sd) needs a standard deviation above 0".into(),
            Dist::LogNormal { .. } => "lognormal(mu, sigma) needs sigma above 0".into(),
            Dist::Fixed(_) => "not a finite number".into(),
        })
    }

    /// A 90% interval `low..high`: lognormal when both ends are positive (as Squiggle reads
    /// `5 to 10`), normal otherwise.
    pub fn interval90(low: f64, high: f64) -> Result<Dist, String> {
        if low.partial_cmp(&high) != Some(std::cmp::Ordering::Less) {
            return Err("a range `low..high` needs its low end below its high end".into());
        }
        let dist = if low > 0.0 {
            Dist::LogNormal {
                mu: (low.ln() + high.ln()) / 2.0,
                sigma: (high.ln() - low.ln()) / (2.0 * Z90),
            }
        } else {
            Dist::Normal {
                mean: (low + high) / 2.0,
                sd: (high - low) / (2.0 * Z90),
            }
        };
        dist.validated()
    }

    pub fn is_fixed(&self) -> bool {
        matches!(self, Dist::Fixed(_))
    }

    pub fn central(&self) -> f64 {
        match *self {
            Dist::Fixed(v) => v,
            Dist::Uniform { low, high } => (low + high) / 2.0,
            Dist::Triangular { mode, .. } | Dist::Pert { mode, .. } => mode,
            Dist::Normal { mean, .. } => mean,
            Dist::LogNormal { mu, .. } => mu.exp(),
        }
    }

    /// One draw.
    #[inline]
    pub fn sample<R: Rng + ?Sized>(&self, rng: &mut R) -> f64 {
        match *self {
            Dist::Fixed(v) => v,
            Dist::Uniform { low, high } => low + (high - low) * rng.random::<f64>(),
            Dist::Triangular { low, mode, high } => {
                let u: f64 = rng.random();
                let split = (mode - low) / (high - low);
                if u < split {
                    low + (u * (high - low) * (mode - low)).sqrt()
                } else {
                    high - ((1.0 - u) * (high - low) * (high - mode)).sqrt()
                }
            }
            Dist::Normal { mean, sd } => mean + sd * rng.sample::<f64, _>(StandardNormal),
            Dist::LogNormal { mu, sigma } => {
                (mu + sigma * rng.sample::<f64, _>(StandardNormal)).exp()
            }
            Dist::Pert { low, mode, high } => Pert::new(low, high)
                .with_mode(mode)
                .map(|pert| pert.sample(rng))
                .unwrap_or(mode),
        }
    }

    /// Fills `out` with draws; the kind is matched once for the whole slice.
    pub fn fill<R: Rng + ?Sized>(&self, out: &mut [f64], rng: &mut R) {
        match *self {
            Dist::Triangular { low, mode, high } => {
                let split = (mode - low) / (high - low);
                let (rise, fall) = ((high - low) * (mode - low), (high - low) * (high - mode));
                for slot in out.iter_mut() {
                    *slot = rng.random();
                }
                // Both branches, then a select: no mispredicted jumps on a coin toss.
                for slot in out {
                    let u = *slot;
                    let below = low + (u * rise).sqrt();
                    let above = high - ((1.0 - u) * fall).sqrt();
                    *slot = if u < split { below } else { above };
                }
            }
            Dist::Normal { mean, sd } => {
                for slot in out {
                    *slot = mean + sd * rng.sample::<f64, _>(StandardNormal);
                }
            }
            // Built once per block: `Pert::new` solves for its beta shape on every call.
            Dist::Pert { low, mode, high } => match Pert::new(low, high).with_mode(mode) {
                Ok(pert) => out.iter_mut().for_each(|slot| *slot = pert.sample(rng)),
                Err(_) => out.fill(mode),
            },
            _ => {
                for slot in out {
                    *slot = self.sample(rng);
                }
            }
        }
    }

    /// The value below which a fraction `p` of draws fall (exact, from statrs).
    pub fn quantile(&self, p: f64) -> f64 {
        let exact = match *self {
            Dist::Fixed(v) => return v,
            Dist::Uniform { low, high } => Uniform::new(low, high).ok().map(|d| d.inverse_cdf(p)),
            Dist::Triangular { low, mode, high } => Triangular::new(low, high, mode)
                .ok()
                .map(|d| d.inverse_cdf(p)),
            Dist::Normal { mean, sd } => Normal::new(mean, sd).ok().map(|d| d.inverse_cdf(p)),
            Dist::LogNormal { mu, sigma } => {
                LogNormal::new(mu, sigma).ok().map(|d| d.inverse_cdf(p))
            }
            Dist::Pert { low, mode, high } => {
                let alpha = 1.0 + 4.0 * (mode - low) / (high - low);
                let beta = 1.0 + 4.0 * (high - mode) / (high - low);
                return Beta::new(alpha, beta)
                    .map_or(mode, |d| low + (high - low) * d.inverse_cdf(p));
            }
        };
        exact.unwrap_or_else(|| self.central())
    }

    /// The same distribution with every value multiplied by `factor` (a unit's size).
    pub fn scaled(&self, factor: f64) -> Dist {
        match *self {
            Dist::Fixed(v) => Dist::Fixed(v * factor),
            Dist::Uniform { low, high } => Dist::Uniform {
                low: low * factor,
                high: high * factor,
            },
            Dist::Triangular { low, mode, high } => Dist::Triangular {
                low: low * factor,
                mode: mode * factor,
                high: high * factor,
            },
            Dist::Normal { mean, sd } => Dist::Normal {
                mean: mean * factor,
                sd: sd * factor.abs(),
            },
            Dist::LogNormal { mu, sigma } => Dist::LogNormal {
                mu: mu + factor.ln(),
                sigma,
            },
            Dist::Pert { low, mode, high } => Dist::Pert {
                low: low * factor,
                mode: mode * factor,
                high: high * factor,
            },
        }
    }
}
