//! Form errors shown the GOV.UK way: a summary at the top linking to each field, and the
//! same message beside the field.

use super::words;
use crate::app::Issues;
use crate::i18n::Tr;

#[derive(Debug, Default)]
pub struct FormErrors(Vec<FieldError>);

#[derive(Debug)]
pub struct FieldError {
    /// The field's `name` and `id`, the target of the summary's link.
    pub field: &'static str,
    pub message: String,
}

impl FormErrors {
    pub fn add(&mut self, field: &'static str, message: impl Into<String>) {
        if self.get(field).is_none() {
            self.0.push(FieldError {
                field,
                message: message.into(),
            });
        }
    }

    pub fn get(&self, field: &str) -> Option<&str> {
        self.0
            .iter()
            .find(|e| e.field == field)
            .map(|e| e.message.as_str())
    }

    pub fn all(&self) -> &[FieldError] {
        &self.0
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The problems of a form's fields, in the page's words.
    pub fn from_issues(tr: Tr, issues: &Issues) -> Self {
        let mut errors = FormErrors::default();
        for (field, issue) in &issues.0 {
            errors.add(field, words::issue(tr, field, issue));
        }
        errors
    }
}
