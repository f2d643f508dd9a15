//! Sentences that measure a load by something else: "945 TWh, matching Japan's consumption",
//! "as much power as ten nuclear reactors", `ما يعادل استهلاك اليابان`, `10 مفاعلات نووية`. Found
//! by their words, they become `equivalent` claims: the load, what it is measured by, and how
//! many of it.

use std::sync::LazyLock;

use regex::Regex;

use super::geography::Gazetteer;
use super::numerals::{Numeral, numeral};
use crate::units::parse::parse_count;

/// Words that say a load equals something, in either language (lower case).
const EQUAL_TO: &[&str] = &[
    "as much electricity as",
    "as much power as",
    "as much energy as",
    "as much as",
    "equal to",
    "equivalent to",
    "matching",
    "comparable to",
    "the same as",
    "ما يعادل استهلاك",
    "ما يعادل",
    "يعادل استهلاك",
    "يعادل",
    "تعادل",
    "يوازي",
    "ما تستهلكه",
];

/// Words between an equality and the country it names (`that of`, `the`, `استهلاك دولة مثل`).
const MAX_WORDS_TO_COUNTRY: usize = 5;

/// A count of reference objects: `ten nuclear reactors`, `4 Hoover Dams`, `10 مفاعلات نووية`.
static COUNTED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)(?:^|[\s(])([0-9][0-9,.]*(?:\s+(?:thousand|million|billion|ألف|مليون|ملايين))?|[a-z]+|[\x{0600}-\x{06FF}]+)\s+(?:(?:large|nuclear|new|average|typical)\s+){0,2}(reactors?|hoover dams?|three gorges dams?|chicagos?|people|persons|residents|inhabitants|مفاعلات|مفاعلا|مفاعل|شخص|نسمة)\b",
    )
    .expect("valid pattern")
});

/// An `equivalent` claim found in a sentence: what the load is measured by, and how many.
#[derive(Debug, Clone, PartialEq)]
pub struct Found {
    pub reference: String,
    pub stated: String,
}

/// The equivalence a sentence states, if any: a count of reactors or dams, or a country it
/// equals. `load_end` is where the load's mention ends: what it is measured by comes after.
pub fn in_sentence(sentence: &str, load_end: usize, places: &Gazetteer) -> Option<Found> {
    let after: String = sentence.chars().skip(load_end).collect();
    counted(&after).or_else(|| country(&after, places))
}

fn counted(text: &str) -> Option<Found> {
    let caps = COUNTED.captures(text)?;
    let (count, noun) = (caps.get(1)?.as_str(), caps.get(2)?.as_str().to_lowercase());
    // The hedge written before the count stays with it: "more than four Hoover Dams".
    let hedge = super::hedge::ending(&text[..caps.get(1)?.start()]);
    // A bare scale word is one of it: "a million people".
    let count = match numeral(count) {
        Some(Numeral::Number(n)) => n,
        _ => parse_count(count)
            .or_else(|_| parse_count(&format!("1 {count}")))
            .ok()?,
    };
    let reference = match noun.trim_end_matches('s') {
        "hoover dam" => "hoover-dam",
        "three gorges dam" => "three-gorges",
        "chicago" => "chicago",
        "reactor" | "مفاعلات" | "مفاعلا" | "مفاعل" => "reactor",
        _ => "people",
    };
    Some(Found {
        reference: reference.into(),
        stated: match hedge {
            Some(hedge) => format!("{hedge} {}", crate::units::format::count(count)),
            None => crate::units::format::count(count),
        },
    })
}

fn country(text: &str, places: &Gazetteer) -> Option<Found> {
    let lower = text.to_lowercase();
    // Lower-casing keeps byte offsets for the letters of both languages' equality words.
    let at = EQUAL_TO
        .iter()
        .filter_map(|phrase| lower.find(phrase).map(|at| at + phrase.len()))
        .min()
        .filter(|&at| text.is_char_boundary(at))?;
    let rest = &text[at..];
    match places.named_in(&rest[..near_len(rest, MAX_WORDS_TO_COUNTRY)]) {
        Some(code) if code != "world" => Some(Found {
            reference: code,
            stated: "1".into(),
        }),
        _ => None,
    }
}

/// The byte length of the first `words` words of `text`.
fn near_len(text: &str, words: usize) -> usize {
    let mut seen = 0;
    let mut in_word = false;
    for (i, c) in text.char_indices() {
        match (c.is_whitespace(), in_word) {
            (true, true) => {
                in_word = false;
                seen += 1;
                if seen == words {
                    return i;
                }
            }
            (false, false) => in_word = true,
            _ => {}
        }
    }
    text.len()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::Dataset;

    #[test]
    fn counts_of_reactors_and_dams_and_countries_equalled() {
        let data = Dataset::embedded().unwrap();
        let places = Gazetteer::new(&data);
        let found = |s: &str| in_sentence(s, 0, &places);
        let reactors = found(", as much power as ten nuclear reactors.").unwrap();
        assert_eq!(
            (reactors.reference.as_str(), reactors.stated.as_str()),
            ("reactor", "10")
        );
        let dams = found(" or about 4 Hoover Dams").unwrap();
        assert_eq!(
            (dams.reference.as_str(), dams.stated.as_str()),
            ("hoover-dam", "about 4")
        );
        let japan = found(", matching Japan's current annual electricity use.").unwrap();
        assert_eq!(
            (japan.reference.as_str(), japan.stated.as_str()),
            ("JP", "1")
        );
        let arabic = found("، ما يعادل استهلاك اليابان من الكهرباء").unwrap();
        assert_eq!(arabic.reference, "JP");
        let arabic_reactors = found(" أي ما يعادل 10 مفاعلات نووية").unwrap();
        assert_eq!(arabic_reactors.reference, "reactor");
        let people = found(", the electricity of a million people").unwrap();
        assert_eq!(
            (people.reference.as_str(), people.stated.as_str()),
            ("people", "1 million")
        );
        assert_eq!(found(", as much power as 100,000 homes."), None);
        assert_eq!(found(" in 2024, up from 2023 in the US"), None);
    }
}
