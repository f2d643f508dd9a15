//! Headless Chromium, driven over the DevTools protocol, opens the served `/`, pastes the bundled
//! Arabic article, submits it, and reads the report: it renders with no console message and no
//! request beyond the page itself. Screenshots (desktop and 412 px wide) are written to
//! `target/screenshots/` for a person to look at. Skipped, and said so, without Chromium.

use std::sync::{Arc, Mutex};

use headless_chrome::protocol::cdp::Page::CaptureScreenshotFormatOption;
use headless_chrome::protocol::cdp::types::Event;
use headless_chrome::{Browser, LaunchOptions};

use super::publish::chromium;
use super::serve::{Server, article};

/// Submits the article at `width` pixels; returns the console messages, the page's own
/// resource requests (beyond the document) and its text, and writes a screenshot.
fn submit_and_read(
    server: &Server,
    path: &std::path::Path,
    width: u32,
    shot: &str,
) -> (Vec<String>, f64, String) {
    let options = LaunchOptions::default_builder()
        .path(Some(path.to_path_buf()))
        .headless(true)
        .sandbox(false)
        .window_size(Some((width, 1000)))
        .build()
        .unwrap();
    let browser = Browser::new(options).unwrap();
    let tab = browser.new_tab().unwrap();
    let messages = Arc::new(Mutex::new(Vec::new()));
    let heard = Arc::clone(&messages);
    tab.enable_log().unwrap();
    tab.enable_runtime().unwrap();
    tab.add_event_listener(Arc::new(move |event: &Event| {
        let message = match event {
            Event::LogEntryAdded(entry) => Some(entry.params.entry.text.clone()),
            Event::RuntimeConsoleAPICalled(call) => Some(format!("{:?}", call.params.Type)),
            Event::RuntimeExceptionThrown(thrown) => {
                Some(thrown.params.exception_details.text.clone())
            }
            _ => None,
        };
        if let Some(message) = message {
            heard.lock().unwrap().push(message);
        }
    }))
    .unwrap();
    tab.navigate_to(&server.url("/"))
        .unwrap()
        .wait_until_navigated()
        .unwrap();
    // Filling the field through the protocol is not page script: the page's CSP forbids that.
    let text = serde_json::to_string(&article()).unwrap();
    tab.evaluate(
        &format!("document.querySelector('textarea').value = {text}"),
        false,
    )
    .unwrap();
    tab.find_element("button[type=submit]")
        .unwrap()
        .click()
        .unwrap();
    tab.wait_until_navigated().unwrap();
    tab.wait_for_element("footer").unwrap();
    let resources = tab
        .evaluate("performance.getEntriesByType('resource').length", false)
        .unwrap()
        .value
        .and_then(|v| v.as_f64())
        .unwrap_or(f64::NAN);
    let content = tab.get_content().unwrap();
    let png = tab
        .capture_screenshot(CaptureScreenshotFormatOption::Png, None, None, true)
        .unwrap();
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("screenshots");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join(shot), png).unwrap();
    let messages = messages.lock().unwrap().clone();
    (messages, resources, content)
}

#[test]
fn chromium_submits_the_arabic_article_and_reads_the_report() {
    let Some(path) = chromium() else {
        eprintln!(
            "chromium is not installed: the browser test of `serve` is skipped (.ci/run installs it where it can)"
        );
        return;
    };
    let server = Server::start(&[]);
    for (width, shot) in [(1280, "report-desktop.png"), (412, "report-412px.png")] {
        let (messages, resources, content) = submit_and_read(&server, &path, width, shot);
        assert!(
            messages.is_empty(),
            "console messages at {width} px: {messages:?}"
        );
        assert_eq!(resources, 0.0, "requests beyond the page at {width} px");
        assert!(
            content.contains("verdict consistent"),
            "no verdicts at {width} px"
        );
        assert!(content.contains("dir=\"rtl\""));
    }
}
