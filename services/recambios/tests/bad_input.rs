//! Bad input gets a clear problem+json answer naming what is wrong — never a 500, and nothing
//! stored. Raw HTTP (the generated client cannot send malformed requests).

mod support;

use reqwest::header::CONTENT_TYPE;
use serde_json::{Value, json};
use support::{Backend, Service, nuevo};

/// Sends a request and returns (status, problem body), checking the media type.
async fn send(req: reqwest::RequestBuilder) -> (u16, Value) {
    let res = req.send().await.expect("the service answers");
    let status = res.status().as_u16();
    let media = res
        .headers()
        .get(CONTENT_TYPE)
        .map(|v| v.to_str().unwrap().to_owned())
        .unwrap_or_default();
    let body: Value = res.json().await.expect("a JSON body");
    assert_eq!(media, "application/problem+json", "status {status}: {body}");
    assert_eq!(body["status"], status, "{body}");
    (status, body)
}

fn pointers(body: &Value) -> Vec<String> {
    body["errors"]
        .as_array()
        .map(|errors| {
            errors
                .iter()
                .map(|e| e["pointer"].as_str().unwrap().to_owned())
                .collect()
        })
        .unwrap_or_default()
}

fn valid() -> Value {
    serde_json::to_value(nuevo("B0000001-A", 5, 1)).unwrap()
}

#[tokio::test]
async fn bad_requests_get_problems_naming_the_field() {
    let svc = Service::start(Backend::embedded(), &[]).await;
    let http = support::http();
    let post = |body: String| {
        http.post(svc.url("/recambios"))
            .header(CONTENT_TYPE, "application/json")
            .body(body)
    };

    let (status, body) = send(post("{\"numero_serie\": ".into())).await;
    assert_eq!(status, 400);
    assert!(body["detail"].as_str().unwrap().contains("JSON"), "{body}");

    let mut wrong_type = valid();
    wrong_type["precio"] = json!("448.32");
    let (status, body) = send(post(wrong_type.to_string())).await;
    assert_eq!(status, 422);
    assert!(pointers(&body).contains(&"/precio".to_owned()), "{body}");

    let mut bad_id = valid();
    bad_id["numero_serie"] = json!("z0000001-a");
    let (status, body) = send(post(bad_id.to_string())).await;
    assert_eq!(status, 422);
    assert!(
        pointers(&body).contains(&"/numero_serie".to_owned()),
        "{body}"
    );

    // The client may not set importe: the server computes it.
    let mut unknown = valid();
    unknown["importe"] = json!(1.0);
    let (status, body) = send(post(unknown.to_string())).await;
    assert_eq!(status, 422);
    assert!(
        body.to_string().contains("importe"),
        "the unknown field is named: {body}"
    );

    let mut missing = valid();
    missing.as_object_mut().unwrap().remove("precio");
    let (status, body) = send(post(missing.to_string())).await;
    assert_eq!(status, 422);
    assert!(body.to_string().contains("precio"), "{body}");

    let mut out_of_range = valid();
    out_of_range["cantidad"] = json!(10_001);
    out_of_range["iva"] = json!(22);
    let (status, body) = send(post(out_of_range.to_string())).await;
    assert_eq!(status, 422);
    let p = pointers(&body);
    assert!(
        p.contains(&"/cantidad".to_owned()) && p.contains(&"/iva".to_owned()),
        "{body}"
    );

    let (status, _) = send(
        http.post(svc.url("/recambios"))
            .header(CONTENT_TYPE, "text/plain")
            .body(valid().to_string()),
    )
    .await;
    assert_eq!(status, 415);

    // Over the 1 MiB default limit.
    let mut huge = valid();
    huge["descripcion"] = json!("x".repeat(2 * 1024 * 1024));
    let (status, _) = send(post(huge.to_string())).await;
    assert_eq!(status, 413);

    let (status, body) = send(http.get(svc.url("/recambios/not-a-serial"))).await;
    assert_eq!(status, 400);
    assert!(
        pointers(&body).contains(&"/path/numero_serie".to_owned()),
        "{body}"
    );

    let (status, body) = send(http.get(svc.url("/recambios?page=0&page_size=abc"))).await;
    assert_eq!(status, 400);
    let p = pointers(&body);
    assert!(p.contains(&"/query/page".to_owned()), "{body}");

    let (status, body) = send(
        http.post(svc.url("/recambios/B0000001-A/reservas"))
            .json(&json!({"cantidad": 1})),
    )
    .await;
    assert_eq!(status, 422);
    assert!(body.to_string().contains("trabajo_id"), "{body}");

    let (status, _) = send(
        http.post(svc.url("/recambios/B0000001-A/entradas"))
            .json(&json!({"cantidad": 0})),
    )
    .await;
    assert_eq!(status, 422);

    // Nothing of the above was stored.
    let list: Value = http
        .get(svc.url("/recambios"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(list["total"], 0);
}
