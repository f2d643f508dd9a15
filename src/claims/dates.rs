//! An article's date: read from its dateline in the text, or from its claims file's
//! `published`. Its year is the one the article speaks from: claims with no `year` of their own
//! are judged against the figures nearest it.

use std::sync::LazyLock;

use jiff::civil::Date;
use regex::Regex;

use crate::language::Language;
use crate::units::number::normalize;

/// Month names as the press writes them: English (full and abbreviated), the Arabic of Egypt and
/// the Gulf, of the Levant and Iraq, and of the Maghreb, with their common spelling variants.
const MONTHS: [&[&str]; 12] = [
    &["january", "jan", "يناير", "كانون الثاني", "جانفي"],
    &["february", "feb", "فبراير", "شباط", "فيفري"],
    &["march", "mar", "مارس", "آذار", "اذار"],
    &[
        "april",
        "apr",
        "أبريل",
        "ابريل",
        "إبريل",
        "نيسان",
        "أفريل",
        "افريل",
    ],
    &["may", "مايو", "أيار", "ايار", "ماي"],
    &["june", "jun", "يونيو", "يونيه", "حزيران", "جوان"],
    &["july", "jul", "يوليو", "يوليه", "تموز", "جويلية", "يوليوز"],
    &["august", "aug", "أغسطس", "اغسطس", "آب", "أوت", "غشت"],
    &[
        "september",
        "sept",
        "sep",
        "سبتمبر",
        "أيلول",
        "ايلول",
        "شتنبر",
    ],
    &[
        "october",
        "oct",
        "أكتوبر",
        "اكتوبر",
        "تشرين الأول",
        "تشرين الاول",
    ],
    &["november", "nov", "نوفمبر", "تشرين الثاني", "نونبر"],
    &[
        "december",
        "dec",
        "ديسمبر",
        "كانون الأول",
        "كانون الاول",
        "دجنبر",
    ],
];

/// A month name, optionally followed by its other name (`سبتمبر/أيلول`, `أيلول (سبتمبر)`).
static MONTH: LazyLock<String> = LazyLock::new(|| {
    let mut names: Vec<&str> = MONTHS.iter().flat_map(|m| m.iter().copied()).collect();
    // Longest first, so that `sept` is not read as `sep` and a two-word name wins.
    names.sort_by_key(|n| std::cmp::Reverse(n.chars().count()));
    let one = format!("(?:{})\\.?", names.join("|"));
    format!(r"({one})(?:\s*[/(]\s*{one}(?:\s*\))?)?")
});

/// `23 September 2025`, `23 سبتمبر/أيلول 2025`, `September 23, 2025`, `2025-09-23`,
/// `23/09/2025 - 10:15`, and a day with no year (`June 3`, `3 نوفمبر`). The date is the `date`
/// group: the characters either side are matched for its word boundaries (Unicode `\b` would
/// keep the regex off its fast engine).
static DATE: LazyLock<Regex> = LazyLock::new(|| {
    let month = MONTH.as_str();
    let time = r"(?:\s*[-–]\s*\d{1,2}:\d{2})?";
    Regex::new(&format!(
        r"(?i)(?:^|[^\w])(?P<date>(?:(?P<d1>\d{{1,2}})\s+(?:من\s+)?{month1}(?:\s*,?\s+(?P<y1>\d{{4}}))?)|(?:{month2}\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?(?:\s*,?\s+(?P<y2>\d{{4}}))?)|(?:(?P<y3>\d{{4}})[-/.](?P<m3>\d{{1,2}})[-/.](?P<d3>\d{{1,2}}){time})|(?:(?P<a>\d{{1,2}})[/.](?P<b>\d{{1,2}})[/.](?P<y4>\d{{4}}){time}))(?:[^\w]|$)",
        month1 = month.replacen('(', "(?P<m1>", 1),
        month2 = month.replacen('(', "(?P<m2>", 1),
    ))
    .expect("valid pattern")
});

/// A date written in the text.
#[derive(Debug, Clone, PartialEq)]
pub struct Dated {
    /// Byte offsets of the whole date.
    pub start: usize,
    pub end: usize,
    /// Where the day of the month ends, for a date with no year (`June 3`): a unit after it
    /// (`June 3 GW`) makes it a quantity after all.
    pub day_end: usize,
    pub year: Option<i32>,
    /// The day it names, where it names a whole, real one.
    pub day: Option<Date>,
}

