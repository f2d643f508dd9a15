//! Running a command's model at its central values and, when asked or when an input is
//! uncertain, over Monte Carlo draws; then the tornado. One model closure serves all three.

use std::io::IsTerminal;
use std::time::Instant;

use indicatif::{ProgressBar, ProgressStyle};

use crate::cli::SamplingArgs;
use crate::error::UsageError;
use crate::report::{Item, Listing, Report, Stats, Value};
use crate::uncertainty::Uncertain;
use crate::uncertainty::monte_carlo::{Draw, Summary, evaluate, point, simulate};
use crate::units::parse::parse_count;
use crate::units::{Kind, Quantity};

/// Draws when an input is uncertain and `--samples` is not given.
const DEFAULT_SAMPLES: u64 = 100_000;
/// The most draws a run may ask for: about two minutes on two cores for the simplest models.
const MAX_SAMPLES: f64 = 1e9;
/// Seconds one core spends on a draw of the simplest models: measured with `share --growth`
/// (three outputs), 10 million draws in 0.24 s on one core of the benchmark machine.
const SECONDS_PER_DRAW: f64 = 24e-9;

/// An input and where it came from: given by the user (its uncertainty turns sampling on), or a
/// figure from the data (its range is sampled only when the run samples anyway).
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

/// A command's inputs, each a slot the model reads from a draw.
pub struct Calc {
    labels: Vec<String>,
    inputs: Vec<Uncertain>,
    /// Inputs that are energies per year (powers shown as `TWh/yr`).
    annual: Vec<bool>,
    /// True once an input the user gave is uncertain.
    user_uncertain: bool,
}

/// The point estimate, and when sampled the summaries and seed.
pub struct Outcome {
    kinds: Vec<Kind>,
    primary: usize,
    point: Vec<f64>,
    summaries: Option<Vec<Summary>>,
    seed: Option<u64>,
    samples: u64,
    tornado: Option<Listing>,
}

impl Calc {
    pub fn new() -> Calc {
        Calc {
            labels: Vec::new(),
            inputs: Vec::new(),
            annual: Vec::new(),
            user_uncertain: false,
        }
    }

    /// An input the user gave; returns its slot.
    pub fn user(&mut self, label: impl Into<String>, value: Uncertain) -> usize {
        self.user_uncertain |= !value.is_fixed();
        self.add(label, value)
    }

    /// An input from either source.
    pub fn input(&mut self, label: impl Into<String>, input: Input) -> usize {
        match input {
            Input::Given(value) => self.user(label, value),
            Input::Figure(value) => self.figure(label, value),
        }
    }

    /// A figure from the data (its range is sampled only when the run samples).
    pub fn figure(&mut self, label: impl Into<String>, value: Uncertain) -> usize {
        self.add(label, value)
    }

    fn add(&mut self, label: impl Into<String>, value: Uncertain) -> usize {
        self.labels.push(label.into());
        self.inputs.push(value);
        self.annual.push(false);
        self.inputs.len() - 1
    }

    /// Marks an input as an energy per year, for display.
    pub fn annual(&mut self, slot: usize) -> usize {
        self.annual[slot] = true;
        slot
    }

    fn shown(&self, slot: usize, value: Quantity) -> String {
        match value {
            Quantity::Power(p) if self.annual[slot] => crate::units::format::annual_energy(p),
            other => crate::units::format::quantity(other),
        }
    }

    /// Runs `model`, which writes one SI base value per output kind. `primary` is the output the
    /// tornado ranks inputs by.
    pub fn run<F>(
        &self,
        args: &SamplingArgs,
        outputs: &[Kind],
        primary: usize,
        model: F,
    ) -> anyhow::Result<Outcome>
    where
        F: Fn(&Draw, &mut [f64]) + Sync,
    {
        let samples = requested_samples(args)?;
        let sampling = samples.is_some() || self.user_uncertain;
        let samples = samples.unwrap_or(DEFAULT_SAMPLES);
        let inputs: Vec<Uncertain> = if sampling {
            self.inputs.clone()
        } else {
            self.inputs
                .iter()
                .map(|i| Uncertain::fixed(i.central()))
                .collect()
        };
        let point = point(&inputs, outputs.len(), &model);
        let summaries =
            sampling.then(|| run_with_progress(&inputs, outputs.len(), samples, args.seed, &model));
        let tornado = (args.sensitivity).then(|| self.tornado(&inputs, outputs, primary, &model));
        Ok(Outcome {
            kinds: outputs.to_vec(),
            primary,
            point,
            summaries,
            seed: sampling.then_some(args.seed),
            samples,
            tornado,
        })
    }

    /// The model's outputs at central values but for `changes`: (slot, SI base value) pairs.
    /// "What the claim comes to at another load factor" runs through here.
    pub fn point_with<F>(&self, changes: &[(usize, f64)], outputs: usize, model: &F) -> Vec<f64>
    where
        F: Fn(&Draw, &mut [f64]),
    {
        let mut values: Vec<f64> = self.inputs.iter().map(|i| i.dist.central()).collect();
        for &(slot, value) in changes {
            values[slot] = value;
        }
        evaluate(&values, outputs, model)
    }

