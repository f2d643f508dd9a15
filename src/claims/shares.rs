//! Shares of electricity in prose: which percentages are a data-center share of a nation's or the
//! world's electricity (not a share of data centers' own use, not a growth rate), and the
//! projection a share is checked against: the source the text names, else the reference
//! estimate for its geography (the Berkeley Lab report for the US to 2028, the IEA beyond it and
//! for the world).

use super::words::mentions_any;

/// Projection sources named in prose, the id of their series, and the case "up to" points at.
const NAMED_SOURCES: &[(&[&str], &str, &str)] = &[
    (
        &["lawrence berkeley", "berkeley lab", "lbnl", "بيركلي"],
        "lbnl-2024",
        "high",
    ),
    (&["epri", "electric power research"], "epri-2024", "higher"),
    (
        &["iea", "international energy agency", "وكالة الطاقة الدولية"],
        "iea-energy-ai-2025",
        "lift-off",
    ),
    (&["mckinsey", "ماكنزي"], "mckinsey-2024", "base"),
    (&["goldman"], "goldman-2024", "base"),
    // Pew restates the IEA's base case.
    (&["pew"], "iea-energy-ai-2025", "base"),
];

/// The last year the Berkeley Lab report projects; past it a US share is read from the IEA's.
const LBNL_LAST_YEAR: i32 = 2028;

const UP_TO: &[&str] = &["up to", "as much as", "ما يصل إلى", "حتى"];

/// Words that make a percentage a share of electricity (a sentence must have one).
const ELECTRICITY_WORDS: &[&str] = &[
    "electricity",
    "power",
    "demand",
    "consumption",
    "load",
    "generation",
    "كهرباء",
    "الكهرباء",
    "استهلاك",
];

/// Words that make a text about data centers (or AI's computing).
const DATA_CENTER_WORDS: &[&str] = &[
    "data center",
    "data centers",
    "data centre",
    "data centres",
    "datacenter",
    "datacenters",
    "مراكز البيانات",
    "مراكز بيانات",
    "مركز بيانات",
];

/// Words just before a percentage that make it a change, not a share (`rose 20%`, `بنسبة`).
const CHANGE_WORDS: &[&str] = &[
    "grew",
    "grow",
    "rose",
    "rise",
    "rising",
    "increase",
    "increased",
    "jumped",
    "fell",
    "growth",
    "بنسبة",
    "زيادة",
    "بزيادة",
    "ارتفع",
    "ارتفعت",
    "ارتفاع",
    "نمو",
    "انخفاض",
];

/// Words between a share and its electricity that make it a share of growth.
const GROWTH_OF: &[&str] = &[
    "additional",
    "new",
    "growth",
    "increase",
    "الإضافي",
    "الزيادة",
    "نمو",
];

/// How many words after a percentage are read for what it is a share of.
const NEAR_WORDS: usize = 6;

/// Words that make a percentage a share of something the text named before ("77% of that load").
const POINTING_WORDS: &[&str] = &[
    "that", "this", "its", "their", "those", "ذلك", "هذا", "هذه", "تلك",
];

/// Words before a percentage that make it a share of what follows them (`حصة … من الكهرباء`).
const SHARE_WORDS: &[&str] = &["share", "accounting for", "account for", "حصة", "نسبة"];

/// What the clause around a percentage says it is a share of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ShareOf {
    /// A nation's or the world's electricity, for data centers.
    Electricity,
    /// Unsaid: it takes what the share before it in the sentence is of (`4.4% … and 1.5%
    /// worldwide`).
    AsBefore,
    /// Anything else: data centers' own use, an earlier figure, a change.
    Other,
}

/// What the percentage between `before` and `after` (its clause, hedge left out) is a share of,
/// in `sentence`, read with the sentence before it as `context`.
pub fn share_of(context: &str, sentence: &str, before: &str, after: &str) -> ShareOf {
    let after_words: Vec<&str> = after.split_whitespace().take(NEAR_WORDS).collect();
    if is_change(before) || !about_data_center_electricity(context, sentence) {
        return ShareOf::Other;
    }
    let upto_electricity = after_words
        .iter()
        .position(|w| mentions_any(w, ELECTRICITY_WORDS));
    let pointing = mentions_any(
        &after_words
            .iter()
            .take(2)
            .copied()
            .collect::<Vec<_>>()
            .join(" "),
        POINTING_WORDS,
    );
    let of_data_centers = mentions_any(&after_words.join(" "), DATA_CENTER_WORDS);
    // "half of the country's additional demand" is a share of growth, not of the total.
    let of_growth =
        upto_electricity.is_some_and(|at| mentions_any(&after_words[..at].join(" "), GROWTH_OF));
    match upto_electricity {
        Some(_) if !of_data_centers && !pointing && !of_growth => ShareOf::Electricity,
        Some(_) => ShareOf::Other,
        None if mentions_any(before, SHARE_WORDS) && mentions_any(before, ELECTRICITY_WORDS) => {
            ShareOf::Electricity
        }
        None if coordinated(before) => ShareOf::AsBefore,
        None => ShareOf::Other,
    }
}

/// Whether a percentage after `before` (hedge left out) is a change: "rose 20%", `بنسبة 17%`;
/// "rise to 3%" states a level.
pub fn is_change(before: &str) -> bool {
    let near_before = last_words(before, 3);
    let level = near_before
        .split_whitespace()
        .next_back()
        .is_some_and(|w| ["to", "at", "إلى", "الى"].contains(&w.to_lowercase().as_str()));
    !level && mentions_any(&near_before, CHANGE_WORDS)
}

