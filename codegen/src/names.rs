//! Rust names for contract names: operationIds, services, headers, statuses.

use heck::{ToSnakeCase, ToUpperCamelCase};
use proc_macro2::Ident;

/// `create_recambio`, `createRecambio` → `create_recambio`.
pub fn snake(name: &str) -> String {
    name.to_snake_case()
}

/// `create_recambio` → `CreateRecambio`.
pub fn pascal(name: &str) -> String {
    name.to_upper_camel_case()
}

/// An identifier, raw (`r#type`) when `name` is a keyword.
pub fn ident(name: &str) -> Ident {
    let span = proc_macro2::Span::call_site();
    if syn::parse_str::<Ident>(name).is_ok() {
        Ident::new(name, span)
    } else if ["self", "Self", "super", "crate", "_"].contains(&name) {
        Ident::new(&format!("{name}_"), span)
    } else {
        Ident::new_raw(name, span)
    }
}

/// A field name for a header: `If-Match` → `if_match`, `ETag` → `etag`.
pub fn header_field(name: &str) -> String {
    name.to_ascii_lowercase().replace('-', "_").to_snake_case()
}

/// The Rust crate identifier of a crate name: `recambios-types` → `recambios_types`.
pub fn crate_ident(crate_name: &str) -> String {
    crate_name.replace('-', "_")
}
