//! Money in prose: whether a sum is a cost of building capacity (the only money a cost-per-power
//! claim can test) or something else: an investment, a deal, a stake, revenue, financing.

use super::words::mentions_any;

/// Words that make money a cost of building capacity, the only money a cost-per-power claim
/// can test (lower case; Arabic with and without the article).
const BUILD_COST_WORDS: &[&str] = &[
    "cost",
    "costs",
    "capex",
    "capital expenditure",
    "to build",
    "build-out",
    "construction",
    "spend",
    "spending",
    "to develop",
    "تكلفة",
    "تكاليف",
    "كلفة",
    "بناء",
    "إنشاء",
    "إنفاق",
    "تطوير",
    "لكل ميغاواط",
    "لكل غيغاواط",
    "لكل جيجاوات",
];

/// Words that make money something else: an investment, a deal, a stake, revenue, financing.
/// A sentence with any of them drafts no cost claim: the money is not known to be a build cost.
const OTHER_MONEY_WORDS: &[&str] = &[
    "invest",
    "investment",
    "investing",
    "deal",
    "contract",
    "agreement",
    "stake",
    "revenue",
    "valuation",
    "valued",
    "funding",
    "financing",
    "raise",
    "raised",
    "commitment",
    "committed",
    "partnership",
    "شراكة",
    "استثمار",
    "استثمارات",
    "يستثمر",
    "ستستثمر",
    "صفقة",
    "عقد",
    "اتفاقية",
    "حصة",
    "إيرادات",
    "تمويل",
    "تقييم",
    "التزام",
];

/// Whether a sentence's money is a build cost: it says so, and says nothing that makes it
/// an investment, a deal or revenue. Words are matched whole (Arabic: with glued letters).
pub fn money_is_build_cost(sentence: &str) -> bool {
    mentions_any(sentence, BUILD_COST_WORDS) && !mentions_any(sentence, OTHER_MONEY_WORDS)
}

#[cfg(test)]
mod tests {
    use super::money_is_build_cost;

    #[test]
    fn only_a_build_cost_is_a_build_cost() {
        assert!(money_is_build_cost(
            "Each gigawatt costs about $50 billion to build."
        ));
        assert!(money_is_build_cost(
            "وتبلغ تكلفة بناء 1 غيغاواط نحو 50 مليار دولار"
        ));
        assert!(!money_is_build_cost(
            "The $100 billion investment covers 10 gigawatts."
        ));
        assert!(!money_is_build_cost(
            "a $38 billion deal for 1.2 GW of capacity"
        ));
        assert!(!money_is_build_cost(
            "صفقة بقيمة 38 مليار دولار لتوفير 2 غيغاواط"
        ));
        assert!(!money_is_build_cost(
            "The 2 GW campus will cost investors $40 billion in funding."
        ));
    }
}
