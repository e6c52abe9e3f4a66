//! logs: the generated router with an in-test implementation, called through the generated
//! client over HTTP on 127.0.0.1, with the contract's own examples as data.

mod support;

use logs_client::Client;
use logs_server::*;
use logs_types as t;
use serde_json::json;
use support::*;

const ID: &str = "9b2f4c1a-6d3e-4f5a-8b7c-1d2e3f4a5b6c";

/// Answers the contract's examples and records what it received.
struct Logs(Recorder);

impl LogsApi for Logs {
    type Error = std::convert::Infallible;
    type Principal = taller_runtime::jwt::Caller;

    async fn authenticate(
        &self,
        _: SecurityScheme,
        credential: Credential,
    ) -> Result<taller_runtime::jwt::Caller, Unauthorized> {
        authenticate(credential)
    }

    async fn list_logs(
        &self,
        _: RequestContext<taller_runtime::jwt::Caller>,
        request: ListLogsRequest,
    ) -> Result<ListLogsResponse, std::convert::Infallible> {
        Ok({
            self.0.record(json!({
                "page": request.query.page.get(), "page_size": request.query.page_size.get(),
                "prioridad": request.query.prioridad.map(|p| serde_json::to_value(p).unwrap()),
            }));
            ListLogsResponse::Ok200(from_json(self.0.response("/logs", "get", "200")))
        })
    }
    async fn create_log(
        &self,
        _: RequestContext<taller_runtime::jwt::Caller>,
        request: CreateLogRequest,
    ) -> Result<CreateLogResponse, std::convert::Infallible> {
        Ok({
            self.0.record(&request.body);
            CreateLogResponse::Created201 {
                body: from_json(self.0.response("/logs", "post", "201")),
                location: Some(format!("/api/v1/logs/{ID}")),
            }
        })
    }
    async fn get_log(
        &self,
        _: RequestContext<taller_runtime::jwt::Caller>,
        request: GetLogRequest,
    ) -> Result<GetLogResponse, std::convert::Infallible> {
        Ok({
            if request.path.log_id.to_string() != ID {
                return Ok(GetLogResponse::NotFound404(problem(404)));
            }
            GetLogResponse::Ok200 {
                body: from_json(self.0.response("/logs/{log_id}", "get", "200")),
                etag: Some("\"1\"".into()),
            }
        })
    }
}

async fn start() -> (String, Seen) {
    let (recorder, seen) = Recorder::new(CONTRACT_JSON);
    (serve(router(Logs(recorder)), CONTRACT_JSON).await, seen)
}

#[tokio::test]
async fn logs_round_trip() {
    let examples = Examples::new(CONTRACT_JSON);
    let nuevo = examples.request("/logs", "post");
    let (base, seen) = start().await;
    let client = Client::with_bearer_token(&base, &token()).unwrap();

    let created = client
        .create_log()
        .body(from_json::<t::LogNuevo>(nuevo.clone()))
        .send()
        .await
        .unwrap();
    assert_eq!(created.status().as_u16(), 201);
    assert_eq!(created.headers()["location"], format!("/api/v1/logs/{ID}"));
    assert_eq!(
        serde_json::to_value(created.into_inner()).unwrap(),
        examples.response("/logs", "post", "201")
    );

    let got = client
        .get_log()
        .log_id(ID.parse::<uuid::Uuid>().unwrap())
        .send()
        .await
        .unwrap();
    assert_eq!(got.headers()["etag"], "\"1\"");
    assert_eq!(
        serde_json::to_value(got.into_inner()).unwrap(),
        examples.response("/logs/{log_id}", "get", "200")
    );
    let missing = client
        .get_log()
        .log_id(uuid::Uuid::nil())
        .send()
        .await
        .unwrap_err();
    assert_eq!(missing.status().map(|s| s.as_u16()), Some(404));

    let page = client
        .list_logs()
        .page(std::num::NonZeroU64::new(2).unwrap())
        .prioridad(3)
        .send()
        .await
        .unwrap();
    assert_eq!(
        serde_json::to_value(page.into_inner()).unwrap(),
        examples.response("/logs", "get", "200")
    );

    // What the implementation received, typed: the example body; page 2, default size 20, prioridad 3.
    let seen = seen.lock().unwrap().clone();
    assert_eq!(seen[0], nuevo);
    assert_eq!(seen[1], json!({"page": 2, "page_size": 20, "prioridad": 3}));
}

#[tokio::test]
async fn invalid_requests_are_problems_naming_the_field() {
    let examples = Examples::new(CONTRACT_JSON);
    let (base, seen) = start().await;
    let mut bad = examples.request("/logs", "post");
    bad["prioridad"] = json!(9);
    let r = send_json("POST", &format!("{base}/logs"), &bad).await;
    assert_problem(&r, 422, Some("/prioridad"));
    let r = raw("GET", &format!("{base}/logs/not-a-uuid"), None, None, &[]).await;
    assert_problem(&r, 400, Some("/path/log_id"));
    let r = raw(
        "GET",
        &format!("{base}/logs?page_size=1000"),
        None,
        None,
        &[],
    )
    .await;
    assert_problem(&r, 400, Some("/query/page_size"));
    assert_surface(&base, "/logs", "DELETE").await;
    assert!(
        seen.lock().unwrap().is_empty(),
        "invalid requests never reach the implementation"
    );
}

#[tokio::test]
async fn every_operation_is_protected_as_the_contract_says() {
    let (base, _) = start().await;
    assert_protected(&base, "logs", "A0000001-B").await;
}
