//! Latency and error injection, beyond Prism: per operation from the spec's `x-mock` extension
//! (on the operation, else on the document), per request from `Prefer` (`delay=MS`,
//! `error=STATUS`), on top of the global `--delay`.
//!
//! ```yaml
//! x-mock:
//!   delay: 250              # or {min: 100, max: 400}: milliseconds before the answer
//!   error: {status: 503, rate: 0.2}   # one answer in five is a 503
//! ```

use std::time::Duration;

use serde_json::Value;

/// The longest delay asked for (by the spec or a request): one minute.
pub const MAX_DELAY_MS: u64 = 60_000;

/// An operation's faults, from `x-mock`.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Faults {
    /// Milliseconds, from `min` to `max` (equal for a fixed delay).
    pub delay: Option<(u64, u64)>,
    /// The status answered and how often (0 to 1).
    pub error: Option<(u16, f64)>,
}

impl Faults {
    /// Reads `x-mock` (the operation's, else the document's); what does not make sense is
    /// reported in `warnings` (naming `at`) and ignored.
    pub fn read(extension: Option<&Value>, at: &str, warnings: &mut Vec<String>) -> Faults {
        let mut faults = Faults::default();
        let Some(ext) = extension else {
            return faults;
        };
        let ms = |v: &Value| v.as_u64().filter(|&n| n <= MAX_DELAY_MS);
        match ext.get("delay") {
            None => {}
            Some(v) if ms(v).is_some() => faults.delay = ms(v).map(|n| (n, n)),
            Some(v) => match (v.get("min").and_then(ms), v.get("max").and_then(ms)) {
                (Some(min), Some(max)) if min <= max => faults.delay = Some((min, max)),
                _ => warnings.push(format!(
                    "{at}/x-mock/delay: expected milliseconds up to {MAX_DELAY_MS}, or {{min, max}}; ignored"
                )),
            },
        }
        if let Some(error) = ext.get("error") {
            let status = error
                .get("status")
                .and_then(Value::as_u64)
                .filter(|s| (400..600).contains(s));
            let rate = match error.get("rate") {
                None => Some(1.0),
                Some(r) => r.as_f64().filter(|r| (0.0..=1.0).contains(r)),
            };
            match (status, rate) {
                (Some(s), Some(r)) => faults.error = Some((s as u16, r)),
                _ => warnings.push(format!(
                    "{at}/x-mock/error: expected {{status: 400-599, rate: 0-1}}; ignored"
                )),
            }
        }
        faults
    }

    /// How long this answer waits: the request's wish, else the operation's delay.
    pub fn delay(&self, wish: Option<u64>) -> Option<Duration> {
        let ms = wish.or_else(|| {
            self.delay.map(|(min, max)| {
                if min == max {
                    min
                } else {
                    rand::random_range(min..=max)
                }
            })
        })?;
        (ms > 0).then(|| Duration::from_millis(ms))
    }

    /// The status this answer is replaced by: the request's wish, else the operation's error
    /// at its rate.
    pub fn error(&self, wish: Option<u16>) -> Option<u16> {
        wish.or_else(|| {
            let (status, rate) = self.error?;
            (rate >= 1.0 || rand::random::<f64>() < rate).then_some(status)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn reads_fixed_and_ranged_delays_and_errors() {
        let mut warnings = Vec::new();
        let f = Faults::read(
            Some(&json!({"delay": 250, "error": {"status": 503, "rate": 0.5}})),
            "/paths/~1a/get",
            &mut warnings,
        );
        assert_eq!(f.delay, Some((250, 250)));
        assert_eq!(f.error, Some((503, 0.5)));
        let f = Faults::read(
            Some(&json!({"delay": {"min": 10, "max": 20}, "error": {"status": 500}})),
            "/x",
            &mut warnings,
        );
        assert_eq!(f.delay, Some((10, 20)));
        assert_eq!(f.error, Some((500, 1.0)));
        assert!(warnings.is_empty(), "{warnings:?}");
        for d in 0..50 {
            let got = f.delay(None).map(|d| d.as_millis());
            assert!(matches!(got, Some(10..=20)), "{d}: {got:?}");
        }
        assert_eq!(f.error(None), Some(500));
        assert_eq!(f.error(Some(418)), Some(418));
    }

    #[test]
    fn nonsense_is_a_warning_and_ignored() {
        let mut warnings = Vec::new();
        let f = Faults::read(
            Some(&json!({"delay": "soon", "error": {"status": 200, "rate": 2}})),
            "/paths/~1a/get",
            &mut warnings,
        );
        assert_eq!(f, Faults::default());
        assert_eq!(warnings.len(), 2, "{warnings:?}");
        assert!(warnings[0].starts_with("/paths/~1a/get/x-mock/delay"));
        assert_eq!(f.delay(None), None);
        assert_eq!(f.error(None), None);
        let never = Faults {
            error: Some((503, 0.0)),
            ..Faults::default()
        };
        assert!((0..100).all(|_| never.error(None).is_none()));
    }
}
