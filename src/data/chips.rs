//! Accelerators: looked up by loose name, checked against their figures when the data loads.

use super::{ChipRecord, Dataset, invalid};
use crate::error::{DataError, did_you_mean};

/// `gb200`, `GB-200` and `GB 200` are one name.
fn chip_key(name: &str) -> String {
    name.chars()
        .filter(char::is_ascii_alphanumeric)
        .map(|c| c.to_ascii_lowercase())
        .collect()
}

impl Dataset {
    /// The chip named `name` (its id or an alias, ignoring case and punctuation).
    pub fn chip(&self, name: &str) -> Result<&ChipRecord, DataError> {
        let key = chip_key(name);
        let chips: Vec<&ChipRecord> = self.chips().collect();
        chips
            .iter()
            .copied()
            .find(|chip| {
                chip_key(&chip.id) == key || chip.aliases.iter().any(|a| chip_key(a) == key)
            })
            .ok_or_else(|| {
                let known = chips.iter().flat_map(|c| {
                    std::iter::once(c.id.as_str()).chain(c.aliases.iter().map(String::as_str))
                });
                let hint = match did_you_mean(name, known) {
                    hint if hint.is_empty() => format!(
                        "; known chips: {}",
                        chips
                            .iter()
                            .map(|c| c.id.as_str())
                            .collect::<Vec<_>>()
                            .join(", ")
                    ),
                    hint => hint,
                };
                DataError::UnknownId {
                    what: "chip".into(),
                    id: name.into(),
                    hint,
                }
            })
    }

    /// Every chip (reads only the files that list chips).
    fn chips(&self) -> impl Iterator<Item = &ChipRecord> {
        self.records("chip", |parsed| &parsed.chips)
    }

    pub(super) fn check_chip(&self, file: &str, chip: &ChipRecord) -> Result<(), DataError> {
        let must_be = |id: &str, series: &str| -> Result<(), DataError> {
            match self.figure(id) {
                Ok(figure) if figure.record.series == series => Ok(()),
                Ok(_) => Err(invalid(
                    file,
                    &chip.id,
                    &format!("`{id}` is not a `{series}` figure"),
                )),
                Err(e) => Err(invalid(file, &chip.id, &e.to_string())),
            }
        };
        must_be(&chip.chip_power, "chip-power")?;
        match (&chip.system_power, chip.gpus_per_system) {
            (Some(system), Some(gpus)) if gpus > 0 => must_be(system, "system-power"),
            (None, None) => Ok(()),
            _ => Err(invalid(
                file,
                &chip.id,
                "`system_power` and a non-zero `gpus_per_system` go together",
            )),
        }
    }
}
