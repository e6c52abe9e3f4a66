//! The snapshot crates of `fixtures/media-demo.yaml` (OpenAPI 3.1) and
//! `fixtures/swagger2-demo.yaml` (Swagger 2.0) at work, through the generated server and
//! client: several statuses each with its own body beside `default`, uploads as raw bytes, a
//! binary download, a form, text answers, an operation named from its method and path, 3.1
//! type arrays with `null`, and a Swagger 2.0 body parameter.

mod support;

use std::collections::HashMap;
use std::sync::Mutex;

use std::time::Duration;

use bytes::Bytes;
use futures::{StreamExt, TryStreamExt};
use media_demo_server::*;
use serde_json::json;
use support::*;
use taller_runtime::stub::{ByteStream, Event, EventStream, RawBody};
use tokio::sync::Notify;

#[derive(Default)]
struct Media {
    files: Mutex<HashMap<String, RawBody>>,
    /// `downloadFile` of `held` sends its second half only once this is notified.
    release: std::sync::Arc<Notify>,
    /// Notified by `putFileContent` when the first chunk of an upload has arrived.
    first_chunk: std::sync::Arc<Notify>,
}

/// A failure guard for the streaming tests: what they wait for either happens or they fail
/// (instead of hanging) once this has passed; nothing is timed.
const GUARD: Duration = Duration::from_secs(20);

impl MediaDemoApi for Media {
    type Error = std::convert::Infallible;

    async fn put_file_content(
        &self,
        _: RequestContext,
        request: PutFileContentRequest,
    ) -> Result<PutFileContentResponse, std::convert::Infallible> {
        let body = request
            .body
            .expect("a required body reaches the implementation");
        assert_eq!(body.content_type(), "application/octet-stream");
        let mut chunks = body.into_stream();
        let mut size = 0;
        let mut first = true;
        while let Some(chunk) = chunks.next().await {
            size += chunk.expect("the upload arrives").len();
            if first {
                // The client holds the rest back until this: the body is not read whole first.
                self.first_chunk.notify_one();
                first = false;
            }
        }
        Ok(PutFileContentResponse::Ok200(from_json(
            json!({"size": size}),
        )))
    }

    async fn get_shelves(
        &self,
        _: RequestContext,
        request: GetShelvesRequest,
    ) -> Result<GetShelvesResponse, std::convert::Infallible> {
        Ok(GetShelvesResponse::Ok200(from_json(
            json!({"ids": request.path.ids, "spot": request.path.spot.get()}),
        )))
    }

    async fn watch_items(
        &self,
        _: RequestContext,
        request: WatchItemsRequest,
    ) -> Result<WatchItemsResponse, std::convert::Infallible> {
        let count = request.query.count.map_or(3, |c| c.get());
        let events = futures::stream::iter(1..=count).map(|id| {
            let item: media_demo_types::Item =
                from_json(json!({"id": id, "kind": "item", "label": format!("item {id}")}));
            Event::new(item).event("item").id(id.to_string())
        });
        Ok(WatchItemsResponse::Ok200(
            EventStream::new(events).keep_alive(None),
        ))
    }

