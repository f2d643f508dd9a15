//! The pages: server-rendered HTML that works with JavaScript off, right to left for Arabic, on
//! a phone. `/` checks a pasted or uploaded article (the same report `wattcheck report` writes),
//! `/calc` runs the calculators, `/sources` lists the ledger.

use std::sync::Arc;

use axum::Form;
use axum::extract::{FromRequest, Multipart, Query, Request, State as Shared};
use axum::http::{StatusCode, header};
use axum::response::{Html, IntoResponse, Response};

use super::{Failure, State, argv};
use crate::app::extract::article_text;
use crate::app::html_report::{Submitted, check_submitted, page_with_downloads, reader_language};
use crate::app::sampling;
use crate::language::Language;
use crate::report::Format;
use crate::report::html::{Download, escape};
use crate::request::{Chart, PlotRequest, Request as CliRequest, Task};

const STYLE: &str = "
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 62rem; padding: 1rem; font: 16px/1.5 system-ui, 'Noto Sans', 'DejaVu Sans', sans-serif; color: #1b1b1b; }
nav a { margin-inline-end: 1rem; } textarea, input, select { font: inherit; max-width: 100%; }
textarea { width: 100%; min-height: 14rem; } fieldset { margin: 1rem 0; border: 1px solid #d9d9d9; }
label { display: inline-block; margin: .3rem 1rem .3rem 0; } .error { color: #a63c00; font-weight: 600; }
.scroll { overflow-x: auto; } table { border-collapse: collapse; width: 100%; }
th, td { border-bottom: 1px solid #d9d9d9; padding: .35rem .5rem; text-align: start; vertical-align: top; }
svg { display: block; width: 100%; height: auto; } :target { background: #fff6d6; }
";

/// A page: the site's header and `body`, in `lang` (Arabic right to left).
fn layout(title: &str, lang: Language, body: &str) -> Html<String> {
    let (code, dir) = match lang {
        Language::Ar => ("ar", "rtl"),
        Language::En => ("en", "ltr"),
    };
    Html(format!(
        "<!DOCTYPE html>\n<html lang=\"{code}\" dir=\"{dir}\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{} · wattcheck</title>\n<style>{STYLE}</style>\n</head>\n<body>\n<nav dir=\"ltr\"><a href=\"/\">Check an article</a><a href=\"/calc\">Calculators</a><a href=\"/sources\">Sources</a></nav>\n<h1>{}</h1>\n{body}\n</body>\n</html>\n",
        escape(title),
        escape(title)
    ))
}

fn error_page(failure: &Failure) -> Response {
    let body = format!("<p class=\"error\">{}</p>", escape(&failure.message));
    (
        failure.status,
        layout("Could not do that", Language::En, &body),
    )
        .into_response()
}

const ARTICLE_FORM: &str = "<form method=\"post\" action=\"/\" enctype=\"multipart/form-data\">
<p><label for=\"article\">Paste an article (Arabic or English), or a claims file:</label></p>
<textarea id=\"article\" name=\"article\" dir=\"auto\"></textarea>
<p><label>or upload a <code>.txt</code> article or a claims <code>.toml</code>: <input type=\"file\" name=\"file\" accept=\".txt,.toml,text/plain\"></label></p>
<p><label>Language: <select name=\"lang\"><option value=\"auto\">tell by the letters</option><option value=\"ar\">Arabic</option><option value=\"en\">English</option></select></label>
<button type=\"submit\">Check it</button></p>
</form>
<p>Every number found is recomputed from cited public data, with a verdict, the arithmetic and the sources.</p>";

/// `GET /`: the article form.
pub async fn home() -> Html<String> {
    layout("Check an article's numbers", Language::En, ARTICLE_FORM)
}

/// What `POST /` received: the pasted or uploaded text, and the language asked for.
struct Submission {
    text: Vec<u8>,
    claims: bool,
    lang: Option<Language>,
}

async fn submission(state: &Arc<State>, request: Request) -> Result<Submission, Failure> {
    let bad = |message: String| Failure {
        status: StatusCode::BAD_REQUEST,
        message,
    };
    let multipart = request
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|t| t.starts_with("multipart/form-data"));
    let mut fields: Vec<(String, Option<String>, Vec<u8>)> = Vec::new();
    if multipart {
        let mut form = Multipart::from_request(request, state)
            .await
            .map_err(|e| bad(e.body_text()))?;
        while let Some(field) = form.next_field().await.map_err(|e| bad(e.body_text()))? {
            let name = field.name().unwrap_or_default().to_string();
            let file = field.file_name().map(str::to_string);
            let bytes = field.bytes().await.map_err(|e| bad(e.body_text()))?;
            fields.push((name, file, bytes.to_vec()));
        }
    } else {
        let Form(pairs) = Form::<Vec<(String, String)>>::from_request(request, state)
            .await
            .map_err(|e| bad(e.body_text()))?;
        fields.extend(pairs.into_iter().map(|(n, v)| (n, None, v.into_bytes())));
    }
    let field = |wanted: &str| fields.iter().find(|(n, _, v)| n == wanted && !v.is_empty());
    let lang = match field("lang").map(|(_, _, v)| v.as_slice()) {
        Some(b"ar") => Some(Language::Ar),
        Some(b"en") => Some(Language::En),
        _ => None,
    };
    let (text, file) = match (field("file"), field("article")) {
        (Some((_, file, bytes)), _) => (bytes.clone(), file.clone()),
        (None, Some((_, _, bytes))) => (bytes.clone(), None),
        (None, None) => return Err(bad("paste an article or choose a file".into())),
    };
    let claims = file.as_deref().is_some_and(|f| f.ends_with(".toml"))
        || String::from_utf8_lossy(&text).contains("[[claim]]");
    Ok(Submission { text, claims, lang })
}

/// `POST /`: the report of the pasted or uploaded article or claims file, as `wattcheck
/// report` writes it, with its drafted claims and JSON to download.
pub async fn report(Shared(state): Shared<Arc<State>>, request: Request) -> Response {
    let submitted = match submission(&state, request).await {
        Ok(submitted) => submitted,
        Err(failure) => return error_page(&failure),
    };
    let result = state
        .run(move |dataset| {
            let text = article_text("the submitted text", submitted.text)?;
            let input = match submitted.claims {
                true => Submitted::Claims { text: &text },
                false => Submitted::Article {
                    text: &text,
                    lang: submitted.lang,
                },
            };
            let sampling = super::default_sampling();
            let (check, toml) = check_submitted(dataset, &input, &sampling)?;
            let json = String::from_utf8(check.report()?.export(Format::Json)?)?;
            let downloads = vec![
                Download {
                    label: "Download the claims (TOML)".into(),
                    filename: "claims.toml".into(),
                    content_type: "application/toml".into(),
                    content: toml,
                },
                Download {
                    label: "Download the check (JSON)".into(),
                    filename: "check.json".into(),
                    content_type: "application/json".into(),
                    content: json,
                },
            ];
            let ui = reader_language(&check, submitted.lang);
            page_with_downloads(dataset, &check, ui, downloads)
        })
        .await;
    match result {
        Ok(html) => Html(html).into_response(),
        Err(failure) => error_page(&failure),
    }
}

/// `POST /download`: a file the page carried, back as an attachment (nothing is kept).
pub async fn download(Form(fields): Form<Vec<(String, String)>>) -> Response {
    let field = |name: &str| {
        fields
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
            .unwrap_or_default()
    };
    let content_type = match field("content_type") {
        "application/json" => "application/json",
        "application/toml" => "application/toml",
        _ => "text/plain; charset=utf-8",
    };
    let filename: String = field("filename")
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_'))
        .take(64)
        .collect();
    let filename = if filename.is_empty() {
        "download.txt".into()
    } else {
        filename
    };
    (
        [
            (header::CONTENT_TYPE, content_type.to_string()),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"{filename}\""),
            ),
        ],
        field("content").to_string(),
    )
        .into_response()
}

/// `GET /sources`: the ledger, each figure and source linkable by its id (`/sources#us-home-2024`).
pub async fn sources(Shared(state): Shared<Arc<State>>) -> Response {
    let result = state
        .run(|dataset| {
            Ok(super::calc::report_html(&crate::app::sources_ledger(
                dataset,
            )?))
        })
        .await;
    match result {
        Ok(body) => layout("Sources", Language::En, &body).into_response(),
        Err(failure) => error_page(&failure),
    }
}

pub async fn not_found() -> Response {
    error_page(&Failure {
        status: StatusCode::NOT_FOUND,
        message: "no such page: try / (check an article), /calc or /sources".into(),
    })
}

/// `GET /calc`: the calculators' forms, and the result of the one asked for.
pub async fn calc(
    Shared(state): Shared<Arc<State>>,
    Query(fields): Query<Vec<(String, String)>>,
) -> Response {
    let command = fields
        .iter()
        .find(|(n, _)| n == "command")
        .map(|(_, v)| v.clone());
    let forms = super::calc::forms(&fields);
    let Some(command) = command else {
        return layout("Calculators", Language::En, &forms).into_response();
    };
    let result = state
        .run(move |dataset| {
            let cli = argv::cli(&command, &fields, "table")?;
            let request = CliRequest::from_cli(&cli)?;
            let report = crate::app::calculation_report(&request, dataset)?;
            let chart = chart_of(&request, dataset)?;
            Ok(super::calc::result_html(&report, chart.as_deref()))
        })
        .await;
    let body = match result {
        Ok(result) => format!("{result}\n<h2>Another calculation</h2>\n{forms}"),
        Err(failure) => format!(
            "<p class=\"error\">{}</p>\n{forms}",
            escape(&failure.message)
        ),
    };
    layout("Calculators", Language::En, &body).into_response()
}

/// The chart of a calculation that has one (homes, fleet, compare), as inline SVG.
fn chart_of(
    request: &CliRequest,
    dataset: &crate::data::Dataset,
) -> anyhow::Result<Option<String>> {
    use crate::request::{Calculation, HomesRequest};
    let chart = match &request.task {
        Task::Calculate(Calculation::Homes(HomesRequest::Load { load, .. })) => {
            Chart::Homes { load: load.clone() }
        }
        Task::Calculate(Calculation::Fleet(fleet)) => Chart::Fleet {
            count: fleet.count.clone(),
            chip: fleet.chip.clone(),
        },
        Task::Compare { load } => Chart::Compare { load: load.clone() },
        _ => return Ok(None),
    };
    let plot = PlotRequest {
        chart,
        path: "chart.svg".into(),
        size: (1200, 750),
        lang: Language::En,
    };
    let plotted = crate::app::plot::plot(dataset, &plot, &sampling(request.sampling), &sampling)?;
    Ok(Some(String::from_utf8(plotted.bytes)?))
}
