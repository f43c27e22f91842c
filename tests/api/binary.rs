//! The `gnlc` binary as an operator runs it: environment in, HTTP out, SIGTERM to stop.

use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use sqlx::AssertSqlSafe;

use crate::helpers::{TestDb, location, visible_text};

struct Server {
    child: Child,
    address: String,
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

fn gnlc(database_url: &str) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_gnlc"));
    command
        .env_clear()
        .env("DATABASE_URL", database_url)
        .env("RUST_LOG", "warn")
        .stdout(Stdio::null())
        .stderr(Stdio::piped());
    command
}

async fn start(database_url: &str, now: &str) -> Server {
    let address = format!("127.0.0.1:{}", free_port());
    let child = gnlc(database_url)
        .args(["serve"])
        .env("BIND_ADDR", &address)
        .env("GNLC_NOW", now)
        .spawn()
        .unwrap();
    let server = Server {
        child,
        address: format!("http://{address}"),
    };
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        if let Ok(r) = reqwest::get(format!("{}/readyz", server.address)).await
            && r.status() == 200
        {
            return server;
        }
        assert!(Instant::now() < deadline, "gnlc serve did not become ready");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

impl Server {
    /// SIGTERM, then wait: the server should finish and exit cleanly.
    fn stop(self) -> std::process::ExitStatus {
        self.terminate();
        self.wait()
    }

    fn terminate(&self) {
        let pid = self.child.id().to_string();
        Command::new("kill").args(["-TERM", &pid]).status().unwrap();
    }

    fn wait(mut self) -> std::process::ExitStatus {
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                return status;
            }
            assert!(Instant::now() < deadline, "gnlc did not stop on SIGTERM");
            std::thread::sleep(Duration::from_millis(20));
        }
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
    }
}

#[tokio::test]
async fn serve_migrates_seeds_follows_gnlc_now_and_stops_cleanly_on_sigterm() {
    let db = TestDb::new().await;
    // `gnlc migrate` alone prepares the schema and exits.
    let migrate = gnlc(&db.url).arg("migrate").status().unwrap();
    assert!(migrate.success());

    let server = start(&db.url, "2023-06-10T12:00:00Z").await;
    let page = reqwest::get(format!("{}/", server.address)).await.unwrap();
    let text = visible_text(&page.text().await.unwrap());
    assert!(
        text.contains("Closed for cities; open for National Commissions"),
        "{text}"
    );
    // SIGTERM: out of the load balancer at once (/readyz 503), serving on meanwhile.
    server.terminate();
    tokio::time::sleep(Duration::from_millis(100)).await;
    let ready = reqwest::get(format!("{}/readyz", server.address))
        .await
        .unwrap();
    assert_eq!(
        ready.status(),
        503,
        "a server going away says so to the balancer"
    );
    let page = reqwest::get(format!("{}/", server.address)).await.unwrap();
    assert_eq!(page.status(), 200, "and serves what comes meanwhile");
    assert!(
        server.wait().success(),
        "SIGTERM ends the server with success"
    );

    let count = |table: &'static str| {
        let pool = db.pool.clone();
        async move {
            sqlx::query_scalar::<_, i64>(AssertSqlSafe(format!("SELECT count(*) FROM {table}")))
                .fetch_one(&pool)
                .await
                .unwrap()
        }
    };
    let before = (
        count("member_states").await,
        count("members").await,
        count("calls").await,
    );
    assert_eq!(before, (205, 247, 1));

    // A second start, another day: the data is not loaded again.
    let server = start(&db.url, "2023-03-15T00:00:00Z").await;
    let text = visible_text(
        &reqwest::get(format!("{}/", server.address))
            .await
            .unwrap()
            .text()
            .await
            .unwrap(),
    );
    assert!(text.contains("Not open yet"), "{text}");
    let after = (
        count("member_states").await,
        count("members").await,
        count("calls").await,
    );
    assert_eq!(after, before);
    server.stop();
}

#[tokio::test]
async fn a_bad_setting_stops_the_binary_with_a_message_naming_it() {
    let output = gnlc("postgres://unused")
        .env("GNLC_NOW", "next tuesday")
        .arg("serve")
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("GNLC_NOW") && stderr.contains("RFC 3339"),
        "{stderr}"
    );
}

