//! A shareable HTML report of a `check`: one self-contained file (inline CSS and SVG charts, no
//! scripts, no requests), readable on a phone, with the article's own quotes set in their
//! language and direction.

use crate::claims::verdict::Verdict;
use crate::data::SourceRecord;
use crate::language::Language;

/// One claim as the page shows it.
pub struct PageClaim {
    pub id: String,
    pub verdict: Verdict,
    pub stated: String,
    pub computed: String,
    pub off_by: String,
    pub quote: String,
    pub translation: String,
    pub explanation: String,
    pub sources: Vec<String>,
}

/// A file the page offers to download, carried in the page itself: a form posts it back to
/// `/download`, which returns it as an attachment (the server keeps nothing).
pub struct Download {
    pub label: String,
    pub filename: String,
    pub content_type: String,
    pub content: String,
}

/// The words of the page around the claims, in the reader's language.
struct Labels {
    verdicts: &'static str,
    each_claim: &'static str,
    charts: &'static str,
    sources: &'static str,
    columns: [&'static str; 5],
    sources_of_claim: &'static str,
    read_via: &'static str,
    recalled: &'static str,
}

fn labels(language: Language) -> Labels {
    match language {
        Language::En => Labels {
            verdicts: "Verdicts",
            each_claim: "Each claim",
            charts: "Charts",
            sources: "Sources",
            columns: ["Claim", "Verdict", "Stated", "Recomputed", "Off by"],
            sources_of_claim: "Sources:",
            read_via: "read via",
            recalled: "address recalled, not confirmed",
        },
        Language::Ar => Labels {
            verdicts: "الأحكام",
            each_claim: "الادعاءات واحداً واحداً",
            charts: "الرسوم البيانية",
            sources: "المصادر",
            columns: [
                "الادعاء",
                "الحكم",
                "الرقم المذكور",
                "بعد إعادة الحساب",
                "الفرق",
            ],
            sources_of_claim: "المصادر:",
            read_via: "قُرئ عبر",
            recalled: "العنوان من الذاكرة، غير مؤكد",
        },
    }
}

/// What the page shows.
pub struct Page<'a> {
    pub title: String,
    /// (label, value) of each count of the summary.
    pub summary: Vec<(String, String)>,
    pub claims: Vec<PageClaim>,
    /// The article's language (BCP-47), for its quotes.
    pub language: &'a str,
    /// The reader's language: the page's headings, labels and direction.
    pub ui: Language,
    /// (caption, inline SVG) of each chart.
    pub charts: Vec<(String, String)>,
    pub sources: Vec<&'a SourceRecord>,
    /// "wattcheck 0.1.0 …", for the footer.
    pub made_by: String,
    /// Files offered for download (served pages only; none in a saved report).
    pub downloads: Vec<Download>,
}

const STYLE: &str = "
:root { color-scheme: light; --ink: #1b1b1b; --muted: #5a5a5a; --line: #d9d9d9; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 62rem; padding: 1rem; font: 16px/1.5 system-ui, -apple-system, 'Segoe UI', 'Noto Sans', 'DejaVu Sans', sans-serif; color: var(--ink); }
h1 { font-size: 1.6rem; line-height: 1.25; } h2 { margin-top: 2rem; border-bottom: 1px solid var(--line); }
.summary { display: flex; flex-wrap: wrap; gap: .5rem; padding: 0; list-style: none; }
.summary li { border: 1px solid var(--line); border-radius: .4rem; padding: .3rem .7rem; }
.scroll { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; font-variant-numeric: tabular-nums; }
th, td { border-bottom: 1px solid var(--line); padding: .4rem .5rem; text-align: start; vertical-align: top; }
.verdict { font-weight: 600; white-space: nowrap; }
.consistent { color: #006b4f; } .inconsistent { color: #a63c00; } .depends { color: #8a5a00; } .unverifiable { color: var(--muted); }
blockquote { margin: .5rem 0; padding: .4rem .8rem; border-inline-start: 4px solid var(--line); background: #f7f7f7; }
blockquote[dir=rtl] { font-size: 1.1rem; }
.explanation, .translation, figcaption, li { overflow-wrap: anywhere; } .explanation { color: var(--ink); } .translation { font-style: italic; color: var(--muted); }
figure { margin: 1rem 0; } figcaption { color: var(--muted); font-size: .9rem; }
svg { display: block; width: 100%; height: auto; }
form.download { display: inline-block; margin: 0 .5rem .5rem 0; }
footer { margin-top: 2rem; color: var(--muted); font-size: .85rem; }
";

/// Text safe inside HTML elements and attribute values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            other => out.push(other),
        }
    }
    out
}

fn is_rtl(language: &str) -> bool {
    matches!(
        language.split('-').next().unwrap_or(""),
        "ar" | "fa" | "he" | "ur"
    )
}

