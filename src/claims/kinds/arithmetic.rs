//! `arithmetic` claims: a figure of the article that its own other figures make, by a sum
//! (`sum`: 100,000 and 50,000 chips make 200,000?), the same amount in other units (`same`:
//! 1.85 billion gallons is 7 billion litres; Rs 2,64,930 crore is US$30 billion at the year's
//! rate), or a multiple of one figure over another (`ratio`: 500,000 kWh a day is 17,000 times
//! 29 kWh a day?). Amounts of money in two currencies are compared in the stated one, converted
//! at a sourced rate. A figure may also be a bundled figure's id (`us-households-2023`: "1.51%
//! of all US households").

use anyhow::{Context as _, bail};

use super::{Context, Recomputed, StatedAs, numeric, shown};
use crate::claims::file::Claim;
use crate::claims::hedge::Claimed;
use crate::data::Dataset;
use crate::units::money::{Currency, Money};
use crate::units::parse::parse_quantity;
use crate::units::{Kind, Quantity, format};

pub struct ArithmeticClaim {
    stated: StatedAs,
    operation: Operation,
    /// The operation as written: `100,000 + 50,000`, `1.85 billion gal`.
    written: String,
    /// The year of the amounts, for an exchange rate (default: the newest held).
    year: Option<i32>,
    /// The sources of the bundled figures it names.
    sources: Vec<String>,
}

enum Operation {
    Sum(Vec<Claimed>),
    Same(Claimed),
    /// The first figure over the second.
    Ratio(Claimed, Claimed),
}

/// Reads one figure of an operation, hedge and range included, or a bundled figure by its id
/// (whose source is added to `sources`).
fn figure(dataset: &Dataset, text: &str, sources: &mut Vec<String>) -> anyhow::Result<Claimed> {
    if let Some(held) = dataset.held(text.trim()) {
        sources.push(held.record.source.clone());
        return Ok(Claimed {
            hedge: None,
            low: held.low.unwrap_or(held.value),
            high: held.high.unwrap_or(held.value),
        });
    }
    Claimed::read(text, parse_quantity).with_context(|| format!("reading `{text}`"))
}

impl ArithmeticClaim {
    pub fn read(claim: &Claim, dataset: &Dataset) -> anyhow::Result<ArithmeticClaim> {
        let mut sources = Vec::new();
        let mut read_figure = |text: &str| figure(dataset, text, &mut sources);
        let operation = match (&claim.sum, &claim.same, &claim.ratio) {
            (Some(parts), None, None) if parts.len() >= 2 => Operation::Sum(
                parts
                    .iter()
                    .map(|p| read_figure(p))
                    .collect::<Result<_, _>>()?,
            ),
            (None, Some(same), None) => Operation::Same(read_figure(same)?),
            (None, None, Some(pair)) if pair.len() == 2 => {
                let over = read_figure(&pair[0])?;
                Operation::Ratio(over, read_figure(&pair[1])?)
            }
            _ => bail!(
                "an arithmetic claim needs one of `sum` (two figures or more), `same` (one figure) or `ratio` (two figures)"
            ),
        };
        let written = match (&claim.sum, &claim.same, &claim.ratio) {
            (Some(parts), _, _) => parts.join(" + "),
            (_, Some(same), _) => same.clone(),
            (_, _, Some(pair)) => pair.join(" ÷ "),
            _ => unreachable!("an operation was read"),
        };
        let stated = match operation {
            Operation::Ratio(..) => StatedAs::read(&claim.stated, super::growth::read_stated)?,
            _ => StatedAs::read(&claim.stated, parse_quantity)?,
        };
        Ok(ArithmeticClaim {
            stated,
            operation,
            written,
            year: claim.year,
            sources,
        })
    }

