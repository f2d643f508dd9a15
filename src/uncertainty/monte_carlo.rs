//! Monte Carlo: N seeded draws of the inputs through a model, summarised in bounded memory.
//!
//! Draws are made in chunks of 65,536, each chunk from its own xoshiro256++ stream seeded from
//! (seed, chunk index), so the draws, and every result, are the same whatever the number of
//! threads rayon spreads the chunks over. A pilot (the first chunk) sets each output's range: its
//! minimum to maximum, widened by half the span on each side. Each draw's outputs are counted in
//! 16,384 equal-width bins over that range (values beyond it are counted apart, with the extremes
//! kept). Inputs are sampled a block of 256 draws at a time. The mean sums each chunk in draw
//! order and the chunk sums in chunk order.
//!
//! Percentile p is the order statistic of 0-based rank ⌊p·(N−1)⌋ (numpy's `method="lower"`;
//! Hyndman & Fan, "Sample quantiles in statistical packages", The American Statistician 50(4),
//! 1996), located in its bin and placed by linear interpolation within it. Its error is at most
//! one bin width, range ÷ 16,384: for the 2028 share of the `share --growth` example (range about
//! 18 percentage points), about 0.001 points. Memory is that of the bins, 64 KiB per output and
//! per thread, whatever N is.

use rand::SeedableRng;
use rand_xoshiro::Xoshiro256PlusPlus;
use rayon::prelude::*;

use super::Uncertain;

const CHUNK: u64 = 1 << 16;
const BINS: usize = 1 << 14;

/// The sampled inputs of one draw; [`Draw::get`](super::sampling) reads one back as its type.
pub struct Draw<'a> {
    values: &'a [f64],
}

impl Draw<'_> {
    pub(super) fn value(&self, index: usize) -> f64 {
        self.values[index]
    }
}

/// Mean and percentiles of one output, in SI base units, and a coarse histogram for charts.
#[derive(Debug, Clone, PartialEq)]
pub struct Summary {
    pub mean: f64,
    pub p5: f64,
    pub p50: f64,
    pub p95: f64,
    /// (low edge, high edge, share of draws) of 60 equal bins from P0.5 to P99.5.
    pub histogram: Vec<(f64, f64, f64)>,
}

/// Bins of the histogram a summary carries.
const CHART_BINS: usize = 60;

/// The model with every input at the given base values.
pub fn evaluate<O>(values: &[f64], model: impl FnOnce(&Draw) -> O) -> O {
    model(&Draw { values })
}

/// Summaries of each output over `samples` seeded draws. `progress` is told of each finished
/// chunk's draws.
pub fn simulate<F>(
    inputs: &[Uncertain],
    outputs: usize,
    samples: u64,
    seed: u64,
    model: &F,
    progress: &(dyn Fn(u64) + Sync),
) -> Vec<Summary>
where
    F: Fn(&Draw, &mut [f64]) + Sync,
{
    let chunks = samples.div_ceil(CHUNK);
    let ranges = pilot_ranges(inputs, outputs, samples, seed, model);
    let total = (0..chunks)
        .into_par_iter()
        .fold(
            || Tally::new(&ranges),
            |mut tally, chunk| {
                tally.run_chunk(inputs, seed, chunk, samples, model);
                progress(chunk_len(chunk, samples));
                tally
            },
        )
        .reduce(|| Tally::new(&ranges), Tally::merge);
    total.summaries(samples)
}

fn chunk_len(chunk: u64, samples: u64) -> u64 {
    CHUNK.min(samples - chunk * CHUNK)
}

/// The stream of one chunk: distinct, reproducible seeds via SplitMix64 inside `seed_from_u64`.
fn chunk_rng(seed: u64, chunk: u64) -> Xoshiro256PlusPlus {
    Xoshiro256PlusPlus::seed_from_u64(seed ^ chunk.wrapping_mul(0x9E37_79B9_7F4A_7C15))
}

/// Draws per block: each input is sampled for a whole block at a time, so the loop over one
/// distribution runs without branching on its kind.
const BLOCK: usize = 256;

/// Runs `f` on each draw of one chunk.
fn for_each_draw<F>(inputs: &[Uncertain], seed: u64, chunk: u64, samples: u64, mut f: F)
where
    F: FnMut(&[f64]),
{
    let mut rng = chunk_rng(seed, chunk);
    let mut values: Vec<f64> = inputs.iter().map(|i| i.dist.central()).collect();
    let uncertain: Vec<usize> = (0..inputs.len())
        .filter(|&i| !inputs[i].is_fixed())
        .collect();
    let mut blocks = vec![[0.0; BLOCK]; uncertain.len()];
    let mut remaining = chunk_len(chunk, samples) as usize;
    while remaining > 0 {
        let len = remaining.min(BLOCK);
        for (block, &i) in blocks.iter_mut().zip(&uncertain) {
            inputs[i].dist.fill(&mut block[..len], &mut rng);
        }
        for k in 0..len {
            for (block, &i) in blocks.iter().zip(&uncertain) {
                values[i] = block[k];
            }
            f(&values);
        }
        remaining -= len;
    }
}

