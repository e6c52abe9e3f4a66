//! A comparison's result and the ways it is shown: text for a terminal, JSON for tools,
//! markdown for a pull-request comment, and the changelog (every change) for release notes.

use serde::Serialize;

use crate::finding::{Finding, Level};

/// What [`crate::compare`] found.
#[derive(Debug, Clone, Serialize)]
pub struct Report {
    /// How the two versions are named in messages.
    pub base: String,
    pub revision: String,
    /// Their `info.version`.
    pub base_version: Option<String>,
    pub revision_version: Option<String>,
    /// Every change, sorted by operation.
    pub findings: Vec<Finding>,
}

/// The major part of a version (`v2.1.0` → 2), if it starts with a number.
pub fn major(version: &str) -> Option<u64> {
    let digits: String = version
        .trim()
        .trim_start_matches(['v', 'V'])
        .chars()
        .take_while(char::is_ascii_digit)
        .collect();
    digits.parse().ok()
}

impl Report {
    /// What `codegen breaking` lists (see [`Finding::is_breaking`]).
    pub fn breaking(&self) -> Vec<&Finding> {
        self.findings.iter().filter(|f| f.is_breaking()).collect()
    }

    /// Whether a finding is at `level` or worse.
    pub fn has(&self, level: Level) -> bool {
        self.findings.iter().any(|f| f.level >= level)
    }

    /// Whether the revision raised the major part of `info.version`.
    pub fn major_raised(&self) -> bool {
        match (
            self.base_version.as_deref().and_then(major),
            self.revision_version.as_deref().and_then(major),
        ) {
            (Some(b), Some(r)) => r > b,
            _ => false,
        }
    }

    /// One line per finding and a summary line.
    pub fn text(findings: &[&Finding]) -> String {
        let mut out = String::new();
        for f in findings {
            out.push_str(&format!(
                "{} [{}] {}: {} ({}: {})\n",
                f.level.as_str(),
                f.id,
                f.operation,
                f.message,
                f.file,
                f.location
            ));
        }
        out.push_str(&summary(findings));
        out.push('\n');
        out
    }

    /// A markdown table, for a pull-request comment.
    pub fn markdown(findings: &[&Finding]) -> String {
        let mut out = format!("**{}**\n\n", summary(findings));
        if findings.is_empty() {
            return out;
        }
        out.push_str("| level | operation | change | id | where |\n|---|---|---|---|---|\n");
        for f in findings {
            out.push_str(&format!(
                "| {} | `{}` | {} | `{}` | `{}` `{}` |\n",
                f.level.as_str(),
                f.operation,
                cell(&f.message),
                f.id,
                f.file,
                f.location
            ));
        }
        out
    }

    /// Every change as markdown release notes: breaking first, then what may break, then the
    /// rest, each under its operation.
    pub fn changelog(&self) -> String {
        let version =
            |v: &Option<String>| v.as_deref().map_or(String::new(), |v| format!(" ({v})"));
        let mut out = format!(
            "# Changes from {}{} to {}{}\n",
            self.base,
            version(&self.base_version),
            self.revision,
            version(&self.revision_version)
        );
        if self.findings.is_empty() {
            out.push_str("\nNo changes.\n");
            return out;
        }
        for (level, title) in [
            (Level::Error, "Breaking changes"),
            (Level::Warning, "Changes that may break callers"),
            (Level::Info, "Other changes"),
        ] {
            let group: Vec<&Finding> = self.findings.iter().filter(|f| f.level == level).collect();
            if group.is_empty() {
                continue;
            }
            out.push_str(&format!("\n## {title}\n"));
            let mut last = "";
            for f in group {
                if f.operation != last {
                    out.push_str(&format!("\n### `{}`\n", f.operation));
                    last = &f.operation;
                }
                out.push_str(&format!("- {} (`{}`)\n", f.message, f.id));
            }
        }
        out
    }
}

fn summary(findings: &[&Finding]) -> String {
    if findings.is_empty() {
        return "no breaking changes".to_string();
    }
    let count = |l: Level| findings.iter().filter(|f| f.level == l).count();
    let plural = |n: usize, word: &str| format!("{n} {word}{}", if n == 1 { "" } else { "s" });
    format!(
        "{}: {}, {}, {}",
        plural(findings.len(), "finding"),
        plural(count(Level::Error), "error"),
        plural(count(Level::Warning), "warning"),
        plural(count(Level::Info), "info").replace("infos", "info")
    )
}

fn cell(s: &str) -> String {
    s.replace('|', "\\|").replace('\n', " ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn major_versions() {
        assert_eq!(major("1.2.3"), Some(1));
        assert_eq!(major("v2"), Some(2));
        assert_eq!(major("10.0.0-beta"), Some(10));
        assert_eq!(major("beta"), None);
    }
}