    async fn upload_file(
        &self,
        _: RequestContext,
        request: UploadFileRequest,
    ) -> Result<UploadFileResponse, std::convert::Infallible> {
        Ok({
            let raw = request.raw_body.expect("an upload carries a body");
            let size = raw.bytes.len() as i64;
            let content_type = raw.content_type.clone();
            self.files.lock().unwrap().insert("last".into(), raw);
            UploadFileResponse::Created201(from_json(
                json!({"size": size, "content_type": content_type}),
            ))
        })
    }
    async fn download_file(
        &self,
        _: RequestContext,
        request: DownloadFileRequest,
    ) -> Result<DownloadFileResponse, std::convert::Infallible> {
        Ok({
            if request.path.name == "held" {
                // The first half goes out at once, the second when the test says so.
                let release = std::sync::Arc::clone(&self.release);
                let halves = futures::stream::iter([0u8, 1]).then(move |half| {
                    let release = std::sync::Arc::clone(&release);
                    async move {
                        if half == 1 {
                            release.notified().await;
                        }
                        Ok::<_, std::io::Error>(Bytes::from(vec![half; 64 * 1024]))
                    }
                });
                return Ok(DownloadFileResponse::Ok200(ByteStream::new(
                    "application/octet-stream",
                    halves,
                )));
            }
            match self.files.lock().unwrap().get(&request.path.name) {
                Some(file) => DownloadFileResponse::Ok200(ByteStream::from_bytes(
                    "application/octet-stream",
                    file.bytes.clone(),
                )),
                None => {
                    DownloadFileResponse::NotFound404(RawBody::new("text/plain", "no such file"))
                }
            }
        })
    }
    async fn submit_form(
        &self,
        _: RequestContext,
        request: SubmitFormRequest,
    ) -> Result<SubmitFormResponse, std::convert::Infallible> {
        Ok({
            let raw = request.raw_body.expect("a form carries a body");
            let fields: HashMap<String, String> =
                form_urlencoded::parse(&raw.bytes).into_owned().collect();
            SubmitFormResponse::Ok200(RawBody::new(
                "text/plain; charset=utf-8",
                format!("{} is {}", fields["name"], fields["age"]),
            ))
        })
    }
    async fn get_export_json(
        &self,
        _: RequestContext,
        request: GetExportJsonRequest,
    ) -> Result<GetExportJsonResponse, std::convert::Infallible> {
        Ok(GetExportJsonResponse::Ok200(text(format!(
            "json {}",
            request.path.id
        ))))
    }
    async fn get_export_csv(
        &self,
        _: RequestContext,
        request: GetExportCsvRequest,
    ) -> Result<GetExportCsvResponse, std::convert::Infallible> {
        Ok(GetExportCsvResponse::Ok200(text(format!(
            "csv {}",
            request.path.id
        ))))
    }
    async fn get_export(
        &self,
        _: RequestContext,
        request: GetExportRequest,
    ) -> Result<GetExportResponse, std::convert::Infallible> {
        Ok(GetExportResponse::Ok200(text(format!(
            "name {}",
            request.path.name
        ))))
    }
    async fn post_groups(
        &self,
        _: RequestContext,
        request: PostGroupsRequest,
    ) -> Result<PostGroupsResponse, std::convert::Infallible> {
        Ok(PostGroupsResponse::Ok200(text(format!(
            "{:?}",
            request.query.group
        ))))
    }
    async fn get_groups(
        &self,
        _: RequestContext,
        request: GetGroupsRequest,
    ) -> Result<GetGroupsResponse, std::convert::Infallible> {
        Ok(GetGroupsResponse::Ok200(from_json(json!({
            "@id": "/groups", "id": 1, "_group": request.query.group_2, "group": request.query.group,
        }))))
    }
    async fn delete_item(
        &self,
        _: RequestContext,
        request: DeleteItemRequest,
    ) -> Result<DeleteItemResponse, std::convert::Infallible> {
        Ok(match request.path.item_id.get() {
            7 => DeleteItemResponse::NoContent204,
            _ => DeleteItemResponse::NotFound404,
        })
    }
    async fn get_item(
        &self,
        _: RequestContext,
        request: GetItemRequest,
    ) -> Result<GetItemResponse, std::convert::Infallible> {
        Ok({
            match request.path.id.get() {
                1 => GetItemResponse::Ok200(from_json(
                    json!({"id": 1, "kind": "item", "label": null}),
                )),
                2 => GetItemResponse::Accepted202(from_json(json!({"retry_after": 5}))),
                _ => GetItemResponse::Default {
                    status: 410,
                    body: from_json(json!({"title": "Gone", "status": 410})),
                },
            }
        })
    }
    async fn get_session(
        &self,
        _: RequestContext,
        request: GetSessionRequest,
    ) -> Result<GetSessionResponse, std::convert::Infallible> {
        Ok(GetSessionResponse::Ok200(from_json(
            serde_json::to_value(&request.cookies).unwrap(),
        )))
    }

    async fn get_archive(
        &self,
        _: RequestContext,
        request: GetArchiveRequest,
    ) -> Result<GetArchiveResponse, std::convert::Infallible> {
        Ok(GetArchiveResponse::Ok200(from_json(
            serde_json::to_value(&request.path).unwrap(),
        )))
    }

    async fn list_calls(
        &self,
        _: RequestContext,
        request: ListCallsRequest,
    ) -> Result<ListCallsResponse, std::convert::Infallible> {
        Ok(ListCallsResponse::Ok200(RawBody {
            content_type: "text/plain".into(),
            bytes: request.path.ext.to_string().into(),
        }))
    }

    async fn ping(
        &self,
        _: RequestContext,
        _: PingRequest,
    ) -> Result<PingResponse, std::convert::Infallible> {
        Ok(PingResponse::Default { status: 204 })
    }

    async fn get_report(
        &self,
        _: RequestContext,
        request: GetReportRequest,
    ) -> Result<GetReportResponse, std::convert::Infallible> {
        let query = serde_json::to_value(&request.query).unwrap();
        let headers = serde_json::to_value(&request.headers).unwrap();
        let mut read = serde_json::Map::new();
        for (name, value) in [
            ("filter", &query["filter"]),
            ("tags", &query["tags"]),
            ("window", &query["window"]),
            ("trace_ids", &headers["X-Trace-Ids"]),
        ] {
            if !value.is_null() {
                read.insert(name.into(), value.clone());
            }
        }
        Ok(GetReportResponse::Ok200(from_json(read.into())))
    }

