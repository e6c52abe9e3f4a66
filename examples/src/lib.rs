//! Examples of building on taller's generated crates, in the spirit of dropshot's `examples/`.
//! Each one is a documented program; CI compiles them all and `tests/` runs them.
//!
//! - `cargo run -p taller-examples --example logs_service` — a service on a generated stub: the
//!   in-memory [`MemoryLogs`] below implements `logs_server::LogsApi`, and `taller-runtime`
//!   serves it with health checks, `/openapi.json`, Swagger UI at `/docs/`, request ids and
//!   problem+json errors.
//! - `cargo run -p taller-examples --example logs_client -- http://127.0.0.1:8000` — the typed
//!   client (`logs-client`, progenitor) appending an event and reading it back.
//! - `tests/mock.rs` — the same client against `mock-server` serving `specs/logs.yaml`, for
//!   code whose dependencies are not built yet.
//!
//! What a real service adds is in `services/recambios`: a store behind a trait, MongoDB, ETags.

use std::sync::Mutex;

use axum::http::StatusCode;
use logs_server::{
    CreateLogRequest, CreateLogResponse, Credential, GetLogRequest, GetLogResponse,
    ListLogsRequest, ListLogsResponse, LogsApi, Problem, RequestContext, SecurityScheme,
    Unauthorized,
};
use logs_types::{EnlacesPagina, EnlacesRecurso, Link, Log, LogPagina, Prioridad};
use taller_runtime::jwt::{Caller, Keys, Verifier};

/// Where the events are, as the gateway publishes them (`/api/v1/<service>`).
const BASE: &str = "/api/v1/logs";

/// The logs service kept in memory: events are appended and never change. Listing filters by
/// `subsistema` and `usuario` and pages the result; the other filters are left to the real thing.
/// Callers authenticate with HS256 JWTs signed with the secret given to [`MemoryLogs::new`].
pub struct MemoryLogs {
    events: Mutex<Vec<Log>>,
    verifier: Verifier,
}

impl MemoryLogs {
    /// An empty log whose callers' tokens are checked with `secret` (issuer and audience
    /// `taller`). An empty secret is refused.
    pub fn new(secret: &str) -> Result<Self, taller_runtime::jwt::KeyError> {
        Ok(MemoryLogs {
            events: Mutex::default(),
            verifier: Verifier::new(Keys::load(Some(secret), None, None)?, "taller", "taller"),
        })
    }
}

fn link(href: String) -> Link {
    Link { href, rel: None }
}

/// Each method returns `Result<Response, Self::Error>`: the declared success variants, or an
/// error turned into the operation's declared problem response. This service has no error
/// type of its own and answers [`Problem`]s directly; `services/recambios` maps its domain
/// errors with `taller_runtime::ApiError`.
impl LogsApi for MemoryLogs {
    type Error = Problem;
    /// The caller a verified token names; the router checks its scopes (`logs:read`,
    /// `logs:write`) against each operation's `security`.
    type Principal = Caller;

    async fn authenticate(
        &self,
        scheme: SecurityScheme,
        credential: Credential,
    ) -> Result<Caller, Unauthorized> {
        match scheme {
            SecurityScheme::BearerAuth => self.verifier.verify_credential(credential),
        }
    }

    async fn list_logs(
        &self,
        _: RequestContext<Caller>,
        request: ListLogsRequest,
    ) -> Result<ListLogsResponse, Problem> {
        let q = request.query;
        let events = self.events.lock().unwrap_or_else(|e| e.into_inner());
        let matching: Vec<&Log> = events
            .iter()
            .filter(|e| q.subsistema.as_ref().is_none_or(|s| e.subsistema == *s))
            .filter(|e| q.usuario.as_ref().is_none_or(|u| e.usuario == **u))
            .collect();
        let (page, size) = (q.page.get(), q.page_size.get());
        let total = matching.len() as u64;
        let total_pages = total.div_ceil(size).max(1);
        let at = |p: u64| link(format!("{BASE}?page={p}&page_size={size}"));
        Ok(ListLogsResponse::Ok200(LogPagina {
            items: matching
                .into_iter()
                .skip(((page - 1) * size) as usize)
                .take(size as usize)
                .cloned()
                .collect(),
            links: EnlacesPagina {
                first: at(1),
                last: at(total_pages),
                next_page: (page < total_pages).then(|| at(page + 1)),
                prev_page: (page > 1).then(|| at(page - 1)),
                self_: at(page),
            },
            page: q.page,
            page_size: q.page_size,
            total,
            total_pages,
        }))
    }

    async fn create_log(
        &self,
        context: RequestContext<Caller>,
        request: CreateLogRequest,
    ) -> Result<CreateLogResponse, Problem> {
        let new = request.body;
        let id = uuid::Uuid::new_v4();
        let href = format!("{BASE}/{id}");
        let log = Log {
            id,
            descripcion_evento: new.descripcion_evento.to_string(),
            fecha: new.fecha.unwrap_or_else(chrono::Utc::now),
            // The contract's default: 2, medium.
            prioridad: new
                .prioridad
                .unwrap_or(Prioridad::try_from(2).expect("2 is a priority")),
            subsistema: new.subsistema,
            usuario: new.usuario.to_string(),
            links: EnlacesRecurso {
                parent: link(BASE.into()),
                self_: link(href.clone()),
            },
        };
        self.events
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .push(log.clone());
        // The context carries what is around the typed request: the request id, the caller.
        let by = context.principal().map(|caller| caller.subject.as_str());
        tracing::info!(request_id = context.request_id(), by, %id, "event appended");
        Ok(CreateLogResponse::Created201 {
            body: log,
            location: Some(href),
        })
    }

    async fn get_log(
        &self,
        _: RequestContext<Caller>,
        request: GetLogRequest,
    ) -> Result<GetLogResponse, Problem> {
        let id = request.path.log_id;
        let events = self.events.lock().unwrap_or_else(|e| e.into_inner());
        let log = events
            .iter()
            .find(|e| e.id == id)
            .ok_or_else(|| Problem::new(StatusCode::NOT_FOUND, format!("no event has id {id}")))?;
        Ok(GetLogResponse::Ok200 {
            body: log.clone(),
            etag: Some(format!("\"{id}\"")),
        })
    }
}

/// The whole HTTP surface of the example service: the generated router around `api`, inside
/// what every taller service has (`taller_runtime::service::app`).
pub fn app(api: MemoryLogs, args: &taller_runtime::service::ServeArgs) -> axum::Router {
    taller_runtime::service::app(
        logs_server::router(api),
        logs_server::CONTRACT_JSON,
        None,
        args,
    )
}
