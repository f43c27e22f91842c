//! The call text is Markdown written by UIL admins. It is rendered without trusting it:
//! raw HTML is shown as text and links may only go to the web or to an email address.

use std::collections::HashMap;
use std::sync::{Arc, PoisonError, RwLock};

use pulldown_cmark::{CowStr, Event, Parser, Tag, html};

/// Each call's text as HTML, kept per call and revision. The call page is the busiest
/// page of the site and its text changes a few times a year: reading the text (stored
/// compressed) and rendering it on every request was a large part of the page's cost.
#[derive(Debug, Default)]
pub struct RenderedCalls {
    by_call: RwLock<HashMap<i64, (i64, Arc<str>)>>,
}

impl RenderedCalls {
    /// The HTML of call `call_id` at `revision`, if it was rendered.
    pub fn get(&self, call_id: i64, revision: i64) -> Option<Arc<str>> {
        let cached = self.by_call.read().unwrap_or_else(PoisonError::into_inner);
        cached
            .get(&call_id)
            .filter(|(kept, _)| *kept == revision)
            .map(|(_, html)| html.clone())
    }

    /// Renders `markdown`, the text of call `call_id` at `revision`, and keeps it.
    pub fn insert(&self, call_id: i64, revision: i64, markdown: &str) -> Arc<str> {
        let html: Arc<str> = to_html(markdown).into();
        self.by_call
            .write()
            .unwrap_or_else(PoisonError::into_inner)
            .insert(call_id, (revision, html.clone()));
        html
    }
}

pub fn to_html(markdown: &str) -> String {
    let events = Parser::new(markdown).map(|event| match event {
        Event::Html(raw) | Event::InlineHtml(raw) => Event::Text(raw),
        Event::Start(Tag::Link {
            link_type,
            dest_url,
            title,
            id,
        }) => Event::Start(Tag::Link {
            link_type,
            dest_url: safe_url(dest_url),
            title,
            id,
        }),
        Event::Start(Tag::Image {
            link_type,
            dest_url,
            title,
            id,
        }) => Event::Start(Tag::Image {
            link_type,
            dest_url: safe_url(dest_url),
            title,
            id,
        }),
        other => other,
    });
    let mut out = String::with_capacity(markdown.len() * 3 / 2);
    html::push_html(&mut out, events);
    out
}

fn safe_url(url: CowStr<'_>) -> CowStr<'_> {
    let lower = url.trim_start().to_ascii_lowercase();
    let has_scheme = lower
        .split_once(':')
        .is_some_and(|(scheme, _)| !scheme.contains('/'));
    let allowed = ["http://", "https://", "mailto:"]
        .iter()
        .any(|p| lower.starts_with(p));
    if has_scheme && !allowed {
        CowStr::Borrowed("#")
    } else {
        url
    }
}

#[cfg(test)]
mod tests {
    use super::{RenderedCalls, to_html};

    #[test]
    fn a_call_text_is_kept_for_its_revision_only() {
        let rendered = RenderedCalls::default();
        assert!(rendered.get(1, 7).is_none());
        let first = rendered.insert(1, 7, "# Call 2023");
        assert_eq!(&*first, "<h1>Call 2023</h1>\n");
        assert!(std::sync::Arc::ptr_eq(&first, &rendered.get(1, 7).unwrap()));
        assert!(rendered.get(1, 8).is_none(), "the call changed since");
        assert!(rendered.get(2, 7).is_none(), "another call");
        rendered.insert(1, 8, "# Call 2025");
        assert_eq!(&*rendered.get(1, 8).unwrap(), "<h1>Call 2025</h1>\n");
        assert!(rendered.get(1, 7).is_none(), "one revision kept per call");
    }

    #[test]
    fn headings_lists_and_paragraphs_render() {
        let html = to_html(
            "## Becoming a learning city\n\nA learning city:\n\n- mobilizes\n- revitalizes\n",
        );
        assert!(html.contains("<h2>Becoming a learning city</h2>"));
        assert!(html.contains("<li>mobilizes</li>"));
    }

    #[test]
    fn raw_html_is_shown_as_text() {
        let html = to_html("Hello <script>alert(1)</script>\n\n<iframe src=x></iframe>");
        assert!(!html.contains("<script"), "{html}");
        assert!(!html.contains("<iframe"), "{html}");
        assert!(html.contains("&lt;script&gt;"), "{html}");
    }

    #[test]
    fn only_web_and_mail_links_are_kept() {
        let html = to_html(
            "[a](javascript:alert(1)) [b](https://uil.unesco.org/) [c](mailto:gnlc@unesco.org) [d](/members) [e](JaVaScRiPt:x)",
        );
        assert!(!html.to_ascii_lowercase().contains("javascript:"), "{html}");
        assert!(html.contains(r#"href="https://uil.unesco.org/""#));
        assert!(html.contains(r#"href="mailto:gnlc@unesco.org""#));
        assert!(html.contains(r#"href="/members""#));
    }
}
