//! `codegen` — writes `generated/<service>/{types,client,server}` from the contracts in
//! `specs/` (`generate`), or reports how `generated/` differs from what it would write
//! (`check`, run by CI). Exit codes: 0 done/clean, 1 drift or I/O failure, 2 a bad spec.
//! `breaking` and `changelog` compare two versions of a contract (`taller-diff`): exit 0 no
//! breaking change, 1 breaking changes, 2 a version could not be read.

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use clap::{Parser, Subcommand};
use taller_codegen::output::{self, GeneratedFile};
use taller_codegen::{Error, generate_scoped};

/// What the headers name as the writer: the same whatever the arguments, so `check` agrees
/// with any `generate` run.
const COMMAND: &str = "cargo run -p taller-codegen -- generate";

#[derive(Parser)]
#[command(
    name = "codegen",
    version,
    about = "Typed axum servers and progenitor clients from the OpenAPI contracts"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(clap::Args)]
struct Target {
    /// Contracts to process (default: every specs/*.yaml).
    specs: Vec<PathBuf>,
    /// Folder holding the contracts, for the default list.
    #[arg(long, env = "CODEGEN_SPECS", default_value = "specs")]
    specs_dir: PathBuf,
    /// Output folder; each contract gets `<out>/<service>/`.
    #[arg(long, env = "CODEGEN_OUT", default_value = "generated")]
    out: PathBuf,
    /// Fail (exit 2) when anything of a contract is left out or generated differently from
    /// what it says, instead of generating the rest.
    #[arg(long)]
    strict: bool,
    /// Print every note, not only what was left out.
    #[arg(long, short)]
    verbose: bool,
    /// Folder a contract's `$ref`s may read files from (default: the contract's own folder).
    #[arg(long, value_name = "DIR")]
    ref_root: Option<PathBuf>,
    /// Let a local contract's `$ref`s fetch http(s) documents.
    #[arg(long)]
    allow_remote_refs: bool,
}

#[derive(Subcommand)]
enum Command {
    /// Write the types, client and server crates of each contract (only files that changed).
    Generate(Target),
    /// Exit 1 listing the files that differ from what `generate` would write (also missing and
    /// extra files); write nothing.
    Check(Target),
    /// What REVISION breaks for callers written against BASE: exit 1 when a finding is at the
    /// --fail-on level or worse, 2 when a version cannot be read.
    Breaking(Breaking),
    /// Every change from BASE to REVISION, breaking or not, as markdown release notes.
    Changelog(Versions),
}

#[derive(clap::Args)]
struct Versions {
    /// The contract callers were written against: a file or URL (multi-file, Swagger 2.0,
    /// OpenAPI 3.0 or 3.1), or `git:REV:path` (path from the repository root), e.g.
    /// `git:origin/main:specs/recambios.yaml`.
    base: String,
    /// The new contract, named the same ways.
    revision: String,
}

#[derive(clap::Args)]
struct Breaking {
    #[command(flatten)]
    versions: Versions,
    /// How to print the findings: text lines, a JSON array, or a markdown table.
    #[arg(long, value_enum, default_value_t = Format::Text)]
    format: Format,
    /// The lowest level that fails (exit 1).
    #[arg(long, value_enum, default_value_t = FailOn::Error)]
    fail_on: FailOn,
    /// Pass (exit 0) when the revision raises the major part of `info.version`: a breaking
    /// change announced by semantic versioning.
    #[arg(long)]
    allow_major_bump: bool,
}

#[derive(Clone, Copy, clap::ValueEnum)]
enum Format {
    Text,
    Json,
    Markdown,
}

#[derive(Clone, Copy, clap::ValueEnum)]
enum FailOn {
    Error,
    Warning,
}

fn main() -> ExitCode {
    taller_codegen::install_quiet_hook();
    let cli = Cli::parse();
    let (target, writing) = match cli.command {
        Command::Generate(t) => (t, true),
        Command::Check(t) => (t, false),
        Command::Breaking(args) => return breaking(&args),
        Command::Changelog(versions) => return changelog(&versions),
    };
    match run(&target, writing) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("codegen: {e}");
            ExitCode::from(if e.is_bad_spec() { 2 } else { 1 })
        }
    }
}

/// Both versions compared, or exit code 2 with one line saying which could not be read.
fn compare(versions: &Versions) -> Result<taller_diff::Report, ExitCode> {
    let load = |spec: &str| {
        taller_diff::load_spec(spec).map_err(|e| {
            eprintln!("codegen: {e}");
            ExitCode::from(2)
        })
    };
    let base = load(&versions.base)?;
    let revision = load(&versions.revision)?;
    Ok(taller_diff::compare(&base, &revision))
}

fn breaking(args: &Breaking) -> ExitCode {
    let report = match compare(&args.versions) {
        Ok(report) => report,
        Err(code) => return code,
    };
    let findings = report.breaking();
    match args.format {
        Format::Text => print!("{}", taller_diff::Report::text(&findings)),
        Format::Markdown => print!("{}", taller_diff::Report::markdown(&findings)),
        Format::Json => match serde_json::to_string_pretty(&findings) {
            Ok(json) => println!("{json}"),
            Err(e) => {
                eprintln!("codegen: findings as JSON: {e}");
                return ExitCode::from(1);
            }
        },
    }
    let level = match args.fail_on {
        FailOn::Error => taller_diff::Level::Error,
        FailOn::Warning => taller_diff::Level::Warning,
    };
    if !findings.iter().any(|f| f.level >= level) {
        return ExitCode::SUCCESS;
    }
    if args.allow_major_bump && report.major_raised() {
        eprintln!(
            "codegen: breaking changes allowed: info.version's major part raised ({} → {})",
            report.base_version.as_deref().unwrap_or("?"),
            report.revision_version.as_deref().unwrap_or("?")
        );
        return ExitCode::SUCCESS;
    }
    ExitCode::from(1)
}

