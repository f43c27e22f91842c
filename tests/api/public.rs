//! The public pages: the call and the member directory.

use crate::helpers::{spawn_app, spawn_app_at, visible_text};

const OPENS: &str = "1 April 2023, 00:00 AoE (1 April 2023, 12:00 UTC)";
const CITY_DEADLINE: &str = "31 May 2023, 23:59 AoE (1 June 2023, 11:59 UTC)";
const NATCOM_DEADLINE: &str = "30 June 2023, 23:59 AoE (1 July 2023, 11:59 UTC)";

async fn call_page_at(now: &str) -> String {
    let app = spawn_app_at(now).await;
    visible_text(&app.page("/").await)
}

fn assert_shows_all_three_dates(text: &str) {
    for date in [OPENS, CITY_DEADLINE, NATCOM_DEADLINE] {
        assert!(text.contains(date), "the page should show {date}:\n{text}");
    }
}

#[tokio::test]
async fn before_1_april_the_call_page_says_the_call_is_not_open_yet() {
    let text = call_page_at("2023-03-15T12:00:00Z").await;
    assert!(text.contains("Not open yet"), "{text}");
    assert!(
        text.contains(&format!("Applications open on {OPENS}")),
        "{text}"
    );
    assert_shows_all_three_dates(&text);
}

#[tokio::test]
async fn in_mid_may_the_call_page_says_cities_can_apply_and_how_long_is_left() {
    let text = call_page_at("2023-05-15T12:00:00Z").await;
    assert!(text.contains("Open for cities: 16 days left"), "{text}");
    assert!(text.contains("Register to apply"), "{text}");
    assert!(
        text.contains("Each date is a whole day Anywhere on Earth (AoE, UTC−12)"),
        "{text}"
    );
    assert_shows_all_three_dates(&text);
}

#[tokio::test]
async fn in_june_the_call_page_says_only_national_commissions_can_still_act() {
    let text = call_page_at("2023-06-10T12:00:00Z").await;
    assert!(
        text.contains("Closed for cities; open for National Commissions"),
        "{text}"
    );
    assert!(text.contains("until 30 June 2023, 23:59 AoE"), "{text}");
    assert!(!text.contains("Register to apply"), "{text}");
    assert_shows_all_three_dates(&text);
}

#[tokio::test]
async fn after_30_june_the_call_page_says_the_call_is_closed() {
    let text = call_page_at("2023-07-15T12:00:00Z").await;
    assert!(text.contains("This call is closed"), "{text}");
    assert_shows_all_three_dates(&text);
}

#[tokio::test]
async fn on_the_real_clock_the_2023_call_shows_as_closed() {
    let app = spawn_app().await;
    let text = visible_text(&app.page("/").await);
    assert!(text.contains("This call is closed"), "{text}");
}

