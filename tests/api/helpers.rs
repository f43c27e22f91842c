//! Test support: fresh databases and a running application, as zero-to-production's
//! `spawn_app` does it.

use std::sync::atomic::{AtomicU32, Ordering};

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use gnlc::config::MailSettings;
use gnlc::domain::Role;
use gnlc::{AppState, Config};
use reqwest::cookie::{CookieStore, Jar};
use sqlx::postgres::PgPoolOptions;
// Database names here are made by the tests themselves, never from input.
use sqlx::{AssertSqlSafe, Connection, PgConnection, PgPool};
use tokio::sync::OnceCell;

/// A database of its own for one test, migrated. Databases are named `gnlc_t_<pid>_<n>`;
/// the first test of a run drops those left by earlier runs whose process is gone.
pub struct TestDb {
    pub pool: PgPool,
    pub url: String,
}

fn admin_url() -> String {
    std::env::var("DATABASE_URL").expect(
        "DATABASE_URL is not set: run the tests with scripts/test, which prepares PostgreSQL",
    )
}

/// The same server and options as `url`, another database.
pub fn with_database(url: &str, name: &str) -> String {
    let (base, query) = url
        .split_once('?')
        .map_or((url, None), |(b, q)| (b, Some(q)));
    let (server, _) = base
        .rsplit_once('/')
        .expect("DATABASE_URL has a database path");
    match query {
        Some(q) => format!("{server}/{name}?{q}"),
        None => format!("{server}/{name}"),
    }
}

async fn drop_stale_databases(admin: &mut PgConnection) {
    let names: Vec<String> =
        sqlx::query_scalar("SELECT datname FROM pg_database WHERE datname LIKE 'gnlc\\_t\\_%'")
            .fetch_all(&mut *admin)
            .await
            .unwrap();
    for name in names {
        let pid = name.split('_').nth(2).unwrap_or_default();
        if !std::path::Path::new(&format!("/proc/{pid}")).exists() {
            sqlx::query(AssertSqlSafe(format!(
                r#"DROP DATABASE IF EXISTS "{name}" WITH (FORCE)"#
            )))
            .execute(&mut *admin)
            .await
            .unwrap();
        }
    }
}