fn changelog(versions: &Versions) -> ExitCode {
    match compare(versions) {
        Ok(report) => {
            print!("{}", report.changelog());
            ExitCode::SUCCESS
        }
        Err(code) => code,
    }
}

fn default_specs(dir: &Path) -> Result<Vec<PathBuf>, Error> {
    let mut specs = Vec::new();
    for entry in std::fs::read_dir(dir).map_err(|e| Error::io(dir, e))? {
        let path = entry.map_err(|e| Error::io(dir, e))?.path();
        if path.extension().is_some_and(|e| e == "yaml" || e == "yml") {
            specs.push(path);
        }
    }
    specs.sort();
    Ok(specs)
}

fn run(target: &Target, writing: bool) -> Result<ExitCode, Error> {
    let all = target.specs.is_empty();
    let specs = if all {
        default_specs(&target.specs_dir)?
    } else {
        target.specs.clone()
    };
    let started = Instant::now();
    let mut files: Vec<GeneratedFile> = taller_codegen::folder_files(COMMAND);
    let mut scope = Vec::new();
    let mut failed = 0;
    let mut bad_spec = false;
    let ref_scope = &taller_contract::Scope {
        root: target.ref_root.clone(),
        remote: target.allow_remote_refs,
    };
    // Specs are independent: generate them in parallel, report in order.
    let results: Vec<_> = std::thread::scope(|scope| {
        let handles: Vec<_> = specs
            .iter()
            .map(|spec| {
                scope.spawn(move || {
                    let t = Instant::now();
                    let display = spec.display().to_string().replace('\\', "/");
                    (
                        display.clone(),
                        generate_scoped(spec, &display, COMMAND, ref_scope),
                        t.elapsed(),
                    )
                })
            })
            .collect();
        handles
            .into_iter()
            .map(|h| {
                h.join()
                    .expect("generation threads report errors, not panics")
            })
            .collect()
    });
    for (display, result, elapsed) in results {
        match result {
            Ok(out) => {
                let notes = out.diagnostics.len() - out.skipped.0 - out.skipped.1;
                let left_out = match out.skipped {
                    (0, 0) => String::new(),
                    (server, client) => format!(
                        "; left out {server} operation(s) of the server, {client} of the client"
                    ),
                };
                let noted = match notes {
                    0 => String::new(),
                    n if target.verbose || target.strict => format!("; {n} note(s)"),
                    n => format!("; {n} note(s) (-v lists them)"),
                };
                eprintln!(
                    "codegen: {display} → {}/{}: {} files in {} ms{left_out}{noted}",
                    target.out.display(),
                    out.service,
                    out.files.len(),
                    elapsed.as_millis()
                );
                for line in &out.diagnostics {
                    if target.verbose || target.strict || line.contains(" left out: ") {
                        eprintln!("codegen: {line}");
                    }
                }
                if target.strict && !out.diagnostics.is_empty() {
                    eprintln!(
                        "codegen: {display}: --strict: {} diagnostic(s), nothing written for it",
                        out.diagnostics.len()
                    );
                    failed += 1;
                    bad_spec = true;
                    continue;
                }
                scope.push(PathBuf::from(&out.service));
                files.extend(out.files);
            }
            Err(e) => {
                eprintln!("codegen: {e}");
                failed += 1;
                bad_spec |= e.is_bad_spec();
            }
        }
    }
    if all && failed == 0 {
        // Every service is known: anything else under the output folder is stale.
        scope = vec![PathBuf::new()];
    }
    let on_disk = output::read_tree(&target.out)?;
    let drift = output::drift(&files, &on_disk, &scope);
    if writing {
        let written = output::write(&target.out, &files, &drift)?;
        for path in &drift.extra {
            eprintln!("codegen: removed stale {}", target.out.join(path).display());
        }
        eprintln!(
            "codegen: {} specs, {written} files written, {} unchanged, {} ms",
            specs.len(),
            files.len() - written,
            started.elapsed().as_millis()
        );
    } else {
        for (what, list) in [
            ("differs", &drift.changed),
            ("missing", &drift.missing),
            ("extra", &drift.extra),
        ] {
            for path in list {
                println!("{what}: {}", target.out.join(path).display());
            }
        }
        if drift.is_clean() {
            eprintln!(
                "codegen: {} is up to date ({} specs, {} ms)",
                target.out.display(),
                specs.len(),
                started.elapsed().as_millis()
            );
        } else {
            eprintln!(
                "codegen: {} is stale; run `cargo run -p taller-codegen -- generate`",
                target.out.display()
            );
        }
        if failed == 0 && !drift.is_clean() {
            return Ok(ExitCode::from(1));
        }
    }
    // 2 when a spec is at fault, 1 when only reading a file failed.
    Ok(ExitCode::from(match (failed, bad_spec) {
        (0, _) => 0,
        (_, true) => 2,
        (_, false) => 1,
    }))
}
