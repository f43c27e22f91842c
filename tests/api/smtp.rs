//! A real SMTP server for the tests (mailin-embedded), which keeps what it receives and
//! can be told to refuse mail for a while, as a real server does when it is in trouble.

use std::io;
use std::net::TcpListener;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use mailin_embedded::response::{self, Response};
use mailin_embedded::{Handler, Server};

/// What the server answers to RCPT.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Accept,
    /// 451: try again later.
    RefuseForNow,
    /// 550: never.
    RefuseForGood,
}

#[derive(Debug, Clone)]
pub struct Received {
    pub to: Vec<String>,
    pub raw: Vec<u8>,
}

impl Received {
    fn parsed(&self) -> mail_parser::Message<'_> {
        mail_parser::MessageParser::default()
            .parse(&self.raw)
            .expect("a parsable mail")
    }
    pub fn subject(&self) -> String {
        self.parsed().subject().unwrap_or_default().to_owned()
    }
    pub fn text(&self) -> String {
        self.parsed().body_text(0).unwrap_or_default().into_owned()
    }
    pub fn html(&self) -> String {
        self.parsed().body_html(0).unwrap_or_default().into_owned()
    }
    pub fn header(&self, name: &str) -> Option<String> {
        let raw = String::from_utf8_lossy(&self.raw);
        raw.lines()
            .take_while(|l| !l.is_empty())
            .find(|l| {
                l.to_ascii_lowercase()
                    .starts_with(&format!("{}:", name.to_ascii_lowercase()))
            })
            .map(|l| l[name.len() + 1..].trim().to_owned())
    }
}

#[derive(Clone)]
struct Recorder {
    mode: Arc<Mutex<Mode>>,
    received: Arc<Mutex<Vec<Received>>>,
    to: Vec<String>,
    data: Vec<u8>,
}

impl Handler for Recorder {
    fn rcpt(&mut self, _to: &str) -> Response {
        match *self.mode.lock().unwrap() {
            Mode::Accept => response::OK,
            Mode::RefuseForNow => response::INTERNAL_ERROR,
            Mode::RefuseForGood => response::NO_MAILBOX,
        }
    }

    fn data_start(&mut self, _domain: &str, _from: &str, _is8bit: bool, to: &[String]) -> Response {
        self.to = to.to_vec();
        self.data.clear();
        response::OK
    }

    fn data(&mut self, buf: &[u8]) -> io::Result<()> {
        self.data.extend_from_slice(buf);
        Ok(())
    }

    fn data_end(&mut self) -> Response {
        self.received.lock().unwrap().push(Received {
            to: std::mem::take(&mut self.to),
            raw: std::mem::take(&mut self.data),
        });
        response::OK
    }
}

pub struct SmtpServer {
    pub port: u16,
    mode: Arc<Mutex<Mode>>,
    received: Arc<Mutex<Vec<Received>>>,
}

impl SmtpServer {
    /// A server listening on a free port.
    pub fn start() -> Self {
        Self::start_on(TcpListener::bind("127.0.0.1:0").unwrap())
    }

    /// A free port with no server on it yet: mail to it is refused until `start_on_port`.
    pub fn free_port() -> u16 {
        TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port()
    }

    pub fn start_on_port(port: u16) -> Self {
        Self::start_on(TcpListener::bind(("127.0.0.1", port)).unwrap())
    }

    fn start_on(listener: TcpListener) -> Self {
        let port = listener.local_addr().unwrap().port();
        let mode = Arc::new(Mutex::new(Mode::Accept));
        let received = Arc::new(Mutex::new(Vec::new()));
        let recorder = Recorder {
            mode: mode.clone(),
            received: received.clone(),
            to: Vec::new(),
            data: Vec::new(),
        };
        let mut server = Server::new(recorder);
        server
            .with_name("smtp.test")
            .with_num_threads(40)
            .with_tcp_listener(listener);
        std::thread::spawn(move || {
            let _ = server.serve();
        });
        SmtpServer {
            port,
            mode,
            received,
        }
    }

    pub fn url(&self) -> String {
        format!("smtp://127.0.0.1:{}", self.port)
    }

    pub fn set_mode(&self, mode: Mode) {
        *self.mode.lock().unwrap() = mode;
    }

    pub fn received(&self) -> Vec<Received> {
        self.received.lock().unwrap().clone()
    }

    /// The mails to `address`, waiting up to ten seconds for at least `count` of them.
    pub async fn wait_for(&self, address: &str, count: usize) -> Vec<Received> {
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            let mails: Vec<Received> = self
                .received()
                .into_iter()
                .filter(|m| m.to.iter().any(|t| t.eq_ignore_ascii_case(address)))
                .collect();
            if mails.len() >= count || Instant::now() > deadline {
                assert!(
                    mails.len() >= count,
                    "{} mail(s) to {address} arrived, expected {count}",
                    mails.len()
                );
                return mails;
            }
            tokio::time::sleep(Duration::from_millis(25)).await;
        }
    }
}
