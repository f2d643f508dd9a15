//! The language of an article: asked for, or told by its letters.

/// The text language: Arabic when most letters are Arabic.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Language {
    Auto,
    Ar,
    En,
}

impl Language {
    /// The BCP-47 code of `text`'s language: the one asked for, or Arabic when more than half
    /// its letters are Arabic.
    pub fn of(self, text: &str) -> &'static str {
        match self {
            Language::Ar => "ar",
            Language::En => "en",
            Language::Auto => {
                let letters = text.chars().filter(|c| c.is_alphabetic()).count().max(1);
                let arabic = text
                    .chars()
                    .filter(|c| ('\u{0600}'..='\u{06FF}').contains(c))
                    .count();
                if arabic * 2 > letters { "ar" } else { "en" }
            }
        }
    }
}
