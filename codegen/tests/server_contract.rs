//! What a generated server does around the implementation, over HTTP on 127.0.0.1: the
//! request context it hands each method, errors returned with `?` answered as the problem
//! they name (or as a 500 when the operation does not declare their status), and response
//! validation catching an answer that breaks the contract.

mod support;

use std::sync::{Arc, Mutex};

use axum::http::StatusCode;
use serde_json::json;
use support::*;
use taller_demo_server::*;
use taller_runtime::service::{self, ResponseValidation, ServeArgs};

/// What a test middleware attaches to every request, for the implementation to read.
#[derive(Debug, Clone, PartialEq)]
struct Tenant(&'static str);

/// What `list_piezas` saw of its context.
#[derive(Debug, Default, Clone, PartialEq)]
struct Seen {
    operation_id: String,
    request_id: Option<String>,
    tenant: Option<Tenant>,
    trace_header: Option<String>,
    method: String,
    path_and_query: String,
}

#[derive(Debug, thiserror::Error)]
enum DemoError {
    #[error("no pieza {0}")]
    Missing(String),
    #[error("the pieza store failed")]
    Store(#[source] std::io::Error),
    #[error("gone for good")]
    Gone,
}

impl ApiError for DemoError {
    fn problem(&self) -> Problem {
        match self {
            DemoError::Missing(codigo) => {
                Problem::new(StatusCode::NOT_FOUND, format!("no pieza {codigo}"))
            }
            DemoError::Store(_) => Problem::new(StatusCode::SERVICE_UNAVAILABLE, "retry later"),
            // No operation of the contract declares 410.
            DemoError::Gone => Problem::new(StatusCode::GONE, "gone"),
        }
    }
}

#[derive(Default, Clone)]
struct Demo {
    seen: Arc<Mutex<Option<Seen>>>,
}

impl TallerDemoApi for Demo {
    type Error = DemoError;

    async fn list_piezas(
        &self,
        context: RequestContext,
        request: ListPiezasRequest,
    ) -> Result<ListPiezasResponse, DemoError> {
        *self.seen.lock().unwrap() = Some(Seen {
            operation_id: context.operation_id().to_owned(),
            request_id: context.request_id().map(str::to_owned),
            tenant: context.extension::<Tenant>().cloned(),
            trace_header: context
                .headers()
                .get("x-trace")
                .and_then(|v| v.to_str().ok())
                .map(str::to_owned),
            method: context.method().to_string(),
            path_and_query: context.uri().to_string(),
        });
        match request.headers.x_trace.as_str() {
            "gone" => Err(DemoError::Gone),
            "store" => Err(DemoError::Store(std::io::Error::other("disk on fire"))),
            _ => Ok(ListPiezasResponse::Ok200(from_json(
                json!({"items": [], "page": request.query.page.get()}),
            ))),
        }
    }

    async fn create_pieza(
        &self,
        _: RequestContext,
        request: CreatePiezaRequest,
    ) -> Result<CreatePiezaResponse, DemoError> {
        let body = request.body;
        Ok(CreatePiezaResponse::Created201 {
            location: format!("/piezas/{}", body.codigo.as_str()),
            x_version: None,
            body: from_json(
                json!({"codigo": body.codigo, "nombre": body.nombre, "peso": body.peso}),
            ),
        })
    }

    async fn get_pieza(
        &self,
        _: RequestContext,
        request: GetPiezaRequest,
    ) -> Result<GetPiezaResponse, DemoError> {
        Err(DemoError::Missing(request.path.codigo.to_string()))
    }

    async fn delete_pieza(
        &self,
        _: RequestContext,
        _: DeletePiezaRequest,
    ) -> Result<DeletePiezaResponse, DemoError> {
        Ok(DeletePiezaResponse::NoContent204)
    }

    /// Breaks the contract on purpose: the `4XX` variant sent with status 200, whose declared
    /// body is a note, not a problem.
    async fn set_nota(
        &self,
        _: RequestContext,
        _: SetNotaRequest,
    ) -> Result<SetNotaResponse, DemoError> {
        Ok(SetNotaResponse::ClientError4XX {
            status: 200,
            body: problem(409),
        })
    }
}

async fn start(api: Demo, validation: ResponseValidation) -> String {
    let router = router(api).layer(axum::middleware::from_fn(
        |mut request: axum::extract::Request, next: axum::middleware::Next| async move {
            request.extensions_mut().insert(Tenant("taller-norte"));
            next.run(request).await
        },
    ));
    let args = ServeArgs {
        validate_responses: validation,
        ..Default::default()
    };
    let app = service::app(router, CONTRACT_JSON, None, &args);
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    format!("http://{addr}")
}

#[tokio::test]
async fn each_method_receives_the_request_context() {
    let demo = Demo::default();
    let base = start(demo.clone(), ResponseValidation::Enforce).await;
    let r = raw(
        "GET",
        &format!("{base}/piezas?page=2"),
        None,
        None,
        &[("x-trace", "abc"), ("x-request-id", "req-42")],
    )
    .await;
    assert_eq!(r.status, 200, "{r:?}");
    let seen = demo.seen.lock().unwrap().clone().expect("list_piezas ran");
    assert_eq!(
        seen,
        Seen {
            operation_id: "list_piezas".into(),
            request_id: Some("req-42".into()),
            tenant: Some(Tenant("taller-norte")),
            trace_header: Some("abc".into()),
            method: "GET".into(),
            path_and_query: "/piezas?page=2".into(),
        }
    );
    // Without an id from the caller, the service makes one up and the context has it.
    let r = raw(
        "GET",
        &format!("{base}/piezas"),
        None,
        None,
        &[("x-trace", "abc")],
    )
    .await;
    let sent = r.headers["x-request-id"].to_str().unwrap().to_owned();
    let seen = demo.seen.lock().unwrap().clone().unwrap();
    assert_eq!(seen.request_id.as_deref(), Some(sent.as_str()));
}

#[tokio::test]
async fn errors_are_answered_as_the_declared_problem_or_as_a_500() {
    let base = start(Demo::default(), ResponseValidation::Enforce).await;
    // Declared: 404 for get_pieza, with the request path as the instance.
    let r = raw("GET", &format!("{base}/piezas/ABC1"), None, None, &[]).await;
    assert_problem(&r, 404, None);
    assert_eq!(r.body["detail"], "no pieza ABC1");
    assert_eq!(r.body["instance"], "/piezas/ABC1");
    // 410 is not declared by list_piezas: a 500 problem that tells the caller nothing more.
    let r = raw(
        "GET",
        &format!("{base}/piezas"),
        None,
        None,
        &[("x-trace", "gone")],
    )
    .await;
    assert_problem(&r, 500, None);
    assert_eq!(
        r.body["detail"],
        "an unexpected error happened; it has been logged"
    );
    // 503 is not declared either; its cause (the io::Error) stays out of the answer.
    let r = raw(
        "GET",
        &format!("{base}/piezas"),
        None,
        None,
        &[("x-trace", "store")],
    )
    .await;
    assert_problem(&r, 500, None);
    assert!(!r.body.to_string().contains("disk on fire"), "{:?}", r.body);
}

#[tokio::test]
async fn enforce_answers_500_for_a_response_that_breaks_the_contract() {
    let base = start(Demo::default(), ResponseValidation::Enforce).await;
    let r = send_json(
        "PUT",
        &format!("{base}/piezas/ABC1/nota"),
        &json!({"texto": "x"}),
    )
    .await;
    assert_problem(&r, 500, None);
    assert_eq!(r.body["type"], "urn:taller:problem:response-violation");
    let pointers: Vec<&str> = r.body["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["pointer"].as_str().unwrap())
        .collect();
    assert!(
        !pointers.is_empty()
            && pointers
                .iter()
                .all(|p| p.starts_with("/body") || p.starts_with("/header")),
        "{pointers:?}"
    );
    // A response that keeps the contract passes untouched.
    let r = send_json(
        "POST",
        &format!("{base}/piezas"),
        &json!({"codigo": "ABC1", "nombre": "Filtro", "peso": 1.5}),
    )
    .await;
    assert_eq!(r.status, 201, "{r:?}");
    assert_eq!(r.headers["location"], "/piezas/ABC1");
}

#[tokio::test]
async fn log_sends_the_response_anyway_and_off_does_not_look() {
    for mode in [ResponseValidation::Log, ResponseValidation::Off] {
        let base = start(Demo::default(), mode).await;
        let r = send_json(
            "PUT",
            &format!("{base}/piezas/ABC1/nota"),
            &json!({"texto": "x"}),
        )
        .await;
        assert_eq!(r.status, 200, "{mode:?}: {r:?}");
        assert_eq!(
            r.body["status"], 409,
            "the implementation's body as it wrote it"
        );
    }
}