/// Each output's histogram range, from the first chunk's draws.
fn pilot_ranges<F>(
    inputs: &[Uncertain],
    outputs: usize,
    samples: u64,
    seed: u64,
    model: &F,
) -> Vec<(f64, f64)>
where
    F: Fn(&Draw, &mut [f64]),
{
    let mut low = vec![f64::INFINITY; outputs];
    let mut high = vec![f64::NEG_INFINITY; outputs];
    let mut out = vec![0.0; outputs];
    for_each_draw(inputs, seed, 0, samples, |values| {
        model(&Draw { values }, &mut out);
        for (o, v) in out.iter().enumerate() {
            if v.is_finite() {
                low[o] = low[o].min(*v);
                high[o] = high[o].max(*v);
            }
        }
    });
    low.iter()
        .zip(&high)
        .map(|(&lo, &hi)| {
            let span = (hi - lo)
                .max(lo.abs().max(hi.abs()) * 1e-9)
                .max(f64::MIN_POSITIVE);
            (lo - span / 2.0, hi + span / 2.0)
        })
        .collect()
}

/// Counts of one output: in-range bins, and what fell outside.
#[derive(Clone)]
struct Histogram {
    low: f64,
    bin_width: f64,
    bins_per_unit: f64,
    bins: Vec<u32>,
    below: u64,
    above: u64,
    min: f64,
    max: f64,
}

impl Histogram {
    fn new((low, high): (f64, f64)) -> Histogram {
        Histogram {
            low,
            bin_width: (high - low) / BINS as f64,
            bins_per_unit: BINS as f64 / (high - low),
            bins: vec![0; BINS],
            below: 0,
            above: 0,
            min: f64::INFINITY,
            max: f64::NEG_INFINITY,
        }
    }

    /// Counts a value; the extremes are kept only for values beyond the range, the only ones
    /// a percentile could need them for.
    #[inline]
    fn add(&mut self, value: f64) {
        let position = (value - self.low) * self.bins_per_unit;
        if let Some(bin) = self
            .bins
            .get_mut(position as usize)
            .filter(|_| position >= 0.0)
        {
            *bin += 1;
        } else if position < 0.0 {
            self.below += 1;
            self.min = self.min.min(value);
        } else {
            self.above += 1;
            self.max = self.max.max(value);
        }
    }

    fn merge(&mut self, other: &Histogram) {
        for (a, b) in self.bins.iter_mut().zip(&other.bins) {
            *a += b;
        }
        self.below += other.below;
        self.above += other.above;
        self.min = self.min.min(other.min);
        self.max = self.max.max(other.max);
    }

    /// The counts regrouped into `CHART_BINS` equal bins over `[low, high]`, as shares of all
    /// draws (each fine bin goes to the coarse bin holding its centre).
    fn coarse(&self, low: f64, high: f64, samples: u64) -> Vec<(f64, f64, f64)> {
        let width = (high - low) / CHART_BINS as f64;
        if width.partial_cmp(&0.0) != Some(std::cmp::Ordering::Greater) {
            return vec![(low, high.max(low + f64::EPSILON), 1.0)];
        }
        let mut counts = [0u64; CHART_BINS];
        for (index, &count) in self.bins.iter().enumerate() {
            let centre = self.low + (index as f64 + 0.5) * self.bin_width;
            let position = (centre - low) / width;
            if position >= 0.0 && position < CHART_BINS as f64 {
                counts[position as usize] += u64::from(count);
            }
        }
        counts
            .iter()
            .enumerate()
            .map(|(i, &count)| {
                let edge = low + i as f64 * width;
                (edge, edge + width, count as f64 / samples as f64)
            })
            .collect()
    }

    /// The order statistic of 0-based `rank`, to within one bin.
    fn value_at_rank(&self, rank: u64) -> f64 {
        if rank < self.below {
            return self.min;
        }
        let mut before = self.below;
        for (index, &count) in self.bins.iter().enumerate() {
            let count = u64::from(count);
            if rank < before + count {
                let within = (rank - before) as f64 + 0.5;
                return self.low + (index as f64 + within / count as f64) * self.bin_width;
            }
            before += count;
        }
        self.max
    }
}

/// What a thread has counted: a histogram per output and each chunk's sums.
struct Tally {
    histograms: Vec<Histogram>,
    chunk_sums: Vec<(u64, Vec<f64>)>,
}