/// Whether a sentence speaks of electricity, and it or the one before (`context`) of data
/// centers.
pub fn about_data_center_electricity(context: &str, sentence: &str) -> bool {
    mentions_any(context, DATA_CENTER_WORDS) && mentions_any(sentence, ELECTRICITY_WORDS)
}

/// The projection (`source-case`) to check a data-center share of `geography` in `year`
/// against: a source named in `context` (this sentence and the one before), else the reference
/// for the geography; `None` for a geography no projection covers.
pub fn scenario(context: &str, geography: &str, year: Option<i32>) -> Option<String> {
    let lower = context.to_lowercase();
    let named = NAMED_SOURCES
        .iter()
        .find(|(names, ..)| names.iter().any(|n| lower.contains(n)));
    let reference = match geography {
        "US" if year.is_none_or(|y| y <= LBNL_LAST_YEAR) => "lbnl-2024",
        "US" | "world" => "iea-energy-ai-2025",
        _ => return None,
    };
    let (_, source, upper) = named.or_else(|| {
        NAMED_SOURCES
            .iter()
            .find(|(_, source, ..)| *source == reference)
    })?;
    // "up to" points at the source's upper case; otherwise every case is a candidate, and
    // `check` takes the one nearest the stated value.
    match UP_TO.iter().any(|w| lower.contains(w)) {
        true => Some(format!("{source}-{upper}")),
        false => Some(source.to_string()),
    }
}

/// Whether a named source is in `context`.
pub fn names_a_source(context: &str) -> bool {
    let lower = context.to_lowercase();
    NAMED_SOURCES
        .iter()
        .any(|(names, ..)| names.iter().any(|n| lower.contains(n)))
}

/// Whether a clause ends joining what follows to what came before: `and`, `or`, a comma, or
/// Arabic `و` (glued to the number) or `أو`.
fn coordinated(before: &str) -> bool {
    let trimmed = before.trim_end();
    let last = trimmed
        .split_whitespace()
        .next_back()
        .unwrap_or("")
        .to_lowercase();
    trimmed.ends_with([',', '،', 'و']) || ["and", "or", "أو"].contains(&last.as_str())
}

fn last_words(text: &str, n: usize) -> String {
    let words: Vec<&str> = text.split_whitespace().collect();
    words[words.len().saturating_sub(n)..].join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn of(sentence: &str, share: &str) -> ShareOf {
        let (before, after) = sentence.split_once(share).unwrap();
        share_of(sentence, sentence, before, after)
    }

    #[test]
    fn a_share_of_a_nations_electricity() {
        let electricity = |s, share| of(s, share) == ShareOf::Electricity;
        assert!(electricity(
            "Data centers used about 4.4% of total U.S. electricity in 2023.",
            "4.4%"
        ));
        assert!(electricity(
            "Data centers could rise to 12% of the nation's power by 2028.",
            "12%"
        ));
        assert!(electricity(
            "وبلغت حصة مراكز البيانات من استهلاك الكهرباء العالمي حوالى 1,5 في المئة في 2024",
            "1,5 في المئة"
        ));
        assert!(electricity(
            "ستشكل مراكز البيانات 4.4% من الكهرباء في الولايات المتحدة",
            "4.4%"
        ));
    }

    #[test]
    fn a_share_that_says_nothing_takes_the_one_before() {
        let (before, after) = (" من الكهرباء في الولايات المتحدة و", " على مستوى العالم");
        let s = "ستشكل مراكز البيانات 4.4% من الكهرباء في الولايات المتحدة و1.5% على مستوى العالم";
        assert_eq!(share_of(s, s, before, after), ShareOf::AsBefore);
    }

    #[test]
    fn not_a_share_of_electricity() {
        let other = |s, share| of(s, share) == ShareOf::Other;
        // A share of data centers' own use.
        assert!(other(
            "The US and China consume 85% of data centre electricity.",
            "85%"
        ));
        assert!(other(
            "تمثل الدول حوالى 85 في المئة من استهلاك مراكز البيانات",
            "85 في المئة"
        ));
        assert!(other(
            "لتستحوذ على 10% من استهلاك الكهرباء في مراكز البيانات العالمية",
            "10%"
        ));
        // A share of a figure named before.
        assert!(other(
            "About 77% of that load comes from large data centers.",
            "77%"
        ));
        // A share of growth.
        assert!(other(
            "Data centres drive nearly half of the country's additional electricity demand.",
            "half"
        ));
        // A growth rate.
        assert!(other(
            "Data center electricity use rose 17% in 2023.",
            "17%"
        ));
        // Not about data centers.
        assert!(other(
            "Coal supplies 30% of the country's electricity.",
            "30%"
        ));
    }

    #[test]
    fn the_projection_a_share_is_checked_against() {
        let lbnl = "The Berkeley Lab report says as much as 12% by 2028.";
        assert_eq!(
            scenario(lbnl, "US", Some(2028)).as_deref(),
            Some("lbnl-2024-high")
        );
        assert_eq!(
            scenario("about 4.4% in 2023", "US", Some(2023)).as_deref(),
            Some("lbnl-2024")
        );
        assert_eq!(
            scenario("more than 10 percent by 2030", "US", Some(2030)).as_deref(),
            Some("iea-energy-ai-2025")
        );
        assert_eq!(
            scenario("1.5% of global demand", "world", None).as_deref(),
            Some("iea-energy-ai-2025")
        );
        assert_eq!(scenario("2% of Japan's power", "JP", Some(2030)), None);
    }
}