    pub fn check(&self, context: &Context, tolerance: f64) -> anyhow::Result<Recomputed> {
        let stated_kind = self.stated.claimed.low.kind();
        let mut notes = Vec::new();
        let (low, high, kind) = match &self.operation {
            Operation::Sum(parts) => {
                let (mut low, mut high) = (0.0, 0.0);
                for part in parts {
                    let (l, h) = self.in_kind_of(context, part, stated_kind, &mut notes)?;
                    low += l;
                    high += h;
                }
                (low, high, stated_kind)
            }
            Operation::Same(same) => {
                let (low, high) = self.in_kind_of(context, same, stated_kind, &mut notes)?;
                (low, high, stated_kind)
            }
            Operation::Ratio(over, under) => {
                let kind = over.low.kind();
                if !under.low.kind().measures_like(kind) {
                    bail!(
                        "a ratio compares two figures of one kind: `{}` is {}, `{}` is {}",
                        shown(over),
                        kind.name(),
                        shown(under),
                        under.low.kind().name()
                    );
                }
                let (a_low, a_high) = self.in_kind_of(context, over, kind, &mut notes)?;
                let (b_low, b_high) = self.in_kind_of(context, under, kind, &mut notes)?;
                // A share of a whole (`37.84%`) is a fraction; else a multiple.
                let result = match stated_kind {
                    Kind::Fraction => Kind::Fraction,
                    _ => Kind::Number,
                };
                (a_low / b_high, a_high / b_low, result)
            }
        };
        if !(low.is_finite() && high.is_finite()) {
            bail!("an arithmetic claim needs finite figures, and a ratio one above zero");
        }
        // The stated value, held within the computed range: the nearest the figures allow.
        let stated = self.stated.claimed.central().base();
        let nearest = stated.clamp(low.min(high), high.max(low));
        let computed = Quantity::from_base(kind, nearest);
        let mut explanation = match low == high {
            true => format!("{} = {}", self.written, format::quantity(computed)),
            false => format!(
                "{} = {}..{}",
                self.written,
                format::quantity(Quantity::from_base(kind, low)),
                format::quantity(Quantity::from_base(kind, high))
            ),
        };
        let mut sources = self.sources.clone();
        sources.extend(notes.iter().map(|(id, _)| id.clone()));
        for (_, note) in &notes {
            explanation.push_str(&format!("; {note}"));
        }
        Ok(numeric(
            (&self.stated, computed),
            tolerance,
            None,
            explanation,
            sources,
        ))
    }

    /// A figure's low and high ends in the base unit of `kind`: money converted into its
    /// currency (noting the rates used), anything else required to measure alike.
    fn in_kind_of(
        &self,
        context: &Context,
        figure: &Claimed,
        kind: Kind,
        notes: &mut Vec<(String, String)>,
    ) -> anyhow::Result<(f64, f64)> {
        let own = figure.low.kind();
        if !own.measures_like(kind) {
            bail!(
                "`{}` is {}, and the stated value is {}",
                shown(figure),
                own.name(),
                kind.name()
            );
        }
        let (Kind::Money(from), Kind::Money(to)) = (own, kind) else {
            return Ok((figure.low.base(), figure.high.base()));
        };
        let factor = self.per_usd(context, to, notes)? / self.per_usd(context, from, notes)?;
        Ok((figure.low.base() * factor, figure.high.base() * factor))
    }

    /// Units of `currency` per US dollar, from the bundled rates.
    fn per_usd(
        &self,
        context: &Context,
        currency: Currency,
        notes: &mut Vec<(String, String)>,
    ) -> anyhow::Result<f64> {
        if currency == Currency::Usd {
            return Ok(1.0);
        }
        let rate = context
            .dataset
            .usd_rate(currency, self.year.or(context.as_of))?;
        let Quantity::Number(per_usd) = rate.figure.value else {
            bail!("{}: an exchange rate is a plain number", rate.figure.id());
        };
        let note = format!(
            "{} = {} at {per_usd} {} per dollar ({})",
            format::money(Money::new(1e9, currency)),
            format::money(Money::new(1e9, currency).to_usd(per_usd)),
            currency.code(),
            rate.basis
        );
        if !notes.iter().any(|(id, _)| id == rate.figure.id()) {
            notes.push((rate.figure.id().to_string(), note));
        }
        Ok(per_usd)
    }
}