impl Tally {
    fn new(ranges: &[(f64, f64)]) -> Tally {
        Tally {
            histograms: ranges.iter().map(|&r| Histogram::new(r)).collect(),
            chunk_sums: Vec::new(),
        }
    }

    fn run_chunk<F>(&mut self, inputs: &[Uncertain], seed: u64, chunk: u64, samples: u64, model: &F)
    where
        F: Fn(&Draw, &mut [f64]),
    {
        let outputs = self.histograms.len();
        let mut out = vec![0.0; outputs];
        let mut sums = vec![0.0; outputs];
        let histograms = &mut self.histograms;
        for_each_draw(inputs, seed, chunk, samples, |values| {
            model(&Draw { values }, &mut out);
            for ((value, sum), histogram) in
                out.iter().zip(sums.iter_mut()).zip(histograms.iter_mut())
            {
                *sum += value;
                histogram.add(*value);
            }
        });
        self.chunk_sums.push((chunk, sums));
    }

    fn merge(mut self, other: Tally) -> Tally {
        for (a, b) in self.histograms.iter_mut().zip(&other.histograms) {
            a.merge(b);
        }
        self.chunk_sums.extend(other.chunk_sums);
        self
    }

    fn summaries(mut self, samples: u64) -> Vec<Summary> {
        self.chunk_sums.sort_by_key(|(chunk, _)| *chunk);
        let rank = |p: f64| (p * (samples - 1) as f64).floor() as u64;
        self.histograms
            .iter()
            .enumerate()
            .map(|(o, histogram)| {
                let total: f64 = self.chunk_sums.iter().map(|(_, sums)| sums[o]).sum();
                Summary {
                    mean: total / samples as f64,
                    p5: histogram.value_at_rank(rank(0.05)),
                    p50: histogram.value_at_rank(rank(0.50)),
                    p95: histogram.value_at_rank(rank(0.95)),
                    histogram: histogram.coarse(
                        histogram.value_at_rank(rank(0.005)),
                        histogram.value_at_rank(rank(0.995)),
                        samples,
                    ),
                }
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::uncertainty::Dist;
    use crate::units::Kind;

    #[test]
    fn percentiles_of_known_values_within_one_bin() {
        // 0, 1, …, 999 over [0, 1000): the order statistic of rank r is r itself (numpy:
        // np.percentile(np.arange(1000), [5, 50, 95], method="lower") = 49, 499, 949), placed
        // within its bin, whose width is 1000 / 16,384.
        let mut histogram = Histogram::new((0.0, 1000.0));
        (0..1000).for_each(|v| histogram.add(f64::from(v)));
        let width = 1000.0 / BINS as f64;
        for (rank, expected) in [(49, 49.0), (499, 499.0), (949, 949.0)] {
            let value = histogram.value_at_rank(rank);
            assert!((value - expected).abs() <= width, "rank {rank}: {value}");
        }
    }

    #[test]
    fn values_beyond_the_range_keep_their_extremes() {
        // Two values below the pilot range and one above: the lowest rank is the minimum, the
        // highest the maximum, exactly.
        let mut histogram = Histogram::new((10.0, 20.0));
        for v in [-5.0, 3.0, 12.0, 15.0, 99.0] {
            histogram.add(v);
        }
        assert_eq!((histogram.below, histogram.above), (2, 1));
        assert_eq!(histogram.value_at_rank(0), -5.0);
        assert_eq!(histogram.value_at_rank(4), 99.0);
    }

    #[test]
    fn the_chart_histogram_holds_every_draw_in_range() {
        // 60 coarse bins over the whole range hold all the draws: their shares add up to 1.
        let mut histogram = Histogram::new((0.0, 1.0));
        (0..10_000).for_each(|i| histogram.add((f64::from(i) + 0.5) / 10_000.0));
        let bins = histogram.coarse(0.0, 1.0, 10_000);
        assert_eq!(bins.len(), CHART_BINS);
        let total: f64 = bins.iter().map(|b| b.2).sum();
        assert!((total - 1.0).abs() < 1e-12, "{total}");
    }

    #[test]
    fn the_same_seed_gives_the_same_summary() {
        // Determinism: chunks are seeded by index, so two runs agree to the bit.
        let inputs = [Uncertain {
            kind: Kind::Number,
            dist: Dist::Uniform {
                low: 1.0,
                high: 2.0,
            },
        }];
        let model = |d: &Draw, out: &mut [f64]| out[0] = d.value(0);
        let run = || simulate(&inputs, 1, 200_000, 9, &model, &|_| {});
        assert_eq!(run(), run());
        // The mean of uniform(1, 2) is 1.5; over 200,000 draws its standard error is
        // (1/√12)/√200,000 ≈ 0.00065.
        assert!((run()[0].mean - 1.5).abs() < 0.003);
    }
}
