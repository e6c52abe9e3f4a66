//! Path segments that mix parameters with text (`{id}.json`, `{sid}{ext}`, `v{major}-{minor}`):
//! a router that matches whole segments only captures such a segment's text after its static
//! prefix under the name [`segment_capture`]`(index)`, and [`splits`] turns it into the
//! segment's parameters.
//!
//! A value can split more than one way (`{sid}{ext}` over `AB.json`); the splits are tried
//! longest-first for each parameter, and the first whose values all keep their parameters'
//! schemas wins (so an `ext` enum of `.json` and `.csv` finds `AB` + `.json`); when none does,
//! the first split is taken and validation reports what is wrong with it.

/// What every [`segment_capture`] name starts with.
const CAPTURE: &str = "__seg";

/// The name a router gives the capture of segment `index` (counting from the empty segment
/// before the path's first `/`).
pub fn segment_capture(index: usize) -> String {
    format!("{CAPTURE}{index}")
}

/// The route a router matching whole segments registers for a path template: whole-segment
/// parameters and segments ending in their only parameter (`calls{ext}`) as they are; any
/// other segment with a parameter (`{id}.json`, `{sid}{ext}`) as its static prefix and one
/// capture named [`segment_capture`], which [`splits`] turns into the segment's parameters.
pub fn route_template(template: &str) -> String {
    template
        .split('/')
        .enumerate()
        .map(|(i, segment)| {
            let Some(open) = segment.find('{') else {
                return segment.to_string();
            };
            let rest = &segment[open..];
            if rest.ends_with('}') && rest.matches('{').count() == 1 {
                segment.to_string()
            } else {
                format!("{}{{{}}}", &segment[..open], segment_capture(i))
            }
        })
        .collect::<Vec<_>>()
        .join("/")
}

/// The names the route of `template` ([`route_template`]) captures, in path order.
pub(crate) fn route_captures(template: &str) -> Vec<String> {
    route_template(template)
        .split('{')
        .skip(1)
        .filter_map(|s| s.split_once('}').map(|(name, _)| name.to_string()))
        .collect()
}

/// The segment index a capture named by [`segment_capture`] stands for; `None` for any other
/// capture (a whole-segment parameter's own name).
pub(crate) fn captured_segment(name: &str) -> Option<usize> {
    name.strip_prefix(CAPTURE)?.parse().ok()
}

/// A segment of a template: text and `{name}`s.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Piece {
    Text(String),
    Param(String),
}

/// The pieces of `segment` after its static prefix (what the router captured).
pub(crate) fn pieces_after_prefix(segment: &str) -> Vec<Piece> {
    let Some(open) = segment.find('{') else {
        return Vec::new();
    };
    let mut pieces = Vec::new();
    let mut rest = &segment[open..];
    while !rest.is_empty() {
        match rest.strip_prefix('{').and_then(|r| r.split_once('}')) {
            Some((name, after)) => {
                pieces.push(Piece::Param(name.to_owned()));
                rest = after;
            }
            None => {
                // Up to the next `{` after the first character (which may be a lone `{`, or
                // any character at all: the search starts after it, on a char boundary).
                let first = rest.chars().next().map_or(0, char::len_utf8);
                let end = rest[first..].find('{').map_or(rest.len(), |i| i + first);
                pieces.push(Piece::Text(rest[..end].to_owned()));
                rest = &rest[end..];
            }
        }
    }
    pieces
}

/// At most this many splits of one value are considered.
const SPLITS: usize = 64;

/// At most this many bytes are scanned looking for them (about a millisecond of work, however
/// long and repetitive the value).
const STEPS: usize = 1 << 20;

/// Every split of `value` over `pieces`, each parameter taking at least one character and
/// text matching exactly, longest-first for each parameter; at most [`SPLITS`] of them,
/// found scanning at most [`STEPS`] bytes. A parameter followed by text ends only where that text
/// occurs, so the common `{id}.json` costs one search, not one try per character.
pub(crate) fn splits(pieces: &[Piece], value: &str) -> Vec<Vec<(String, String)>> {
    let mut out = Vec::new();
    let mut steps = 0;
    walk(pieces, value, 0, &mut Vec::new(), &mut out, &mut steps);
    out
}

