//! The `gnlc` command (SPEC §5): `serve` (the default), `migrate`, `user add`.

use std::io::BufRead;
use std::net::SocketAddr;
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use tracing_subscriber::EnvFilter;

use gnlc::Config;
use gnlc::domain::Role;
use gnlc::domain::account::{EmailAddress, NewPassword, PersonName};
use gnlc::web::words;

/// What a command could not do, said on standard error.
type Error = Box<dyn std::error::Error + Send + Sync>;

/// mimalloc instead of the system allocator: a page view allocates and frees many small
/// buffers from several threads, and glibc's malloc spent about a tenth of the server's
/// CPU on them under load (bench/RESULTS.md).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[derive(Parser)]
#[command(
    name = "gnlc",
    about = "GNLC Call: applications to the UNESCO Global Network of Learning Cities"
)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    /// Migrate, load reference data and the 2023 call if missing, and serve HTTP.
    Serve,
    /// Run the database migrations and exit.
    Migrate,
    /// Load a demo call with applications in every stage and accounts for every role
    /// (password: "demo password 2027").
    SeedDemo {
        /// How many applications, in every stage.
        #[arg(long, default_value_t = 5000)]
        applications: usize,
        /// How many more complete drafts for bench@demo.example, to measure submission.
        #[arg(long, default_value_t = 0)]
        bench_drafts: usize,
    },
    /// Erase the personal data whose retention period has passed (SPEC §8), or, with
    /// --dry-run, say what would be erased. The server runs it daily too.
    Retention {
        #[arg(long)]
        dry_run: bool,
    },
    /// Manage accounts.
    User {
        #[command(subcommand)]
        command: UserCommand,
    },
}

#[derive(Subcommand)]
enum UserCommand {
    /// Create a staff account; the password is read from standard input.
    Add {
        /// natcom, uil_reviewer or uil_admin
        #[arg(long)]
        role: String,
        #[arg(long)]
        email: String,
        /// The Member State (ISO 3166 alpha-2) of a National Commission account.
        #[arg(long)]
        country: Option<String>,
        /// The person's name; the email address if not given.
        #[arg(long)]
        name: Option<String>,
    },
    /// Take away an account's second factor (a lost phone, the last admin's included):
    /// its sessions end, and it sets up a new one at its next sign-in.
    #[command(name = "reset-2fa")]
    ResetTwoFactor {
        #[arg(long)]
        email: String,
    },
}

#[tokio::main]
async fn main() -> ExitCode {
    tracing_subscriber::fmt()
        .with_env_filter(EnvFilter::try_from_default_env().unwrap_or_else(|_| "info".into()))
        .init();
    let cli = Cli::parse();
    let config = match Config::from_env() {
        Ok(config) => config,
        Err(e) => {
            eprintln!("gnlc: configuration error: {e}");
            return ExitCode::from(2);
        }
    };
    let result = match cli.command.unwrap_or(Command::Serve) {
        Command::Serve => serve(config).await,
        Command::Migrate => migrate(config).await,
        Command::Retention { dry_run } => retention(config, dry_run).await,
        Command::SeedDemo {
            applications,
            bench_drafts,
        } => seed_demo(config, applications, bench_drafts).await,
        Command::User {
            command:
                UserCommand::Add {
                    role,
                    email,
                    country,
                    name,
                },
        } => add_user(config, &role, &email, country.as_deref(), name.as_deref()).await,
        Command::User {
            command: UserCommand::ResetTwoFactor { email },
        } => reset_two_factor(config, &email).await,
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("gnlc: {e}");
            ExitCode::FAILURE
        }
    }
}

async fn serve(config: Config) -> Result<(), Error> {
    let bind_addr = config.bind_addr;
    if let Some(now) = config.now {
        tracing::info!(%now, "GNLC_NOW: the clock starts at this instant");
    }
    let state = gnlc::prepare(config).await?;
    let (stop_worker, worker_stops) = tokio::sync::watch::channel(false);
    let background = gnlc::spawn_background(&state, worker_stops)?;
    let listener = tokio::net::TcpListener::bind(bind_addr)
        .await
        .map_err(|e| format!("cannot listen on {bind_addr}: {e}"))?;
    tracing::info!("serving on http://{bind_addr}");
    let drain = state.app().config.shutdown_drain;
    let draining = state.clone();
    let app = gnlc::router(state).into_make_service_with_connect_info::<SocketAddr>();
    axum::serve(listener, app)
        .with_graceful_shutdown(async move {
            shutdown_signal().await;
            // Out of the balancer first: /readyz says 503 while every request, new ones
            // too, is still served; then no new connection, and those in flight finish.
            draining.start_draining();
            tracing::info!(
                ?drain,
                "shutting down: /readyz says 503; serving on meanwhile"
            );
            tokio::time::sleep(drain).await;
            tracing::info!("shutting down: finishing requests in flight");
        })
        .await
        .map_err(|e| format!("server: {e}"))?;
    // Let the worker finish the mail it is sending, so that it is not sent twice.
    stop_worker.send_replace(true);
    for task in background {
        let _ = tokio::time::timeout(std::time::Duration::from_secs(30), task).await;
    }
    tracing::info!("stopped");
    Ok(())
}

async fn migrate(config: Config) -> Result<(), Error> {
    let db = gnlc::db::connect(&config.database_url).await?;
    gnlc::db::migrate(&db).await?;
    tracing::info!("migrations applied");
    Ok(())
}