    async fn add_attachment(
        &self,
        _: RequestContext,
        request: AddAttachmentRequest,
    ) -> Result<AddAttachmentResponse, std::convert::Infallible> {
        let Some(body) = request.raw_body else {
            return Ok(AddAttachmentResponse::NoContent204);
        };
        let content_type = body.content_type.clone();
        let boundary = content_type
            .split_once("boundary=")
            .map(|(_, b)| b.to_owned())
            .expect("a multipart boundary");
        let bytes = &body.bytes[..];
        let find = |from: usize, needle: &[u8]| {
            bytes[from..]
                .windows(needle.len())
                .position(|w| w == needle)
                .map(|at| from + at)
                .expect("a well-formed multipart body")
        };
        // Each part: its head, a blank line, its content up to the next delimiter.
        let part = |name: &str| -> Vec<u8> {
            let at = find(0, format!("name=\"{name}\"").as_bytes());
            let start = find(at, b"\r\n\r\n") + 4;
            let end = find(start, format!("\r\n--{boundary}").as_bytes());
            bytes[start..end].to_vec()
        };
        Ok(AddAttachmentResponse::Created201(from_json(json!({
            "title": String::from_utf8(part("title")).expect("a text field"),
            "bytes": part("file").len(),
        }))))
    }
}

async fn bytes_of(stream: progenitor_client::ByteStream) -> Vec<u8> {
    stream
        .into_inner()
        .map_ok(|chunk| chunk.to_vec())
        .try_concat()
        .await
        .expect("the body arrives")
}

#[tokio::test]
async fn openapi_31_media_round_trip() {
    let base = serve(router(Media::default()), CONTRACT_JSON).await;
    let client = media_demo_client::Client::new(&base);

    // An octet-stream upload reaches the implementation as bytes with its content type.
    let payload: Vec<u8> = (0u8..=255).cycle().take(70_000).collect();
    let stored = client
        .upload_file()
        .body(payload.clone())
        .send()
        .await
        .unwrap();
    assert_eq!(stored.size, 70_000);
    assert_eq!(stored.content_type, "application/octet-stream");
    // A content type the operation does not declare is refused before the implementation.
    let r = raw(
        "POST",
        &format!("{base}/files"),
        Some("text/csv"),
        Some("a,b"),
        &[],
    )
    .await;
    assert_problem(&r, 415, None);

    // The binary download comes back byte for byte; its 404 is text.
    let file = client.download_file().name("last").send().await.unwrap();
    assert_eq!(file.headers()["content-type"], "application/octet-stream");
    assert_eq!(bytes_of(file.into_inner()).await, payload);
    match client.download_file().name("nope").send().await {
        Err(progenitor_client::Error::ErrorResponse(r)) => {
            assert_eq!(r.status(), 404);
            assert_eq!(bytes_of(r.into_inner()).await, b"no such file");
        }
        Ok(r) => panic!("expected the 404, got {}", r.status()),
        Err(e) => panic!("expected the 404, got {e}"),
    }

    // A form is sent by the typed client and read by the implementation.
    let form = media_demo_client::types::SubmitFormBody::builder()
        .name("Ana")
        .age(Some(41));
    let answer = client.submit_form().body(form).send().await.unwrap();
    assert_eq!(bytes_of(answer.into_inner()).await, b"Ana is 41");
    // A form's fields are checked against its schema before the implementation sees them.
    let forms = format!("{base}/forms");
    let form_type = Some("application/x-www-form-urlencoded");
    let r = raw("POST", &forms, form_type, Some("age=41"), &[]).await;
    assert_problem(&r, 422, Some("/name"));
    let r = raw("POST", &forms, form_type, Some("name=Ana&age=old"), &[]).await;
    assert_problem(&r, 422, Some("/age"));

    // Each status has its own body; `default` carries any other status with the Error body.
    let r = raw("GET", &format!("{base}/items/1"), None, None, &[]).await;
    assert_eq!(
        (r.status, r.body.clone()),
        (200, json!({"id": 1, "kind": "item", "label": null}))
    );
    let item: media_demo_types::Item = from_json(r.body);
    assert_eq!(item.label, None);
    let r = raw("GET", &format!("{base}/items/2"), None, None, &[]).await;
    assert_eq!((r.status, r.body), (202, json!({"retry_after": 5})));
    let r = raw("GET", &format!("{base}/items/3"), None, None, &[]).await;
    assert_eq!(r.status, 410);
    assert_eq!(r.content_type, "application/problem+json");
    // The client reads the two success bodies as bytes (progenitor has one success type).
    let two = client
        .get_item()
        .id(std::num::NonZeroU64::new(2).unwrap())
        .send()
        .await
        .unwrap();
    assert_eq!(two.status(), 202);
    let body: serde_json::Value =
        serde_json::from_slice(&bytes_of(two.into_inner()).await).unwrap();
    assert_eq!(body, json!({"retry_after": 5}));
    // A path parameter below its minimum is the caller's mistake.
    let r = raw("GET", &format!("{base}/items/0"), None, None, &[]).await;
    assert_problem(&r, 400, Some("/path/id"));

    // `matrix` and `label` path parameters are read as RFC 6570 writes them.
    let r = raw(
        "GET",
        &format!("{base}/shelves/;ids=3;ids=4/.7"),
        None,
        None,
        &[],
    )
    .await;
    assert_eq!((r.status, r.body), (200, json!({"ids": [3, 4], "spot": 7})));
    let r = raw(
        "GET",
        &format!("{base}/shelves/;ids=3;ids=x/.7"),
        None,
        None,
        &[],
    )
    .await;
    assert_problem(&r, 400, Some("/path/ids/1"));
    let r = raw("GET", &format!("{base}/shelves/;ids=3/7"), None, None, &[]).await;
    assert_problem(&r, 400, Some("/path/spot"));

    // The operation without operationId got one from its method and path, on both sides;
    // its cookie parameters are typed on both sides too (progenitor sends no cookies: the
    // client's own method does).
    let seen = client
        .get_session(media_demo_client::ops::GetSessionRequest {
            cookies: from_json(json!({"session": "abc", "flags": [true, false]})),
        })
        .await
        .unwrap();
    assert_eq!(seen.status(), 200);
    let media_demo_client::ops::GetSessionResponse::Ok200(read) = seen.into_inner();
    assert_eq!(
        serde_json::to_value(read).unwrap(),
        json!({"session": "abc", "flags": [true, false]})
    );
    let r = raw(
        "GET",
        &format!("{base}/session"),
        None,
        None,
        &[("cookie", "flags=true,maybe")],
    )
    .await;
    assert_problem(&r, 400, Some("/cookie/flags/1"));
}

