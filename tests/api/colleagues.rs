//! Colleagues on one application: the owner invites by email, the colleague joins with
//! the account of that address, both edit and submit without losing each other's work,
//! the timeline says who did what, mail reaches everyone, and removal ends access at once.

use gnlc::domain::Role;

use crate::city::{SECTIONS, fill_in, start};
use crate::helpers::{Browser, TestApp, link_in, location, spawn_app_with, visible_text};
use crate::smtp::SmtpServer;

async fn app_with_mail(now: &str) -> (TestApp, SmtpServer) {
    let smtp = SmtpServer::start();
    let app = spawn_app_with(&[
        ("SMTP_URL", &smtp.url()),
        ("BASE_URL", "http://gnlc.test"),
        ("GNLC_NOW", now),
    ])
    .await;
    (app, smtp)
}

/// Ana's application of Lisboa, and Bruno, a colleague who joined it from the mail.
async fn ana_and_bruno(app: &TestApp, smtp: &SmtpServer) -> (Browser, Browser, i64) {
    let ana = app.signed_in(Role::Applicant, "ana@lisboa.pt", None).await;
    let id = start(&ana, "Lisboa", "PT").await;
    let invited = ana
        .post(
            &format!("/applications/{id}/team"),
            &[("email", "Bruno@Lisboa.pt")],
        )
        .await;
    assert_eq!(invited.status(), 303, "inviting: {:?}", invited.headers());
    assert_eq!(
        location(&invited),
        format!("/applications/{id}/team?invited=Bruno%40Lisboa.pt")
    );
    let team = visible_text(&ana.page(location(&invited)).await);
    assert!(
        team.contains("Invitation sent to Bruno@Lisboa.pt"),
        "{team}"
    );

    let mail = smtp.wait_for("Bruno@Lisboa.pt", 1).await.remove(0);
    assert_eq!(
        mail.subject(),
        "Work with us on the application of Lisboa to the UNESCO Global Network of Learning Cities"
    );
    assert!(
        mail.text().contains("applicant user invites you"),
        "{}",
        mail.text()
    );
    let link =
        link_in(&mail.text(), "http://gnlc.test/team-invitation/").replace("http://gnlc.test", "");

    // Opened before signing in, the link says how to join.
    let bruno = app.browser();
    let page = visible_text(&bruno.page(&link).await);
    assert!(page.contains("Sign in with Bruno@Lisboa.pt"), "{page}");
    app.create_user(Role::Applicant, "bruno@lisboa.pt", None)
        .await;
    bruno
        .login("bruno@lisboa.pt", crate::helpers::PASSWORD)
        .await;
    assert_eq!(
        bruno
            .get(&format!("/applications/{id}/edit"))
            .await
            .status(),
        404,
        "not a colleague before joining"
    );
    let page = visible_text(&bruno.page(&link).await);
    assert!(page.contains("Join the application of Lisboa"), "{page}");
    let joined = bruno.post(&link, &[]).await;
    assert_eq!(location(&joined), format!("/applications/{id}"));
    assert_eq!(
        bruno
            .get(&format!("/applications/{id}/edit"))
            .await
            .status(),
        200
    );
    // The link works once.
    assert_eq!(bruno.get(&link).await.status(), 404);
    (ana, bruno, id)
}

fn section(name: &str) -> Vec<(&'static str, &'static str)> {
    SECTIONS
        .iter()
        .find(|(s, _)| *s == name)
        .map(|(_, f)| f.to_vec())
        .unwrap()
}

async fn answer(app: &TestApp, id: i64, field: &str) -> Option<String> {
    sqlx::query_scalar("SELECT answers->>$2 FROM applications WHERE id = $1")
        .bind(id)
        .bind(field)
        .fetch_one(&app.db)
        .await
        .unwrap()
}

#[tokio::test]
async fn two_colleagues_edit_at_once_and_lose_nothing_and_the_timeline_says_who_did_what() {
    let (app, smtp) = app_with_mail("2023-05-10T12:00:00Z").await;
    let (ana, bruno, id) = ana_and_bruno(&app, &smtp).await;

    // At the same moment, each saves a section of their own: both stick.
    let mayor = section("mayor");
    let contact = section("contact");
    let (mayor_path, contact_path) = (
        format!("/applications/{id}/edit/mayor"),
        format!("/applications/{id}/edit/contact"),
    );
    let (a, b) = tokio::join!(
        ana.post(&mayor_path, &mayor),
        bruno.post(&contact_path, &contact),
    );
    assert_eq!((a.status().as_u16(), b.status().as_u16()), (303, 303));
    assert_eq!(
        answer(&app, id, "mayor_name").await.as_deref(),
        Some("Carlos Moedas")
    );
    assert!(
        answer(&app, id, "contact_email").await.is_some(),
        "Bruno's section stuck too"
    );

    // The same section, one after the other: the later wins.
    let mut first = section("mayor");
    first.retain(|(k, _)| *k != "mayor_name");
    first.push(("mayor_name", "Ana's spelling"));
    let mut second = section("mayor");
    second.retain(|(k, _)| *k != "mayor_name");
    second.push(("mayor_name", "Bruno's spelling"));
    ana.post(&format!("/applications/{id}/edit/mayor"), &first)
        .await;
    bruno
        .post(&format!("/applications/{id}/edit/mayor"), &second)
        .await;
    assert_eq!(
        answer(&app, id, "mayor_name").await.as_deref(),
        Some("Bruno's spelling")
    );

    let page = visible_text(&ana.page(&format!("/applications/{id}")).await);
    assert!(
        page.contains("applicant user joined the application"),
        "{page}"
    );
    let saves = page.matches("Saved the section “The mayor”").count();
    assert_eq!(
        saves, 3,
        "every save of the mayor's section is on the timeline: {page}"
    );
    assert!(
        page.contains("Saved the section “Contact person”"),
        "{page}"
    );
}

