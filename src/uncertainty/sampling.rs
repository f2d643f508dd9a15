//! One path for the point estimate and Monte Carlo, typed: inputs are registered as slots of
//! their quantity type (`Slot<Power>`), a model reads them from a draw and returns a struct of
//! outputs (declared with [`outputs!`](crate::outputs)), and the same model gives the point
//! estimate, the draws' summaries and the tornado.

use serde::ser::{Serialize, SerializeMap, Serializer};

use super::Uncertain;
use super::monte_carlo::{Draw, Summary, evaluate, simulate};
pub use super::typed::{Field, Outputs, Sampled, Slot};
use crate::units::{Power, Quantity};

/// An input and where it came from: given by the user (its uncertainty turns sampling on), or a
/// figure from the data (its range is sampled only when the run samples anyway).
#[derive(Debug, Clone, PartialEq)]
pub enum Input {
    Given(Uncertain),
    Figure(Uncertain),
}

impl Input {
    pub fn value(&self) -> &Uncertain {
        match self {
            Input::Given(value) | Input::Figure(value) => value,
        }
    }

    pub fn central(&self) -> Quantity {
        self.value().central()
    }
}

/// A calculation's inputs, each a typed slot the model reads from a draw.
#[derive(Debug, Clone, Default)]
pub struct Calc {
    labels: Vec<String>,
    inputs: Vec<Uncertain>,
    /// Inputs that are energies per year (powers shown as `TWh/yr`), for the tornado.
    annual: Vec<bool>,
    /// True once an input the user gave is uncertain.
    user_uncertain: bool,
}

/// How a run samples: the number of draws (when asked, or when an input is uncertain), the seed,
/// whether to rank inputs, and a progress callback for long runs (draws done, draws in all).
#[derive(Clone)]
pub struct Sampling {
    pub samples: Option<u64>,
    pub default_samples: u64,
    pub seed: u64,
    pub sensitivity: bool,
    pub progress: Option<std::sync::Arc<dyn Fn(u64, u64) + Send + Sync>>,
}

impl Calc {
    pub fn new() -> Calc {
        Calc::default()
    }

    /// An input from the user or the data, read back as `Q`.
    pub fn add<Q: Sampled>(&mut self, label: impl Into<String>, input: &Input) -> Slot<Q> {
        if let Input::Given(value) = input {
            self.user_uncertain |= !value.is_fixed();
        }
        let value = input.value();
        let template = Q::from_quantity(value.central()).unwrap_or_else(|| {
            panic!(
                "input `{}` is not {}",
                value.central().kind().name(),
                "the model's type"
            )
        });
        self.labels.push(label.into());
        self.inputs.push(value.clone());
        self.annual.push(false);
        Slot::new(self.inputs.len() - 1, template)
    }

    /// An energy per year (an average power), shown as `TWh/yr` in the tornado.
    pub fn add_annual(&mut self, label: impl Into<String>, input: &Input) -> Slot<Power> {
        let slot = self.add(label, input);
        self.annual[slot.index()] = true;
        slot
    }

    /// Runs `model` at the inputs' central values and, when sampling, over the draws.
    pub fn run<O, F>(&self, sampling: &Sampling, model: F) -> Estimate<O>
    where
        O: Outputs,
        F: Fn(&Draw) -> O + Sync,
    {
        let sampled = sampling.samples.is_some() || self.user_uncertain;
        let samples = sampling.samples.unwrap_or(sampling.default_samples);
        let inputs: Vec<Uncertain> = if sampled {
            self.inputs.clone()
        } else {
            self.inputs
                .iter()
                .map(|i| Uncertain::fixed(i.central()))
                .collect()
        };
        let centrals: Vec<f64> = inputs.iter().map(|i| i.dist.central()).collect();
        let point = evaluate(&centrals, |d| model(d));
        let width = O::FIELDS.len();
        let flat = |d: &Draw, out: &mut [f64]| model(d).write(out);
        let spread = sampled.then(|| {
            let progress = |done: u64| {
                if let Some(progress) = &sampling.progress {
                    progress(done, samples);
                }
            };
            let summaries = simulate(&inputs, width, samples, sampling.seed, &flat, &progress);
            Spread::new(&point, summaries, samples, sampling.seed)
        });
        let tornado = sampling
            .sensitivity
            .then(|| self.tornado(&inputs, &point, &model));
        Estimate {
            point,
            spread,
            tornado,
        }
    }