#[tokio::test]
async fn binary_bodies_stream_both_ways() {
    let media = Media::default();
    let (release, first_chunk) = (
        std::sync::Arc::clone(&media.release),
        std::sync::Arc::clone(&media.first_chunk),
    );
    let base = serve(router(media), CONTRACT_JSON).await;
    let client = media_demo_client::Client::new(&base);

    // A download: its first half reaches the client while the server still holds the second.
    let held = client.download_file().name("held").send().await.unwrap();
    assert_eq!(held.headers()["content-type"], "application/octet-stream");
    let mut chunks = held.into_inner().into_inner();
    let mut received = 0;
    while received < 64 * 1024 {
        let chunk = tokio::time::timeout(GUARD, chunks.next())
            .await
            .expect("the first half arrives before the second is released")
            .expect("more body")
            .expect("a chunk");
        assert!(chunk.iter().all(|b| *b == 0), "the first half comes first");
        received += chunk.len();
    }
    assert_eq!(received, 64 * 1024);
    release.notify_one();
    let rest: Vec<u8> = chunks
        .map_ok(|c| c.to_vec())
        .try_concat()
        .await
        .expect("the rest arrives");
    assert_eq!(rest, vec![1u8; 64 * 1024]);

    // An upload: the implementation reads its first chunk while the client holds the rest
    // back, and a body over the service's 1 MiB limit for bodies read whole is taken.
    let total = 3 * 1024 * 1024 + 5;
    let upload = futures::stream::iter([0usize, 1]).then(move |part| {
        let first_chunk = std::sync::Arc::clone(&first_chunk);
        async move {
            if part == 1 {
                tokio::time::timeout(GUARD, first_chunk.notified())
                    .await
                    .expect("the implementation saw the first chunk before the rest was sent");
                return Ok::<_, std::io::Error>(Bytes::from(vec![2u8; total - 1024]));
            }
            Ok(Bytes::from(vec![1u8; 1024]))
        }
    });
    let stored = tokio::time::timeout(
        GUARD,
        client
            .put_file_content()
            .name("big")
            .body(reqwest::Body::wrap_stream(upload))
            .send(),
    )
    .await
    .expect("the upload completes")
    .unwrap();
    assert_eq!(stored.size, total as i64);

    // A required streamed body that is not sent, and one of an undeclared media type, are
    // refused before the implementation, as bodies read whole are.
    let r = raw("PUT", &format!("{base}/files/a/content"), None, None, &[]).await;
    assert_problem(&r, 400, Some(""));
    let r = raw(
        "PUT",
        &format!("{base}/files/a/content"),
        Some("image/png"),
        Some("png"),
        &[],
    )
    .await;
    assert_problem(&r, 415, Some("/header/Content-Type"));
    // Answered before its streamed body was read, a request's connection is not reused.
    let r = raw(
        "PUT",
        &format!("{base}/nowhere"),
        Some("application/octet-stream"),
        Some("bytes"),
        &[],
    )
    .await;
    assert_problem(&r, 404, None);
    assert_eq!(r.headers["connection"], "close");
    // An operation that reads its bodies whole still holds octet-stream to the body limit.
    let big = "x".repeat(1024 * 1024 + 1);
    let r = raw(
        "POST",
        &format!("{base}/files"),
        Some("application/octet-stream"),
        Some(&big),
        &[],
    )
    .await;
    assert_problem(&r, 413, None);
}