#[tokio::test]
async fn a_colleague_submits_and_every_member_hears_of_it() {
    let (app, smtp) = app_with_mail("2023-05-10T12:00:00Z").await;
    let (_ana, bruno, id) = ana_and_bruno(&app, &smtp).await;
    fill_in(&bruno, id, "Lisboa", "PT").await;
    let submitted = bruno.post(&format!("/applications/{id}/submit"), &[]).await;
    assert_eq!(
        location(&submitted),
        format!("/applications/{id}/submitted")
    );
    smtp.wait_for("ana@lisboa.pt", 1).await;
    smtp.wait_for("bruno@lisboa.pt", 1).await;
    let receipts: Vec<String> = app
        .outbox()
        .await
        .into_iter()
        .filter(|(_, _, kind, _)| kind == "submission_receipt")
        .map(|(to, ..)| to)
        .collect();
    assert!(
        receipts.contains(&"ana@lisboa.pt".to_owned()),
        "{receipts:?}"
    );
    assert!(
        receipts.contains(&"bruno@lisboa.pt".to_owned()),
        "{receipts:?}"
    );
}

#[tokio::test]
async fn the_owner_alone_invites_and_removes_and_removal_ends_access_at_once() {
    let (app, smtp) = app_with_mail("2023-05-10T12:00:00Z").await;
    let (ana, bruno, id) = ana_and_bruno(&app, &smtp).await;
    let page = visible_text(&bruno.page(&format!("/applications/{id}/team")).await);
    assert!(
        page.contains("The person who started the application invites"),
        "{page}"
    );
    assert_eq!(
        bruno
            .post(
                &format!("/applications/{id}/team"),
                &[("email", "carla@lisboa.pt")]
            )
            .await
            .status(),
        403
    );
    let again = ana
        .post(
            &format!("/applications/{id}/team"),
            &[("email", "bruno@lisboa.pt")],
        )
        .await;
    assert_eq!(again.status(), 422);
    assert!(
        visible_text(&again.text().await.unwrap()).contains("already works on the application")
    );

    let bruno_id: i64 = sqlx::query_scalar("SELECT id FROM users WHERE email = 'bruno@lisboa.pt'")
        .fetch_one(&app.db)
        .await
        .unwrap();
    let removed = ana
        .post(&format!("/applications/{id}/team/{bruno_id}/remove"), &[])
        .await;
    assert_eq!(
        location(&removed),
        format!("/applications/{id}/team?removed=1")
    );
    assert_eq!(
        bruno
            .get(&format!("/applications/{id}/edit"))
            .await
            .status(),
        404
    );
    let save = bruno
        .post(&format!("/applications/{id}/edit/mayor"), &section("mayor"))
        .await;
    assert_eq!(save.status(), 404, "a removed colleague's save is refused");
    let list = visible_text(&bruno.page("/applications").await);
    assert!(!list.contains("Lisboa"), "{list}");
    let page = visible_text(&ana.page(&format!("/applications/{id}")).await);
    assert!(
        page.contains("Removed applicant user from the application"),
        "{page}"
    );
}

#[tokio::test]
async fn an_invitation_opened_with_another_account_says_whose_it_is() {
    let (app, smtp) = app_with_mail("2023-05-10T12:00:00Z").await;
    let ana = app.signed_in(Role::Applicant, "ana@lisboa.pt", None).await;
    let id = start(&ana, "Lisboa", "PT").await;
    ana.post(
        &format!("/applications/{id}/team"),
        &[("email", "bruno@lisboa.pt")],
    )
    .await;
    let mail = smtp.wait_for("bruno@lisboa.pt", 1).await.remove(0);
    let link =
        link_in(&mail.text(), "http://gnlc.test/team-invitation/").replace("http://gnlc.test", "");
    let other = app.signed_in(Role::Applicant, "carla@porto.pt", None).await;
    let page = visible_text(&other.page(&link).await);
    assert!(
        page.contains(
            "This invitation is for bruno@lisboa.pt, and you are signed in as carla@porto.pt"
        ),
        "{page}"
    );
    assert_eq!(other.post(&link, &[]).await.status(), 403);
    assert_eq!(
        other.get(&format!("/applications/{id}")).await.status(),
        404
    );
}