    /// The model at central values but for `changes`: (slot index, base value) pairs. "What the
    /// claim comes to at another load factor" runs through here.
    pub fn point_with<O, F>(&self, changes: &[(usize, f64)], model: &F) -> O
    where
        F: Fn(&Draw) -> O,
    {
        let mut values: Vec<f64> = self.inputs.iter().map(|i| i.dist.central()).collect();
        for &(index, value) in changes {
            values[index] = value;
        }
        evaluate(&values, model)
    }

    /// Each uncertain input from its P5 to its P95, the others at their centre, ranked by how far
    /// it moves the main result.
    fn tornado<O, F>(&self, inputs: &[Uncertain], point: &O, model: &F) -> Tornado
    where
        O: Outputs,
        F: Fn(&Draw) -> O,
    {
        let main = point.main();
        let field = O::FIELDS[main];
        let mut values = vec![0.0; O::FIELDS.len()];
        let mut at = |index: usize, p: f64| -> f64 {
            let changed = self.point_with(&[(index, inputs[index].dist.quantile(p))], model);
            changed.write(&mut values);
            values[main]
        };
        let shown = |index: usize, p: f64| match inputs[index].quantile(p) {
            Quantity::Power(power) if self.annual[index] => InputValue::AnnualEnergy(power),
            other => InputValue::Quantity(other),
        };
        let mut rows: Vec<TornadoRow> = (0..inputs.len())
            .filter(|&i| !inputs[i].is_fixed())
            .map(|i| {
                let (low, high) = (at(i, 0.05), at(i, 0.95));
                let quantity = |v: f64| Quantity::from_base(field.kind, v);
                TornadoRow {
                    input: self.labels[i].clone(),
                    input_p5: shown(i, 0.05),
                    input_p95: shown(i, 0.95),
                    result_at_p5: quantity(low),
                    result_at_p95: quantity(high),
                    swing: quantity((high - low).abs()),
                }
            })
            .collect();
        rows.sort_by(|a, b| b.swing.base().total_cmp(&a.swing.base()));
        Tornado {
            output: field.key,
            rows,
        }
    }
}

/// An input value as shown: a quantity, or an energy per year (a power shown as `TWh/yr`).
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum InputValue {
    Quantity(Quantity),
    AnnualEnergy(Power),
}

/// The point estimate and, when sampled, the spread; the tornado when asked.
#[derive(Debug, Clone, PartialEq)]
pub struct Estimate<O> {
    pub point: O,
    pub spread: Option<Spread<O>>,
    pub tornado: Option<Tornado>,
}

/// Mean and percentiles of every output over the draws, each as the outputs struct.
#[derive(Debug, Clone, PartialEq)]
pub struct Spread<O> {
    pub mean: O,
    pub p5: O,
    pub p50: O,
    pub p95: O,
    /// Per output: (low edge, high edge, share of draws) of 60 bins from P0.5 to P99.5, in base
    /// units.
    pub histograms: Vec<Vec<(f64, f64, f64)>>,
    pub samples: u64,
    pub seed: u64,
}

impl<O: Outputs> Spread<O> {
    fn new(point: &O, summaries: Vec<Summary>, samples: u64, seed: u64) -> Spread<O> {
        let column = |pick: fn(&Summary) -> f64| -> O {
            point.rebase(&summaries.iter().map(pick).collect::<Vec<_>>())
        };
        Spread {
            mean: column(|s| s.mean),
            p5: column(|s| s.p5),
            p50: column(|s| s.p50),
            p95: column(|s| s.p95),
            histograms: summaries.into_iter().map(|s| s.histogram).collect(),
            samples,
            seed,
        }
    }
}

/// Which inputs drive the main result: each uncertain input at its P5 and at its P95.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Tornado {
    /// The key of the output ranked by.
    pub output: &'static str,
    pub rows: Vec<TornadoRow>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct TornadoRow {
    pub input: String,
    pub input_p5: InputValue,
    pub input_p95: InputValue,
    pub result_at_p5: Quantity,
    pub result_at_p95: Quantity,
    pub swing: Quantity,
}

