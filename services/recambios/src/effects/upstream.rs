//! The two upstreams effects go to, each through its generated client: the logs service (every
//! effect becomes an audit event) and notificaciones (low-stock alerts, by e-mail to the store
//! room).

use std::time::Duration;

use async_trait::async_trait;

use super::{Deliver, Effect, Failure, classify};

/// The `subsistema` number of recambios in the logs contract.
const SUBSISTEMA_RECAMBIOS: u64 = 6;
/// How long one delivery attempt may take.
const ATTEMPT_TIMEOUT: Duration = Duration::from_secs(3);

/// A client with timeouts that sends the service token, when there is one, with every call.
fn http_client(token: Option<&str>) -> reqwest::Client {
    let mut headers = reqwest::header::HeaderMap::new();
    if let Some(token) = token
        && let Ok(mut value) = reqwest::header::HeaderValue::from_str(&format!("Bearer {token}"))
    {
        value.set_sensitive(true);
        headers.insert(reqwest::header::AUTHORIZATION, value);
    }
    reqwest::Client::builder()
        .connect_timeout(ATTEMPT_TIMEOUT)
        .timeout(ATTEMPT_TIMEOUT)
        .default_headers(headers)
        .build()
        .expect("a reqwest client with timeouts and default headers only")
}

/// Audit events to the logs service.
pub struct Logs {
    client: logs_client::Client,
}

impl Logs {
    /// `base_url` is where the logs contract's paths are served (e.g. `http://logs:4010`);
    /// `token` is the service token sent with every call.
    pub fn new(base_url: &str, token: Option<&str>) -> Self {
        Logs {
            client: logs_client::Client::new_with_client(
                base_url,
                http_client(token),
                logs_client::Credentials::none(),
            ),
        }
    }
}

#[async_trait]
impl Deliver for Logs {
    fn name(&self) -> &'static str {
        "logs"
    }

    fn wants(&self, _: &Effect) -> bool {
        true
    }

    async fn deliver(&self, effect: &Effect) -> Result<(), Failure> {
        let prioridad = match effect {
            Effect::StockBajo { .. } => 1,
            Effect::Cambio { .. } => 3,
        };
        // The contract bounds the text to 2000 characters.
        let descripcion: String = effect.describe().chars().take(2000).collect();
        // Built from JSON so that the contract's own deserializers check every bound.
        let body: logs_types::LogNuevo = serde_json::from_value(serde_json::json!({
            "descripcion_evento": descripcion,
            "fecha": chrono::Utc::now(),
            "prioridad": prioridad,
            "subsistema": SUBSISTEMA_RECAMBIOS,
            "usuario": "recambios",
        }))
        .map_err(|e| Failure::Reject(format!("log entry: {e}")))?;
        self.client
            .create_log()
            .body(body)
            .send()
            .await
            .map(|_| ())
            .map_err(classify)
    }
}

/// Low-stock alerts to notificaciones, as an e-mail to the store room.
pub struct Notificaciones {
    client: notificaciones_client::Client,
    destinatario: String,
}

impl Notificaciones {
    /// `base_url` is where the notificaciones contract's paths are served; alerts go to
    /// `destinatario`.
    pub fn new(base_url: &str, destinatario: &str, token: Option<&str>) -> Self {
        Notificaciones {
            client: notificaciones_client::Client::new_with_client(
                base_url,
                http_client(token),
                notificaciones_client::Credentials::none(),
            ),
            destinatario: destinatario.to_owned(),
        }
    }
}

#[async_trait]
impl Deliver for Notificaciones {
    fn name(&self) -> &'static str {
        "notificaciones"
    }

    fn wants(&self, effect: &Effect) -> bool {
        matches!(effect, Effect::StockBajo { .. })
    }

    async fn deliver(&self, effect: &Effect) -> Result<(), Failure> {
        let Effect::StockBajo { numero_serie, .. } = effect else {
            return Ok(());
        };
        let body: notificaciones_types::EmailNuevo = serde_json::from_value(serde_json::json!({
            "destinatario": self.destinatario,
            "asunto": format!("Stock bajo: {numero_serie}"),
            "mensaje": effect.describe(),
        }))
        .map_err(|e| Failure::Reject(format!("alert e-mail: {e}")))?;
        self.client
            .send_email()
            .body(body)
            .send()
            .await
            .map(|_| ())
            .map_err(classify)
    }
}
