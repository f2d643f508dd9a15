//! Rates to the US dollar: a pegged currency's peg, else the annual average of a year, else the
//! newest annual average (said so).

use super::{Dataset, Figure};
use crate::error::DataError;
use crate::units::money::Currency;

/// The rate a conversion uses, and what it is.
pub struct Rate<'a> {
    pub figure: &'a Figure,
    /// `2024 annual average`, `official peg`, `2025 annual average, the newest held (none for 2019)`.
    pub basis: String,
}

impl Dataset {
    /// Units of `currency` per US dollar for an amount of `year` (`None`: the newest).
    pub fn usd_rate(&self, currency: Currency, year: Option<i32>) -> Result<Rate<'_>, DataError> {
        let code = currency.code();
        if let Some(figure) = self.series("usd-peg", code).pop() {
            return Ok(Rate {
                figure,
                basis: "official peg".into(),
            });
        }
        let rates = self.series("usd-rate", code);
        let newest = rates.last().copied().ok_or_else(|| DataError::NotHeld {
            what: "exchange rate to the US dollar".into(),
            place: code.into(),
            hint: "; give the amount in dollars".into(),
        })?;
        Ok(match year {
            Some(year) => match rates.iter().find(|f| f.year() == year) {
                Some(figure) => Rate {
                    figure,
                    basis: format!("{year} annual average"),
                },
                None => Rate {
                    figure: newest,
                    basis: format!(
                        "{} annual average, the newest held (none for {year})",
                        newest.year()
                    ),
                },
            },
            None => Rate {
                figure: newest,
                basis: format!("{} annual average, the newest held", newest.year()),
            },
        })
    }
}