impl TestDb {
    pub async fn new() -> Self {
        static SWEPT: OnceCell<()> = OnceCell::const_new();
        static NEXT: AtomicU32 = AtomicU32::new(0);
        let admin_url = admin_url();
        let mut admin = PgConnection::connect(&admin_url)
            .await
            .expect("cannot reach PostgreSQL at DATABASE_URL");
        SWEPT
            .get_or_init(|| async {
                // Runs on the first test's connection; the others wait for it.
                let mut own = PgConnection::connect(&admin_url).await.unwrap();
                drop_stale_databases(&mut own).await;
            })
            .await;
        let name = format!(
            "gnlc_t_{}_{}",
            std::process::id(),
            NEXT.fetch_add(1, Ordering::Relaxed)
        );
        sqlx::query(AssertSqlSafe(format!(r#"CREATE DATABASE "{name}""#)))
            .execute(&mut admin)
            .await
            .unwrap();
        let url = with_database(&admin_url, &name);
        let pool = PgPoolOptions::new()
            .max_connections(20)
            .connect(&url)
            .await
            .unwrap();
        gnlc::db::migrate(&pool).await.unwrap();
        TestDb { pool, url }
    }

    /// A fresh database with the reference data and the 2023 call, as `gnlc serve` leaves it.
    pub async fn seeded() -> Self {
        let db = TestDb::new().await;
        gnlc::db::seed::load_reference_data(&db.pool).await.unwrap();
        db
    }
}

/// The application, served on a free port in this process.
pub struct TestApp {
    pub address: String,
    /// The URL of its database.
    pub database: String,
    pub db: PgPool,
    /// A browser with no account yet.
    pub visitor: Browser,
    /// Stops the mail worker when the test ends.
    _stop_worker: tokio::sync::watch::Sender<bool>,
}

/// The application with its clock started at `now` (as `GNLC_NOW` does), on a fresh,
/// seeded database.
pub async fn spawn_app_at(now: &str) -> TestApp {
    spawn_app_with(&[("GNLC_NOW", now)]).await
}

/// The application on the real clock.
pub async fn spawn_app() -> TestApp {
    spawn_app_with(&[]).await
}

/// The application configured by `env` (as the environment would), on a fresh seeded
/// database; with `SMTP_URL` set, its mail worker runs with short test timings.
pub async fn spawn_app_with(env: &[(&str, &str)]) -> TestApp {
    let db = TestDb::seeded().await;
    spawn_app_on(&db, env).await
}

pub async fn spawn_app_on(db: &TestDb, env: &[(&str, &str)]) -> TestApp {
    let mut vars: Vec<(String, String)> = env
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
    vars.push(("DATABASE_URL".into(), db.url.clone()));
    let mut config =
        Config::from_lookup(|name| vars.iter().find(|(k, _)| k == name).map(|(_, v)| v.clone()))
            .expect("valid test configuration");
    config.mail = fast_mail_settings();
    serve(AppState::new(db.pool.clone(), config)).await
}

pub fn fast_mail_settings() -> MailSettings {
    MailSettings {
        poll_interval: Duration::from_millis(50),
        retry_base: Duration::from_millis(200),
        max_attempts: 5,
        lease: Duration::from_secs(30),
        reminder_interval: Duration::from_millis(100),
        batch: 16,
    }
}

/// Serves `state` on a free port until the test ends, with its mail worker if SMTP_URL is set.
pub async fn serve(state: AppState) -> TestApp {
    let db = state.app().db.clone();
    let database = state.app().config.database_url.clone();
    let (stop_worker, worker_stops) = tokio::sync::watch::channel(false);
    gnlc::spawn_background(&state, worker_stops).expect("background work starts");
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = format!("http://{}", listener.local_addr().unwrap());
    let app = gnlc::router(state).into_make_service_with_connect_info::<SocketAddr>();
    tokio::spawn(async move { axum::serve(listener, app).await });
    TestApp {
        visitor: Browser::new(&address).of_database(&database),
        address,
        database,
        db,
        _stop_worker: stop_worker,
    }
}

impl TestApp {
    pub fn url(&self, path: &str) -> String {
        format!("{}{}", self.address, path)
    }

    pub async fn get(&self, path: &str) -> reqwest::Response {
        self.visitor.get(path).await
    }

    /// GET `path` as a visitor, expecting 200, and return the page's text.
    pub async fn page(&self, path: &str) -> String {
        self.visitor.page(path).await
    }

    /// A new browser, with cookies of its own.
    pub fn browser(&self) -> Browser {
        Browser::new(&self.address).of_database(&self.database)
    }

    /// A browser holding a copy of `other`'s cookies (the session, the CSRF token),
    /// talking to this server: the same person behind a load balancer without sticky
    /// sessions, whose copy keeps its session cookie whatever `other` does next.
    pub fn browser_with_cookies_of(&self, other: &Browser) -> Browser {
        let copy = self.browser();
        let from: reqwest::Url = other.address.parse().unwrap();
        let to: reqwest::Url = self.address.parse().unwrap();
        if let Some(header) = other.jar.cookies(&from) {
            for cookie in header.to_str().unwrap().split("; ") {
                copy.jar.add_cookie_str(&format!("{cookie}; Path=/"), &to);
            }
        }
        copy
    }

    /// Makes an account directly in the database (as `gnlc user add` would), confirmed.
    pub async fn create_user(&self, role: Role, email: &str, country: Option<&str>) -> i64 {
        let hash = gnlc::security::hash_password(PASSWORD.into())
            .await
            .unwrap();
        let mut conn = self.db.acquire().await.unwrap();
        let id = gnlc::db::users::create(
            &mut conn,
            gnlc::db::users::NewUser {
                email,
                name: &format!("{} user", role.as_str()),
                role,
                country,
                password_hash: Some(&hash),
                verified_at: Some(chrono::Utc::now()),
                now: chrono::Utc::now(),
            },
        )
        .await
        .unwrap()
        .expect("a new address");
        // Staff accounts cannot reach their pages without a second factor: these have
        // one, set up with the demo's key (see `code_for`).
        if gnlc::domain::two_factor::required(role) {
            sqlx::query(
                "UPDATE users SET totp_secret = $2, totp_enrolled_at = now() WHERE id = $1",
            )
            .bind(id)
            .bind(gnlc::demo::DEMO_TOTP_SECRET)
            .execute(&self.db)
            .await
            .unwrap();
        }
        id
    }

    /// Like `create_user`, without a second factor: a staff account as invited, before
    /// its owner sets one up.
    pub async fn create_user_without_two_factor(
        &self,
        role: Role,
        email: &str,
        country: Option<&str>,
    ) -> i64 {
        let id = self.create_user(role, email, country).await;
        sqlx::query("UPDATE users SET totp_secret = NULL, totp_enrolled_at = NULL WHERE id = $1")
            .bind(id)
            .execute(&self.db)
            .await
            .unwrap();
        id
    }

    /// A browser signed in to a new confirmed account with `role`.
    pub async fn signed_in(&self, role: Role, email: &str, country: Option<&str>) -> Browser {
        self.create_user(role, email, country).await;
        let browser = self.browser();
        let response = browser.login(email, PASSWORD).await;
        assert_eq!(response.status(), 303, "signing in as {email}");
        browser
    }

    /// The mail the application has queued, oldest first, as (recipient, subject, kind, state).
    pub async fn outbox(&self) -> Vec<(String, String, String, String)> {
        sqlx::query_as("SELECT recipient, subject, kind, state FROM mail_outbox ORDER BY id")
            .fetch_all(&self.db)
            .await
            .unwrap()
    }
}

/// The password of accounts made by `create_user`.
pub const PASSWORD: &str = "correct horse battery staple";

/// A browser: its own cookies (session, CSRF), no automatic redirects, so that tests see
/// the redirects a person's browser would follow.
pub struct Browser {
    pub client: reqwest::Client,
    jar: Arc<Jar>,
    address: String,
    /// The database whose accounts it signs in to.
    accounts: String,
    /// The CSRF token last read, with the cookies it was read under.
    csrf: std::sync::Mutex<Option<CsrfKept>>,
}

type CsrfKept = ((Option<String>, Option<String>), String);

/// The value of the first hidden `csrf_token` field of a page.
pub fn token_in(html: &str) -> Option<String> {
    let at = html.find(r#"name="csrf_token" value=""#)? + r#"name="csrf_token" value=""#.len();
    Some(html[at..].split('"').next()?.to_owned())
}

impl Browser {
    pub fn new(address: &str) -> Self {
        let jar = Arc::new(Jar::default());
        let client = reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .cookie_provider(jar.clone())
            .build()
            .unwrap();
        Browser {
            client,
            jar,
            address: address.to_owned(),
            accounts: address.to_owned(),
            csrf: std::sync::Mutex::default(),
        }
    }

    /// The browser of an application on `database`: the accounts it signs in to are
    /// that database's (several servers may share one).
    pub fn of_database(mut self, database: &str) -> Self {
        self.accounts = database.to_owned();
        self
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{}", self.address, path)
    }

    pub async fn get(&self, path: &str) -> reqwest::Response {
        self.client.get(self.url(path)).send().await.unwrap()
    }

    /// GET `path`, expecting 200, and return the page's HTML.
    pub async fn page(&self, path: &str) -> String {
        let response = self.get(path).await;
        assert_eq!(response.status(), 200, "GET {path}");
        response.text().await.unwrap()
    }

    /// The value of one of this browser's cookies.
    pub fn cookie(&self, name: &str) -> Option<String> {
        let url: reqwest::Url = self.address.parse().unwrap();
        let header = self.jar.cookies(&url)?;
        header
            .to_str()
            .unwrap()
            .split("; ")
            .filter_map(|c| c.split_once('='))
            .find(|(k, _)| *k == name)
            .map(|(_, v)| v.to_owned())
    }

    /// The CSRF token this browser's forms carry, read from a page as a person's browser
    /// has it: the sign-in form for a visitor, the sign-out button for a signed-in person.
    /// Kept while the browser's cookies stay the same (the token follows the session).
    pub async fn csrf(&self) -> String {
        let cookies = (self.cookie("gnlc_session"), self.cookie("gnlc_pre"));
        if let Some((kept_for, token)) = self.csrf.lock().unwrap().clone()
            && kept_for == cookies
        {
            return token;
        }
        let login = self.get("/login").await;
        let html = if login.status() == 303 {
            // A staff account still without a second factor is sent to set one up.
            let account = self.get("/account").await;
            if account.status() == 303 {
                self.page(location(&account)).await
            } else {
                account.text().await.unwrap()
            }
        } else {
            login.text().await.unwrap()
        };
        let token = token_in(&html).expect("a page with a form carries a CSRF token");
        let cookies = (self.cookie("gnlc_session"), self.cookie("gnlc_pre"));
        *self.csrf.lock().unwrap() = Some((cookies, token.clone()));
        token
    }

    /// POSTs a form as a page of the site would, with its CSRF token.
    pub async fn post(&self, path: &str, fields: &[(&str, &str)]) -> reqwest::Response {
        let token = self.csrf().await;
        let mut form: Vec<(&str, &str)> = vec![("csrf_token", &token)];
        form.extend_from_slice(fields);
        self.post_raw(path, &form).await
    }

    /// POSTs exactly `fields`, without adding a CSRF token.
    pub async fn post_raw(&self, path: &str, fields: &[(&str, &str)]) -> reqwest::Response {
        self.client
            .post(self.url(path))
            .form(fields)
            .send()
            .await
            .unwrap()
    }

    /// POSTs a multipart form, with its CSRF token, and files as (field, filename, bytes).
    pub async fn post_multipart(
        &self,
        path: &str,
        fields: &[(&str, &str)],
        files: &[(&str, &str, Vec<u8>)],
    ) -> reqwest::Response {
        let mut form = reqwest::multipart::Form::new().text("csrf_token", self.csrf().await);
        for (k, v) in fields {
            form = form.text(k.to_string(), v.to_string());
        }
        for (field, filename, content) in files {
            let part = reqwest::multipart::Part::bytes(content.clone())
                .file_name(filename.to_string())
                .mime_str("application/pdf")
                .unwrap();
            form = form.part(field.to_string(), part);
        }
        self.client
            .post(self.url(path))
            .multipart(form)
            .send()
            .await
            .unwrap()
    }

    /// Signs in as a person would: the password, then, for an account with a second
    /// factor, the code their app shows (`code_for`). Answers the last step's response.
    pub async fn login(&self, email: &str, password: &str) -> reqwest::Response {
        let response = self.login_with_password(email, password).await;
        self.then_code(email, response).await
    }

    /// After the password's `response`: when it asks for the code, the code an app shows,
    /// sent with the page to go on to.
    pub async fn then_code(&self, email: &str, response: reqwest::Response) -> reqwest::Response {
        if response.status() == 303 && location(&response).starts_with("/login/code") {
            let next = location(&response).to_owned();
            let next = reqwest::Url::parse(&self.url(&next)).unwrap();
            let next = next
                .query_pairs()
                .find(|(k, _)| k == "next")
                .map(|(_, v)| v.into_owned())
                .unwrap_or_default();
            let code = code_for(&self.accounts, email).await;
            return self
                .post("/login/code", &[("code", &code), ("next", &next)])
                .await;
        }
        response
    }

    /// The first step of signing in alone: the password.
    pub async fn login_with_password(&self, email: &str, password: &str) -> reqwest::Response {
        self.post("/login", &[("email", email), ("password", password)])
            .await
    }

    /// Sets up a second factor as a person would from `/account/two-factor`: reads the
    /// key beside the QR code, types the code an app with that key shows. Returns the
    /// recovery codes the page shows once.
    pub async fn enrol_two_factor(&self, email: &str) -> Vec<String> {
        let page = self.page("/account/two-factor").await;
        let secret = secret_in(&page).expect("the key is shown as text beside the QR code");
        remember_secret(&self.accounts, email, &secret);
        let code = code_for(&self.accounts, email).await;
        let done = self.post("/account/two-factor", &[("code", &code)]).await;
        assert_eq!(done.status(), 200, "setting up the second factor");
        let html = done.text().await.unwrap();
        let codes = recovery_codes_in(&html);
        assert_eq!(codes.len(), 10, "ten recovery codes: {html}");
        codes
    }

    /// What names the accounts this browser signs in to, for `code_for`.
    pub fn accounts(&self) -> &str {
        &self.accounts
    }

    pub async fn register(&self, name: &str, email: &str, password: &str) -> reqwest::Response {
        self.post(
            "/register",
            &[("name", name), ("email", email), ("password", password)],
        )
        .await
    }
}

/// Where a redirect goes.
pub fn location(response: &reqwest::Response) -> &str {
    response
        .headers()
        .get("location")
        .map(|v| v.to_str().unwrap())
        .unwrap_or_default()
}

/// The visible text of an HTML fragment, with tags removed and white space folded, so that
/// assertions read like what a person sees.
pub fn visible_text(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' => {
                in_tag = false;
                out.push(' ');
            }
            // Fluent's isolation marks around placeables are not seen.
            '\u{2068}' | '\u{2069}' if !in_tag => {}
            _ if !in_tag => out.push(c),
            _ => {}
        }
    }
    let folded = out.split_whitespace().collect::<Vec<_>>().join(" ");
    // The entities askama writes, as the person reads them.
    [
        ("&#34;", "\""),
        ("&#39;", "'"),
        ("&#60;", "<"),
        ("&#62;", ">"),
        ("&quot;", "\""),
        ("&lt;", "<"),
        ("&gt;", ">"),
        ("&#38;", "&"),
        ("&amp;", "&"),
    ]
    .iter()
    .fold(folded, |text, (entity, c)| text.replace(entity, c))
}

/// The first link in `text` that starts with `prefix`.
pub fn link_in(text: &str, prefix: &str) -> String {
    let start = text
        .find(prefix)
        .unwrap_or_else(|| panic!("no link {prefix} in:\n{text}"));
    text[start..]
        .split(|c: char| c.is_whitespace() || c == '"' || c == '<')
        .next()
        .unwrap()
        .to_owned()
}

/// An assessment of `application` by `reviewer`, written straight into the database: five
/// scores (commitment, strategy, participation, feasibility, fit) and a comment.
pub async fn insert_assessment(
    db: &PgPool,
    application: i64,
    reviewer: i64,
    scores: [i16; 5],
    comment: &str,
) -> Result<sqlx::postgres::PgQueryResult, sqlx::Error> {
    // A handed-in assessment, scored on the first five criteria of the call's rubric.
    sqlx::query(
        "WITH a AS (INSERT INTO assessments (application_id, reviewer_id, comment, created_at,
                                             updated_at, submitted_at)
                    VALUES ($1, $2, $3, now(), now(), now()) RETURNING id)
         INSERT INTO assessment_scores (assessment_id, criterion_id, score)
         SELECT a.id, k.id, ($4::smallint[])[k.position]
           FROM a, criteria k JOIN applications p ON p.call_id = k.call_id
          WHERE p.id = $1 AND k.position <= 5",
    )
    .bind(application)
    .bind(reviewer)
    .bind(comment)
    .bind(scores.to_vec())
    .execute(db)
    .await
}