pub fn render(page: &Page) -> String {
    let quote_attributes = if is_rtl(page.language) {
        format!(" lang=\"{}\" dir=\"rtl\"", escape(page.language))
    } else {
        format!(" lang=\"{}\"", escape(page.language))
    };
    let words = labels(page.ui);
    let direction = match page.ui {
        Language::Ar => " dir=\"rtl\"",
        Language::En => "",
    };
    let mut html = format!(
        "<!DOCTYPE html>\n<html lang=\"{}\"{direction}>\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n<h1>{}</h1>\n",
        page.ui.code(),
        escape(&page.title),
        escape(&page.title)
    );
    html.push_str("<ul class=\"summary\">\n");
    for (label, value) in &page.summary {
        html.push_str(&format!(
            "<li>{}: <strong>{}</strong></li>\n",
            escape(label),
            escape(value)
        ));
    }
    html.push_str("</ul>\n");
    for download in &page.downloads {
        html.push_str(&format!(
            "<form class=\"download\" method=\"post\" action=\"/download\"><input type=\"hidden\" name=\"filename\" value=\"{}\"><input type=\"hidden\" name=\"content_type\" value=\"{}\"><input type=\"hidden\" name=\"content\" value=\"{}\"><button type=\"submit\">{}</button></form>\n",
            escape(&download.filename),
            escape(&download.content_type),
            escape(&download.content),
            escape(&download.label)
        ));
    }
    let header: Vec<String> = words
        .columns
        .iter()
        .map(|c| format!("<th>{c}</th>"))
        .collect();
    html.push_str(&format!(
        "<h2>{}</h2>\n<div class=\"scroll\"><table>\n<thead><tr>{}</tr></thead>\n<tbody>\n",
        words.verdicts,
        header.concat()
    ));
    for claim in &page.claims {
        html.push_str(&format!(
            "<tr><td><a href=\"#claim-{0}\">{0}</a></td><td class=\"verdict {1}\">{5}</td><td><bdi>{2}</bdi></td><td><bdi dir=\"ltr\">{3}</bdi></td><td><bdi dir=\"ltr\">{4}</bdi></td></tr>\n",
            escape(&claim.id),
            claim.verdict.key(),
            escape(&claim.stated),
            escape(&claim.computed),
            escape(&claim.off_by),
            claim.verdict.word(page.ui),
        ));
    }
    html.push_str(&format!(
        "</tbody>\n</table></div>\n<h2>{}</h2>\n",
        words.each_claim
    ));
    for claim in &page.claims {
        html.push_str(&format!(
            "<section id=\"claim-{0}\">\n<h3>{0} <span class=\"verdict {1}\">{2}</span></h3>\n",
            escape(&claim.id),
            claim.verdict.key(),
            claim.verdict.word(page.ui)
        ));
        html.push_str(&format!(
            "<blockquote{quote_attributes}>{}</blockquote>\n",
            escape(&claim.quote)
        ));
        if !claim.translation.is_empty() {
            html.push_str(&format!(
                "<p class=\"translation\" lang=\"en\">{}</p>\n",
                escape(&claim.translation)
            ));
        }
        html.push_str(&format!(
            "<p class=\"explanation\" lang=\"en\" dir=\"ltr\">{}</p>\n",
            escape(&claim.explanation)
        ));
        if !claim.sources.is_empty() {
            let links: Vec<String> = claim
                .sources
                .iter()
                .map(|s| format!("<a href=\"#source-{0}\">{0}</a>", escape(s)))
                .collect();
            html.push_str(&format!(
                "<p>{} {}</p>\n",
                words.sources_of_claim,
                links.join(", ")
            ));
        }
        html.push_str("</section>\n");
    }
    if !page.charts.is_empty() {
        html.push_str(&format!("<h2>{}</h2>\n", words.charts));
        for (caption, svg) in &page.charts {
            html.push_str(&format!("<figure role=\"img\" aria-label=\"{0}\">\n{svg}\n<figcaption>{0}</figcaption>\n</figure>\n", escape(caption)));
        }
    }
    html.push_str(&format!("<h2>{}</h2>\n<ol>\n", words.sources));
    for source in &page.sources {
        let mut line = format!(
            "{}, <cite>{}</cite> ({})",
            escape(&source.publisher),
            escape(&source.title),
            escape(&source.date)
        );
        if let Some(locator) = &source.locator {
            line.push_str(&format!("; {}", escape(locator)));
        }
        if let Some(via) = &source.via {
            line.push_str(&format!("; {} {}", words.read_via, escape(via)));
        }
        if let Some(url) = &source.url {
            let recalled = if source.url_status.as_deref() == Some("recalled") {
                format!(" ({})", words.recalled)
            } else {
                String::new()
            };
            line.push_str(&format!(
                ". <a href=\"{0}\" rel=\"noreferrer\">{0}</a>{recalled}",
                escape(url)
            ));
        }
        html.push_str(&format!(
            "<li id=\"source-{}\">{line} <code>[{}]</code></li>\n",
            escape(&source.id),
            escape(&source.id)
        ));
    }
    html.push_str(&format!(
        "</ol>\n<footer>{}</footer>\n</body>\n</html>\n",
        escape(&page.made_by)
    ));
    html
}
