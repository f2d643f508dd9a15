//! ISO 4217 currencies as the press writes them: signs (`€`, `CN¥`), codes and words in English
//! and Arabic, with the qualified Arabic forms (`ريال قطري`) before the bare word they qualify.

/// An ISO 4217 currency: dollars, and the currencies the Arabic and English press quotes.
/// Amounts in another currency than dollars are converted with a dated, sourced rate
/// (`data/currencies.toml`) before any arithmetic mixes them with dollars.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Currency {
    Usd,
    Eur,
    Gbp,
    Jpy,
    Cny,
    Inr,
    Krw,
    Cad,
    Aud,
    Chf,
    Brl,
    Sar,
    Aed,
    Qar,
    Omr,
    Bhd,
    Kwd,
    Jod,
    Egp,
    Mad,
}

/// Each currency: its code, its cost-per-watt unit, the signs written before an amount (the first is how wattcheck
/// writes it), and the words written after one (lower case; Arabic as written, qualified forms
/// such as `ريال قطري` before the bare word they qualify).
type CurrencyEntry = (
    Currency,
    &'static str,
    &'static str,
    &'static [&'static str],
    &'static [&'static str],
);

const CURRENCIES: &[CurrencyEntry] = &[
    (
        Currency::Usd,
        "USD",
        "USD/W",
        &["$", "US$"],
        &["dollar", "us dollar", "دولار"],
    ),
    (Currency::Eur, "EUR", "EUR/W", &["€"], &["euro", "يورو"]),
    (
        Currency::Gbp,
        "GBP",
        "GBP/W",
        &["£"],
        &[
            "pound sterling",
            "british pound",
            "sterling",
            "جنيه إسترليني",
            "جنيه استرليني",
        ],
    ),
    (
        Currency::Jpy,
        "JPY",
        "JPY/W",
        &["¥", "JP¥"],
        &["yen", "ين ياباني"],
    ),
    (
        Currency::Cny,
        "CNY",
        "CNY/W",
        &["CN¥", "RMB"],
        &["yuan", "renminbi", "يوان"],
    ),
    (
        Currency::Inr,
        "INR",
        "INR/W",
        &["₹", "Rs.", "Rs"],
        &["rupee", "روبية"],
    ),
    (Currency::Krw, "KRW", "KRW/W", &["₩"], &["won"]),
    (
        Currency::Cad,
        "CAD",
        "CAD/W",
        &["C$", "CA$"],
        &["canadian dollar"],
    ),
    (
        Currency::Aud,
        "AUD",
        "AUD/W",
        &["A$", "AU$"],
        &["australian dollar"],
    ),
    (Currency::Chf, "CHF", "CHF/W", &[], &["swiss franc"]),
    (Currency::Brl, "BRL", "BRL/W", &["R$"], &["brazilian real"]),
    (
        Currency::Sar,
        "SAR",
        "SAR/W",
        &[],
        &["riyal", "saudi riyal", "ريال", "ريال سعودي"],
    ),
    (
        Currency::Aed,
        "AED",
        "AED/W",
        &[],
        &["dirham", "uae dirham", "درهم", "درهم إماراتي"],
    ),
    (
        Currency::Qar,
        "QAR",
        "QAR/W",
        &[],
        &["qatari riyal", "ريال قطري"],
    ),
    (
        Currency::Omr,
        "OMR",
        "OMR/W",
        &[],
        &["omani rial", "ريال عماني", "ريال عُماني"],
    ),
    (
        Currency::Bhd,
        "BHD",
        "BHD/W",
        &[],
        &["bahraini dinar", "دينار بحريني"],
    ),
    (
        Currency::Kwd,
        "KWD",
        "KWD/W",
        &[],
        &["kuwaiti dinar", "دينار كويتي"],
    ),
    (
        Currency::Jod,
        "JOD",
        "JOD/W",
        &[],
        &["jordanian dinar", "دينار أردني"],
    ),
    (
        Currency::Egp,
        "EGP",
        "EGP/W",
        &["E£"],
        &["egyptian pound", "جنيه", "جنيه مصري"],
    ),
    (
        Currency::Mad,
        "MAD",
        "MAD/W",
        &[],
        &["moroccan dirham", "درهم مغربي"],
    ),
];

impl Currency {
    fn entry(self) -> &'static CurrencyEntry {
        CURRENCIES
            .iter()
            .find(|entry| entry.0 == self)
            .expect("every currency is in the table")
    }

    /// The ISO 4217 code: the unit of an amount in JSON (`{"value": 1.4e12, "unit": "USD"}`).
    pub fn code(self) -> &'static str {
        self.entry().1
    }

    /// The unit of a cost per power in JSON: `USD/W`.
    pub fn per_watt_unit(self) -> &'static str {
        self.entry().2
    }

    /// How an amount is written: `$1.4 trillion`, `€11 billion`, `100 billion SAR`.
    pub fn written(self, amount: &str) -> String {
        match self.entry().3.first() {
            Some(sign) => format!("{sign}{amount}"),
            None => format!("{amount} {}", self.code()),
        }
    }

    /// The currency an ISO code names (`EUR`, any case).
    pub fn from_code(code: &str) -> Option<Currency> {
        CURRENCIES
            .iter()
            .find(|entry| entry.1.eq_ignore_ascii_case(code))
            .map(|entry| entry.0)
    }

    /// The currency whose sign starts `text` (the longest sign), and the text after it.
    pub fn strip_sign(text: &str) -> Option<(Currency, &str)> {
        CURRENCIES
            .iter()
            .flat_map(|entry| entry.3.iter().map(move |sign| (entry.0, *sign)))
            .filter(|(_, sign)| text.starts_with(sign))
            .max_by_key(|(_, sign)| sign.len())
            .map(|(currency, sign)| (currency, &text[sign.len()..]))
    }

    /// The currency a word or phrase names: a code or a currency word (`euros`, `ريال قطري`).
    pub fn from_word(word: &str) -> Option<Currency> {
        let lower = word.trim().to_lowercase();
        let singular = lower.trim_end_matches('s');
        Currency::from_code(&lower).or_else(|| {
            CURRENCIES
                .iter()
                .find(|entry| entry.4.iter().any(|w| *w == lower || *w == singular))
                .map(|entry| entry.0)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn currencies_by_sign_code_and_word() {
        assert_eq!(Currency::strip_sign("CN¥5bn"), Some((Currency::Cny, "5bn")));
        assert_eq!(Currency::strip_sign("¥5bn"), Some((Currency::Jpy, "5bn")));
        assert_eq!(Currency::from_word("euros"), Some(Currency::Eur));
        assert_eq!(Currency::from_word("ريال قطري"), Some(Currency::Qar));
        assert_eq!(Currency::from_word("ريال"), Some(Currency::Sar));
        assert_eq!(Currency::from_word("جنيه إسترليني"), Some(Currency::Gbp));
        assert_eq!(Currency::from_word("جنيه"), Some(Currency::Egp));
        assert_eq!(Currency::from_word("درهم مغربي"), Some(Currency::Mad));
        assert_eq!(Currency::from_word("sar"), Some(Currency::Sar));
    }
}
