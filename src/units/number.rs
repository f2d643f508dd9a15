//! The number at the start of a value: digits in any script, grouping, exponent, scale word.

use super::money::Currency;
use crate::error::UnitError;

/// Eastern Arabic digits and separators become ASCII; odd spaces become plain spaces; invisible
/// direction marks and zero-width characters (which copy-and-paste from Arabic text brings
/// along) are dropped.
pub fn normalize(text: &str) -> String {
    text.chars()
        .filter(|c| !matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{061C}' | '\u{FEFF}'))
        .map(|c| match c {
            '\u{0660}'..='\u{0669}' => char::from(b'0' + (c as u32 - 0x0660) as u8),
            '\u{06F0}'..='\u{06F9}' => char::from(b'0' + (c as u32 - 0x06F0) as u8),
            '\u{066B}' => '.',
            '\u{066C}' => ',',
            '\u{066A}' => '%',
            '\u{00A0}' | '\u{2009}' | '\u{202F}' => ' ',
            other => other,
        })
        .collect()
}

/// Refuses a number written in two digit systems (`3٠`), which no reader means.
pub fn check_digit_systems(input: &str) -> Result<(), UnitError> {
    let western = input.chars().any(|c| c.is_ascii_digit());
    let eastern = input
        .chars()
        .any(|c| ('\u{0660}'..='\u{0669}').contains(&c) || ('\u{06F0}'..='\u{06F9}').contains(&c));
    if western && eastern {
        return Err(UnitError::BadNumber {
            input: input.trim().into(),
            reason: "mixes Western (0-9) and Eastern Arabic (٠-٩) digits; write the number in one of them".into(),
        });
    }
    Ok(())
}

pub fn strip_currency_prefix(input: &str) -> (Option<Currency>, &str) {
    if let Some((currency, rest)) = Currency::strip_sign(input) {
        return (Some(currency), rest.trim_start());
    }
    // An ISO code before the number: `USD 38 billion`, `EUR 11bn`.
    if let Some((code, rest)) = input.split_once(' ')
        && code.len() == 3
        && code.chars().all(|c| c.is_ascii_uppercase())
        && let Some(currency) = Currency::from_code(code)
    {
        return (Some(currency), rest.trim_start());
    }
    (None, input)
}

/// Splits the leading number off `rest`: returns its magnitude, whether it was negative, and
/// the text after it.
pub fn split_number<'a>(input: &str, rest: &'a str) -> Result<(f64, bool, &'a str), UnitError> {
    let expected = "a number such as `30`, `10,791` or `1.4e12`, then a unit".to_string();
    let lower = rest.to_lowercase();
    let unsigned = lower.trim_start_matches(['-', '+']);
    if unsigned.starts_with("nan") || unsigned.starts_with("inf") {
        return Err(UnitError::NotFinite {
            input: input.into(),
            expected,
        });
    }
    let (negative, body) = match rest.strip_prefix('-') {
        Some(body) => (true, body),
        None => (false, rest.strip_prefix('+').unwrap_or(rest)),
    };
    let end = number_end(body);
    let literal = &body[..end];
    if !literal.bytes().any(|b| b.is_ascii_digit()) {
        return Err(UnitError::NotANumber {
            input: input.into(),
            expected,
        });
    }
    check_grouping(input, literal)?;
    let cleaned: String = literal.chars().filter(|c| *c != ',' && *c != '_').collect();
    let value: f64 = cleaned.parse().map_err(|_| UnitError::BadNumber {
        input: input.into(),
        reason: format!("`{literal}` is not a valid number"),
    })?;
    if !value.is_finite() {
        return Err(UnitError::NotFinite {
            input: input.into(),
            expected,
        });
    }
    Ok((value, negative, body[end..].trim_start()))
}

