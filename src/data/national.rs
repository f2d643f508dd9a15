//! The national totals a share divides by.

use super::{Dataset, Figure, series_description};
use crate::error::DataError;

/// The national total a share divides by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Denominator {
    /// EIA total end-use consumption (retail sales plus direct use): the headline figure, and
    /// the one LBNL divides by
    EndUse,
    /// EIA retail sales to ultimate customers (excludes direct use, so shares come out higher)
    RetailSales,
}

impl Denominator {
    pub fn series(self) -> &'static str {
        match self {
            Denominator::EndUse => "end-use",
            Denominator::RetailSales => "retail-sales",
        }
    }
}

impl Dataset {
    /// The US total for `year` on `basis`; for end use past the measured years, the total a
    /// projection's own shares imply. `None` picks the newest measured (not forecast) year.
    pub fn national_total(
        &self,
        basis: Denominator,
        year: Option<i32>,
    ) -> Result<&Figure, DataError> {
        let series = basis.series();
        let Some(year) = year else {
            return self
                .series(series, "US")
                .into_iter()
                .rfind(|f| !f.record.forecast && f.record.case.is_none())
                .ok_or_else(|| DataError::NoYear {
                    what: series_description(series).into(),
                    year: 0,
                    available: "no measured years".into(),
                });
        };
        self.for_year(series, "US", year)
            .or_else(|error| match basis {
                Denominator::EndUse => self.for_year("implied-total", "US", year).map_err(|_| {
                    let implied = self.series("implied-total", "US");
                    match error {
                        DataError::NoYear {
                            what,
                            year,
                            available,
                        } => DataError::NoYear {
                            what,
                            year,
                            available: format!(
                                "{available}, and projection-implied totals for {}",
                                implied
                                    .iter()
                                    .map(|f| f.year().to_string())
                                    .collect::<Vec<_>>()
                                    .join(", ")
                            ),
                        },
                        other => other,
                    }
                }),
                Denominator::RetailSales => Err(error),
            })
    }
}