async fn seed_demo(config: Config, applications: usize, bench_drafts: usize) -> Result<(), Error> {
    let db = gnlc::db::connect(&config.database_url).await?;
    gnlc::db::migrate(&db).await?;
    gnlc::db::seed::load_reference_data(&db).await?;
    let started = std::time::Instant::now();
    let summary = gnlc::demo::seed(&db, applications, bench_drafts).await?;
    println!(
        "loaded the demo call: {} applications in every stage from {} countries, {} bench drafts, in {:.1} s",
        summary.applications,
        summary.countries,
        summary.bench_drafts,
        started.elapsed().as_secs_f64()
    );
    println!(
        "sign in with password {:?} as admin@demo.example, reviewer1@demo.example,",
        gnlc::demo::DEMO_PASSWORD
    );
    println!("natcom-fr@demo.example (any ISO code), city-0@demo.example … (one per application)");
    println!(
        "staff accounts ask for a second factor: add the key {} to an authenticator app",
        gnlc::demo::DEMO_TOTP_SECRET
    );
    Ok(())
}

/// `gnlc retention [--dry-run]`: what the daily job does, now, at the clock's time.
async fn retention(config: Config, dry_run: bool) -> Result<(), Error> {
    let db = gnlc::db::connect(&config.database_url).await?;
    gnlc::db::migrate(&db).await?;
    let app = gnlc::app::App::new(db, config);
    let report = gnlc::app::privacy::retention(&app, dry_run).await?;
    if report.is_empty() {
        println!("retention: nothing to erase");
    }
    for call in &report {
        println!(
            "{} call {:?} (id {}): personal data of {} applications, {} documents",
            if dry_run {
                "would erase from"
            } else {
                "erased from"
            },
            call.title,
            call.call,
            call.applications,
            call.documents
        );
    }
    Ok(())
}

/// `gnlc user add`: a staff account, confirmed, with the password from standard input.
async fn add_user(
    config: Config,
    role: &str,
    email: &str,
    country: Option<&str>,
    name: Option<&str>,
) -> Result<(), Error> {
    let invalid = |m: &str| -> Error { m.to_owned().into() };
    let role: Role = role
        .parse()
        .ok()
        .filter(|r| *r != Role::Applicant)
        .ok_or_else(|| {
            invalid(
                "--role must be natcom, uil_reviewer, uil_admin or jury (cities register on the site)",
            )
        })?;
    let email = EmailAddress::parse(email)
        .map_err(|m| invalid(&format!("--email: {}", words::account(cli_words(), m))))?;
    let country = country.map(str::to_ascii_uppercase);
    match (role.has_country(), &country) {
        (true, None) => {
            return Err(invalid(
                "--country is required for a natcom or jury account",
            ));
        }
        (false, Some(_)) => {
            return Err(invalid("--country is only for natcom and jury accounts"));
        }
        _ => {}
    }
    let name = PersonName::parse(name.unwrap_or(email.as_str()))
        .map_err(|m| invalid(&format!("--name: {}", words::account(cli_words(), m))))?;
    let mut line = String::new();
    std::io::stdin()
        .lock()
        .read_line(&mut line)
        .map_err(|e| invalid(&format!("reading the password from standard input: {e}")))?;
    let password = NewPassword::parse(line.trim_end_matches(['\r', '\n']), Some(email.as_str()))
        .map_err(|m| invalid(&format!("password: {}", words::account(cli_words(), m))))?;

    let db = gnlc::db::connect(&config.database_url).await?;
    gnlc::db::migrate(&db).await?;
    gnlc::db::seed::load_reference_data(&db).await?;
    if let Some(iso2) = &country
        && gnlc::db::member_states::name_of(&db, iso2).await?.is_none()
    {
        return Err(invalid(&format!(
            "--country {iso2} is not a UNESCO Member State code"
        )));
    }
    let hash = gnlc::security::hash_password(password.into_inner()).await?;
    let now = config.clock().now();
    let mut conn = db.acquire().await?;
    let created = gnlc::db::users::create(
        &mut conn,
        gnlc::db::users::NewUser {
            email: email.as_str(),
            name: name.as_str(),
            role,
            country: country.as_deref(),
            password_hash: Some(&hash),
            verified_at: Some(now),
            now,
        },
    )
    .await?;
    match created {
        Some(id) => {
            println!("created {} account {id} for {email}", role.as_str());
            Ok(())
        }
        None => Err(invalid(&format!("an account already uses {email}"))),
    }
}

/// `gnlc user reset-2fa`: an account's second factor taken away, recorded in the audit
/// log as done from the command line.
async fn reset_two_factor(config: Config, email: &str) -> Result<(), Error> {
    let db = gnlc::db::connect(&config.database_url).await?;
    gnlc::db::migrate(&db).await?;
    let now = config.clock().now();
    let mut tx = db.begin().await?;
    let Some(account) = gnlc::db::users::by_email(&mut *tx, email).await? else {
        return Err(format!("no account uses {email}").into());
    };
    if !account.user.two_factor {
        println!("{email} has no second factor: nothing to reset");
        return Ok(());
    }
    gnlc::db::two_factor::reset(&mut tx, account.user.id, None, now).await?;
    tx.commit().await?;
    println!("reset the second factor of {email}: it sets up a new one at its next sign-in");
    Ok(())
}

/// Resolves on Ctrl-C or SIGTERM; requests in flight are finished before the process exits.
async fn shutdown_signal() {
    let ctrl_c = async {
        tokio::signal::ctrl_c().await.ok();
    };
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    tokio::select! {
        () = ctrl_c => {},
        () = terminate => {},
    }
}

/// The words of the command line: English, which operators share (the site's own words
/// are in the catalogues of every language).
fn cli_words() -> gnlc::i18n::Tr {
    gnlc::i18n::Tr::plain(gnlc::i18n::Locale::En)
}
