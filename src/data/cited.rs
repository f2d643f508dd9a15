//! Figures the press quotes from their publishers (`ledger.toml`): each names a figure and the
//! words that tell a sentence is quoting it.

use super::schema::CitedRecord;
use super::{Dataset, invalid};
use crate::error::DataError;

impl Dataset {
    /// Every quoted figure (reads only the files that list them).
    pub fn cited(&self) -> impl Iterator<Item = &CitedRecord> {
        self.records("cited", |parsed| &parsed.cited)
    }

    /// A quoted figure names a figure that is held, and words to know it by.
    pub(super) fn check_cited(&self, file: &str, cited: &CitedRecord) -> Result<(), DataError> {
        self.figure(&cited.figure)
            .map_err(|e| invalid(file, &cited.figure, &e.to_string()))?;
        if cited.who.is_empty() && cited.words.is_empty() {
            return Err(invalid(
                file,
                &cited.figure,
                "a cited figure needs `who` or `words` to be known by",
            ));
        }
        Ok(())
    }
}