/// Splits `value[at..]` over `pieces`; `current` holds the byte ranges of the parameters
/// already placed (strings are made only for a complete split).
fn walk<'a>(
    pieces: &'a [Piece],
    value: &str,
    at: usize,
    current: &mut Vec<(&'a str, usize, usize)>,
    out: &mut Vec<Vec<(String, String)>>,
    steps: &mut usize,
) {
    let rest = &value[at..];
    if out.len() >= SPLITS || *steps >= STEPS {
        return;
    }
    *steps += 1 + rest.len();
    let Some((first, others)) = pieces.split_first() else {
        if rest.is_empty() {
            out.push(
                current
                    .iter()
                    .map(|(name, start, end)| ((*name).to_owned(), value[*start..*end].to_owned()))
                    .collect(),
            );
        }
        return;
    };
    match first {
        Piece::Text(text) => {
            if rest.starts_with(text.as_str()) {
                walk(others, value, at + text.len(), current, out, steps);
            }
        }
        Piece::Param(name) => {
            // Where the parameter may end, latest first.
            let ends: Vec<usize> = match others.first() {
                None => vec![rest.len()],
                Some(Piece::Text(text)) => {
                    rest.rmatch_indices(text.as_str()).map(|(i, _)| i).collect()
                }
                Some(Piece::Param(_)) => rest
                    .char_indices()
                    .map(|(i, c)| i + c.len_utf8())
                    .rev()
                    .collect(),
            };
            for end in ends.into_iter().filter(|end| *end > 0) {
                current.push((name.as_str(), at, at + end));
                walk(others, value, at + end, current, out, steps);
                current.pop();
                if out.len() >= SPLITS || *steps >= STEPS {
                    return;
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
        list.iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    #[test]
    fn segments_split_into_their_pieces() {
        assert_eq!(
            pieces_after_prefix("v{major}-{minor}"),
            vec![
                Piece::Param("major".into()),
                Piece::Text("-".into()),
                Piece::Param("minor".into())
            ]
        );
        assert_eq!(
            pieces_after_prefix("{id}.json"),
            vec![Piece::Param("id".into()), Piece::Text(".json".into())]
        );
        let pieces = pieces_after_prefix("v{major}-{minor}");
        assert_eq!(
            splits(&pieces, "2-10"),
            vec![pairs(&[("major", "2"), ("minor", "10")])]
        );
        // Longest first for the earlier parameter.
        let pieces = pieces_after_prefix("{sid}{ext}");
        let all = splits(&pieces, "AB.json");
        assert_eq!(all.len(), 6);
        assert_eq!(all[0], pairs(&[("sid", "AB.jso"), ("ext", "n")]));
        assert!(all.contains(&pairs(&[("sid", "AB"), ("ext", ".json")])));
        // Text that is not there, and a parameter left empty, split no way.
        assert!(splits(&pieces_after_prefix("{id}.json"), "7.xml").is_empty());
        assert!(splits(&pieces_after_prefix("{id}.json"), ".json").is_empty());
        assert!(splits(&pieces_after_prefix("{a}{b}"), "ñ").is_empty());
        assert_eq!(
            splits(&pieces_after_prefix("{a}{b}"), "ñé"),
            vec![pairs(&[("a", "ñ"), ("b", "é")])]
        );
        // Text that starts with a character of several bytes.
        let pieces = pieces_after_prefix("{id}ñ{x}");
        assert_eq!(
            pieces,
            vec![
                Piece::Param("id".into()),
                Piece::Text("ñ".into()),
                Piece::Param("x".into())
            ]
        );
        assert_eq!(
            splits(&pieces, "7ñ8"),
            vec![pairs(&[("id", "7"), ("x", "8")])]
        );
    }

    #[test]
    fn long_values_cost_a_bounded_walk() {
        // 64 KiB that does not end in the text: one search, no split.
        let long = "a".repeat(64 * 1024);
        assert!(splits(&pieces_after_prefix("{id}.json"), &long).is_empty());
        let pieces = pieces_after_prefix("{a}{b}.json");
        assert!(splits(&pieces, &long).is_empty());
        // Where the text occurs many times, the splits are capped.
        let dotted = ".json".repeat(10_000);
        assert!(splits(&pieces, &dotted).len() <= SPLITS);
    }
}
