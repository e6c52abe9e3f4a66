//! Content negotiation: picks the response media type the `Accept` header prefers (q-values,
//! wildcards, parameters ignored), or the first declared one when anything goes.

/// What to send as `content-type` for a declared wildcard media type (`*/*`, `text/*`), which
/// is no media type a response may carry: `application/json` for a JSON object or array under
/// `*/*` (the bytes are JSON), else the first concrete type of `accept` the wildcard covers,
/// else `text/plain` for `*/*` and `text/*` (Prism's choice for `*/*`), else
/// `application/octet-stream`.
pub fn concrete(declared: &str, accept: Option<&str>, structured: bool) -> Option<String> {
    let (kind, subtype) = declared.split_once('/').unwrap_or((declared, ""));
    if kind != "*" && subtype != "*" {
        return None;
    }
    if structured && kind == "*" {
        return Some("application/json".into());
    }
    let named = accept.map(parse).unwrap_or_default().into_iter().find(|r| {
        r.q > 0.0 && r.kind != "*" && r.subtype != "*" && (kind == "*" || kind == r.kind)
    });
    if let Some(r) = named {
        return Some(format!("{}/{}", r.kind, r.subtype));
    }
    Some(
        if kind == "*" || kind == "text" {
            "text/plain"
        } else {
            "application/octet-stream"
        }
        .to_string(),
    )
}

/// One media range of an Accept header.
struct Range {
    kind: String,
    subtype: String,
    q: f32,
}

fn parse(accept: &str) -> Vec<Range> {
    let mut ranges: Vec<Range> = accept
        .split(',')
        .filter_map(|part| {
            let mut pieces = part.split(';');
            let media = pieces.next()?.trim().to_ascii_lowercase();
            if media.is_empty() {
                return None;
            }
            let (kind, subtype) = media.split_once('/').unwrap_or((media.as_str(), ""));
            let mut q = 1.0;
            for p in pieces {
                if let Some((k, v)) = p.split_once('=')
                    && k.trim() == "q"
                {
                    q = v.trim().parse().unwrap_or(0.0);
                }
            }
            Some(Range {
                kind: kind.to_string(),
                subtype: subtype.to_string(),
                q,
            })
        })
        .collect();
    // Stable: equal q-values keep the client's order.
    ranges.sort_by(|a, b| b.q.partial_cmp(&a.q).unwrap_or(std::cmp::Ordering::Equal));
    ranges
}

/// Index into `available` (media-type essences, in spec order) of the representation to send;
/// `None` means 406. Without an `Accept` header, as in Prism: a `*/*` entry, else
/// `application/json`, else the first one.
pub fn choose<S: AsRef<str>>(accept: Option<&str>, available: &[S]) -> Option<usize> {
    let accept = match accept {
        Some(a) if !a.trim().is_empty() => a,
        _ => {
            let find = |wanted: &str| available.iter().position(|m| m.as_ref() == wanted);
            return Some(
                find("*/*")
                    .or_else(|| find("application/json"))
                    .unwrap_or(0),
            );
        }
    };
    for range in parse(accept) {
        if range.q <= 0.0 {
            continue;
        }
        let found = available.iter().position(|m| {
            let m = m.as_ref();
            let (kind, subtype) = m.split_once('/').unwrap_or((m, ""));
            (range.kind == "*" || range.kind == kind || kind == "*")
                && (range.subtype == "*" || range.subtype == subtype || subtype == "*")
        });
        if found.is_some() {
            return found;
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn v(items: &[&str]) -> Vec<String> {
        items.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn wildcards_are_never_sent() {
        assert_eq!(concrete("application/json", None, true), None);
        assert_eq!(concrete("*/*", None, false).as_deref(), Some("text/plain"));
        assert_eq!(
            concrete("*/*", Some("text/csv"), true).as_deref(),
            Some("application/json")
        );
        assert_eq!(
            concrete("*/*", Some("text/csv;q=0.5, */*"), false).as_deref(),
            Some("text/csv")
        );
        assert_eq!(
            concrete("image/*", Some("text/html, image/png"), false).as_deref(),
            Some("image/png")
        );
        assert_eq!(
            concrete("image/*", None, false).as_deref(),
            Some("application/octet-stream")
        );
    }

    #[test]
    fn q_values_and_wildcards() {
        let both = v(&["application/json", "application/xml"]);
        assert_eq!(
            choose(Some("application/json;q=0.8, application/xml"), &both),
            Some(1)
        );
        assert_eq!(choose(Some("application/*"), &both), Some(0));
        assert_eq!(
            choose(Some("*/*"), &v(&["application/xml", "application/json"])),
            Some(0)
        );
        assert_eq!(choose(None, &both), Some(0));
        // No Accept: JSON is preferred, as in Prism.
        assert_eq!(
            choose(None, &v(&["application/xml", "application/json"])),
            Some(1)
        );
        assert_eq!(
            choose(Some(""), &v(&["text/plain", "application/json"])),
            Some(1)
        );
        assert_eq!(choose(Some("text/plain"), &both), None);
        assert_eq!(
            choose(
                Some("application/vnd.x+json; version=1"),
                &v(&["application/vnd.x+json"])
            ),
            Some(0)
        );
    }
}
