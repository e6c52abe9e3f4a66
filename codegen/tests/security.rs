//! Security schemes enforced by a generated router (fixtures/secure-demo.yaml), over HTTP on
//! 127.0.0.1: every kind of scheme (OAuth2 and HTTP bearer, basic, API keys in a header, the
//! query and a cookie), alternatives (OR) and combinations (AND), scopes, anonymous and open
//! operations; 401 with `WWW-Authenticate`, 403 for missing scopes, both problem+json; and the
//! generated client sending a token.

mod support;

use secure_demo_client::Credentials;
use secure_demo_server::*;
use serde_json::json;
use support::*;

/// Who the service's check says a caller is.
#[derive(Debug, Clone)]
struct Caller {
    name: String,
    scopes: Vec<&'static str>,
}

impl Principal for Caller {
    fn has_scope(&self, scope: &str) -> bool {
        self.scopes.contains(&scope)
    }
}

fn caller(name: &str, scopes: &[&'static str]) -> Result<Caller, Unauthorized> {
    Ok(Caller {
        name: name.to_owned(),
        scopes: scopes.to_vec(),
    })
}

struct Demo;

fn who(context: &RequestContext<Caller>) -> serde_json::Value {
    json!({ "who": context.principal().map(|c| c.name.clone()) })
}

impl SecureDemoApi for Demo {
    type Error = std::convert::Infallible;
    type Principal = Caller;

    async fn authenticate(
        &self,
        scheme: SecurityScheme,
        credential: Credential,
    ) -> Result<Caller, Unauthorized> {
        match (scheme, credential) {
            (SecurityScheme::Oauth | SecurityScheme::Jwt, Credential::Bearer(token)) => {
                match token.as_str() {
                    "lector" => caller("lector", &["piezas:read"]),
                    "jefe" => caller("jefe", &["piezas:read", "piezas:write", "admin"]),
                    "caducado" => Err(Unauthorized::new("the token has expired")),
                    _ => Err(Unauthorized::new("the token's signature does not verify")),
                }
            }
            (SecurityScheme::Basic, Credential::Basic { username, password }) => {
                if password == "secreto" {
                    caller(&username, &[])
                } else {
                    Err(Unauthorized::new("wrong password"))
                }
            }
            (SecurityScheme::HeaderKey, Credential::ApiKey(key)) if key == "k-1" => {
                caller("integracion", &[])
            }
            (SecurityScheme::QueryKey, Credential::ApiKey(key)) if key == "q-1" => {
                caller("informe", &[])
            }
            (SecurityScheme::CookieKey, Credential::ApiKey(key)) if key == "c-1" => {
                caller("navegador", &[])
            }
            (scheme, _) => Err(Unauthorized::new(format!(
                "unknown {} credential",
                scheme.name()
            ))),
        }
    }

    async fn list_piezas(
        &self,
        context: RequestContext<Caller>,
        _: ListPiezasRequest,
    ) -> Result<ListPiezasResponse, Self::Error> {
        Ok(ListPiezasResponse::Ok200(from_json(who(&context))))
    }

    async fn purge_piezas(
        &self,
        _: RequestContext<Caller>,
        _: PurgePiezasRequest,
    ) -> Result<PurgePiezasResponse, Self::Error> {
        Ok(PurgePiezasResponse::NoContent204)
    }

    async fn get_informe(
        &self,
        context: RequestContext<Caller>,
        _: GetInformeRequest,
    ) -> Result<GetInformeResponse, Self::Error> {
        Ok(GetInformeResponse::Ok200(from_json(who(&context))))
    }

    async fn get_sesion(
        &self,
        context: RequestContext<Caller>,
        _: GetSesionRequest,
    ) -> Result<GetSesionResponse, Self::Error> {
        Ok(GetSesionResponse::Ok200(from_json(who(&context))))
    }

    async fn get_salud(
        &self,
        context: RequestContext<Caller>,
        _: GetSaludRequest,
    ) -> Result<GetSaludResponse, Self::Error> {
        Ok(GetSaludResponse::Ok200(from_json(who(&context))))
    }
}

async fn get(url: &str, headers: &[(&str, &str)]) -> Raw {
    raw_anonymous("GET", url, None, None, headers).await
}

fn challenges(r: &Raw) -> Vec<String> {
    r.headers
        .get_all("www-authenticate")
        .iter()
        .map(|v| v.to_str().unwrap().to_owned())
        .collect()
}

#[tokio::test]
async fn no_credentials_is_401_with_a_challenge_per_accepted_scheme() {
    let base = serve(router(Demo), CONTRACT_JSON).await;
    let r = get(&format!("{base}/piezas"), &[]).await;
    assert_problem(&r, 401, None);
    assert_eq!(r.body["detail"], "this operation needs credentials");
    assert_eq!(
        challenges(&r),
        [
            "Bearer realm=\"taller\"",
            "ApiKey realm=\"taller\", in=\"header\", name=\"X-Api-Key\""
        ]
    );
}

#[tokio::test]
async fn a_refused_credential_is_401_saying_why() {
    let base = serve(router(Demo), CONTRACT_JSON).await;
    for (token, reason) in [
        ("caducado", "the token has expired"),
        ("falsificado", "the token's signature does not verify"),
    ] {
        let r = get(
            &format!("{base}/piezas"),
            &[("authorization", &format!("Bearer {token}"))],
        )
        .await;
        assert_problem(&r, 401, None);
        assert_eq!(
            r.body["detail"],
            format!("the credentials were refused: {reason}")
        );
        assert!(
            challenges(&r)[0].contains(&format!(
                "error=\"invalid_token\", error_description=\"{reason}\""
            )),
            "{:?}",
            challenges(&r)
        );
    }
    // A token of another scheme's kind does not count: a key in the wrong header is no key.
    let r = get(&format!("{base}/piezas"), &[("x-other-key", "k-1")]).await;
    assert_problem(&r, 401, None);
}

#[tokio::test]
async fn any_alternative_will_do_and_the_principal_reaches_the_method() {
    let base = serve(router(Demo), CONTRACT_JSON).await;
    let r = get(
        &format!("{base}/piezas"),
        &[("authorization", "bearer lector")],
    )
    .await;
    assert_eq!((r.status, r.body.clone()), (200, json!({"who": "lector"})));
    let r = get(&format!("{base}/piezas"), &[("x-api-key", "k-1")]).await;
    assert_eq!(
        (r.status, r.body.clone()),
        (200, json!({"who": "integracion"}))
    );
}

#[tokio::test]
async fn missing_scopes_are_403_naming_them() {
    let base = serve(router(Demo), CONTRACT_JSON).await;
    let url = format!("{base}/piezas");
    let r = raw(
        "DELETE",
        &url,
        None,
        None,
        &[("authorization", "Bearer lector")],
    )
    .await;
    assert_problem(&r, 403, Some("/header/Authorization"));
    assert!(
        r.body["detail"]
            .as_str()
            .unwrap()
            .ends_with("piezas:write admin"),
        "{:?}",
        r.body
    );
    assert_eq!(
        challenges(&r),
        ["Bearer realm=\"taller\", error=\"insufficient_scope\", scope=\"piezas:write admin\""]
    );
    let r = raw(
        "DELETE",
        &url,
        None,
        None,
        &[("authorization", "Bearer jefe")],
    )
    .await;
    assert_eq!(r.status, 204, "{r:?}");
}

#[tokio::test]
async fn combined_schemes_must_all_be_present() {
    let base = serve(router(Demo), CONTRACT_JSON).await;
    let bearer = [("authorization", "Bearer lector")];
    let r = get(&format!("{base}/informe"), &bearer).await;
    assert_problem(&r, 401, None);
    let r = get(&format!("{base}/informe?key=q-1"), &[]).await;
    assert_problem(&r, 401, None);
    let r = get(&format!("{base}/informe?key=q-1"), &bearer).await;
    assert_eq!(
        (r.status, r.body.clone()),
        (200, json!({"who": "lector"})),
        "the first scheme's principal"
    );
    let r = get(&format!("{base}/informe?key=wrong"), &bearer).await;
    assert_problem(&r, 401, None);
}

#[tokio::test]
async fn basic_cookie_anonymous_and_open_operations() {
    let base = serve(router(Demo), CONTRACT_JSON).await;
    let sesion = format!("{base}/sesion");
    // "ana:secreto" in base64.
    let r = get(&sesion, &[("authorization", "Basic YW5hOnNlY3JldG8=")]).await;
    assert_eq!((r.status, r.body.clone()), (200, json!({"who": "ana"})));
    let r = get(&sesion, &[("cookie", "tema=oscuro; sesion=c-1")]).await;
    assert_eq!(
        (r.status, r.body.clone()),
        (200, json!({"who": "navegador"}))
    );
    // `- {}` lets anonymous callers in: no principal.
    let r = get(&sesion, &[]).await;
    assert_eq!((r.status, r.body.clone()), (200, json!({"who": null})));
    // `security: []` opts out of the document's requirement; credentials are not even read.
    let r = get(
        &format!("{base}/salud"),
        &[("authorization", "Bearer falsificado")],
    )
    .await;
    assert_eq!((r.status, r.body.clone()), (200, json!({"who": null})));
}

#[tokio::test]
async fn the_generated_client_sends_its_token() {
    let base = serve(router(Demo), CONTRACT_JSON).await;
    let anonymous = secure_demo_client::Client::new(&base, Credentials::none());
    let refused = anonymous.list_piezas().send().await.unwrap_err();
    assert_eq!(refused.status().map(|s| s.as_u16()), Some(401));
    // Per request: the same client (its connections) with each caller's credentials.
    let as_lector = anonymous.with_credentials(Credentials::bearer("lector").unwrap());
    let who = as_lector.list_piezas().send().await.unwrap();
    assert_eq!(who.who.as_deref(), Some("lector"));
    let as_integracion = anonymous.with_credentials(
        Credentials::headers([("x-api-key".parse().unwrap(), "k-1".to_owned())]).unwrap(),
    );
    let who = as_integracion.list_piezas().send().await.unwrap();
    assert_eq!(who.who.as_deref(), Some("integracion"));
    // Neither leaks into the client it came from.
    let refused = anonymous.list_piezas().send().await.unwrap_err();
    assert_eq!(refused.status().map(|s| s.as_u16()), Some(401));
    let client = secure_demo_client::Client::with_bearer_token(&base, "lector").unwrap();
    let who = client.list_piezas().send().await.unwrap();
    assert_eq!(who.who.as_deref(), Some("lector"));
    let keyed = secure_demo_client::Client::with_headers(
        &base,
        [("x-api-key".parse().unwrap(), "k-1".to_owned())],
    )
    .unwrap();
    assert_eq!(
        keyed.list_piezas().send().await.unwrap().who.as_deref(),
        Some("integracion")
    );
    assert!(secure_demo_client::Client::with_bearer_token(&base, "bad\ntoken").is_err());
    assert!(Credentials::bearer("bad\ntoken").is_err());
}
