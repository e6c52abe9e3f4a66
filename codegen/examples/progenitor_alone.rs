//! Writes progenitor's client of a contract on its own (models inline, no types or server
//! crate) as a crate, for `scripts/bench-corpus` to `cargo check` beside the generated crates:
//! `cargo run --release -p taller-codegen --example progenitor_alone -- SPEC OUT_DIR NAME`.

use std::path::Path;
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [spec, out, name] = args.as_slice() else {
        eprintln!("usage: progenitor_alone SPEC OUT_DIR CRATE_NAME");
        return ExitCode::from(2);
    };
    let code = match taller_codegen::progenitor_alone(Path::new(spec)) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("progenitor_alone: {e}");
            return ExitCode::from(2);
        }
    };
    let dir = Path::new(out);
    let manifest = format!(
        "[package]\nname = \"{name}\"\nedition.workspace = true\nversion.workspace = true\npublish = false\n\n[lib]\ndoctest = false\n\n[dependencies]\nchrono = {{ workspace = true }}\nfutures = {{ workspace = true }}\nprogenitor-client = {{ workspace = true }}\nregress = {{ workspace = true }}\nreqwest = {{ workspace = true }}\nserde = {{ workspace = true }}\nserde_json = {{ workspace = true }}\nuuid = {{ workspace = true }}\n"
    );
    let written = std::fs::create_dir_all(dir.join("src"))
        .and_then(|()| std::fs::write(dir.join("Cargo.toml"), manifest))
        .and_then(|()| std::fs::write(dir.join("src/lib.rs"), code));
    match written {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("progenitor_alone: {}: {e}", dir.display());
            ExitCode::from(1)
        }
    }
}
