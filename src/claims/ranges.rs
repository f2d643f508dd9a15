//! Ranges whose ends share the unit written after the second: `between 74 and 132 gigawatts`,
//! `6.7% to 12%` and `6.7 to 12%`, `57 و66 تيراواط/ساعة`, `15 إلى 18 مليون منزل`, `1.9-3.2%`.
//! The first end is read with the second's scale and unit, so both ends are the same kind.

use std::sync::LazyLock;

use regex::Regex;

use super::extract::Found;
use super::reading::read_following;
use crate::units::{Kind, Quantity, parse_quantity};

/// What joins the two ends: a dash, `to`, `and`, `or`, `إلى`, `حتى`, or `و` glued to the second.
static JOIN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:\s*(?:-|–|—|to|and|إلى|الى|حتى)\s*|\s+و\s*)").expect("valid pattern")
});

/// A scale word right after the first number.
static FIRST_SCALE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*(million|billion|thousand|ملايين|مليون|مليار|آلاف|ألف)\b")
        .expect("valid pattern")
});

/// The second number, right after the join.
static SECOND: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^[0-9٠-٩]+(?:[.,٫٬][0-9٠-٩]+)*%?").expect("valid pattern"));

/// A range starting with the bare number at `start..end`: its kind, where it ends, and its two
/// ends. `None` when the number is not followed by a joined second number with a unit.
pub fn read_range(
    text: &str,
    start: usize,
    end: usize,
) -> Option<(Found, usize, Quantity, Quantity)> {
    let first = &text[start..end];
    let percent = first.ends_with('%');
    let bare = first.trim_end_matches('%');
    if parse_quantity(bare).ok()?.kind() != Kind::Number {
        return None;
    }
    // A scale word on the first end too (`4 million and 5 million GPUs`): a count's.
    let first_scale = FIRST_SCALE.captures(&text[end..]).and_then(|c| {
        let word = c.get(1)?;
        let scale = parse_quantity(&format!("1 {}", word.as_str())).ok()?.base();
        Some((scale, c.get(0)?.end()))
    });
    let end = end + first_scale.map_or(0, |(_, len)| len);
    let join = JOIN.find(&text[end..])?;
    // `6.7% to 12%` is a range; `4% and 5%` only after `between`.
    let before = text[..start].trim_end();
    let between = before
        .get(before.len().saturating_sub("between".len())..)
        .is_some_and(|word| word.eq_ignore_ascii_case("between"));
    if percent && join.as_str().trim() == "and" && !between {
        return None;
    }
    let second_start = end + join.end();
    let second = SECOND.find(&text[second_start..])?;
    let second_end = second_start + second.end();
    let (found, range_end, high) = read_following(text, second_start, second_end)?;
    let high = high?;
    let digits_end = second_start + second.as_str().trim_end_matches('%').len();
    let unit = text[digits_end..range_end].trim();
    let with_unit = |number: &str| {
        let separator = if unit.starts_with('%') { "" } else { " " };
        parse_quantity(&format!("{number}{separator}{unit}"))
    };
    let low = match first_scale {
        Some((scale, _)) if high.kind() == Kind::Number => {
            Quantity::Number(parse_quantity(bare).ok()?.base() * scale)
        }
        Some(_) => return None,
        None => with_unit(bare).ok()?,
    };
    if percent && !unit.starts_with('%') {
        return None;
    }
    let shares_a_unit = !unit.is_empty() && low.kind() == high.kind();
    let counted = high.kind() != Kind::Number || matches!(found, Found::Homes | Found::Chips);
    (shares_a_unit && counted && low.base() <= high.base()).then_some((found, range_end, low, high))
}

#[cfg(test)]
mod tests {
    use super::read_range;
    use crate::units::Quantity;

    fn range(text: &str) -> Option<(f64, f64)> {
        let first_end = text
            .find(|c: char| !(c.is_ascii_digit() || c == '.' || c == '%'))
            .unwrap_or(text.len());
        read_range(text, 0, first_end)
            .map(|(_, _, low, high): (_, _, Quantity, Quantity)| (low.base(), high.base()))
    }

    #[test]
    fn the_unit_of_the_second_end_is_the_first_ends_too() {
        assert_eq!(range("74 and 132 gigawatts"), Some((74e9, 132e9)));
        assert_eq!(range("6.7 to 12%"), Some((0.067, 0.12)));
        assert_eq!(range("1.9-3.2%"), Some((0.019, 0.032)));
        assert_eq!(range("6.7% to 12%"), Some((0.067, 0.12)));
        assert_eq!(range("4 million and 5 million GPUs"), Some((4e6, 5e6)));
        assert_eq!(range("15 إلى 18 مليون منزل"), Some((15e6, 18e6)));
        let (low, high) = range("57 و66 تيراواط/ساعة").unwrap();
        assert!((low - 57e12 * 3600.0).abs() < 1.0 && (high - 66e12 * 3600.0).abs() < 1.0);
    }

    #[test]
    fn a_year_span_or_a_list_is_not_a_range() {
        assert_eq!(range("2024-25 fiscal year"), None);
        assert_eq!(range("30 and 40 of them"), None);
        assert_eq!(range("4% and 5 GW"), None);
        assert_eq!(range("4% and 5%"), None);
    }
}
