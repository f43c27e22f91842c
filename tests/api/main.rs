//! Integration tests: the application against a real PostgreSQL, one fresh database per
//! test. Run them with `scripts/test`, which provides DATABASE_URL.

mod helpers;
mod smtp;

mod access;
mod accounts;
mod city;
mod hardening;
mod languages;
mod mail;
mod natcom;

mod binary;
mod ops;
mod public;
mod schema;
mod uil;
