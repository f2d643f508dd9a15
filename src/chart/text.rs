//! The words on charts, in English or Arabic, and Arabic made drawable: plotters does no shaping,
//! so for bitmaps each word is reshaped into its contextual letter forms (ar-reshaper) and the
//! line put in visual order (unicode-bidi) before drawing.

use unicode_bidi::BidiInfo;

pub use crate::language::Language;

/// A label every language has.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Key {
    Year,
    TwhPerYear,
    ShareOfUs,
    ProjectionTitle,
    ProjectionShareTitle,
    History,
    Range,
    Interpolated,
    HomesTitle,
    MillionHomes,
    FullLoad,
    AtLoadFactor,
    FleetTitle,
    Megawatts,
    ClaimsTitle,
    StatedOverComputed,
    Tolerance,
    DistributionTitle,
    Draws,
    TornadoTitle,
    AtP5,
    AtP95,
    Sources,
    Source,
    CompareTitle,
    WorldProjectionTitle,
    WorldProjectionShareTitle,
    ShareOfWorld,
    GigawattsLog,
    TwhPerYearLog,
}

impl Language {
    pub fn label(self, key: Key) -> &'static str {
        match self {
            Language::En => english(key),
            Language::Ar => arabic(key),
        }
    }
}

fn english(key: Key) -> &'static str {
    match key {
        Key::Year => "Year",
        Key::TwhPerYear => "Electricity use (TWh per year)",
        Key::ShareOfUs => "Share of US electricity (%)",
        Key::ProjectionTitle => "US data-center electricity use (TWh per year)",
        Key::ProjectionShareTitle => "US data-center electricity as a share of US consumption (%)",
        Key::History => "History",
        Key::Range => "range",
        Key::Interpolated => "2024–2027 interpolated at constant growth",
        Key::HomesTitle => "Household equivalents of",
        Key::MillionHomes => "US homes (millions)",
        Key::FullLoad => "running flat out",
        Key::AtLoadFactor => "at load factor",
        Key::FleetTitle => "Power along the ladder (MW)",
        Key::Megawatts => "Power (MW)",
        Key::ClaimsTitle => "Stated vs recomputed, per claim",
        Key::StatedOverComputed => "Stated ÷ recomputed (1 = exact)",
        Key::Tolerance => "tolerance",
        Key::DistributionTitle => "Monte Carlo distribution of",
        Key::Draws => "Share of draws (%)",
        Key::TornadoTitle => "What drives the spread of",
        Key::AtP5 => "input at its P5",
        Key::AtP95 => "input at its P95",
        Key::Sources => "Sources",
        Key::Source => "Source",
        Key::CompareTitle => "What it is as big as:",
        Key::WorldProjectionTitle => "World data-center electricity use (TWh per year)",
        Key::WorldProjectionShareTitle => {
            "World data-center electricity as a share of world consumption (%)"
        }
        Key::ShareOfWorld => "Share of world electricity (%)",
        Key::GigawattsLog => {
            "Power (GW, log scale); the red line is the load; ×N: the load is N of it"
        }
        Key::TwhPerYearLog => {
            "Energy per year (TWh, log scale); the red line is the load; ×N: the load is N of it"
        }
    }
}

fn arabic(key: Key) -> &'static str {
    match key {
        Key::Year => "السنة",
        Key::TwhPerYear => "استهلاك الكهرباء (تيراواط ساعة سنوياً)",
        Key::ShareOfUs => "الحصة من كهرباء الولايات المتحدة (%)",
        Key::ProjectionTitle => "استهلاك مراكز البيانات الأمريكية للكهرباء (تيراواط ساعة سنوياً)",
        Key::ProjectionShareTitle => "حصة مراكز البيانات من استهلاك الكهرباء في الولايات المتحدة (%)",
        Key::History => "البيانات التاريخية",
        Key::Range => "النطاق",
        Key::Interpolated => "قيم 2024–2027 محسوبة بنمو ثابت",
        Key::HomesTitle => "ما يعادل من المنازل لـ",
        Key::MillionHomes => "منازل أمريكية (بالملايين)",
        Key::FullLoad => "بكامل الطاقة",
        Key::AtLoadFactor => "بمعامل حمل",
        Key::FleetTitle => "القدرة عبر السلسلة (ميغاواط)",
        Key::Megawatts => "القدرة (ميغاواط)",
        Key::ClaimsTitle => "القيمة المذكورة مقابل المعاد حسابها لكل ادعاء",
        Key::StatedOverComputed => "المذكور ÷ المحسوب (1 = مطابق)",
        Key::Tolerance => "هامش التسامح",
        Key::DistributionTitle => "توزيع مونت كارلو لـ",
        Key::Draws => "نسبة السحوبات (%)",
        Key::TornadoTitle => "ما الذي يحدد تباين",
        Key::AtP5 => "المدخل عند المئين الخامس",
        Key::AtP95 => "المدخل عند المئين الخامس والتسعين",
        Key::Sources => "المصادر",
        Key::Source => "المصدر",
        Key::CompareTitle => "بحجم ماذا:",
        Key::WorldProjectionTitle => {
            "استهلاك مراكز البيانات في العالم للكهرباء (تيراواط ساعة سنوياً)"
        }
        Key::WorldProjectionShareTitle => "حصة مراكز البيانات من استهلاك الكهرباء في العالم (%)",
        Key::ShareOfWorld => "الحصة من كهرباء العالم (%)",
        Key::GigawattsLog => {
            "القدرة (غيغاواط، مقياس لوغاريتمي)؛ الخط الأحمر هو الحمل؛ ×N: الحمل يعادل N منه"
        }
        Key::TwhPerYearLog => {
            "الطاقة السنوية (تيراواط ساعة، مقياس لوغاريتمي)؛ الخط الأحمر هو الحمل؛ ×N: الحمل يعادل N منه"
        }
    }
}

/// `text` as a bitmap should draw it: Arabic letters in their joined forms, the line in visual
/// (left-to-right) order. Text without right-to-left characters is returned unchanged.
pub fn visual(text: &str) -> String {
    let is_rtl =
        |c: char| ('\u{0590}'..='\u{08FF}').contains(&c) || ('\u{FB1D}'..='\u{FEFC}').contains(&c);
    if !text.chars().any(is_rtl) {
        return text.to_string();
    }
    let shaped = ar_reshaper::reshape_line(text);
    let info = BidiInfo::new(&shaped, None);
    let mut out = String::new();
    for paragraph in &info.paragraphs {
        let (levels, runs) = info.visual_runs(paragraph, paragraph.range.clone());
        for run in runs {
            let piece = &shaped[run.clone()];
            if levels[run.start].is_rtl() {
                // A right-to-left run is drawn reversed, its brackets mirrored (UAX #9, L4).
                out.extend(piece.chars().rev().map(mirrored));
            } else {
                out.push_str(piece);
            }
        }
    }
    out
}

fn mirrored(c: char) -> char {
    match c {
        '(' => ')',
        ')' => '(',
        '[' => ']',
        ']' => '[',
        '{' => '}',
        '}' => '{',
        '<' => '>',
        '>' => '<',
        '«' => '»',
        '»' => '«',
        other => other,
    }
}