/// The keys of second factors set up through the enrolment page, by (database, account
/// address); the others have the demo's key.
static SECRETS: std::sync::Mutex<Vec<((String, String), String)>> =
    std::sync::Mutex::new(Vec::new());
/// The time step of the last code each account used: a code is taken once, so the next
/// sign-in uses a later step's code (the server takes one step either side of now).
static STEPS_USED: std::sync::Mutex<Vec<((String, String), u64)>> =
    std::sync::Mutex::new(Vec::new());

/// Notes the key an account set up through the page, for `code_for`.
pub fn remember_secret(address: &str, email: &str, secret: &str) {
    let key = (address.to_owned(), email.to_lowercase());
    let mut secrets = SECRETS.lock().unwrap();
    secrets.retain(|(k, _)| *k != key);
    secrets.push((key, secret.to_owned()));
}

/// Seconds since 1970 by the real clock, which authenticator apps know.
pub fn real_unix_time() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs()
}

/// The code an authenticator app with the account's key would show, for a time step no
/// code of the account used yet: now's, else the next one's (which the server takes for
/// a clock a little ahead); a third sign-in within the same half minute waits.
pub async fn code_for(address: &str, email: &str) -> String {
    let key = (address.to_owned(), email.to_lowercase());
    let secret = SECRETS
        .lock()
        .unwrap()
        .iter()
        .find(|(k, _)| *k == key)
        .map_or_else(
            || gnlc::demo::DEMO_TOTP_SECRET.to_owned(),
            |(_, s)| s.clone(),
        );
    let bytes = gnlc::domain::two_factor::secret_bytes(&secret).expect("a base32 key");
    loop {
        let now = real_unix_time() / 30;
        let step = {
            let mut used = STEPS_USED.lock().unwrap();
            let last = used.iter().find(|(k, _)| *k == key).map(|(_, s)| *s);
            // Never the step before now: the clock may pass into the next step on the way.
            let step = last.map_or(now, |l| (l + 1).max(now));
            if step <= now + 1 {
                used.retain(|(k, _)| *k != key);
                used.push((key.clone(), step));
                Some(step)
            } else {
                None
            }
        };
        match step {
            Some(step) => return gnlc::domain::two_factor::code_at(&bytes, step * 30),
            None => tokio::time::sleep(Duration::from_secs(2)).await,
        }
    }
}

/// The key of the enrolment page, as shown (grouped by four), without its spaces.
pub fn secret_in(html: &str) -> Option<String> {
    let at = html.find(r#"class="secret""#)?;
    let text = html[at..].split_once('>')?.1.split('<').next()?;
    Some(text.split_whitespace().collect())
}

/// The recovery codes a page lists.
pub fn recovery_codes_in(html: &str) -> Vec<String> {
    let Some(at) = html.find(r#"class="recovery-codes""#) else {
        return Vec::new();
    };
    let list = html[at..].split("</ul>").next().unwrap_or("");
    list.split("<code>")
        .skip(1)
        .filter_map(|c| c.split("</code>").next())
        .map(str::to_owned)
        .collect()
}
