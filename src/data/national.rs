//! The totals a share divides by: the US's, the world's, a country's or a state's.

use super::{Dataset, Figure, When, series_description};
use crate::error::DataError;
use crate::geography::Place;

/// The total a share divides by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Denominator {
    /// Consumption: for the US, EIA total end-use consumption (retail sales plus direct use, the
    /// one LBNL divides by); for the world, the IEA's electricity demand; for a country, its
    /// consumption where the data holds it (else its generation, said so); for a state, its
    /// retail sales
    EndUse,
    /// EIA retail sales to ultimate customers (excludes direct use, so shares come out higher)
    RetailSales,
    /// Electricity generated: the world's (Ember), a country's (Our World in Data), the US's
    /// utility-scale net generation
    Generation,
}

/// A total found for a place: the figure, how to name it, and a caveat when it is not the
/// kind of total asked for.
pub struct Total<'a> {
    pub figure: &'a Figure,
    pub label: String,
    pub caveat: Option<String>,
}

impl<'a> Total<'a> {
    /// A total that is the kind asked for.
    fn plain(figure: &'a Figure, label: String) -> Total<'a> {
        Total {
            figure,
            label,
            caveat: None,
        }
    }
}

impl Dataset {
    /// The total of `place` on `basis` for a year, nearest a year, or the newest measured one.
    pub fn total_for(
        &self,
        place: &Place,
        basis: Denominator,
        when: When,
    ) -> Result<Total<'_>, DataError> {
        let region = place.region();
        let name = place.name();
        let named = |figure: &'_ Figure, what: &str| match &figure.record.case {
            Some(case) => format!("{what}, {} ({case} case)", figure.year()),
            None => format!("{what}, {}", figure.year()),
        };
        match (place, basis) {
            (_, Denominator::EndUse | Denominator::RetailSales) if place.is_us() => {
                let figure = self.national_total(basis, when)?;
                let label = match figure.record.series.as_str() {
                    "implied-total" => format!("US total implied by LBNL's shares, {}", figure.year()),
                    "retail-sales" => named(figure, "US retail electricity sales (EIA)"),
                    _ => named(figure, "US total end-use consumption (EIA)"),
                };
                Ok(Total::plain(figure, label))
            }
            (_, Denominator::Generation) if place.is_us() => {
                let figure = self.figure_when("net-generation", region, when)?;
                Ok(Total::plain(figure, named(figure, "US utility-scale net generation (EIA)")))
            }
            (Place::World, Denominator::EndUse) => {
                let figure = self.figure_when("world-demand", region, when)?;
                Ok(Total::plain(figure, named(figure, "World electricity demand (IEA)")))
            }
            (Place::World, Denominator::Generation) => {
                let figure = self.figure_when("world-generation", region, when)?;
                Ok(Total::plain(figure, named(figure, "World electricity generation (Ember)")))
            }
            (Place::State { .. }, Denominator::EndUse | Denominator::RetailSales) => {
                let figure = self.figure_when("retail-sales", region, when)?;
                Ok(Total::plain(figure, named(figure, &format!("{name} retail electricity sales (EIA)"))))
            }
            (Place::Country { .. }, Denominator::EndUse) => {
                match self.figure_when("consumption", region, when) {
                    Ok(figure) => Ok(Total::plain(figure, named(figure, &format!("{name} electricity consumption")))),
                    Err(_) => {
                        let figure = self.figure_when("generation", region, when)?;
                        Ok(Total {
                            label: named(figure, &format!("{name} electricity generation (not consumption)")),
                            figure,
                            caveat: Some(format!(
                                "the data holds no consumption total for {name}: its generation stands in, which differs from consumption by trade and losses"
                            )),
                        })
                    }
                }
            }
            (Place::Country { .. } | Place::State { .. }, Denominator::Generation) => {
                let figure = self.figure_when("generation", region, when)?;
                Ok(Total::plain(figure, named(figure, &format!("{name} electricity generation"))))
            }
            (Place::World | Place::Country { .. }, Denominator::RetailSales) => Err(DataError::UnknownId {
                what: "total".into(),
                id: format!("retail-sales for {name}"),
                hint: "; retail sales are held for the US and its states only: use --denominator end-use or generation".into(),
            }),
        }
    }

    /// The figure of a series for a year (history first, then a projection's case), the measured
    /// one nearest a year, or the newest measured one.
    fn figure_when(&self, series: &str, region: &str, when: When) -> Result<&Figure, DataError> {
        let figures = self.series(series, region);
        let newest = || {
            self.newest_measured(series, region)
                .or(figures.last().copied())
                .ok_or_else(|| no_figures(series, region))
        };
        match when {
            When::Newest => newest(),
            When::Near(year) => self.nearest(series, region, year).map_or_else(newest, Ok),
            When::In(year) => {
                if figures.is_empty() {
                    return Err(no_figures(series, region));
                }
                self.for_year(series, region, year).or_else(|error| {
                    figures
                        .iter()
                        .find(|f| f.year() == year)
                        .copied()
                        .ok_or(error)
                })
            }
        }
    }

    /// The US total on `basis` (end use or retail sales) `when` asked.
    pub fn national_total(&self, basis: Denominator, when: When) -> Result<&Figure, DataError> {
        let series = match basis {
            Denominator::RetailSales => "retail-sales",
            _ => "end-use",
        };
        let year = match when {
            When::In(year) => year,
            When::Near(year) => {
                return self
                    .nearest(series, "US", year)
                    .ok_or_else(|| no_figures(series, "US"));
            }
            When::Newest => {
                return self
                    .newest_measured(series, "US")
                    .ok_or_else(|| no_figures(series, "US"));
            }
        };
        self.for_year(series, "US", year)
            .or_else(|error| match basis {
                Denominator::EndUse => self
                    .for_year("implied-total", "US", year)
                    .or_else(|_| self.figure_when(series, "US", When::In(year)))
                    .map_err(|_| {
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
                _ => Err(error),
            })
    }
}

fn no_figures(series: &str, region: &str) -> DataError {
    DataError::NotHeld {
        what: series_description(series).into(),
        place: region.into(),
        hint: String::new(),
    }
}
