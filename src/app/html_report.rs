//! `report`: a check (of a claims file, or of an article's text via `extract`) as one
//! self-contained HTML page with its charts and sources.

use std::path::Path;

use super::check::{Check, check_file, read_claims};
use super::extract::{draft_article, draft_text};
use super::plot;
use crate::chart::svg_string;
use crate::claims::file::{parse, to_toml};
use crate::claims::verdict::Verdict;
use crate::data::Dataset;
use crate::language::Language;
use crate::model::projection::Metric;
use crate::report::html::{Download, Page, PageClaim, render};
use crate::uncertainty::sampling::Sampling;
use crate::units::{Quantity, Ratio, format};

/// Charts are drawn at this size and scaled to the page.
const CHART_SIZE: (u32, u32) = (1200, 750);

/// The check a `report` runs: of the claims file, or of the claims drafted from an article.
pub fn check_input(
    dataset: &Dataset,
    input: Option<&Path>,
    sampling: &Sampling,
) -> anyhow::Result<Check> {
    let from_text = input.is_some_and(|p| p.extension().is_some_and(|e| e == "txt"));
    let file = match input {
        Some(path) if from_text => {
            let (draft, _) = draft_article(dataset, path, None)?;
            parse(
                &format!("claims drafted from {}", path.display()),
                &to_toml(&draft.article, &draft.claims)?,
            )?
        }
        _ => read_claims(dataset, input)?,
    };
    check_file(dataset, &file, sampling)
}

/// What a served report checks: an article's text, or a claims file's text.
pub enum Submitted<'a> {
    Article {
        text: &'a str,
        lang: Option<Language>,
    },
    Claims {
        text: &'a str,
    },
}

/// The check of submitted text, and the claims file it checked (drafted, for an article).
pub fn check_submitted(
    dataset: &Dataset,
    submitted: &Submitted,
    sampling: &Sampling,
) -> anyhow::Result<(Check, String)> {
    let toml = match submitted {
        Submitted::Article { text, lang } => {
            let (draft, _) = draft_text(dataset, text, *lang)?;
            to_toml(&draft.article, &draft.claims)?
        }
        Submitted::Claims { text } => text.to_string(),
    };
    let file = parse("the submitted claims", &toml)?;
    Ok((check_file(dataset, &file, sampling)?, toml))
}

/// The page of a check, in the reader's language `ui`.
pub fn page(dataset: &Dataset, check: &Check, ui: Language) -> anyhow::Result<String> {
    page_with_downloads(dataset, check, ui, Vec::new())
}

/// The reader's language of a report: the one asked for, else the article's.
pub fn reader_language(check: &Check, asked: Option<Language>) -> Language {
    asked.unwrap_or(match check.language.as_str() {
        "ar" => Language::Ar,
        _ => Language::En,
    })
}

/// The projection charts a page shows: one per projection source its claims cite.
const PROJECTION_CHARTS: &[(&str, &str, &str)] = &[
    (
        "lbnl-2024",
        "US data-center electricity, LBNL history and 2028 range (TWh per year)",
        "كهرباء مراكز البيانات في الولايات المتحدة: تاريخ مختبر بيركلي ونطاق 2028 (تيراواط ساعة سنوياً)",
    ),
    (
        "iea-energy-ai-2025",
        "Data-center electricity, IEA history and scenarios (TWh per year)",
        "كهرباء مراكز البيانات: تاريخ وكالة الطاقة الدولية وسيناريوهاتها (تيراواط ساعة سنوياً)",
    ),
];

/// The page of a check, in the reader's language `ui`, offering `downloads`.
pub fn page_with_downloads(
    dataset: &Dataset,
    check: &Check,
    ui: Language,
    downloads: Vec<Download>,
) -> anyhow::Result<String> {
    let in_ui = |en: &str, ar: &str| match ui {
        Language::En => en.to_string(),
        Language::Ar => ar.to_string(),
    };
    let mut charts = Vec::new();
    let claims_chart = plot::claims(dataset, check, ui);
    if !claims_chart.claims.is_empty() {
        charts.push((
            in_ui(
                "Stated ÷ recomputed for each recomputed claim, with its tolerance",
                "الرقم المذكور ÷ الرقم بعد إعادة الحساب لكل ادعاء أُعيد حسابه، مع هامش التسامح",
            ),
            svg_string(&claims_chart, CHART_SIZE, ui)?,
        ));
    }
    // Only the charts the claims use: a projection's when a claim cites it.
    let cited = |id: &str| {
        check
            .claims
            .iter()
            .any(|c| c.sources.iter().any(|s| s == id))
    };
    for (source, en, ar) in PROJECTION_CHARTS.iter().filter(|(id, ..)| cited(id)) {
        let projection = plot::projection(dataset, &[source.to_string()], Metric::Twh, false, ui)?;
        charts.push((in_ui(en, ar), svg_string(&projection, CHART_SIZE, ui)?));
    }
    let mut ids: Vec<String> = check
        .claims
        .iter()
        .flat_map(|c| c.sources.iter().cloned())
        .collect();
    ids.sort();
    ids.dedup();
    let sources = ids
        .iter()
        .filter_map(|id| dataset.source(id).ok())
        .collect();
    let cited_only = check.count(Verdict::Unverifiable);
    let recomputed = check.claims.len() - cited_only;
    let made_by = match ui {
        Language::En => format!(
            "Made with wattcheck {} from its bundled data (newest source {}). Recomputed from the sources listed: {recomputed} claims; only cited, not recomputed: {cited_only} (marked unverifiable).",
            env!("CARGO_PKG_VERSION"),
            dataset.vintage()
        ),
        Language::Ar => format!(
            "أُعدّ بواسطة wattcheck {} من بياناته المرفقة (أحدث مصدر {}). أُعيد حساب {recomputed} من الادعاءات من المصادر المذكورة؛ و{cited_only} مستشهد بها فقط دون إعادة حساب (موسومة بأنها غير قابلة للتحقق).",
            env!("CARGO_PKG_VERSION"),
            dataset.vintage()
        ),
    };
    let summary = Verdict::ALL
        .iter()
        .map(|v| (v.summary_in(ui).to_string(), check.count(*v).to_string()))
        .collect();
    let percent = |v: Option<f64>| {
        v.map(|v| format::quantity(Quantity::Percent(Ratio::new::<uom::si::ratio::ratio>(v))))
            .unwrap_or_default()
    };
    let claims = check
        .claims
        .iter()
        .map(|c| PageClaim {
            id: c.id.clone(),
            verdict: c.verdict,
            stated: c.stated.text.clone(),
            computed: c
                .computed
                .as_ref()
                .map(|s| s.text.clone())
                .unwrap_or_default(),
            off_by: percent(c.relative_error),
            quote: c.quote.clone(),
            translation: c.translation.clone().unwrap_or_default(),
            explanation: c.explanation.clone(),
            sources: c.sources.clone(),
        })
        .collect();
    let article = check
        .title
        .strip_prefix("Checking: ")
        .unwrap_or(&check.title);
    Ok(render(&Page {
        title: in_ui(&format!("Checking: {article}"), &format!("فحص: {article}")),
        summary,
        claims,
        language: &check.language,
        ui,
        charts,
        sources,
        made_by,
        downloads,
    }))
}
