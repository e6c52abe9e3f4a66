//! Flags and environment every service takes (12-factor: each flag has a variable).

use std::net::SocketAddr;

use http::HeaderValue;

use super::{LogFormat, ResponseValidation};

/// Flags/env every service takes; `#[command(flatten)]` it into the service's own CLI.
#[derive(Debug, Clone, clap::Args)]
pub struct ServeArgs {
    /// Address and port to listen on. Loopback unless told otherwise: the container images
    /// set `LISTEN=0.0.0.0:8000` explicitly.
    #[arg(long, env = "LISTEN", default_value = "127.0.0.1:8000")]
    pub listen: SocketAddr,
    /// Log line format: `text` for people, `json` for log collectors. RUST_LOG filters.
    #[arg(long, env = "LOG_FORMAT", value_enum, default_value_t = LogFormat::Text)]
    pub log_format: LogFormat,
    /// Largest accepted request body, in bytes (suffixes k, KiB, M, MiB accepted); larger
    /// bodies are answered 413. A binary body an operation streams to its implementation
    /// (`taller_runtime::stream`) is not held to it: the implementation reads it as it comes.
    #[arg(long, env = "BODY_LIMIT", default_value = "1MiB", value_parser = parse_size)]
    pub body_limit: usize,
    /// Origin allowed to call from a browser (CORS), e.g. `https://taller.example`; repeat the
    /// flag or comma-separate the variable. None, or `*`, allows any origin.
    #[arg(long = "cors-origin", env = "CORS_ORIGINS", value_delimiter = ',', value_parser = parse_origin)]
    pub cors_origins: Vec<String>,
    /// Seconds to let in-flight requests finish after SIGINT/SIGTERM before exiting.
    #[arg(long, env = "SHUTDOWN_GRACE", default_value_t = 10)]
    pub shutdown_grace: u64,
    /// Check every response against the contract: `log` reports violations (operation,
    /// status, pointer), `enforce` answers 500 problem+json instead, `off` (the default: it
    /// costs about 9 µs per part-sized body, 180 µs per list page of 20) does not check.
    #[arg(long, env = "VALIDATE_RESPONSES", value_enum, default_value_t = ResponseValidation::Off)]
    pub validate_responses: ResponseValidation,
}

impl Default for ServeArgs {
    fn default() -> Self {
        Self {
            listen: SocketAddr::from(([127, 0, 0, 1], 8000)),
            log_format: LogFormat::Text,
            body_limit: 1024 * 1024,
            cors_origins: Vec::new(),
            shutdown_grace: 10,
            validate_responses: ResponseValidation::Off,
        }
    }
}

/// `1048576`, `512k`, `512KiB`, `1M`, `1MiB` → bytes (k and M are binary, as limits usually are).
fn parse_size(text: &str) -> Result<usize, String> {
    let text = text.trim();
    let split = text
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(text.len());
    let (number, unit) = text.split_at(split);
    let number: usize = number
        .parse()
        .map_err(|_| format!("{text:?} is not a size: expected e.g. 1048576, 512KiB or 1MiB"))?;
    let factor = match unit.trim().to_ascii_lowercase().as_str() {
        "" | "b" => 1,
        "k" | "kb" | "kib" => 1024,
        "m" | "mb" | "mib" => 1024 * 1024,
        other => return Err(format!("unknown size unit {other:?}: use k/KiB or M/MiB")),
    };
    number
        .checked_mul(factor)
        .ok_or_else(|| format!("{text:?} is too large"))
}

/// An origin must be usable as a header value; `*` stands for any.
fn parse_origin(text: &str) -> Result<String, String> {
    let origin = text.trim();
    if origin != "*" && (HeaderValue::from_str(origin).is_err() || !origin.contains("://")) {
        return Err(format!(
            "{origin:?} is not an origin: expected e.g. https://taller.example"
        ));
    }
    Ok(origin.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_read_with_units() {
        assert_eq!(parse_size("1048576"), Ok(1_048_576));
        assert_eq!(parse_size("512KiB"), Ok(512 * 1024));
        assert_eq!(parse_size("2M"), Ok(2 * 1024 * 1024));
        assert!(parse_size("1GB").unwrap_err().contains("unit"));
        assert!(parse_size("lots").is_err());
    }

    #[test]
    fn origins_must_look_like_origins() {
        assert_eq!(
            parse_origin(" https://a.example "),
            Ok("https://a.example".to_owned())
        );
        assert_eq!(parse_origin("*"), Ok("*".to_owned()));
        assert!(parse_origin("a.example").is_err());
    }
}