    /// Each uncertain input from its P5 to its P95, the others at their centre.
    fn tornado<F>(
        &self,
        inputs: &[Uncertain],
        outputs: &[Kind],
        primary: usize,
        model: &F,
    ) -> Listing
    where
        F: Fn(&Draw, &mut [f64]),
    {
        let at = |slot: usize, p: f64| {
            self.point_with(
                &[(slot, inputs[slot].dist.quantile(p))],
                outputs.len(),
                model,
            )[primary]
        };
        let mut rows: Vec<(f64, Vec<Value>)> = (0..inputs.len())
            .filter(|&i| !inputs[i].is_fixed())
            .map(|i| {
                let (low, high) = (at(i, 0.05), at(i, 0.95));
                let kind = outputs[primary];
                let quantity = |v: f64| Value::Quantity(Quantity::from_base(kind, v));
                let row = vec![
                    Value::Text(self.labels[i].clone()),
                    Value::Text(format!(
                        "{} – {}",
                        self.shown(i, inputs[i].quantile(0.05)),
                        self.shown(i, inputs[i].quantile(0.95))
                    )),
                    quantity(low),
                    quantity(high),
                    quantity((high - low).abs()),
                ];
                ((high - low).abs(), row)
            })
            .collect();
        rows.sort_by(|a, b| b.0.total_cmp(&a.0));
        Listing {
            key: "sensitivity",
            heading: "Sensitivity: the main result with each uncertain input at its P5 and at its P95, the others at their centre",
            columns: vec![
                "input",
                "input P5 – P95",
                "result at P5",
                "result at P95",
                "swing",
            ],
            rows: rows.into_iter().map(|(_, row)| row).collect(),
            below: Vec::new(),
        }
    }
}

impl Outcome {
    /// Output `index` as a report item, with its percentiles when sampled.
    pub fn item(&self, index: usize, key: &'static str, label: impl Into<String>) -> Item {
        let kind = self.kinds[index];
        let mut item = Item::new(key, label, Value::Quantity(self.quantity(index)));
        item.stats = self.summaries.as_ref().map(|s| {
            let q = |v: f64| Quantity::from_base(kind, v);
            Stats {
                mean: q(s[index].mean),
                p5: q(s[index].p5),
                p50: q(s[index].p50),
                p95: q(s[index].p95),
                histogram: s[index]
                    .histogram
                    .iter()
                    .map(|&(lo, hi, share)| (q(lo), q(hi), share))
                    .collect(),
            }
        });
        item
    }

    /// The point estimate of output `index`.
    pub fn quantity(&self, index: usize) -> Quantity {
        Quantity::from_base(self.kinds[index], self.point[index])
    }

    /// The mean of output `index` over the draws, when sampled (a probability, for an indicator).
    pub fn mean(&self, index: usize) -> Option<f64> {
        self.summaries.as_ref().map(|s| s[index].mean)
    }

    /// Adds the seed, the number of draws and the tornado to the report, and names its main
    /// result (the report's results are in the order of the outputs).
    pub fn finish(self, report: &mut Report) {
        report.main_result = report.results.get(self.primary).map(|item| item.key);
        if let Some(seed) = self.seed {
            report.seed = Some(seed);
            report.inputs.push(Item::new(
                "samples",
                "Monte Carlo draws",
                Value::Quantity(Quantity::Number(self.samples as f64)),
            ));
        }
        if let Some(tornado) = self.tornado {
            report.listings.push(tornado);
        }
    }
}

fn requested_samples(args: &SamplingArgs) -> anyhow::Result<Option<u64>> {
    let Some(text) = &args.samples else {
        return Ok(None);
    };
    let n = parse_count(text)?;
    if n < 1.0 || n.fract() != 0.0 {
        return Err(UsageError(format!(
            "--samples expects a whole number of draws, at least 1; got `{text}`"
        ))
        .into());
    }
    if n > MAX_SAMPLES {
        return Err(UsageError(format!(
            "--samples {text} is more than the 1,000,000,000 draws wattcheck runs ({n:.0e} draws would take at least {:.0} minutes on two cores)",
            n * SECONDS_PER_DRAW / 2.0 / 60.0
        ))
        .into());
    }
    Ok(Some(n as u64))
}

/// Simulates, with a progress bar on a terminal's stderr once a run looks like it takes over a
/// second.
fn run_with_progress<F>(
    inputs: &[Uncertain],
    outputs: usize,
    samples: u64,
    seed: u64,
    model: &F,
) -> Vec<Summary>
where
    F: Fn(&Draw, &mut [f64]) + Sync,
{
    let start = Instant::now();
    let bar = std::io::stderr().is_terminal().then(|| {
        let bar = ProgressBar::hidden();
        bar.set_length(samples);
        bar.set_style(
            ProgressStyle::with_template("{bar:40} {pos}/{len} draws, {eta} left")
                .unwrap_or_else(|_| ProgressStyle::default_bar()),
        );
        bar
    });
    let progress = |done: u64| {
        if let Some(bar) = &bar {
            bar.inc(done);
            let elapsed = start.elapsed().as_secs_f64();
            let expected = elapsed * samples as f64 / bar.position().max(1) as f64;
            if bar.is_hidden() && elapsed > 0.2 && expected > 1.0 {
                bar.set_draw_target(indicatif::ProgressDrawTarget::stderr());
            }
        }
    };
    let summaries = simulate(inputs, outputs, samples, seed, model, &progress);
    if let Some(bar) = bar {
        bar.finish_and_clear();
    }
    summaries
}
