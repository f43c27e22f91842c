//! The rules of a GNLC call, free of I/O: deadlines in a zone, the call's phases,
//! the stages of an application and who may move them. Handlers ask these; they do not re-decide.

pub mod access;
pub mod account;
pub mod call;
pub mod deadline;
pub mod directory;
pub mod form;
pub mod region;
pub mod reminder;
pub mod stage;

pub use call::{Call, CallPhase, Deadlines};
pub use deadline::{DeadlineZone, ZonedDay};
pub use region::REGIONS;
pub use stage::{Action, Refusal, Role, Stage};