/// One output of an estimate: its field, point value and, when sampled, its spread.
#[derive(Debug, Clone, PartialEq)]
pub struct Output {
    pub field: Field,
    pub value: Quantity,
    pub stats: Option<Stats>,
}

/// Mean and percentiles of one sampled output, and its histogram.
#[derive(Debug, Clone, PartialEq)]
pub struct Stats {
    pub mean: Quantity,
    pub p5: Quantity,
    pub p50: Quantity,
    pub p95: Quantity,
    /// (low edge, high edge, share of draws) from P0.5 to P99.5, for charts.
    pub histogram: Vec<(Quantity, Quantity, f64)>,
}

impl<O: Outputs> Estimate<O> {
    /// The outputs the run computed, in the order of their fields.
    pub fn outputs(&self) -> Vec<Output> {
        let point = self.point.quantities();
        let spread = self.spread.as_ref().map(|s| {
            (
                s.mean.quantities(),
                s.p5.quantities(),
                s.p50.quantities(),
                s.p95.quantities(),
            )
        });
        O::FIELDS
            .iter()
            .enumerate()
            .filter_map(|(i, field)| {
                let value = point[i]?;
                let stats = spread.as_ref().map(|(mean, p5, p50, p95)| {
                    let at = |list: &[Option<Quantity>]| list[i].unwrap_or(value.times(f64::NAN));
                    let histogram = self.spread.as_ref().map_or_else(Vec::new, |s| {
                        s.histograms[i]
                            .iter()
                            .map(|&(lo, hi, share)| {
                                (
                                    Quantity::from_base(field.kind, lo),
                                    Quantity::from_base(field.kind, hi),
                                    share,
                                )
                            })
                            .collect()
                    });
                    Stats {
                        mean: at(mean),
                        p5: at(p5),
                        p50: at(p50),
                        p95: at(p95),
                        histogram,
                    }
                });
                Some(Output {
                    field: *field,
                    value,
                    stats,
                })
            })
            .collect()
    }

    /// The main result (the one a tornado ranks inputs by).
    pub fn main_output(&self) -> Option<Output> {
        let key = O::FIELDS[self.point.main()].key;
        self.outputs().into_iter().find(|o| o.field.key == key)
    }

    /// The probability of an indicator output (1 when a claim holds, 0 when not) over the draws.
    pub fn probability(&self, pick: impl Fn(&O) -> f64) -> Option<f64> {
        self.spread.as_ref().map(|s| pick(&s.mean))
    }
}

/// JSON: each computed output as `{"value", "unit"}` in canonical units, with `mean`, `p5`,
/// `p50`, `p95` when sampled; then `sensitivity` when a tornado was asked for.
impl<O: Outputs> Serialize for Estimate<O> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let outputs = self.outputs();
        let mut map = serializer.serialize_map(None)?;
        for output in &outputs {
            map.serialize_entry(output.field.key, &SampledValue(output))?;
        }
        if let Some(tornado) = &self.tornado {
            map.serialize_entry("sensitivity", &tornado.rows)?;
        }
        map.end()
    }
}

/// An output as `{"value", "unit", "mean", "p5", "p50", "p95"}`.
struct SampledValue<'a>(&'a Output);

impl Serialize for SampledValue<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use crate::units::format::canonical;
        let output = self.0;
        let (value, unit) = canonical(output.value);
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("value", &value)?;
        map.serialize_entry("unit", unit)?;
        if let Some(stats) = &output.stats {
            for (key, quantity) in [
                ("mean", stats.mean),
                ("p5", stats.p5),
                ("p50", stats.p50),
                ("p95", stats.p95),
            ] {
                map.serialize_entry(key, &canonical(quantity).0)?;
            }
        }
        map.end()
    }
}

/// JSON: a quantity as `{"value", "unit"}`; an energy per year as `{"value": Wh, "unit": "Wh/yr"}`.
impl Serialize for InputValue {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            InputValue::Quantity(q) => q.serialize(serializer),
            InputValue::AnnualEnergy(p) => {
                let energy = Quantity::Energy(*p * crate::units::year());
                let (value, _) = crate::units::format::canonical(energy);
                let mut map = serializer.serialize_map(Some(2))?;
                map.serialize_entry("value", &value)?;
                map.serialize_entry("unit", "Wh/yr")?;
                map.end()
            }
        }
    }
}