#[tokio::test]
async fn server_sent_events_are_typed_and_streamed() {
    let base = serve(router(Media::default()), CONTRACT_JSON).await;
    let r = reqwest::get(format!("{base}/events?count=2"))
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    assert_eq!(r.headers()["content-type"], "text/event-stream");
    let text = r.text().await.unwrap();
    let events: Vec<&str> = text.split("\n\n").filter(|e| !e.is_empty()).collect();
    assert_eq!(events.len(), 2, "{text}");
    for (n, event) in events.iter().enumerate() {
        let id = n + 1;
        let mut fields: Vec<(&str, &str)> = event
            .lines()
            .map(|l| l.split_once(": ").or(l.split_once(':')).expect("a field"))
            .collect();
        fields.sort();
        let data = fields.iter().find(|(k, _)| *k == "data").expect("data").1;
        assert_eq!(
            serde_json::from_str::<serde_json::Value>(data).unwrap(),
            json!({"id": id, "kind": "item", "label": format!("item {id}")})
        );
        assert!(fields.contains(&("event", "item")), "{event}");
        assert!(fields.contains(&("id", &*id.to_string())), "{event}");
    }
    // A query parameter the contract refuses is refused before any event is sent.
    let r = raw("GET", &format!("{base}/events?count=0"), None, None, &[]).await;
    assert_problem(&r, 400, Some("/query/count"));
    // The generated client reads the stream into typed events (taller-sse).
    let client = media_demo_client::Client::new(&base);
    let events: Vec<taller_sse::Event<media_demo_types::Item>> = client
        .watch_items()
        .count(std::num::NonZeroU64::new(3).unwrap())
        .send_events()
        .await
        .unwrap()
        .try_collect()
        .await
        .unwrap();
    let ids: Vec<(i64, Option<&str>, Option<&str>)> = events
        .iter()
        .map(|e| (e.data.id, e.event.as_deref(), e.data.label.as_deref()))
        .collect();
    assert_eq!(
        ids,
        [
            (1, Some("item"), Some("item 1")),
            (2, Some("item"), Some("item 2")),
            (3, Some("item"), Some("item 3"))
        ]
    );
    assert_eq!(events[2].id.as_deref(), Some("3"));
    // A refused request is the one error, before any event.
    let refused = client
        .watch_items()
        .count(std::num::NonZeroU64::new(101).unwrap())
        .send_events()
        .await;
    assert!(
        matches!(&refused, Err(taller_sse::EventError::Transport(e)) if e.to_string().contains("400")),
        "{:?}",
        refused.err()
    );
}

struct Notes(Mutex<Vec<swagger2_demo_types::Note>>);

impl swagger2_demo_server::Swagger2DemoApi for Notes {
    type Error = std::convert::Infallible;

    async fn list_notes(
        &self,
        _: RequestContext,
        request: swagger2_demo_server::ListNotesRequest,
    ) -> Result<swagger2_demo_server::ListNotesResponse, std::convert::Infallible> {
        Ok({
            let limit = request.query.limit.get() as usize;
            let notes = self.0.lock().unwrap();
            swagger2_demo_server::ListNotesResponse::Ok200(
                notes.iter().take(limit).cloned().collect(),
            )
        })
    }
    async fn add_note(
        &self,
        _: RequestContext,
        request: swagger2_demo_server::AddNoteRequest,
    ) -> Result<swagger2_demo_server::AddNoteResponse, std::convert::Infallible> {
        Ok({
            let mut notes = self.0.lock().unwrap();
            let note: swagger2_demo_types::Note = from_json(
                json!({"id": notes.len() + 1, "text": request.body.text.to_string(), "pinned": null}),
            );
            notes.push(note.clone());
            swagger2_demo_server::AddNoteResponse::Created201(note)
        })
    }
}

