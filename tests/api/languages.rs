//! The site in six languages: the choice of language, and the pseudo-language that proves
//! no English is left in code.

use std::collections::HashSet;

use crate::helpers::*;

const DEMO_PASSWORD: &str = "demo password 2027";

/// A browser that has chosen `lang` in the language menu.
async fn browser_in(app: &TestApp, lang: &str) -> Browser {
    let b = app.browser();
    let r = b.get(&format!("/language?lang={lang}&back=/")).await;
    assert_eq!(r.status(), 303, "the language menu answers with a redirect");
    b
}

fn html_lang(html: &str) -> &str {
    let at = html.find("<html lang=\"").expect("an <html lang>") + "<html lang=\"".len();
    html[at..].split('"').next().unwrap()
}

#[tokio::test]
async fn the_language_is_the_account_s_then_the_cookie_s_then_the_browser_s_then_english() {
    let app = spawn_app_at("2023-05-15T12:00:00Z").await;

    // Nothing chosen, nothing asked: English, left to right.
    let html = app.page("/").await;
    assert!(html.contains(r#"<html lang="en" dir="ltr">"#));

    // The browser's Accept-Language, by its weights.
    let r = app
        .browser()
        .client
        .get(app.url("/"))
        .header("Accept-Language", "de-DE, es;q=0.9, fr;q=0.8")
        .send()
        .await
        .unwrap();
    assert!(
        r.text()
            .await
            .unwrap()
            .contains(r#"<html lang="es" dir="ltr">"#)
    );

    // The menu's cookie wins over the browser, and Arabic reads right to left.
    let b = browser_in(&app, "ar").await;
    let r = b
        .client
        .get(b.url("/members"))
        .header("Accept-Language", "fr")
        .send()
        .await
        .unwrap();
    let html = r.text().await.unwrap();
    assert!(html.contains(r#"<html lang="ar" dir="rtl">"#));
    assert!(visible_text(&html).contains("شبكة اليونسكو العالمية لمدن التعلّم"));

    // A signed-in person who chooses a language keeps it on the account: a new browser
    // without the cookie, asking for English, still gets Russian after signing in.
    app.create_user(gnlc::domain::Role::Natcom, "ru@natcom.example", Some("RU"))
        .await;
    let first = app.browser();
    first.login("ru@natcom.example", PASSWORD).await;
    let r = first
        .post("/language", &[("lang", "ru"), ("back", "/natcom")])
        .await;
    assert_eq!(location(&r), "/natcom");
    let second = app.browser();
    second.login("ru@natcom.example", PASSWORD).await;
    let r = second
        .client
        .get(second.url("/natcom"))
        .header("Accept-Language", "en")
        .send()
        .await
        .unwrap();
    assert_eq!(html_lang(&r.text().await.unwrap()), "ru");

    // A language the site does not offer changes nothing.
    let b = browser_in(&app, "de").await;
    assert_eq!(html_lang(&b.page("/").await), "en");

    // The menu's link comes back to the page it was chosen on, and never elsewhere.
    let r = app
        .get("/language?lang=fr&back=/members%3Fregion%3DAfrica")
        .await;
    assert_eq!(location(&r), "/members?region=Africa");
    let r = app.get("/language?lang=fr&back=//evil.example/").await;
    assert_eq!(location(&r), "/");
}

#[tokio::test]
async fn dates_and_numbers_are_written_as_the_reader_s_language_writes_them() {
    let app = spawn_app_at("2023-05-15T12:00:00Z").await;
    let fr = browser_in(&app, "fr").await;
    let text = visible_text(&fr.page("/").await);
    assert!(text.contains("31 mai 2023"), "{text}");
    let zh = browser_in(&app, "zh").await;
    let text = visible_text(&zh.page("/").await);
    assert!(text.contains("2023年5月31日"), "{text}");
}

/// Every string the demo seeded, which pages may show as they are.
async fn seeded_values(app: &TestApp) -> (HashSet<String>, Vec<String>) {
    let short: Vec<String> = sqlx::query_scalar(
        "SELECT v FROM (
            SELECT name AS v FROM users UNION SELECT email FROM users
            UNION SELECT city_name FROM applications UNION SELECT country FROM applications
            UNION SELECT country_name FROM applications
            UNION SELECT officer_name FROM applications UNION SELECT officer_title FROM applications
            UNION SELECT filename FROM documents UNION SELECT note FROM application_events
            UNION SELECT title FROM calls UNION SELECT city FROM members
            UNION SELECT name FROM member_states UNION SELECT iso2 FROM member_states
            UNION SELECT comment FROM assessments UNION SELECT subject FROM mail_outbox
            UNION SELECT recipient FROM mail_outbox
            UNION SELECT value FROM applications, jsonb_each_text(answers)
            UNION SELECT value FROM criteria, jsonb_each_text(names)
            UNION SELECT value FROM criteria, jsonb_each_text(descriptions)
         ) s WHERE v IS NOT NULL",
    )
    .fetch_all(&app.db)
    .await
    .unwrap();
    // Long texts (the call, the answers, messages) are shown cut into paragraphs.
    let long: Vec<String> = sqlx::query_scalar(
        "SELECT body FROM calls UNION ALL SELECT decision_message FROM applications
          WHERE decision_message IS NOT NULL UNION ALL SELECT endorsement_note FROM applications
          WHERE endorsement_note IS NOT NULL",
    )
    .fetch_all(&app.db)
    .await
    .unwrap();
    let mut values: HashSet<String> = short.into_iter().map(|s| s.trim().to_owned()).collect();
    // The language menu names each language in itself, from its own catalogue.
    for name in [
        "English",
        "Français",
        "Español",
        "العربية",
        "中文",
        "Русский",
    ] {
        values.insert(name.to_owned());
    }
    (values, long)
}

/// The visible text nodes and the texts of attributes a person reads or hears.
fn text_nodes(html: &str) -> Vec<String> {
    let mut nodes = Vec::new();
    let mut rest = html;
    // Leave out what is not shown: scripts, styles and the head's title comes in the
    // check like any other node.
    while let Some(lt) = rest.find('<') {
        nodes.push(rest[..lt].to_owned());
        let tag_end = rest[lt..].find('>').map_or(rest.len(), |e| lt + e + 1);
        let tag = &rest[lt..tag_end];
        for attribute in ["aria-label=\"", "title=\"", "placeholder=\"", "alt=\""] {
            if let Some(at) = tag.find(attribute) {
                let value = &tag[at + attribute.len()..];
                nodes.push(value.split('"').next().unwrap_or("").to_owned());
            }
        }
        rest = &rest[tag_end..];
        // Scripts and styles are not read; `<code>` holds names of the machine's (CSV
        // columns, SPEC's field names), which stay the same in every language.
        for hidden in ["<script", "<style", "<code"] {
            if tag.starts_with(hidden) {
                let close = format!("</{}", &hidden[1..]);
                rest = rest.find(&close).map_or("", |c| &rest[c..]);
            }
        }
    }
    nodes.push(rest.to_owned());
    nodes
        .into_iter()
        .map(|n| visible_text(&n))
        .filter(|n| !n.is_empty())
        .collect()
}

/// What is left of a text node once the catalogue's messages (⟦…⟧), the seeded values,
/// dates, numbers and punctuation are taken out: words that came from nowhere else but
/// code.
fn left_in_code(node: &str, values: &HashSet<String>, long: &[String]) -> String {
    let mut text = String::new();
    let mut depth = 0;
    for c in node.chars() {
        match c {
            '⟦' => depth += 1,
            '⟧' => depth -= 1,
            _ if depth == 0 => text.push(c),
            _ => text.push(' '),
        }
    }
    let text = text.trim();
    if text.is_empty() || values.contains(text) || long.iter().any(|l| l.contains(text)) {
        return String::new();
    }
    // A seeded value inside a node ("Name <email>", "Title – ⟦…⟧") is taken out whole,
    // the longest first.
    let mut text = text.to_owned();
    let mut inside: Vec<&String> = values
        .iter()
        .filter(|v| v.chars().count() > 2 && text.contains(v.as_str()))
        .collect();
    inside.sort_by_key(|v| std::cmp::Reverse(v.len()));
    for v in inside {
        text = text.replace(v.as_str(), " ");
    }
    // Dates and times as CLDR writes them in the pseudo-language (British English).
    const MONTHS: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    let mut leftover = Vec::new();
    for word in text.split(|c: char| c.is_whitespace()) {
        let bare = word.trim_matches(|c: char| c.is_ascii_punctuation() || "·–—×…“”’".contains(c));
        let harmless = bare.is_empty()
            || bare
                .chars()
                .all(|c| c.is_ascii_digit() || ",.:%/-+".contains(c))
            || MONTHS.contains(&bare)
            || [
                "AoE", "UTC", "GNLC", "UIL", "UNESCO", "PDF", "CSV", "KB", "MB", "km²",
            ]
            .contains(&bare)
            || values.contains(bare)
            || values
                .iter()
                .any(|v| v.split_whitespace().any(|w| w == bare) && bare.len() > 2)
            || long.iter().any(|l| l.contains(bare) && bare.len() > 3);
        if !harmless {
            leftover.push(bare);
        }
    }
    leftover.join(" ")
}

#[tokio::test]
async fn every_page_of_every_role_takes_its_words_from_the_catalogue() {
    let app = spawn_app_with(&[
        ("GNLC_NOW", "2027-05-15T12:00:00Z"),
        ("GNLC_PSEUDO_LOCALE", "1"),
    ])
    .await;
    gnlc::demo::seed(&app.db, 60, 0).await.unwrap();
    let (values, long) = seeded_values(&app).await;
    let id_in = |stage: &'static str| {
        let db = app.db.clone();
        async move {
            sqlx::query_scalar::<_, i64>("SELECT min(id) FROM applications WHERE stage = $1")
                .bind(stage)
                .fetch_one(&db)
                .await
                .unwrap()
        }
    };
    let draft = id_in("draft").await;
    let submitted = id_in("submitted").await;
    let reviewed = id_in("under_review").await;
    let owner_of = |id: i64| {
        let db = app.db.clone();
        async move {
            sqlx::query_scalar::<_, String>(
                "SELECT u.email FROM applications a JOIN users u ON u.id = a.owner_id WHERE a.id = $1",
            )
            .bind(id)
            .fetch_one(&db)
            .await
            .unwrap()
        }
    };
    let country_of = |id: i64| {
        let db = app.db.clone();
        async move {
            sqlx::query_scalar::<_, String>("SELECT lower(country) FROM applications WHERE id = $1")
                .bind(id)
                .fetch_one(&db)
                .await
                .unwrap()
        }
    };
    let sections: Vec<&str> = gnlc::domain::form::Section::ALL
        .iter()
        .map(|s| s.slug())
        .collect();

    // A city accepted (the demo's sixty have none yet) that consented: its public profile.
    let accepted: i64 = sqlx::query_scalar(
        "SELECT max(id) FROM applications WHERE stage = 'under_review' AND id <> $1",
    )
    .bind(reviewed)
    .fetch_one(&app.db)
    .await
    .unwrap();
    let member: i64 = sqlx::query_scalar(
        "WITH consent AS (UPDATE applications
                             SET stage = 'accepted', decided_at = now(),
                                 answers = answers || '{\"publish_consent\": true}'
                           WHERE id = $1 RETURNING id, city_name, country)
         INSERT INTO members (city, country, joined_year, application_id, profile)
         SELECT city_name, country, 2027, id, true FROM consent RETURNING id",
    )
    .bind(accepted)
    .fetch_one(&app.db)
    .await
    .unwrap();
    let mut visits: Vec<(Option<String>, Vec<String>)> = vec![(
        None,
        [
            "/",
            "/members",
            "/login",
            "/register",
            "/password-reset",
            "/no-such-page",
            "/privacy",
        ]
        .map(String::from)
        .into_iter()
        .chain([format!("/members/{member}")])
        .collect(),
    )];
    let mut city_pages = vec![
        "/applications".to_owned(),
        format!("/applications/{draft}"),
        format!("/applications/{draft}/check"),
        format!("/applications/{draft}/print"),
        "/applications/new".to_owned(),
        "/account".to_owned(),
        "/account/data".to_owned(),
        "/account/delete".to_owned(),
        format!("/applications/{draft}/team"),
        // A city without a second factor: the page that sets one up.
        "/account/two-factor".to_owned(),
    ];
    city_pages.extend(
        sections
            .iter()
            .map(|s| format!("/applications/{draft}/edit/{s}")),
    );
    visits.push((Some(owner_of(draft).await), city_pages));
    visits.push((
        Some(format!(
            "natcom-{}@demo.example",
            country_of(submitted).await
        )),
        vec![
            "/natcom".into(),
            format!("/natcom/applications/{submitted}"),
            "/account".into(),
            "/account/two-factor".into(),
        ],
    ));
    visits.push((
        Some("reviewer1@demo.example".into()),
        vec!["/uil".into(), format!("/uil/applications/{reviewed}")],
    ));
    // A juror: their list, an application they said they have no conflict with, and the
    // declaration before another.
    let (juror, declared, to_declare): (String, i64, i64) = sqlx::query_as(
        "SELECT u.email, min(j.application_id), max(j.application_id)
           FROM jury_assignments j JOIN users u ON u.id = j.juror_id
          GROUP BY u.email HAVING count(*) > 1 ORDER BY u.email LIMIT 1",
    )
    .fetch_one(&app.db)
    .await
    .unwrap();
    sqlx::query(
        "INSERT INTO conflict_declarations (application_id, juror_id, conflict, declared_at)
         SELECT $1, id, false, now() FROM users WHERE email = $2",
    )
    .bind(declared)
    .bind(&juror)
    .execute(&app.db)
    .await
    .unwrap();
    visits.push((
        Some(juror),
        vec![
            "/jury".into(),
            format!("/jury/applications/{declared}"),
            format!("/jury/applications/{to_declare}"),
        ],
    ));
    let demo_call: i64 = sqlx::query_scalar("SELECT id FROM calls WHERE title = $1")
        .bind(gnlc::demo::DEMO_CALL)
        .fetch_one(&app.db)
        .await
        .unwrap();
    visits.push((
        Some("admin@demo.example".into()),
        [
            "/uil",
            "/uil/calls",
            "/uil/users",
            "/uil/extensions",
            "/uil/members",
            "/uil/audit",
            "/uil/outbox",
            "/uil/erasure",
        ]
        .map(String::from)
        .into_iter()
        .chain([
            format!("/uil/applications/{reviewed}"),
            format!("/uil/calls/{demo_call}/rubric"),
            format!("/uil/calls/{demo_call}/jury"),
            format!("/uil/calls/{demo_call}/ranking"),
        ])
        .collect(),
    ));

    let mut found = Vec::new();
    let mut pages = 0;
    for (who, paths) in visits {
        let b = browser_in(&app, "en-XA").await;
        if let Some(email) = &who {
            let r = b.login(email, DEMO_PASSWORD).await;
            assert_eq!(r.status(), 303, "{email} signs in");
        }
        for path in paths {
            let r = b.get(&path).await;
            let status = r.status().as_u16();
            assert!(
                status == 200 || (status == 404 && path == "/no-such-page"),
                "GET {path}: {status}"
            );
            let html = r.text().await.unwrap();
            assert_eq!(html_lang(&html), "en-XA", "{path}");
            pages += 1;
            for node in text_nodes(&html) {
                let left = left_in_code(&node, &values, &long);
                if !left.is_empty() {
                    found.push(format!(
                        "{path} ({}): {left:?} in {node:?}",
                        who.as_deref().unwrap_or("visitor")
                    ));
                }
            }
        }
    }
    assert!(pages > 25, "{pages} pages visited");
    assert!(
        found.is_empty(),
        "words not from the catalogue:\n{}",
        found.join("\n")
    );
}

#[tokio::test]
async fn the_call_reads_in_the_reader_s_language_where_uil_gave_it_and_in_english_otherwise() {
    let app = spawn_app_at("2023-05-15T12:00:00Z").await;
    let fr = browser_in(&app, "fr").await;
    let text = visible_text(&fr.page("/").await);
    assert!(
        text.contains("Rejoignez le Réseau mondial des villes apprenantes"),
        "{text}"
    );
    assert!(
        text.contains("L'appel à candidatures") || text.contains("appel à candidatures"),
        "{text}"
    );

    // UIL takes the Spanish text away and gives a Chinese title without its text.
    let admin = app
        .signed_in(gnlc::domain::Role::UilAdmin, "admin@uil.example", None)
        .await;
    let form = admin.page("/uil/calls/1").await;
    assert!(
        form.contains(r#"name="title_fr""#) && form.contains("Rejoignez"),
        "the form shows the French text"
    );
    let (title, body): (String, String) =
        sqlx::query_as("SELECT title, body FROM calls WHERE id = 1")
            .fetch_one(&app.db)
            .await
            .unwrap();
    let texts: Vec<(String, String, String)> =
        sqlx::query_as("SELECT locale::text, title, body FROM call_texts WHERE call_id = 1")
            .fetch_all(&app.db)
            .await
            .unwrap();
    let mut fields: Vec<(String, String)> = vec![
        ("title".into(), title),
        ("body".into(), body),
        ("opens_on".into(), "2023-04-01".into()),
        ("city_deadline".into(), "2023-05-31".into()),
        ("natcom_deadline".into(), "2023-06-30".into()),
        ("endorsement_quota".into(), "3".into()),
        ("deadline_zone".into(), "AoE".into()),
    ];
    for (locale, title, body) in &texts {
        let keep = locale != "es";
        fields.push((
            format!("title_{locale}"),
            if keep { title.clone() } else { String::new() },
        ));
        fields.push((
            format!("body_{locale}"),
            if keep { body.clone() } else { String::new() },
        ));
    }
    let half: Vec<(&str, &str)> = fields
        .iter()
        .map(|(k, v)| {
            let v = if k == "body_zh" { "" } else { v.as_str() };
            (k.as_str(), v)
        })
        .collect();
    let refused = admin.post("/uil/calls/1", &half).await;
    assert_eq!(
        refused.status(),
        422,
        "a title without its text is half a translation"
    );
    assert!(
        visible_text(&refused.text().await.unwrap())
            .contains("Enter the text of the call in this language, or leave its title empty too")
    );
    let whole: Vec<(&str, &str)> = fields
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    assert_eq!(
        location(&admin.post("/uil/calls/1", &whole).await),
        "/uil/calls"
    );

    // A Spanish reader now reads the English text, told so in Spanish; French stays.
    let es = browser_in(&app, "es").await;
    let text = visible_text(&es.page("/").await);
    assert!(
        text.contains("Join the UNESCO Global Network of Learning Cities!"),
        "{text}"
    );
    assert!(text.contains("aún no está disponible en español"), "{text}");
    assert!(visible_text(&fr.page("/").await).contains("Rejoignez le Réseau mondial"));

    // The signed-in pages name the call in the reader's language too.
    app.create_user(gnlc::domain::Role::Applicant, "nancy@city.example", None)
        .await;
    let city = browser_in(&app, "fr").await;
    city.login("nancy@city.example", PASSWORD).await;
    let text = visible_text(&city.page("/applications").await);
    assert!(text.contains("Rejoignez le Réseau mondial"), "{text}");
}

#[tokio::test]
async fn the_language_menu_of_a_page_that_answers_a_form_goes_back_to_the_form_s_page() {
    let app = spawn_app_at("2023-05-15T12:00:00Z").await;
    let b = app.browser();
    let token = b.csrf().await;
    // A sign-in that fails answers the POST with the sign-in page again.
    let r = b
        .client
        .post(b.url("/login"))
        .header("Referer", b.url("/login?next=%2Faccount"))
        .form(&[
            ("csrf_token", token.as_str()),
            ("email", "nobody@city.example"),
            ("password", "not this one"),
        ])
        .send()
        .await
        .unwrap();
    let html = r.text().await.unwrap();
    assert!(
        html.contains("back=%2Flogin%3Fnext%3D%252Faccount"),
        "the menu goes back to the page the form was on"
    );
    // Without a Referer from this site, to the home page, never to the POST-only address.
    let r = b
        .client
        .post(b.url("/login"))
        .header("Referer", "https://elsewhere.example/login")
        .form(&[
            ("csrf_token", token.as_str()),
            ("email", "nobody@city.example"),
            ("password", "not this one"),
        ])
        .send()
        .await
        .unwrap();
    assert!(r.text().await.unwrap().contains("back=%2F\""));
}
