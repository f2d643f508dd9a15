//! The reference objects loads are compared with (`references.toml`), checked as they load.

use super::schema::ReferenceRecord;
use super::{Dataset, invalid};
use crate::error::DataError;

impl Dataset {
    /// Every reference object (reads only the files that list them).
    pub fn references(&self) -> impl Iterator<Item = &ReferenceRecord> {
        self.records("reference", |parsed| &parsed.references)
    }

    /// A reference names figures of the right series, and has a power or an energy.
    pub(super) fn check_reference(
        &self,
        file: &str,
        reference: &ReferenceRecord,
    ) -> Result<(), DataError> {
        let must_be = |id: &Option<String>, series: &[&str]| -> Result<(), DataError> {
            let Some(id) = id else { return Ok(()) };
            match self.figure(id) {
                Ok(f) if series.contains(&f.record.series.as_str()) => Ok(()),
                Ok(f) => Err(invalid(
                    file,
                    &reference.id,
                    &format!(
                        "`{id}` is a {} figure, not one of {series:?}",
                        f.record.series
                    ),
                )),
                Err(e) => Err(invalid(file, &reference.id, &e.to_string())),
            }
        };
        must_be(
            &reference.power,
            &[
                "reactor-capacity",
                "plant-capacity",
                "fleet-capacity",
                "city-peak",
            ],
        )?;
        must_be(
            &reference.energy,
            &["plant-output", "fleet-output", "city-use"],
        )?;
        must_be(&reference.capacity_factor, &["capacity-factor"])?;
        if reference.power.is_none() && reference.energy.is_none() {
            return Err(invalid(
                file,
                &reference.id,
                "names neither a power nor an energy",
            ));
        }
        if reference.capacity_factor.is_some() && reference.power.is_none() {
            return Err(invalid(
                file,
                &reference.id,
                "has a capacity factor but no power",
            ));
        }
        Ok(())
    }
}
