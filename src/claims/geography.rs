//! The geography a sentence is about: the world (`global`, `العالم`), a country named in
//! English or Arabic, or none. A claim carries it so that it is checked against that place's
//! totals and households, never another's.

use super::words::{PhraseIndex, mentions_any};
use crate::data::Dataset;
use crate::data::places::name_key;

/// Words that put a figure on the world scale.
const WORLD_WORDS: &[&str] = &[
    "global",
    "globally",
    "world",
    "world's",
    "worldwide",
    "العالم",
    "العالمي",
    "العالمية",
    "عالمي",
    "عالمية",
    "عالميا",
    "عالمياً",
];

/// The US as the press writes it; matched with its case (`us` is also a pronoun).
const US_FORMS: &[&str] = &["U.S.", "US", "USA", "America"];

/// Every country's names, ready to be looked for in a sentence.
pub struct Gazetteer {
    /// Names as compared (without diacritics), to ISO alpha-2 codes.
    names: PhraseIndex<String>,
    /// Short upper-case names (`UK`, `UAE`, `KSA`): matched with their case.
    acronyms: Vec<(String, String)>,
}

impl Gazetteer {
    pub fn new(dataset: &Dataset) -> Gazetteer {
        let mut names = Vec::new();
        let mut acronyms: Vec<(String, String)> = US_FORMS
            .iter()
            .map(|form| (form.to_string(), "US".to_string()))
            .collect();
        for country in dataset.countries() {
            for name in std::iter::once(&country.name)
                .chain(std::iter::once(&country.name_ar))
                .chain(&country.aliases)
            {
                let acronym = name.len() <= 4 && name.chars().all(|c| c.is_ascii_uppercase());
                match acronym {
                    true => acronyms.push((name.clone(), country.iso2.clone())),
                    false => names.push((name_key(name), country.iso2.clone())),
                }
            }
        }
        Gazetteer {
            names: PhraseIndex::new(names),
            acronyms,
        }
    }

    /// `world` when the sentence speaks on the world scale, else the ISO code of the first
    /// country it names, else `None`.
    pub fn named_in(&self, sentence: &str) -> Option<String> {
        if mentions_any(sentence, WORLD_WORDS) {
            return Some("world".into());
        }
        let keyed = name_key(sentence);
        let tokens: Vec<&str> = sentence
            .split(|c: char| !(c.is_alphanumeric() || c == '.'))
            .map(|t| t.trim_end_matches('.'))
            .collect();
        let acronyms = self.acronyms.iter().filter_map(|(form, code)| {
            let at = tokens
                .iter()
                .position(|t| *t == form.trim_end_matches('.'))?;
            Some((at, code))
        });
        let names = self.names.first_in(&keyed);
        acronyms
            .chain(names)
            .min_by_key(|(at, _)| *at)
            .map(|(_, code)| code.clone())
    }

    /// The place an article names most often, from the place each sentence names, if one does.
    pub fn most_named(named: &[Option<String>]) -> Option<String> {
        let mut counts: Vec<(&String, usize)> = Vec::new();
        for place in named.iter().flatten() {
            match counts.iter_mut().find(|(p, _)| *p == place) {
                Some((_, n)) => *n += 1,
                None => counts.push((place, 1)),
            }
        }
        let top = counts.iter().map(|(_, n)| *n).max()?;
        let mut leaders = counts.into_iter().filter(|(_, n)| *n == top);
        match (leaders.next(), leaders.next()) {
            (Some((place, _)), None) => Some(place.clone()),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sentences_name_their_place() {
        let data = Dataset::embedded().unwrap();
        let places = Gazetteer::new(&data);
        let named = |s: &str| places.named_in(s);
        assert_eq!(
            named("about 1.5% of global demand").as_deref(),
            Some("world")
        );
        assert_eq!(named("ما يعادل استهلاك اليابان").as_deref(), Some("JP"));
        assert_eq!(
            named("تستهلك مراكز البيانات في العالم").as_deref(),
            Some("world")
        );
        assert_eq!(
            named("power for 3 million U.S. homes").as_deref(),
            Some("US")
        );
        assert_eq!(named("the UK grid operator").as_deref(), Some("GB"));
        assert_eq!(named("in Saudi Arabia and Qatar").as_deref(), Some("SA"));
        assert_eq!(named("they told us it was enough"), None);
    }
}
