//! The call text is Markdown written by UIL admins. It is rendered without trusting it:
//! raw HTML is shown as text and links may only go to the web or to an email address.

use pulldown_cmark::{CowStr, Event, Parser, Tag, html};

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
    use super::to_html;

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
