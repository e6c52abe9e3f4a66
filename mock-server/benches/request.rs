//! The mock's own work per request, in process (no socket, no HTTP parsing: what
//! `scripts/bench-mock` measures over the wire beside the fixed-JSON reference is that plus
//! hyper and the kernel). The same spec and requests as `scripts/bench-mock`: the validated
//! POST (7-field body, bearer token), the static GET and the dynamic (`-d`) GET. Run:
//! `cargo bench -p mock-server --bench request`.

use std::hint::black_box;
use std::sync::Arc;

use bytes::Bytes;
use criterion::{Criterion, criterion_group, criterion_main};
use http_body_util::Full;
use mock_server::cli::{Command, try_parse};
use mock_server::server::{App, handle};

// The binary's allocator (src/main.rs), so the bench allocates as the server does.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

const SPEC: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/bench/pets.yaml");
const BODY: &str = include_str!("../bench/new-pet.json");

fn app(extra: &[&str]) -> Arc<App> {
    let mut argv = vec!["mock-server", "mock", "--no-reload", "--quiet"];
    argv.extend_from_slice(extra);
    argv.push(SPEC);
    let cli = try_parse(argv.into_iter().map(String::from)).expect("arguments");
    let Command::Mock(args) = cli.command else {
        unreachable!("a mock command")
    };
    mock_server::mock_app(args).expect("the bench spec loads")
}

fn post() -> http::Request<Full<Bytes>> {
    http::Request::post("/pets")
        .header("content-type", "application/json")
        .header("authorization", "Bearer bench-token")
        .header("host", "127.0.0.1:4010")
        .body(Full::new(Bytes::from_static(BODY.as_bytes())))
        .unwrap()
}

fn get() -> http::Request<Full<Bytes>> {
    http::Request::get("/pets/1")
        .header("host", "127.0.0.1:4010")
        .body(Full::new(Bytes::new()))
        .unwrap()
}

fn requests(c: &mut Criterion) {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    let fixed = app(&[]);
    let dynamic = app(&["-d"]);
    let call = |app: &App, request| runtime.block_on(handle(app, request));
    // Each case answers as the spec says before it is timed.
    assert_eq!(call(&fixed, post()).status(), 201);
    assert_eq!(call(&fixed, get()).status(), 200);
    assert_eq!(call(&dynamic, get()).status(), 200);
    c.bench_function("request/validated_post", |b| {
        b.iter(|| black_box(call(&fixed, post())))
    });
    c.bench_function("request/static_get", |b| {
        b.iter(|| black_box(call(&fixed, get())))
    });
    c.bench_function("request/dynamic_get", |b| {
        b.iter(|| black_box(call(&dynamic, get())))
    });
}

criterion_group!(benches, requests);
criterion_main!(benches);
