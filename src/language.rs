//! The two languages wattcheck reads and writes: an article's, and a chart's or a report's.

/// Arabic or English.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Language {
    En,
    Ar,
}

impl Language {
    /// The BCP-47 code.
    pub fn code(self) -> &'static str {
        match self {
            Language::Ar => "ar",
            Language::En => "en",
        }
    }

    /// The language of `text`: Arabic when more than half its letters are Arabic.
    pub fn of(text: &str) -> Language {
        let letters = text.chars().filter(|c| c.is_alphabetic()).count().max(1);
        let arabic = text
            .chars()
            .filter(|c| ('\u{0600}'..='\u{06FF}').contains(c))
            .count();
        if arabic * 2 > letters {
            Language::Ar
        } else {
            Language::En
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Language;

    #[test]
    fn told_by_its_letters() {
        assert_eq!(
            Language::of("مراكز البيانات تستهلك 4.4% من الكهرباء"),
            Language::Ar
        );
        assert_eq!(
            Language::of("Data centers used 4.4% (176 TWh)"),
            Language::En
        );
        assert_eq!(Language::of("OpenAI: 30 غيغاواط من الطاقة"), Language::Ar);
    }
}
