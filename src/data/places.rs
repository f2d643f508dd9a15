//! Countries and US states: looked up by ISO code or by name, in English or Arabic.

use super::Dataset;
use super::schema::{CountryRecord, StateRecord};
use crate::error::DataError;

/// A name as it is compared: lower case, Arabic without its diacritics and tatweel, and the
/// hamza forms of alef as bare alef (`السّعوديّة`, `السعودية` and `Saudi arabia` compare as
/// their key).
pub fn name_key(name: &str) -> String {
    name.trim()
        .chars()
        .filter(|c| !matches!(c, '\u{064B}'..='\u{0652}' | '\u{0670}' | '\u{0640}'))
        .map(|c| match c {
            'أ' | 'إ' | 'آ' => 'ا',
            other => other,
        })
        .flat_map(char::to_lowercase)
        .collect()
}

impl CountryRecord {
    /// Every name the country answers to: its codes, its names and its aliases.
    fn names(&self) -> impl Iterator<Item = &str> {
        [&self.iso2, &self.iso3, &self.name, &self.name_ar]
            .into_iter()
            .map(String::as_str)
            .chain(self.aliases.iter().map(String::as_str))
    }
}

impl Dataset {
    /// Every country (reads only the files that list countries).
    pub fn countries(&self) -> impl Iterator<Item = &CountryRecord> {
        self.records("country", |parsed| &parsed.countries)
    }

    fn states(&self) -> impl Iterator<Item = &StateRecord> {
        self.records("state", |parsed| &parsed.states)
    }

    /// The country an ISO code (`JP`, `JPN`) or a name (`Japan`, `اليابان`) names; unknown names
    /// fail with the nearest ones.
    pub fn country(&self, name: &str) -> Result<&CountryRecord, DataError> {
        // Codes first, without normalizing every name: drafted claims name countries by code.
        let by_code = self
            .countries()
            .find(|c| c.iso2.eq_ignore_ascii_case(name) || c.iso3.eq_ignore_ascii_case(name));
        if let Some(country) = by_code {
            return Ok(country);
        }
        let key = name_key(name);
        self.countries()
            .find(|country| country.names().any(|n| name_key(n) == key))
            .ok_or_else(|| DataError::UnknownId {
                what: "country".into(),
                id: name.into(),
                hint: nearest(name, self.countries().flat_map(CountryRecord::names)),
            })
    }

    /// The country whose ISO alpha-2 code is `code`.
    pub fn country_by_code(&self, code: &str) -> Option<&CountryRecord> {
        self.countries().find(|c| c.iso2 == code)
    }

    /// The US state (or DC) a postal code (`TN`), an ISO code (`US-TN`) or a name (`Tennessee`)
    /// names.
    pub fn state(&self, name: &str) -> Result<&StateRecord, DataError> {
        let key = name_key(name);
        self.states()
            .find(|state| {
                name_key(&state.code) == key
                    || name_key(&state.code[3..]) == key
                    || name_key(&state.name) == key
            })
            .ok_or_else(|| DataError::UnknownId {
                what: "US state".into(),
                id: name.into(),
                hint: nearest(
                    name,
                    self.states().flat_map(|s| [&s.code[3..], s.name.as_str()]),
                ),
            })
    }
}

/// `; nearest: a, b, c`: the three known names most like `wanted`.
fn nearest<'a>(wanted: &str, known: impl Iterator<Item = &'a str>) -> String {
    let wanted = name_key(wanted);
    let mut scored: Vec<(f64, &str)> = known
        .map(|name| (strsim::jaro_winkler(&wanted, &name_key(name)), name))
        .collect();
    scored.sort_by(|a, b| b.0.total_cmp(&a.0));
    scored.dedup_by(|a, b| a.1 == b.1);
    let names: Vec<String> = scored
        .iter()
        .take(3)
        .map(|(_, n)| format!("`{n}`"))
        .collect();
    format!("; nearest: {}", names.join(", "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn countries_answer_to_codes_and_names_in_both_languages() {
        let data = Dataset::embedded().unwrap();
        for name in ["JP", "jpn", "Japan", "اليابان"] {
            assert_eq!(data.country(name).unwrap().iso2, "JP", "{name}");
        }
        for name in ["السعودية", "السّعوديّة", "Saudi Arabia", "KSA"] {
            assert_eq!(data.country(name).unwrap().iso2, "SA", "{name}");
        }
        assert_eq!(data.country("South Korea").unwrap().iso2, "KR");
        assert_eq!(data.country("الإمارات").unwrap().iso2, "AE");
    }

    #[test]
    fn an_unknown_country_names_the_nearest() {
        let data = Dataset::embedded().unwrap();
        let message = data.country("Japna").unwrap_err().to_string();
        assert!(message.contains("`Japan`"), "{message}");
    }

    #[test]
    fn states_answer_to_postal_and_iso_codes_and_names() {
        let data = Dataset::embedded().unwrap();
        for name in ["TN", "us-tn", "Tennessee"] {
            assert_eq!(data.state(name).unwrap().code, "US-TN", "{name}");
        }
        assert_eq!(data.state("DC").unwrap().code, "US-DC");
        assert!(data.state("XX").is_err());
    }
}
