//! progenitor and typify assert on shapes they do not handle. Everything we know of is
//! checked first (see `model`); this is the last resort that turns a panic into an error.

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::Path;

use crate::error::{Error, Result};

/// Silences the default panic message, so a caught panic is reported once, as an error.
pub fn install_quiet_hook() {
    std::panic::set_hook(Box::new(|_| {}));
}

/// Runs `f`, turning a panic into [`Error::Generator`].
pub fn catching<T>(
    file: &Path,
    pointer: &str,
    stage: &'static str,
    f: impl FnOnce() -> Result<T>,
) -> Result<T> {
    match catch_unwind(AssertUnwindSafe(f)) {
        Ok(result) => result,
        Err(payload) => {
            let message = payload
                .downcast_ref::<String>()
                .cloned()
                .or_else(|| payload.downcast_ref::<&str>().map(|s| s.to_string()))
                .unwrap_or_else(|| "unknown panic".to_string());
            Err(Error::Generator {
                file: file.to_path_buf(),
                pointer: pointer.to_string(),
                stage,
                message: format!(
                    "the generator gave up on this spec: {}",
                    message.lines().next().unwrap_or_default()
                ),
            })
        }
    }
}
