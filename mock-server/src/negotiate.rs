//! Content negotiation: picks the response media type the `Accept` header prefers (q-values,
//! wildcards, parameters ignored), or the first declared one when anything goes.

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
/// `None` means 406.
pub fn choose<S: AsRef<str>>(accept: Option<&str>, available: &[S]) -> Option<usize> {
    let accept = match accept {
        Some(a) if !a.trim().is_empty() => a,
        _ => return Some(0),
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
