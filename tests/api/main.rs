//! Integration tests: the application against a real PostgreSQL, one fresh database per
//! test. Run them with `scripts/test`, which provides DATABASE_URL.

mod helpers;
mod smtp;

mod access;
mod accounts;
mod city;
mod cockpit;
mod colleagues;
mod hardening;
mod jury;
mod languages;
mod mail;
mod natcom;

mod again;
mod binary;
mod ops;
mod privacy;
mod public;
mod schema;
mod two_factor;
mod uil;