/// Every date in the text, in order. A date in figures is day first in Arabic text and month
/// first in English, unless only the other order makes a date.
pub fn dates(text: &str, language: Language) -> Vec<Dated> {
    DATE.captures_iter(text)
        .map(|c| {
            let whole = c.name("date").expect("a date");
            let number = |name: &str| {
                c.name(name)
                    .and_then(|m| normalize(m.as_str()).parse::<i16>().ok())
            };
            let month = |name: &str| c.name(name).and_then(|m| month_number(m.as_str()));
            let date = |y: Option<i16>, m: Option<i16>, d: Option<i16>| {
                Date::new(y?, i8::try_from(m?).ok()?, i8::try_from(d?).ok()?).ok()
            };
            let year = ["y1", "y2", "y3", "y4"].into_iter().find_map(number);
            let day = date(year, month("m1"), number("d1"))
                .or_else(|| date(year, month("m2"), number("d2")))
                .or_else(|| date(year, number("m3"), number("d3")))
                .or_else(|| {
                    let (a, b) = (number("a"), number("b"));
                    let (day_first, month_first) = (date(year, b, a), date(year, a, b));
                    match language {
                        Language::Ar => day_first.or(month_first),
                        Language::En => month_first.or(day_first),
                    }
                });
            let day_end = ["d1", "d2"]
                .into_iter()
                .find_map(|name| c.name(name))
                .map_or(whole.end(), |m| m.end());
            Dated {
                start: whole.start(),
                end: whole.end(),
                day_end,
                year: year.map(i32::from),
                day,
            }
        })
        .collect()
}

/// The years a dateline may carry: older or later is a reference or a typo, not a press date.
const DATELINE_YEARS: std::ops::RangeInclusive<i16> = 1990..=2100;

/// The first whole date (day, month and year) in the text: an article's dateline.
pub fn date_in(text: &str, language: Language) -> Option<Date> {
    dates(text, language)
        .into_iter()
        .filter_map(|d| d.day)
        .find(|d| DATELINE_YEARS.contains(&d.year()))
}

/// A month's number from one of its names (the first, where two are written).
fn month_number(name: &str) -> Option<i16> {
    let lower = name.to_lowercase();
    let first = lower
        .split(['/', '('])
        .next()?
        .trim()
        .trim_end_matches('.')
        .trim();
    let first = first.split_whitespace().collect::<Vec<_>>().join(" ");
    MONTHS
        .iter()
        .position(|names| names.contains(&first.as_str()))
        .map(|i| i as i16 + 1)
}

/// The year of a claims file's `published`: `2025-11-03`, `2025-11` or `2025`.
pub fn published_year(published: &str) -> Result<i32, String> {
    let text = published.trim();
    let whole = match text.len() {
        4 => format!("{text}-01-01"),
        7 => format!("{text}-01"),
        _ => text.to_string(),
    };
    whole.parse::<Date>().map(|d| d.year().into()).map_err(|_| {
        format!(
            "`{published}` is not a date: expected one such as `2025-11-03`, `2025-11` or `2025`"
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    /// Dates checked by hand against a calendar.
    #[test]
    fn reads_a_dateline_in_either_language() {
        let english = [
            (
                "Published December 15, 2025 at 6:00 a.m.",
                date(2025, 12, 15),
            ),
            ("Sept. 3rd, 2024 — The grid operator said", date(2024, 9, 3)),
            ("By a reporter, 3 November 2025", date(2025, 11, 3)),
            ("updated 2019-05-02 10:00", date(2019, 5, 2)),
            ("on 11/03/2025 the firm", date(2025, 11, 3)),
            ("on 23/09/2025 the firm", date(2025, 9, 23)),
        ];
        let arabic = [
            ("الثلاثاء 23/09/2025 - 10:15", date(2025, 9, 23)),
            ("نشر في 03/11/2025", date(2025, 11, 3)),
            ("الاثنين ٣ نوفمبر ٢٠٢٥", date(2025, 11, 3)),
            ("23 سبتمبر/أيلول 2025", date(2025, 9, 23)),
            ("12 تشرين الثاني 2019", date(2019, 11, 12)),
            ("5 جانفي 2024", date(2024, 1, 5)),
        ];
        let cases = english
            .map(|(text, day)| (text, Language::En, day))
            .into_iter()
            .chain(arabic.map(|(text, day)| (text, Language::Ar, day)));
        for (text, language, expected) in cases {
            assert_eq!(date_in(text, language), Some(expected), "{text}");
        }
    }

    #[test]
    fn a_year_or_a_month_alone_is_not_a_dateline() {
        for text in [
            "by 2030 data centers will use 945 TWh",
            "in November 2025 the company",
            "between 2014 and 2028",
            "GPT-5 launched 31/02/2025",
            "a 12.5.2 release",
        ] {
            assert_eq!(date_in(text, Language::En), None, "{text}");
        }
    }

    #[test]
    fn reads_the_year_of_a_published_field() {
        assert_eq!(published_year("2019-05-02"), Ok(2019));
        assert_eq!(published_year("2024-12"), Ok(2024));
        assert_eq!(published_year("2025"), Ok(2025));
        assert!(
            published_year("May 2019")
                .unwrap_err()
                .contains("expected one such as")
        );
        assert!(published_year("2025-13-01").is_err());
    }
}