/// `gnlc user add …` with `password` on standard input.
fn user_add(database_url: &str, args: &[&str], password: &str) -> std::process::Output {
    use std::io::Write;
    let mut child = gnlc(database_url)
        .args(["user", "add"])
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(format!("{password}\n").as_bytes())
        .unwrap();
    child.wait_with_output().unwrap()
}

#[tokio::test]
async fn user_add_creates_a_staff_account_that_can_sign_in() {
    let db = crate::helpers::TestDb::seeded().await;
    let out = user_add(
        &db.url,
        &[
            "--role",
            "natcom",
            "--email",
            "natcom@ke.example",
            "--country",
            "ke",
            "--name",
            "Wanjiru Kamau",
        ],
        "karibu sana nairobi",
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("created natcom account"));

    let app = crate::helpers::spawn_app_on(&db, &[]).await;
    let browser = app.browser();
    assert_eq!(
        browser
            .login("natcom@ke.example", "karibu sana nairobi")
            .await
            .status(),
        303
    );
    browser.enrol_two_factor("natcom@ke.example").await;
    let account = visible_text(&browser.page("/account").await);
    assert!(account.contains("Wanjiru Kamau"), "{account}");
    assert!(account.contains("National Commission (Kenya)"), "{account}");
    assert!(account.contains("(confirmed)"), "{account}");

    // Mistakes are named, and nothing is created.
    let refused = [
        (
            vec!["--role", "natcom", "--email", "x@ke.example"],
            "karibu sana nairobi",
            "--country is required",
        ),
        (
            vec![
                "--role",
                "uil_admin",
                "--email",
                "y@uil.example",
                "--country",
                "FR",
            ],
            "karibu sana nairobi",
            "--country is only for natcom",
        ),
        (
            vec!["--role", "emperor", "--email", "z@uil.example"],
            "karibu sana nairobi",
            "--role must be",
        ),
        (
            vec!["--role", "uil_admin", "--email", "w@uil.example"],
            "short",
            "at least 10 characters",
        ),
        (
            vec![
                "--role",
                "natcom",
                "--email",
                "v@zz.example",
                "--country",
                "ZZ",
            ],
            "karibu sana nairobi",
            "not a UNESCO Member State",
        ),
        (
            vec!["--role", "uil_admin", "--email", "NATCOM@ke.example"],
            "karibu sana nairobi",
            "already uses",
        ),
    ];
    for (args, password, message) in refused {
        let out = user_add(&db.url, &args, password);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(
            !out.status.success() && stderr.contains(message),
            "{args:?}: {stderr}"
        );
    }
    let users: i64 = sqlx::query_scalar("SELECT count(*) FROM users")
        .fetch_one(&db.pool)
        .await
        .unwrap();
    assert_eq!(users, 1);
}

#[tokio::test]
async fn user_reset_2fa_takes_a_lost_second_factor_away_from_the_command_line() {
    let db = crate::helpers::TestDb::seeded().await;
    let app = crate::helpers::spawn_app_on(&db, &[]).await;
    app.create_user(gnlc::domain::Role::UilAdmin, "last-admin@uil.example", None)
        .await;
    let admin = app.browser();
    assert_eq!(
        location(
            &admin
                .login_with_password("last-admin@uil.example", crate::helpers::PASSWORD)
                .await
        ),
        "/login/code?next=",
        "the password alone does not open the account"
    );

    let out = gnlc(&db.url)
        .args(["user", "reset-2fa", "--email", "LAST-ADMIN@uil.example"])
        .stdout(Stdio::piped())
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let said = String::from_utf8_lossy(&out.stdout);
    assert!(said.contains("reset the second factor"), "{said}");

    // The waiting sign-in ended with the factor; the password now leads to a new one.
    let again = app.browser();
    let response = again
        .login_with_password("last-admin@uil.example", crate::helpers::PASSWORD)
        .await;
    assert_eq!(location(&response), "/uil");
    assert_eq!(location(&again.get("/uil").await), "/account/two-factor");
    again.enrol_two_factor("last-admin@uil.example").await;
    let audit = visible_text(&again.page("/uil/audit").await);
    assert!(
        audit.contains("Second factor reset"),
        "the audit log says what the command did: {audit}"
    );
    assert!(audit.contains("the command line"), "{audit}");

    let unknown = gnlc(&db.url)
        .args(["user", "reset-2fa", "--email", "nobody@uil.example"])
        .output()
        .unwrap();
    assert!(!unknown.status.success());
    assert!(
        String::from_utf8_lossy(&unknown.stderr).contains("no account uses nobody@uil.example")
    );
}