#[tokio::test]
async fn swagger_2_round_trip() {
    let api = swagger2_demo_server::router(Notes(Mutex::new(Vec::new())));
    let base = serve(api, swagger2_demo_server::CONTRACT_JSON).await;
    let client = swagger2_demo_client::Client::new(&base);
    for text in ["uno", "dos", "tres"] {
        let body: swagger2_demo_types::NewNote = from_json(json!({ "text": text }));
        let added = client.add_note().body(body).send().await.unwrap();
        assert_eq!(added.text, text);
    }
    let two = client
        .list_notes()
        .limit(std::num::NonZeroU64::new(2).unwrap())
        .send()
        .await
        .unwrap();
    assert_eq!(
        two.iter().map(|n| n.text.as_str()).collect::<Vec<_>>(),
        ["uno", "dos"]
    );
    // The body parameter's schema (minLength 1) is enforced by the server.
    let r = raw(
        "POST",
        &format!("{base}/notes"),
        Some("application/json"),
        Some(r#"{"text":""}"#),
        &[],
    )
    .await;
    assert_problem(&r, 422, Some("/text"));
    // The contract is served as OpenAPI 3.0, converted from Swagger 2.0.
    assert_surface(&base, "/notes", "DELETE").await;
}

/// Operations progenitor cannot express (deepObject, pipeDelimited and exploded object query
/// parameters, an array header, matrix and label path parameters, a multipart-only upload)
/// still have typed methods on the generated client, and the generated server reads what they
/// send as the contract's styles say.
#[tokio::test]
async fn the_client_sends_what_progenitor_cannot() {
    use media_demo_client::ops;
    let base = serve(router(Media::default()), CONTRACT_JSON).await;
    let client = media_demo_client::Client::new(&base);

    let answer = client
        .get_report(ops::GetReportRequest {
            query: from_json(json!({
                "filter": {"color": "red", "size": 2},
                "tags": ["a b", "c,d"],
                "window": {"from": 3, "to": 9},
            })),
            headers: from_json(json!({"X-Trace-Ids": [7, 8]})),
        })
        .await
        .expect("an answer");
    assert_eq!(answer.status(), 200);
    let ops::GetReportResponse::Ok200(read) = answer.into_inner() else {
        panic!("a 200");
    };
    assert_eq!(
        serde_json::to_value(read).unwrap(),
        json!({
            "filter": {"color": "red", "size": 2},
            "tags": ["a b", "c,d"],
            "window": {"from": 3, "to": 9},
            "trace_ids": [7, 8],
        })
    );
    // Absent optional parameters are not sent.
    let answer = client
        .get_report(ops::GetReportRequest {
            query: from_json(json!({})),
            headers: from_json(json!({})),
        })
        .await
        .expect("an answer");
    let ops::GetReportResponse::Ok200(read) = answer.into_inner() else {
        panic!("a 200");
    };
    assert_eq!(serde_json::to_value(read).unwrap(), json!({}));

    let answer = client
        .get_shelves(ops::GetShelvesRequest {
            path: from_json(json!({"ids": [3, 4], "spot": 7})),
        })
        .await
        .expect("an answer");
    let ops::GetShelvesResponse::Ok200(read) = answer.into_inner();
    assert_eq!(
        serde_json::to_value(read).unwrap(),
        json!({"ids": [3, 4], "spot": 7})
    );

    let file: Vec<u8> = vec![0, 1, 2, 255, 13, 10];
    let answer = client
        .add_attachment(ops::AddAttachmentRequest {
            raw_body: Some(
                taller_client::Multipart::new()
                    .text("title", "Manual \"taller\"")
                    .file("file", "m.bin", "application/octet-stream", file.clone())
                    .into_body(),
            ),
        })
        .await
        .expect("an answer");
    assert_eq!(answer.status(), 201);
    let ops::AddAttachmentResponse::Created201(stored) = answer.into_inner() else {
        panic!("a 201");
    };
    assert_eq!(
        serde_json::to_value(stored).unwrap(),
        json!({"title": "Manual \"taller\"", "bytes": file.len()})
    );
    let answer = client
        .add_attachment(ops::AddAttachmentRequest { raw_body: None })
        .await;
    // The contract requires the body: the server refuses it, and the 400 is not declared
    // by this operation, so the client reports the unexpected answer.
    match answer {
        Err(taller_client::Error::UnexpectedResponse(response)) => {
            assert_eq!(response.status(), 400)
        }
        other => panic!("an unexpected-response error, not {other:?}"),
    }

    // The server checks a multipart body's fields against its schema, as it does a form's:
    // a missing field, and a body that is not multipart at all.
    let attachments = format!("{base}/attachments");
    let untitled = taller_client::Multipart::new()
        .file("file", "m.bin", "application/octet-stream", vec![1u8, 2])
        .into_body();
    let text = String::from_utf8(untitled.bytes.to_vec()).unwrap();
    let r = raw(
        "POST",
        &attachments,
        Some(&untitled.content_type),
        Some(&text),
        &[],
    )
    .await;
    assert_problem(&r, 422, Some("/title"));
    // An object part travels as JSON (its default content type in multipart).
    for (meta, status) in [(r#"{"pages": 3}"#, 201), ("three pages", 422)] {
        let body = taller_client::Multipart::new()
            .text("title", "Manual")
            .text("meta", meta)
            .file("file", "m.bin", "application/octet-stream", vec![1u8])
            .into_body();
        let text = String::from_utf8(body.bytes.to_vec()).unwrap();
        let r = raw(
            "POST",
            &attachments,
            Some(&body.content_type),
            Some(&text),
            &[],
        )
        .await;
        assert_eq!(r.status, status, "meta {meta}: {r:?}");
        if status == 422 {
            assert_problem(&r, 422, Some("/meta"));
        }
    }
    let r = raw(
        "POST",
        &attachments,
        Some("multipart/form-data; boundary=nowhere"),
        Some("title=x"),
        &[],
    )
    .await;
    assert_problem(&r, 400, Some(""));

    // An operation that declares no response (OpenAPI 3.1) is served, and answers what its
    // implementation chooses, within the enforced response validation.
    let answer = client.ping().send().await.expect("an answer");
    assert_eq!(answer.status(), 204);
}

/// Path segments that mix parameters with text are routed: `{name}.{format}` split by the
/// format's enum (the first split whose values keep their schemas), `calls{ext}` as a prefix
/// and a parameter, through the generated client and server.
#[tokio::test]
async fn segments_mixing_parameters_and_text_are_routed() {
    let base = serve(router(Media::default()), CONTRACT_JSON).await;
    let client = media_demo_client::Client::new(&base);

    let r = raw(
        "GET",
        &format!("{base}/archive/backup.2026.tar.gz"),
        None,
        None,
        &[],
    )
    .await;
    assert_eq!(
        (r.status, r.body),
        (200, json!({"name": "backup.2026", "format": "tar.gz"}))
    );
    let read = client
        .get_archive()
        .name("notes")
        .format(media_demo_client::types::GetArchiveFormat::Zip)
        .send()
        .await
        .expect("an answer")
        .into_inner();
    assert_eq!(
        serde_json::to_value(read).unwrap(),
        json!({"name": "notes", "format": "zip"})
    );
    // No split keeps the enum: the first one is validated, and refused naming the parameter.
    let r = raw(
        "GET",
        &format!("{base}/archive/backup.rar"),
        None,
        None,
        &[],
    )
    .await;
    assert_problem(&r, 400, Some("/path/format"));
    // No split at all (no dot): the parameters are missing.
    let r = raw("GET", &format!("{base}/archive/backup"), None, None, &[]).await;
    assert_eq!(r.status, 404, "{r:?}");

    let r = raw("GET", &format!("{base}/calls.csv"), None, None, &[]).await;
    assert_eq!(r.status, 200, "{r:?}");
    let r = raw("GET", &format!("{base}/calls.xml"), None, None, &[]).await;
    assert_problem(&r, 400, Some("/path/ext"));
}

/// Templates that differ by parameter names only (`/items/{id}` for GET, `/items/{item_id}`
/// for DELETE) share one route: each operation reads its own parameter, validated by its own
/// schema, and the route allows both methods.
#[tokio::test]
async fn templates_of_one_shape_share_a_route() {
    let base = serve(router(Media::default()), CONTRACT_JSON).await;
    let client = media_demo_client::Client::new(&base);

    let deleted = client
        .delete_item()
        .item_id(std::num::NonZeroU64::new(7).unwrap())
        .send()
        .await
        .expect("204");
    assert_eq!(deleted.status(), 204);
    let r = raw("DELETE", &format!("{base}/items/8"), None, None, &[]).await;
    assert_eq!(r.status, 404, "{r:?}");
    let r = raw("DELETE", &format!("{base}/items/0"), None, None, &[]).await;
    assert_problem(&r, 400, Some("/path/item_id"));
    let r = raw("GET", &format!("{base}/items/1"), None, None, &[]).await;
    assert_eq!(r.status, 200, "{r:?}");
    let r = raw("PUT", &format!("{base}/items/1"), None, None, &[]).await;
    assert_eq!(r.status, 405, "{r:?}");
    assert_eq!(r.headers["allow"], "GET, DELETE");
}

/// Properties that typify would make one field (`@id` and `id`, `@type` and `type`, `_group`
/// and `group`) are fields of their own, and each keeps its wire name both ways.
#[test]
fn properties_of_one_field_name_keep_their_wire_names() {
    let wire = json!({
        "@id": "/items/1", "id": 1, "@type": "Item", "type": "plain", "_group": "g", "group": "h"
    });
    let linked: media_demo_types::Linked = serde_json::from_value(wire.clone()).unwrap();
    assert_eq!(linked.id_2, "/items/1");
    assert_eq!(linked.id, 1);
    assert_eq!(linked.type_2.as_deref(), Some("Item"));
    assert_eq!(linked.type_.as_deref(), Some("plain"));
    assert_eq!(linked.group_2.as_deref(), Some("g"));
    assert_eq!(linked.group.as_deref(), Some("h"));
    assert_eq!(serde_json::to_value(&linked).unwrap(), wire);
    let missing = serde_json::from_value::<media_demo_types::Linked>(json!({"id": 1}));
    assert!(missing.unwrap_err().to_string().contains("@id"));
}

/// Query parameters of one Rust name (`_group` and `group`) are two builder methods of the
/// client and two fields of the server's request, each sent and read under its own name.
#[tokio::test]
async fn parameters_of_one_rust_name_travel_apart() {
    let base = serve(router(Media::default()), CONTRACT_JSON).await;
    let client = media_demo_client::Client::new(&base);
    let read = client
        .get_groups()
        .group_2("underscored")
        .group("plain")
        .send()
        .await
        .expect("200")
        .into_inner();
    assert_eq!(read.group_2.as_deref(), Some("underscored"));
    assert_eq!(read.group.as_deref(), Some("plain"));
    let r = raw(
        "GET",
        &format!("{base}/groups?_group=a&group=b"),
        None,
        None,
        &[],
    )
    .await;
    assert_eq!(r.body["_group"], "a", "{r:?}");
    assert_eq!(r.body["group"], "b", "{r:?}");
    let r = raw("GET", &format!("{base}/groups?_group=a"), None, None, &[]).await;
    assert_problem(&r, 400, Some("/query/group"));
    // The path item's `_group` (a component), alone in POST, keeps its name there.
    let posted = client
        .post_groups()
        .group("solo")
        .send()
        .await
        .expect("200");
    assert_eq!(bytes_of(posted.into_inner()).await, b"Some(\"solo\")");
}

/// An `allOf` typify merges into one struct (`Book`: `HydraBase`'s `@id` beside `id`) has a
/// field for each, under its own wire name.
#[test]
fn merged_properties_of_one_field_name_keep_their_wire_names() {
    let wire = json!({"@id": "/books/1", "@type": "Book", "id": 1, "title": "Manual"});
    let book: media_demo_types::Book = serde_json::from_value(wire.clone()).unwrap();
    assert_eq!(book.id, 1);
    assert_eq!(book.id_2, "/books/1");
    assert_eq!(serde_json::to_value(&book).unwrap(), wire);
}

/// A `text/plain` body.
fn text(body: String) -> RawBody {
    RawBody {
        content_type: "text/plain".into(),
        bytes: body.into(),
    }
}

/// Templates of one route that differ in text (`/exports/{id}.json`, `/exports/{id}.csv`,
/// `/exports/{name}`) each serve GET: a request goes to the template its path fits, the one
/// with more text first, and the generated client reaches each.
#[tokio::test]
async fn templates_differing_in_text_share_a_route_and_a_method() {
    let base = serve(router(Media::default()), CONTRACT_JSON).await;
    for (path, answer) in [
        ("/exports/7.json", "json 7"),
        ("/exports/7.csv", "csv 7"),
        ("/exports/seven", "name seven"),
        ("/exports/7.xml", "name 7.xml"),
    ] {
        let r = reqwest::get(format!("{base}{path}")).await.unwrap();
        assert_eq!(r.status(), 200, "{path}");
        assert_eq!(r.text().await.unwrap(), answer, "{path}");
    }
    // The `.json` template fits, and its integer refuses `x`: a 400 naming it, not the
    // whole-segment template's answer.
    let r = raw("GET", &format!("{base}/exports/x.json"), None, None, &[]).await;
    assert_problem(&r, 400, Some("/path/id"));
    let client = media_demo_client::Client::new(&base);
    let csv = client.get_export_csv().id(9).send().await.expect("200");
    assert_eq!(bytes_of(csv.into_inner()).await, b"csv 9");
}
