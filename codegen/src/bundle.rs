//! Loading a contract through `taller-contract`: the document and every file it references
//! (Swagger 2.0, OpenAPI 3.0 or 3.1) become one OpenAPI 3.0 document whose `$ref`s are all
//! local, and errors about it name the file and place they came from.

use std::path::Path;

use serde_json::Value;
use taller_contract::{LoadError, normalize};

use crate::error::{Error, Result};

/// A bundled document, and where its parts came from.
#[derive(Debug)]
pub struct Bundle {
    pub doc: Value,
    /// What normalising to OpenAPI 3.0 set aside (pointers into the bundled document).
    pub notes: Vec<normalize::Note>,
    inner: taller_contract::Bundle,
}

impl Bundle {
    /// The file and pointer a pointer of the bundled document came from.
    pub fn locate_pointer(&self, pointer: &str) -> (String, String) {
        self.inner.locate(pointer)
    }

    /// Rewrites an error about the bundled document to name the file and place it came from.
    pub fn locate(&self, error: Error) -> Error {
        match error {
            Error::Spec {
                pointer, message, ..
            } => {
                let (file, pointer) = self.inner.locate(&pointer);
                Error::Spec {
                    file: file.into(),
                    pointer,
                    message,
                }
            }
            Error::Generator {
                pointer,
                stage,
                message,
                ..
            } => {
                let (file, pointer) = self.inner.locate(&pointer);
                Error::Generator {
                    file: file.into(),
                    pointer,
                    stage,
                    message,
                }
            }
            other => other,
        }
    }
}

/// Reads `path` (named `display` in errors) and every file it references, and returns the
/// bundled OpenAPI 3.0 document.
/// `scope` says where its `$ref`s may lead.
pub fn bundle(path: &Path, display: &Path, scope: &taller_contract::Scope) -> Result<Bundle> {
    let shown = display.to_string_lossy();
    let source = taller_contract::load_scoped(&path.to_string_lossy(), Some(&shown), scope)
        .map_err(|e| from_load(e, &shown))?;
    let inner = taller_contract::bundle(&source).map_err(|e| from_load(e, &shown))?;
    let mut doc = inner.doc.clone();
    let mut notes = inner.notes.clone();
    notes.extend(normalize::to_openapi30(&mut doc, source.version));
    Ok(Bundle { doc, notes, inner })
}

/// The contract crate's error as one of the generator's: a root that cannot be read is the
/// machine's fault (exit 1), anything else the spec's (exit 2).
fn from_load(error: LoadError, root: &str) -> Error {
    match error {
        LoadError::Syntax {
            file,
            line,
            col,
            msg,
        } => Error::Syntax {
            file: file.into(),
            line,
            column: col,
            message: msg,
        },
        LoadError::Invalid { file, pointer, msg } => Error::spec(file, pointer, msg),
        LoadError::Read { file, msg } if file == root => {
            Error::io(file, std::io::Error::other(msg))
        }
        LoadError::Read { file, msg } => Error::spec(file, "", format!("cannot be read: {msg}")),
    }
}
