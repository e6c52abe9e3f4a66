//! The HTTPS listener of `--tls-cert`/`--tls-key`: rustls on the ring provider, given
//! explicitly (never a process-wide default, never aws-lc-rs).

use std::path::Path;
use std::sync::Arc;

use rustls::ServerConfig;
use rustls_pki_types::pem::{self, PemObject};
use rustls_pki_types::{CertificateDer, PrivateKeyDer};

use crate::error::MockError;

/// The listener's configuration from a PEM certificate chain (the server's certificate first)
/// and a PEM private key (PKCS#8, PKCS#1 or SEC1), with ALPN `h2` and `http/1.1`.
pub fn server_config(cert: &Path, key: &Path) -> Result<Arc<ServerConfig>, MockError> {
    let error = |file: &Path, reason: String| MockError::Tls {
        file: file.display().to_string(),
        reason,
    };
    let text = std::fs::read(cert).map_err(|e| error(cert, e.to_string()))?;
    let chain = CertificateDer::pem_slice_iter(&text)
        .collect::<Result<Vec<_>, _>>()
        .map_err(|e| error(cert, pem_reason(e, "CERTIFICATE")))?;
    if chain.is_empty() {
        return Err(error(cert, "no PEM CERTIFICATE in it".into()));
    }
    let text = std::fs::read(key).map_err(|e| error(key, e.to_string()))?;
    let private = PrivateKeyDer::from_pem_slice(&text)
        .map_err(|e| error(key, pem_reason(e, "PRIVATE KEY")))?;
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    // Loaded once on its own so that a key ring cannot use is blamed on the key's file.
    provider
        .key_provider
        .load_private_key(private.clone_key())
        .map_err(|e| error(key, format!("not a usable private key: {e}")))?;
    let mut config = ServerConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .map_err(|e| error(cert, e.to_string()))?
        .with_no_client_auth()
        .with_single_cert(chain, private)
        .map_err(|e| {
            error(
                cert,
                format!("does not go with the key in {}: {e}", key.display()),
            )
        })?;
    config.alpn_protocols = vec![b"h2".to_vec(), b"http/1.1".to_vec()];
    Ok(Arc::new(config))
}

/// A PEM error in words, on one line.
fn pem_reason(e: pem::Error, what: &str) -> String {
    match e {
        pem::Error::NoItemsFound => format!("no PEM {what} in it"),
        other => format!("not valid PEM: {other}").replace('\n', " "),
    }
}
