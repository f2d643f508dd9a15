//! A number the article quotes from its publisher (`figure`: a ledger figure's id), compared
//! with the publisher's own figure: a share ("85% of data-centre electricity"), a change
//! ("emissions rose 48%") or any other published number (0.24 Wh a prompt).

use anyhow::bail;

use super::{Context, Recomputed, StatedAs, numeric};
use crate::claims::file::Claim;
use crate::units::parse::parse_quantity;
use crate::units::{Quantity, format};

pub struct PublishedClaim {
    stated: StatedAs,
    figure: String,
}

impl PublishedClaim {
    pub fn read(claim: &Claim, figure: &str) -> anyhow::Result<PublishedClaim> {
        Ok(PublishedClaim {
            stated: StatedAs::read(&claim.stated, super::growth::read_stated)
                .or_else(|_| StatedAs::read(&claim.stated, parse_quantity))?,
            figure: figure.to_string(),
        })
    }

    pub fn check(&self, context: &Context, tolerance: f64) -> anyhow::Result<Recomputed> {
        let figure = context.dataset.figure(&self.figure)?;
        let stated = self.stated.claimed.central();
        if !stated.kind().measures_like(figure.value.kind()) {
            bail!(
                "`{}` is {}, and the figure `{}` is {}",
                self.stated.text,
                stated.kind().name(),
                self.figure,
                figure.value.kind().name()
            );
        }
        let (low, high) = (
            figure.low.unwrap_or(figure.value),
            figure.high.unwrap_or(figure.value),
        );
        // The stated value, held within the published range: the nearest the figure allows.
        let nearest = stated.base().clamp(low.base(), high.base());
        let computed = Quantity::from_base(figure.value.kind(), nearest);
        let published = match low == high {
            true => format::quantity(figure.value),
            false => format!("{}..{}", format::quantity(low), format::quantity(high)),
        };
        let source = context.dataset.source(&figure.record.source)?;
        let mut explanation = format!(
            "published: {published} ({}: {}, {}; {})",
            source.publisher,
            source.title,
            source.date,
            figure.id()
        );
        if let Some(note) = &figure.record.note {
            explanation.push_str(&format!("; {note}"));
        }
        Ok(numeric(
            (&self.stated, computed),
            tolerance,
            None,
            explanation,
            vec![source.id.clone()],
        ))
    }
}