#[tokio::test]
async fn the_call_page_renders_the_call_text_the_steps_and_the_quota() {
    let app = spawn_app_at("2023-05-15T12:00:00Z").await;
    let html = app.page("/").await;
    let text = visible_text(&html);
    assert!(text.contains("Join the UNESCO Global Network of Learning Cities!"));
    assert!(
        html.contains("<h2>Becoming a learning city</h2>"),
        "the call text is rendered"
    );
    assert!(html.contains("<li>revitalizes learning in families and communities;</li>"));
    assert!(text.contains("The city registers, fills in the application form"));
    assert!(text.contains("The National Commission endorses at most 3 cities"));
    assert!(text.contains("UIL reviews the endorsed applications"));
    assert!(html.contains(r#"href="/register""#) && html.contains(r#"href="/login""#));
}

/// The call page is kept rendered by the revision of the calls; a change made outside
/// this server (another server process, an administrator in psql) makes a new revision,
/// which the server hears of from PostgreSQL at once.
#[tokio::test]
async fn a_change_made_elsewhere_shows_on_the_next_call_page() {
    let app = spawn_app_at("2023-05-15T12:00:00Z").await;
    assert!(visible_text(&app.page("/").await).contains("endorses at most 3 cities"));
    sqlx::query(
        "UPDATE calls SET endorsement_quota = 4,
                body = replace(body, 'Becoming a learning city', 'Becoming a learning city today')",
    )
    .execute(&app.db)
    .await
    .unwrap();
    // The notification of the new revision travels beside the page's request; both are
    // on this machine, so it is there within milliseconds.
    let started = std::time::Instant::now();
    let html = loop {
        let html = app.page("/").await;
        if visible_text(&html).contains("endorses at most 4 cities")
            || started.elapsed() > std::time::Duration::from_secs(2)
        {
            break html;
        }
        tokio::time::sleep(std::time::Duration::from_millis(5)).await;
    };
    assert!(visible_text(&html).contains("endorses at most 4 cities"));
    assert!(
        html.contains("<h2>Becoming a learning city today</h2>"),
        "the text is rendered again"
    );
}

#[tokio::test]
async fn a_visitor_who_has_the_call_page_is_told_it_has_not_changed() {
    let app = spawn_app_at("2023-05-15T12:00:00Z").await;
    let first = app.get("/").await;
    let etag = first.headers()["etag"].to_str().unwrap().to_owned();
    let again = app
        .visitor
        .client
        .get(app.url("/"))
        .header("if-none-match", &etag)
        .send()
        .await
        .unwrap();
    assert_eq!(again.status(), 304);
    assert!(again.text().await.unwrap().is_empty());
    // A new revision of the calls is a new page.
    sqlx::query("UPDATE calls SET endorsement_quota = 4")
        .execute(&app.db)
        .await
        .unwrap();
    let started = std::time::Instant::now();
    loop {
        let changed = app
            .visitor
            .client
            .get(app.url("/"))
            .header("if-none-match", &etag)
            .send()
            .await
            .unwrap();
        if changed.status() == 200 {
            assert_ne!(changed.headers()["etag"].to_str().unwrap(), etag);
            break;
        }
        assert!(
            started.elapsed() < std::time::Duration::from_secs(2),
            "still 304"
        );
        tokio::time::sleep(std::time::Duration::from_millis(5)).await;
    }
    // A signed-in person's page carries their name: it has no ETag.
    let signed_in = app
        .signed_in(gnlc::domain::Role::Applicant, "ana@lisboa.pt", None)
        .await;
    let page = signed_in.get("/").await;
    assert!(page.headers().get("etag").is_none());
    assert!(visible_text(&page.text().await.unwrap()).contains("applicant user"));
}

#[tokio::test]
async fn a_new_call_with_later_dates_becomes_the_current_call_when_it_opens() {
    let app = spawn_app_at("2025-04-10T12:00:00Z").await;
    sqlx::query(
        "INSERT INTO calls (title, body, opens_on, city_deadline, natcom_deadline, endorsement_quota, deadline_zone)
         VALUES ('Call for membership 2025', 'The 2025 call.', '2025-04-01', '2025-05-15', '2025-06-15', 2, 'Europe/Paris')",
    )
    .execute(&app.db)
    .await
    .unwrap();
    let text = visible_text(&app.page("/").await);
    assert!(text.contains("Call for membership 2025"), "{text}");
    assert!(
        text.contains("15 May 2025, 23:59 CEST (15 May 2025, 21:59 UTC)"),
        "{text}"
    );
    assert!(text.contains("endorses at most 2 cities"), "{text}");
    assert!(
        text.contains("Each date is a whole day in the Europe/Paris time zone."),
        "{text}"
    );
    assert!(!text.contains("Anywhere on Earth"), "{text}");
}

#[tokio::test]
async fn text_from_the_database_is_escaped_on_the_page() {
    let app = spawn_app_at("2023-05-15T12:00:00Z").await;
    sqlx::query("UPDATE calls SET title = '<script>alert(1)</script> call', body = 'Hi <img src=x onerror=alert(1)>'")
        .execute(&app.db)
        .await
        .unwrap();
    let html = app.page("/").await;
    assert!(!html.contains("<script>alert"), "{html}");
    assert!(!html.contains("<img src=x"), "{html}");
    // Shown as text: the title, escaped, is on the page.
    assert!(
        html.contains("&#60;script&#62;alert(1)&#60;/script&#62; call"),
        "{html}"
    );
}

#[tokio::test]
async fn the_member_directory_lists_every_member_and_says_it_is_partial() {
    let app = spawn_app().await;
    let html = app.page("/members").await;
    let text = visible_text(&html);
    assert!(text.contains("This list is partial"), "{text}");
    assert!(text.contains("All 247 members"), "{text}");
    assert!(text.contains("Bogotá"));
    // Counts per region add up to the whole directory.
    for region in [
        "Africa",
        "Arab States",
        "Asia and the Pacific",
        "Europe and North America",
        "Latin America and the Caribbean",
    ] {
        assert!(
            html.contains(&format!(">{region}</a></th>")),
            "a count row for {region}"
        );
    }
}

#[tokio::test]
async fn members_filter_by_region() {
    let app = spawn_app().await;
    let text = visible_text(&app.page("/members?region=Arab+States").await);
    assert!(text.contains("Al Daayen Qatar Arab States"), "{text}");
    assert!(
        !text.contains("Bogotá"),
        "a city of another region is listed"
    );
    assert!(
        !text.contains("Latin America and the Caribbean 20"),
        "{text}"
    );
}

#[tokio::test]
async fn members_filter_by_country_and_by_both() {
    let app = spawn_app().await;
    let text = visible_text(&app.page("/members?country=DZ").await);
    assert!(text.contains("Adrar Algeria Arab States 2020"), "{text}");
    assert!(
        !text.contains("Agadir"),
        "a Moroccan city is listed for Algeria"
    );

    let text = visible_text(&app.page("/members?region=Arab+States&country=dz").await);
    assert!(
        text.contains("Adrar Algeria"),
        "lower-case codes are understood: {text}"
    );

    let text = visible_text(&app.page("/members?region=Africa&country=DZ").await);
    assert!(
        text.contains("0 matching members"),
        "Algeria is not in Africa's group: {text}"
    );
}

#[tokio::test]
async fn unknown_member_filters_give_an_empty_list_not_an_error() {
    let app = spawn_app().await;
    for query in [
        "region=Atlantis",
        "country=ZZ",
        "country=%3Cscript%3E",
        "region=&country=",
    ] {
        let response = app.get(&format!("/members?{query}")).await;
        assert_eq!(response.status(), 200, "{query}");
        let text = visible_text(&response.text().await.unwrap());
        if query == "region=&country=" {
            assert!(
                text.contains("All 247 members"),
                "empty filters mean all: {text}"
            );
        } else {
            assert!(
                text.contains("No member city matches these filters"),
                "{query}: {text}"
            );
        }
    }
}
