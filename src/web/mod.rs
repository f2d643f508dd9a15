//! `wattcheck serve`: the checker and the calculators in a browser, and a JSON API with the
//! command line's contract. The runtime starts only here, so the other commands start as fast as
//! before. Every request is bounded: its body (the article cap, 5 MiB → 413), its time
//! (`--timeout`), and how many run at once (`--max-concurrent`, then a bounded queue, then 503).

mod api;
mod argv;
mod calc;
mod pages;

use std::net::SocketAddr;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use tokio::sync::Semaphore;

use crate::data::Dataset;
use crate::error::UsageError;

/// The largest request body: the article cap.
pub const MAX_BODY: usize = 5 * 1024 * 1024;

/// No script from anywhere; the pages' own inline style and inline SVG charts only.
const CSP: &str = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

pub struct Options {
    pub addr: SocketAddr,
    pub timeout: Duration,
    pub max_concurrent: usize,
    pub queue: usize,
}

/// What every handler shares: the data and the gate requests pass.
pub struct State {
    dataset: Dataset,
    permits: Arc<Semaphore>,
    waiting: AtomicUsize,
    queue: usize,
    timeout: Duration,
}

/// A failure as the client sees it: a status and the CLI's message.
pub struct Failure {
    pub status: StatusCode,
    pub message: String,
}

impl Failure {
    /// A command's error: the user's input at fault (the CLI's exit code 2) is a 400.
    fn of(error: &anyhow::Error) -> Failure {
        let status = match crate::error::exit_code(error) {
            2 => StatusCode::BAD_REQUEST,
            _ => StatusCode::INTERNAL_SERVER_ERROR,
        };
        Failure {
            status,
            message: format!("{error:#}"),
        }
    }

    fn busy(message: &str) -> Failure {
        Failure {
            status: StatusCode::SERVICE_UNAVAILABLE,
            message: message.into(),
        }
    }
}

impl State {
    /// Runs `work` on a blocking thread once a place is free (waiting in the bounded queue),
    /// within the time limit. The place is held until the work ends, even past the limit, so
    /// no more than `--max-concurrent` computations ever run.
    async fn run<T: Send + 'static>(
        self: &Arc<Self>,
        work: impl FnOnce(&Dataset) -> anyhow::Result<T> + Send + 'static,
    ) -> Result<T, Failure> {
        let permit = match self.permits.clone().try_acquire_owned() {
            Ok(permit) => permit,
            Err(_) => {
                if self.waiting.fetch_add(1, Ordering::SeqCst) >= self.queue {
                    self.waiting.fetch_sub(1, Ordering::SeqCst);
                    return Err(Failure::busy("the server is busy: try again in a moment"));
                }
                let permit = self.permits.clone().acquire_owned().await;
                self.waiting.fetch_sub(1, Ordering::SeqCst);
                permit.map_err(|_| Failure::busy("the server is stopping"))?
            }
        };
        let state = Arc::clone(self);
        let task = tokio::task::spawn_blocking(move || {
            let result = work(&state.dataset);
            drop(permit);
            result
        });
        match tokio::time::timeout(self.timeout, task).await {
            Err(_) => Err(Failure::busy(&format!(
                "the request took longer than the time limit ({} s)",
                self.timeout.as_secs()
            ))),
            Ok(Err(_)) => Err(Failure {
                status: StatusCode::INTERNAL_SERVER_ERROR,
                message: "the computation failed".into(),
            }),
            Ok(Ok(result)) => result.map_err(|e| Failure::of(&e)),
        }
    }
}

/// How a served check samples: the CLI's defaults (seed 42, draws only for uncertain inputs).
fn default_sampling() -> crate::uncertainty::sampling::Sampling {
    crate::app::sampling(crate::request::SamplingRequest {
        samples: None,
        seed: 42,
        sensitivity: false,
    })
}

/// Serves until Ctrl-C or SIGTERM, then finishes the requests under way.
pub fn serve(options: Options, dataset: Dataset) -> anyhow::Result<()> {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()?;
    runtime.block_on(async move {
        let listener = tokio::net::TcpListener::bind(options.addr)
            .await
            .map_err(|e| UsageError(format!("cannot listen on {}: {e}", options.addr)))?;
        let address = listener.local_addr()?;
        println!("wattcheck serving on http://{address} (Ctrl-C stops)");
        let state = Arc::new(State {
            dataset,
            permits: Arc::new(Semaphore::new(options.max_concurrent)),
            waiting: AtomicUsize::new(0),
            queue: options.queue,
            timeout: options.timeout,
        });
        axum::serve(listener, router(state))
            .with_graceful_shutdown(stopped())
            .await?;
        Ok(())
    })
}

pub fn router(state: Arc<State>) -> Router {
    Router::new()
        .route("/", get(pages::home).post(pages::report))
        .route("/calc", get(pages::calc))
        .route("/sources", get(pages::sources))
        .route("/download", post(pages::download))
        .route("/api/extract", post(api::extract))
        .route("/api/check", post(api::check))
        .route("/api/{command}", get(api::calculate))
        .fallback(pages::not_found)
        .layer(DefaultBodyLimit::max(MAX_BODY))
        .layer(axum::middleware::map_response(secure))
        .with_state(state)
}

/// Headers every response carries.
async fn secure(mut response: Response) -> Response {
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(CSP),
    );
    headers.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    headers.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("no-referrer"),
    );
    response
}

/// Ctrl-C, or SIGTERM on Unix.
async fn stopped() {
    let interrupt = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = interrupt => {},
        () = terminate => {},
    }
}

impl IntoResponse for Failure {
    fn into_response(self) -> Response {
        (
            self.status,
            axum::Json(serde_json::json!({ "error": self.message })),
        )
            .into_response()
    }
}
