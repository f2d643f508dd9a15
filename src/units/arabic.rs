//! Arabic unit words as the press spells them, read as families rather than a list: an SI
//! prefix in any of its transliterations (`ميغا`, `ميجا`, `ميكا`; `غيغا`, `جيجا`, `جيغا`, `كيغا`),
//! watt written `واط` or `وات` (and their plurals), an hour marker that makes an energy of what
//! is written as a rate (`تيراواط/ساعة`, `كيلووات ساعة`, `جيجاوات في الساعة`), letters glued in
//! front (`و`، `ب`، `ل`، `ال`), the percent words (`في المئة`, `بالمائة`), and the words for time,
//! mass and volume (`سنوات`, `طن`, `جالون`).

/// Transliterations of the SI prefixes, and the prefix's symbol.
const PREFIXES: &[(&str, &str)] = &[
    ("كيلو", "k"),
    ("ميغا", "M"),
    ("ميجا", "M"),
    ("ميكا", "M"),
    ("غيغا", "G"),
    ("جيجا", "G"),
    ("جيغا", "G"),
    ("كيغا", "G"),
    ("تيرا", "T"),
    ("", ""),
];

/// Watt, in its spellings and plurals.
const WATTS: &[&str] = &["واطات", "واط", "وات"];

/// What, written after a power unit, makes it an energy (`ساعة` is "hour").
const HOURS: &[&str] = &[
    "ساعة",
    "ساعي",
    "/ساعة",
    "/ ساعة",
    "-ساعة",
    "في الساعة",
    "بالساعة",
];

/// Other unit words, singular and plural, and their symbols: time, mass, volume.
const WORDS: &[(&str, &str)] = &[
    ("سنة", "yr"),
    ("سنوات", "yr"),
    ("عام", "yr"),
    ("أعوام", "yr"),
    ("شهر", "mo"),
    ("أشهر", "mo"),
    ("شهور", "mo"),
    ("يوم", "d"),
    ("أيام", "d"),
    ("ساعة", "h"),
    ("ساعات", "h"),
    ("ثانية", "s"),
    ("ثوان", "s"),
    ("ثوانٍ", "s"),
    ("طن", "t"),
    ("أطنان", "t"),
    ("لتر", "L"),
    ("لترات", "L"),
    ("جالون", "gal"),
    ("غالون", "gal"),
    ("جالونات", "gal"),
];

/// Percent, as Arabic prose writes it.
const PERCENT: &[&str] = &[
    "في المئة",
    "في المائة",
    "في المية",
    "بالمئة",
    "بالمائة",
    "المئة",
];

/// Letters and the article glued to the front of a word, longest first.
const GLUED: &[&str] = &["وبال", "وال", "بال", "لل", "ال", "و", "ب", "ل"];

/// The SI symbol an Arabic unit phrase stands for (`"MW"`, `"TWh"`, `"%"`), if it is one.
pub(super) fn symbol(text: &str) -> Option<String> {
    let text = text.trim();
    if PERCENT.contains(&text) {
        return Some("%".into());
    }
    if let Some((_, symbol)) = WORDS.iter().find(|(word, _)| *word == text) {
        return Some((*symbol).into());
    }
    let (head, rest) = match text.find(|c: char| c.is_whitespace() || c == '/' || c == '-') {
        Some(at) => (&text[..at], text[at..].trim()),
        None => (text, ""),
    };
    let energy = match rest {
        "" => false,
        rest if HOURS.contains(&rest) || HOURS.contains(&format!(" {rest}").trim()) => true,
        _ => return None,
    };
    let prefix = power_prefix(head).or_else(|| {
        GLUED
            .iter()
            .filter_map(|glued| head.strip_prefix(glued))
            .find_map(power_prefix)
    })?;
    Some(format!("{prefix}W{}", if energy { "h" } else { "" }))
}

/// The SI prefix of an Arabic power word (`ميجاوات` → `M`, `واط` → ``).
fn power_prefix(word: &str) -> Option<&'static str> {
    PREFIXES.iter().find_map(|(arabic, symbol)| {
        let base = word.strip_prefix(arabic)?;
        WATTS.contains(&base).then_some(*symbol)
    })
}

#[cfg(test)]
mod tests {
    use super::symbol;

    #[test]
    fn power_in_its_spellings() {
        for (text, expected) in [
            ("غيغاوات", "GW"),
            ("جيجاوات", "GW"),
            ("جيغاواط", "GW"),
            ("ميجاوات", "MW"),
            ("ميغاواطات", "MW"),
            ("كيلووات", "kW"),
            ("وات", "W"),
            ("والميغاواط", "MW"),
            ("بالجيجاوات", "GW"),
        ] {
            assert_eq!(symbol(text).as_deref(), Some(expected), "{text}");
        }
    }

    #[test]
    fn energy_written_as_a_rate() {
        for (text, expected) in [
            ("تيراواط/ساعة", "TWh"),
            ("تيراواط / ساعة", "TWh"),
            ("غيغاواط/ساعة", "GWh"),
            ("كيلووات ساعة", "kWh"),
            ("جيجاوات في الساعة", "GWh"),
            ("غيغاواط ساعي", "GWh"),
        ] {
            assert_eq!(symbol(text).as_deref(), Some(expected), "{text}");
        }
    }

    #[test]
    fn time_mass_and_volume_words() {
        for (text, expected) in [
            ("سنوات", "yr"),
            ("أيام", "d"),
            ("طن", "t"),
            ("جالون", "gal"),
        ] {
            assert_eq!(symbol(text).as_deref(), Some(expected), "{text}");
        }
    }

    #[test]
    fn percent_words() {
        for text in ["في المئة", "في المائة", "بالمئة", "بالمائة"] {
            assert_eq!(symbol(text).as_deref(), Some("%"), "{text}");
        }
    }

    #[test]
    fn other_words_are_not_units() {
        for text in ["واحد", "ولاية", "غيغاواط إضافية", "الوطن"] {
            assert_eq!(symbol(text), None, "{text}");
        }
    }
}
