//! Path segments that mix parameters with text (`{id}.json`, `{sid}{ext}`, `v{major}-{minor}`):
//! a router that matches whole segments only captures such a segment's text after its static
//! prefix under the name `__seg<index>`, and [`split`] turns it into the segment's parameters.
//!
//! A value can split more than one way (`{sid}{ext}` over `AB.json`); the splits are tried
//! longest-first for each parameter, and the first whose values all keep their parameters'
//! schemas wins (so an `ext` enum of `.json` and `.csv` finds `AB` + `.json`); when none does,
//! the first split is taken and validation reports what is wrong with it.

/// The name a router gives the capture of segment `index` (counting from the empty segment
/// before the path's first `/`).
pub fn segment_capture(index: usize) -> String {
    format!("__seg{index}")
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
                let end = rest[1..].find('{').map_or(rest.len(), |i| i + 1);
                pieces.push(Piece::Text(rest[..end].to_owned()));
                rest = &rest[end..];
            }
        }
    }
    pieces
}

/// At most this many splits of one value are considered.
const SPLITS: usize = 64;

/// Every split of `value` over `pieces`, each parameter taking at least one character and
/// text matching exactly, longest-first for each parameter, at most [`SPLITS`].
pub(crate) fn splits(pieces: &[Piece], value: &str) -> Vec<Vec<(String, String)>> {
    let mut out = Vec::new();
    walk(pieces, value, &mut Vec::new(), &mut out);
    out
}

fn walk(
    pieces: &[Piece],
    value: &str,
    current: &mut Vec<(String, String)>,
    out: &mut Vec<Vec<(String, String)>>,
) {
    if out.len() >= SPLITS {
        return;
    }
    let Some((first, rest)) = pieces.split_first() else {
        if value.is_empty() {
            out.push(current.clone());
        }
        return;
    };
    match first {
        Piece::Text(text) => {
            if let Some(after) = value.strip_prefix(text.as_str()) {
                walk(rest, after, current, out);
            }
        }
        Piece::Param(name) => {
            let ends: Vec<usize> = value
                .char_indices()
                .map(|(i, c)| i + c.len_utf8())
                .rev()
                .collect();
            for end in ends {
                current.push((name.clone(), value[..end].to_owned()));
                walk(rest, &value[end..], current, out);
                current.pop();
                if out.len() >= SPLITS {
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
    }
}
