//! The rules of a GNLC call, free of I/O: deadlines in a zone, the call's phases, the
//! stages of an application and who may move them, what an application needs, who sees
//! what. Each rule answers yes or a typed `Refusal`; the use cases (`app`) ask, the web
//! layer puts refusals into words. Nothing else re-decides.

pub mod access;
pub mod account;
pub mod application;
pub mod call;
pub mod deadline;
pub mod directory;
pub mod document;
pub mod event;
pub mod form;
pub mod jury;
pub mod limits;
pub mod plausibility;
pub mod privacy;
pub mod refusal;
pub mod region;
pub mod reminder;
pub mod signature;
pub mod stage;
pub mod two_factor;

pub use call::{Call, CallPhase, Deadlines};
pub use deadline::{DeadlineZone, ZonedDay};
pub use refusal::Refusal;
pub use region::REGIONS;
pub use stage::{Action, Role, Stage};
