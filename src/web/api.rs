//! The JSON API: the command line's JSON contract over HTTP. Errors are `{"error": "<the CLI's
//! message>"}` with 400 (or 503 when busy, 413 when too big).

use std::sync::Arc;

use axum::body::Bytes;
use axum::extract::{Path, Query, State as Shared};
use axum::http::{HeaderMap, header};
use axum::response::{IntoResponse, Response};

use super::{Failure, State, argv};
use crate::app::extract::{article_text, extract_text};
use crate::app::html_report::{Submitted, check_submitted};
use crate::report::Format;

/// `POST /api/extract`: the article is the body.
pub async fn extract(Shared(state): Shared<Arc<State>>, body: Bytes) -> Response {
    let result = state
        .run(move |dataset| {
            let text = article_text("the request body", body.to_vec())?;
            extract_text(dataset, "the request body", &text, None)?
                .report()?
                .export(Format::Json)
        })
        .await;
    json(result)
}

/// `POST /api/check`: an article (`text/plain`) or a claims file (`application/toml`).
pub async fn check(Shared(state): Shared<Arc<State>>, headers: HeaderMap, body: Bytes) -> Response {
    let claims = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|t| t.starts_with("application/toml"));
    let result = state
        .run(move |dataset| {
            let text = article_text("the request body", body.to_vec())?;
            let submitted = match claims {
                true => Submitted::Claims { text: &text },
                false => Submitted::Article {
                    text: &text,
                    lang: None,
                },
            };
            let sampling = super::default_sampling();
            let (check, _) = check_submitted(dataset, &submitted, &sampling)?;
            check.report()?.export(Format::Json)
        })
        .await;
    json(result)
}

/// `GET /api/{command}`: a calculator, its arguments as query parameters by their long names.
pub async fn calculate(
    Shared(state): Shared<Arc<State>>,
    Path(command): Path<String>,
    Query(fields): Query<Vec<(String, String)>>,
) -> Response {
    let result = state
        .run(move |dataset| {
            let cli = argv::cli(&command, &fields, "json")?;
            let request = crate::request::Request::from_cli(&cli)?;
            Ok(crate::app::execute(&request, dataset)?.stdout)
        })
        .await;
    json(result)
}

fn json(result: Result<Vec<u8>, Failure>) -> Response {
    match result {
        Ok(bytes) => ([(header::CONTENT_TYPE, "application/json")], bytes).into_response(),
        Err(failure) => failure.into_response(),
    }
}