/// Byte length of the number literal at the start of `body` (digits, `,` `_` `.`, exponent).
fn number_end(body: &str) -> usize {
    let bytes = body.as_bytes();
    let mut end = 0;
    while end < bytes.len() && matches!(bytes[end], b'0'..=b'9' | b',' | b'_' | b'.') {
        end += 1;
    }
    if end > 0 && end < bytes.len() && matches!(bytes[end], b'e' | b'E') {
        let mut exp = end + 1;
        if exp < bytes.len() && matches!(bytes[exp], b'+' | b'-') {
            exp += 1;
        }
        let digits_start = exp;
        while exp < bytes.len() && bytes[exp].is_ascii_digit() {
            exp += 1;
        }
        if exp > digits_start {
            end = exp;
        }
    }
    while end > 0 && matches!(bytes[end - 1], b',' | b'_') {
        end -= 1;
    }
    end
}

/// Thousands separators must split the integer part into groups of three (`10,791`), or the
/// Indian way, twos before the last three (`2,64,930`, `1,00,00,000`); `1,5` does not read (it
/// is not a decimal comma).
fn check_grouping(input: &str, literal: &str) -> Result<(), UnitError> {
    let integer_part = literal.split(['.', 'e', 'E']).next().unwrap_or("");
    if !integer_part.contains(',') {
        return Ok(());
    }
    let groups: Vec<&str> = integer_part.split(',').collect();
    let (first, rest) = groups
        .split_first()
        .expect("split gives one group at least");
    let western = (1..=3).contains(&first.len()) && rest.iter().all(|g| g.len() == 3);
    let indian = (1..=2).contains(&first.len())
        && rest.last().is_some_and(|g| g.len() == 3)
        && rest[..rest.len() - 1].iter().all(|g| g.len() == 2);
    if (western || indian) && !literal.contains("_") {
        return Ok(());
    }
    Err(UnitError::BadNumber {
        input: input.into(),
        reason: "`,` separates groups of three digits (`10,791`); write decimals with `.`".into(),
    })
}

/// Scale words and suffixes: words in any case, symbols (`k M B T mn bn tn`) exactly.
const SCALES: &[(&str, f64)] = &[
    ("thousand", 1e3),
    ("million", 1e6),
    ("billion", 1e9),
    ("trillion", 1e12),
    ("ألف", 1e3),
    ("آلاف", 1e3),
    ("مليون", 1e6),
    ("ملايين", 1e6),
    ("مليار", 1e9),
    ("مليارات", 1e9),
    ("تريليون", 1e12),
    ("k", 1e3),
    ("M", 1e6),
    ("mn", 1e6),
    ("B", 1e9),
    ("bn", 1e9),
    ("T", 1e12),
    ("tn", 1e12),
    ("lakh", 1e5),
    ("lakhs", 1e5),
    ("crore", 1e7),
    ("crores", 1e7),
];

/// The scale words after a number, multiplied (`lakh crore` is 10^12), and the text after them.
pub fn split_scale(rest: &str) -> (f64, &str) {
    let (scale, after) = split_one_scale(rest);
    match split_one_scale(after) {
        (second, after_second) if scale != 1.0 && second != 1.0 => (scale * second, after_second),
        _ => (scale, after),
    }
}

fn split_one_scale(rest: &str) -> (f64, &str) {
    let first_word_end = rest
        .find(|c: char| c.is_whitespace() || c == '/')
        .unwrap_or(rest.len());
    let word = &rest[..first_word_end];
    let lower = word.to_lowercase();
    let is_symbol = |name: &str| name.chars().all(|c| c.is_ascii_alphabetic()) && name.len() <= 2;
    SCALES
        .iter()
        .find(|(name, _)| {
            if is_symbol(name) {
                word == *name
            } else {
                lower.chars().eq(name.chars().flat_map(char::to_lowercase))
            }
        })
        .map(|(_, scale)| (*scale, rest[first_word_end..].trim_start()))
        .unwrap_or((1.0, rest))
}
