//! The generated crates' `Cargo.toml` files. Versions come from the workspace
//! (`{ workspace = true }`); siblings are path dependencies.

use crate::types_crate::Uses;

/// The three crate names of a service.
pub struct CrateNames {
    pub types: String,
    pub client: String,
    pub server: String,
}

impl CrateNames {
    pub fn of(service: &str) -> CrateNames {
        CrateNames {
            types: format!("{service}-types"),
            client: format!("{service}-client"),
            server: format!("{service}-server"),
        }
    }
}

fn package(name: &str, description: &str) -> String {
    format!(
        "[package]\nname = \"{name}\"\ndescription = \"{description}\"\nedition.workspace = true\nversion.workspace = true\nlicense.workspace = true\npublish.workspace = true\nrust-version.workspace = true\n\n[lib]\ndoctest = false\n\n[dependencies]\n"
    )
}

fn deps(names: &[&str], uses: Uses) -> String {
    let mut all: Vec<&str> = names.to_vec();
    if uses.chrono {
        all.push("chrono");
    }
    if uses.uuid {
        all.push("uuid");
    }
    if uses.regress {
        all.push("regress");
    }
    all.sort();
    all.dedup();
    all.iter()
        .map(|n| format!("{n} = {{ workspace = true }}\n"))
        .collect()
}

/// `<svc>-types`.
pub fn types(service: &str, uses: Uses) -> String {
    let names = CrateNames::of(service);
    let mut out = package(
        &names.types,
        &format!(
            "Models of the {service} contract (components.schemas), shared by its client and server."
        ),
    );
    out.push_str(&deps(&["serde", "serde_json"], uses));
    out
}

/// `<svc>-client`.
pub fn client(
    service: &str,
    uses: Uses,
    uses_futures: bool,
    uses_events: bool,
    uses_direct: bool,
) -> String {
    let names = CrateNames::of(service);
    let mut out = package(
        &names.client,
        &format!("Async client of the {service} service (progenitor, reqwest)."),
    );
    let mut list = vec![
        "progenitor-client",
        "reqwest",
        "serde",
        "serde_json",
        "taller-trace",
    ];
    if uses_events {
        list.push("taller-sse");
    }
    if uses_direct {
        list.push("taller-client");
    }
    if uses_futures {
        list.push("futures");
    }
    out.push_str(&deps(&list, uses));
    out.push_str(&format!("{} = {{ path = \"../types\" }}\n", names.types));
    out
}

/// `<svc>-server`.
pub fn server(service: &str, uses: Uses) -> String {
    let names = CrateNames::of(service);
    let mut out = package(
        &names.server,
        &format!(
            "axum server stub of the {service} service: trait, typed requests and responses, router."
        ),
    );
    out.push_str(&deps(
        &["axum", "serde", "serde_json", "taller-runtime"],
        uses,
    ));
    out.push_str(&format!("{} = {{ path = \"../types\" }}\n", names.types));
    out
}
