// @generated from specs/clientes.yaml by `cargo run -p taller-codegen -- generate`.
// Do not edit: change the spec or codegen/, then regenerate.

//! The contract, bundled into one JSON document: validated against by the router, served at
//! `/openapi.json` and by the docs UI.

/// The OpenAPI document of the service.
pub const CONTRACT_JSON: &str = r##"{
  "components": {
    "headers": {
      "ETag": {
        "description": "Version of the resource, to send back in `If-Match`.",
        "example": "\"5d41402abc4b2a76\"",
        "schema": {
          "type": "string"
        }
      },
      "Location": {
        "description": "Path of the created resource.",
        "example": "/api/v1/clientes/3f6c1d2e-8a4b-4c5d-9e7f-0a1b2c3d4e5f",
        "schema": {
          "format": "uri-reference",
          "type": "string"
        }
      }
    },
    "parameters": {
      "cliente_id": {
        "description": "The customer's id, assigned by the server.",
        "example": "3f6c1d2e-8a4b-4c5d-9e7f-0a1b2c3d4e5f",
        "in": "path",
        "name": "cliente_id",
        "required": true,
        "schema": {
          "format": "uuid",
          "type": "string"
        }
      },
      "if_match": {
        "description": "The `ETag` of the customer as last read. Declared optional so that the server,\nnot the client library, answers its absence: 428 when missing, 412 when it does\nnot match the current `ETag`.\n",
        "example": "\"5d41402abc4b2a76\"",
        "in": "header",
        "name": "If-Match",
        "required": false,
        "schema": {
          "type": "string"
        }
      },
      "order": {
        "description": "Field to sort by.",
        "in": "query",
        "name": "order",
        "required": false,
        "schema": {
          "default": "id",
          "enum": [
            "id",
            "dni",
            "nombre",
            "apellidos"
          ],
          "type": "string"
        }
      },
      "ordering": {
        "description": "Sort direction.",
        "in": "query",
        "name": "ordering",
        "required": false,
        "schema": {
          "default": "ASC",
          "enum": [
            "ASC",
            "DESC"
          ],
          "type": "string"
        }
      },
      "page": {
        "description": "Page number, from 1.",
        "in": "query",
        "name": "page",
        "required": false,
        "schema": {
          "default": 1,
          "minimum": 1,
          "type": "integer"
        }
      },
      "page_size": {
        "description": "Items per page.",
        "in": "query",
        "name": "page_size",
        "required": false,
        "schema": {
          "default": 20,
          "maximum": 100,
          "minimum": 1,
          "type": "integer"
        }
      }
    },
    "responses": {
      "BadRequest": {
        "content": {
          "application/problem+json": {
            "examples": {
              "json_invalido": {
                "summary": "A body that is not JSON",
                "value": {
                  "detail": "the request body is not valid JSON (line 1, column 12)",
                  "instance": "/api/v1/clientes",
                  "status": 400,
                  "title": "Bad Request",
                  "type": "about:blank"
                }
              },
              "parametro_invalido": {
                "summary": "A query parameter out of range",
                "value": {
                  "detail": "page_size must be between 1 and 100",
                  "errors": [
                    {
                      "detail": "must be between 1 and 100",
                      "pointer": "/query/page_size"
                    }
                  ],
                  "instance": "/api/v1/clientes?page_size=500",
                  "status": 400,
                  "title": "Bad Request",
                  "type": "about:blank"
                }
              }
            },
            "schema": {
              "$ref": "#/components/schemas/Problem"
            }
          }
        },
        "description": "Malformed request (unparseable JSON, or a bad path, query or header value)."
      },
      "Conflict": {
        "content": {
          "application/problem+json": {
            "example": {
              "detail": "a customer with dni 12345678Z already exists",
              "errors": [
                {
                  "detail": "already registered",
                  "pointer": "/dni"
                }
              ],
              "instance": "/api/v1/clientes",
              "status": 409,
              "title": "Conflict",
              "type": "about:blank"
            },
            "schema": {
              "$ref": "#/components/schemas/Problem"
            }
          }
        },
        "description": "Another customer already has this `dni`."
      },
      "Forbidden": {
        "content": {
          "application/problem+json": {
            "example": {
              "detail": "the credentials lack the scope(s) this operation needs: clientes:write",
              "errors": [
                {
                  "detail": "lacks scope clientes:write",
                  "pointer": "/header/Authorization"
                }
              ],
              "status": 403,
              "title": "Forbidden",
              "type": "about:blank"
            },
            "schema": {
              "$ref": "#/components/schemas/Problem"
            }
          }
        },
        "description": "Valid credentials that lack a scope the operation needs."
      },
      "InternalError": {
        "content": {
          "application/problem+json": {
            "example": {
              "detail": "unexpected error; see the server log for request id 7c9e6679",
              "instance": "/api/v1/clientes",
              "status": 500,
              "title": "Internal Server Error",
              "type": "about:blank"
            },
            "schema": {
              "$ref": "#/components/schemas/Problem"
            }
          }
        },
        "description": "Unexpected server error."
      },
      "NotFound": {
        "content": {
          "application/problem+json": {
            "example": {
              "detail": "no customer with id 3f6c1d2e-8a4b-4c5d-9e7f-0a1b2c3d4e5f",
              "instance": "/api/v1/clientes/3f6c1d2e-8a4b-4c5d-9e7f-0a1b2c3d4e5f",
              "status": 404,
              "title": "Not Found",
              "type": "about:blank"
            },
            "schema": {
              "$ref": "#/components/schemas/Problem"
            }
          }
        },
        "description": "No customer has this id."
      },
      "PreconditionFailed": {
        "content": {
          "application/problem+json": {
            "example": {
              "detail": "the customer was modified since it was read; GET it again",
              "errors": [
                {
                  "detail": "does not match the current ETag",
                  "pointer": "/header/If-Match"
                }
              ],
              "instance": "/api/v1/clientes/3f6c1d2e-8a4b-4c5d-9e7f-0a1b2c3d4e5f",
              "status": 412,
              "title": "Precondition Failed",
              "type": "about:blank"
            },
            "schema": {
              "$ref": "#/components/schemas/Problem"
            }
          }
        },
        "description": "`If-Match` does not match the current `ETag`: the customer changed since it was read."
      },
      "PreconditionRequired": {
        "content": {
          "application/problem+json": {
            "example": {
              "detail": "send the customer's ETag in If-Match",
              "errors": [
                {
                  "detail": "is required",
                  "pointer": "/header/If-Match"
                }
              ],
              "instance": "/api/v1/clientes/3f6c1d2e-8a4b-4c5d-9e7f-0a1b2c3d4e5f",
              "status": 428,
              "title": "Precondition Required",
              "type": "about:blank"
            },
            "schema": {
              "$ref": "#/components/schemas/Problem"
            }
          }
        },
        "description": "`If-Match` is missing."
      },
      "ServiceUnavailable": {
        "content": {
          "application/problem+json": {
            "example": {
              "detail": "the database is not reachable",
              "instance": "/api/v1/clientes",
              "status": 503,
              "title": "Service Unavailable",
              "type": "about:blank"
            },
            "schema": {
              "$ref": "#/components/schemas/Problem"
            }
          }
        },
        "description": "A dependency (the database) is down; retry later."
      },
      "Unauthorized": {
        "content": {
          "application/problem+json": {
            "example": {
              "detail": "the credentials were refused: the token has expired",
              "instance": "/clientes",
              "status": 401,
              "title": "Unauthorized",
              "type": "about:blank"
            },
            "schema": {
              "$ref": "#/components/schemas/Problem"
            }
          }
        },
        "description": "No valid credentials (missing, expired, badly signed, wrong issuer or audience); `WWW-Authenticate` says which scheme is expected.",
        "headers": {
          "WWW-Authenticate": {
            "description": "The challenge, e.g. `Bearer realm=\"taller\", error=\"invalid_token\"`.",
            "schema": {
              "type": "string"
            }
          }
        }
      },
      "UnprocessableEntity": {
        "content": {
          "application/problem+json": {
            "examples": {
              "campos_invalidos": {
                "summary": "Several fields fail",
                "value": {
                  "detail": "2 fields are invalid",
                  "errors": [
                    {
                      "detail": "must match ^ES[0-9]{22}$",
                      "pointer": "/cuenta_bancaria"
                    },
                    {
                      "detail": "is required",
                      "pointer": "/nombre"
                    }
                  ],
                  "instance": "/api/v1/clientes",
                  "status": 422,
                  "title": "Unprocessable Entity",
                  "type": "about:blank"
                }
              },
              "letra_dni": {
                "summary": "The DNI's control letter is wrong",
                "value": {
                  "detail": "the control letter of the DNI is wrong",
                  "errors": [
                    {
                      "detail": "control letter should be Z",
                      "pointer": "/dni"
                    }
                  ],
                  "instance": "/api/v1/clientes",
                  "status": 422,
                  "title": "Unprocessable Entity",
                  "type": "about:blank"
                }
              }
            },
            "schema": {
              "$ref": "#/components/schemas/Problem"
            }
          }
        },
        "description": "The body is JSON but breaks the schema or a domain rule."
      },
      "UnsupportedMediaType": {
        "content": {
          "application/problem+json": {
            "example": {
              "detail": "expected Content-Type application/json",
              "errors": [
                {
                  "detail": "must be application/json",
                  "pointer": "/header/Content-Type"
                }
              ],
              "instance": "/api/v1/clientes",
              "status": 415,
              "title": "Unsupported Media Type",
              "type": "about:blank"
            },
            "schema": {
              "$ref": "#/components/schemas/Problem"
            }
          }
        },
        "description": "The body is not `application/json`."
      }
    },
    "schemas": {
      "Cliente": {
        "description": "A customer as stored.",
        "properties": {
          "apellidos": {
            "type": "string"
          },
          "cuenta_bancaria": {
            "$ref": "#/components/schemas/Iban"
          },
          "direccion": {
            "type": "string"
          },
          "dni": {
            "$ref": "#/components/schemas/Dni"
          },
          "id": {
            "format": "uuid",
            "type": "string"
          },
          "links": {
            "$ref": "#/components/schemas/EnlacesRecurso"
          },
          "mail": {
            "format": "email",
            "type": "string"
          },
          "nombre": {
            "type": "string"
          },
          "telefono": {
            "$ref": "#/components/schemas/Telefono"
          }
        },
        "required": [
          "id",
          "dni",
          "nombre",
          "apellidos",
          "links"
        ],
        "type": "object"
      },
      "ClienteActualizacion": {
        "additionalProperties": false,
        "description": "Every field of a customer, replacing the stored ones.",
        "properties": {
          "apellidos": {
            "maxLength": 150,
            "minLength": 1,
            "type": "string"
          },
          "cuenta_bancaria": {
            "$ref": "#/components/schemas/Iban"
          },
          "direccion": {
            "maxLength": 200,
            "minLength": 1,
            "type": "string"
          },
          "dni": {
            "$ref": "#/components/schemas/Dni"
          },
          "mail": {
            "format": "email",
            "maxLength": 254,
            "type": "string"
          },
          "nombre": {
            "maxLength": 100,
            "minLength": 1,
            "type": "string"
          },
          "telefono": {
            "$ref": "#/components/schemas/Telefono"
          }
        },
        "required": [
          "dni",
          "nombre",
          "apellidos"
        ],
        "type": "object"
      },
      "ClienteNuevo": {
        "additionalProperties": false,
        "description": "A customer to register.",
        "properties": {
          "apellidos": {
            "maxLength": 150,
            "minLength": 1,
            "type": "string"
          },
          "cuenta_bancaria": {
            "$ref": "#/components/schemas/Iban"
          },
          "direccion": {
            "maxLength": 200,
            "minLength": 1,
            "type": "string"
          },
          "dni": {
            "$ref": "#/components/schemas/Dni"
          },
          "mail": {
            "format": "email",
            "maxLength": 254,
            "type": "string"
          },
          "nombre": {
            "maxLength": 100,
            "minLength": 1,
            "type": "string"
          },
          "telefono": {
            "$ref": "#/components/schemas/Telefono"
          }
        },
        "required": [
          "dni",
          "nombre",
          "apellidos"
        ],
        "type": "object"
      },
      "ClientePagina": {
        "description": "A page of customers.",
        "properties": {
          "items": {
            "items": {
              "$ref": "#/components/schemas/Cliente"
            },
            "type": "array"
          },
          "links": {
            "$ref": "#/components/schemas/EnlacesPagina"
          },
          "page": {
            "minimum": 1,
            "type": "integer"
          },
          "page_size": {
            "maximum": 100,
            "minimum": 1,
            "type": "integer"
          },
          "total": {
            "description": "Items matching the filters, over all pages.",
            "minimum": 0,
            "type": "integer"
          },
          "total_pages": {
            "minimum": 0,
            "type": "integer"
          }
        },
        "required": [
          "items",
          "page",
          "page_size",
          "total",
          "total_pages",
          "links"
        ],
        "type": "object"
      },
      "Dni": {
        "description": "A Spanish DNI (8 digits and a control letter) or NIE (`X`, `Y` or `Z`, 7 digits and a\ncontrol letter), upper case, no spaces or hyphens. The letter is\n`TRWAGMYFPDXBNJZSQVHLCKE`[number mod 23] (for a NIE, X/Y/Z count as 0/1/2);\nthe server answers 422 when it is wrong.\n",
        "example": "12345678Z",
        "pattern": "^([0-9]{8}|[XYZ][0-9]{7})[TRWAGMYFPDXBNJZSQVHLCKE]$",
        "type": "string"
      },
      "EnlacesPagina": {
        "description": "Links of a page; `prevPage`/`nextPage` only when that page exists.",
        "properties": {
          "first": {
            "$ref": "#/components/schemas/Link"
          },
          "last": {
            "$ref": "#/components/schemas/Link"
          },
          "nextPage": {
            "$ref": "#/components/schemas/Link"
          },
          "prevPage": {
            "$ref": "#/components/schemas/Link"
          },
          "self": {
            "$ref": "#/components/schemas/Link"
          }
        },
        "required": [
          "self",
          "first",
          "last"
        ],
        "type": "object"
      },
      "EnlacesRecurso": {
        "description": "Links of one item.",
        "properties": {
          "parent": {
            "$ref": "#/components/schemas/Link"
          },
          "self": {
            "$ref": "#/components/schemas/Link"
          }
        },
        "required": [
          "parent",
          "self"
        ],
        "type": "object"
      },
      "Iban": {
        "description": "Spanish IBAN, `ES` and 22 digits, without spaces.",
        "example": "ES9121000418450200051332",
        "pattern": "^ES[0-9]{22}$",
        "type": "string"
      },
      "Link": {
        "description": "A hyperlink.",
        "properties": {
          "href": {
            "format": "uri-reference",
            "type": "string"
          },
          "rel": {
            "description": "Space-separated relation types or operationIds.",
            "type": "string"
          }
        },
        "required": [
          "href"
        ],
        "type": "object"
      },
      "Problem": {
        "description": "RFC 9457 problem details, the body of every error response. `errors` lists each\nfailing field: `pointer` is a JSON pointer into the request body, or\n`/query/<name>`, `/path/<name>`, `/header/<name>` for a parameter.\n",
        "properties": {
          "detail": {
            "description": "Explanation of this occurrence.",
            "type": "string"
          },
          "errors": {
            "description": "One entry per failing field (validation failures).",
            "items": {
              "properties": {
                "detail": {
                  "description": "What is wrong with it.",
                  "type": "string"
                },
                "pointer": {
                  "description": "Where the failing value is (JSON pointer, or `/query/…`, `/path/…`, `/header/…`).",
                  "type": "string"
                }
              },
              "required": [
                "pointer",
                "detail"
              ],
              "type": "object"
            },
            "type": "array"
          },
          "instance": {
            "description": "The request path that produced it.",
            "format": "uri-reference",
            "type": "string"
          },
          "status": {
            "description": "The HTTP status code.",
            "maximum": 599,
            "minimum": 400,
            "type": "integer"
          },
          "title": {
            "description": "Short summary of the kind of problem.",
            "type": "string"
          },
          "type": {
            "description": "Identifies the kind of problem; `about:blank` when only the status says it.",
            "format": "uri-reference",
            "type": "string"
          }
        },
        "required": [
          "type",
          "title",
          "status"
        ],
        "type": "object"
      },
      "Telefono": {
        "description": "Phone number, optionally with `+` and country code, digits only.",
        "example": "+34612345678",
        "pattern": "^\\+?[0-9]{9,15}$",
        "type": "string"
      }
    },
    "securitySchemes": {
      "bearerAuth": {
        "description": "A JWT access token of the workshop's identity provider, sent as\n`Authorization: Bearer <token>`: HS256 for the local run, RS256 with the provider's\nkeys in production; `iss`, `aud` and `exp` are checked. Its `scope` claim\n(space-separated) grants `clientes:read` for reads, `clientes:write` for changes and\n`clientes:admin` for destructive operations. `scripts/run` prints a development token\nwith every scope.\n",
        "flows": {
          "clientCredentials": {
            "scopes": {
              "clientes:admin": "Delete clientes.",
              "clientes:read": "Read clientes.",
              "clientes:write": "Create and change clientes."
            },
            "tokenUrl": "/auth/token"
          }
        },
        "type": "oauth2"
      }
    }
  },
  "info": {
    "contact": {
      "email": "taller@example.com",
      "name": "taller"
    },
    "description": "Customers of the workshop: who they are, how to reach them and which account\nto charge. Other services refer to a customer by `cliente_id` (uuid) or by `dni`.\n\nConventions (routing, errors, lists, `ETag`/`If-Match`) are those of `specs/README.md`.\n\n## Fixes to the original (2023) contract\n- The collection was published at `/cliente` while the item lived at\n  `/clientes/{cliente_id}`; both now live under `/clientes`.\n- `dni` accepted `[0-9]{8}[AZ]` (only the letters A and Z, unanchored); it now takes\n  a DNI (8 digits + control letter) or a NIE (`X`/`Y`/`Z` + 7 digits + control letter).\n  The server also checks the control letter (422 when it is wrong).\n- `cuenta_bancaria` accepted any two letters and 20 digits (a Spanish IBAN has 22);\n  it is now a Spanish IBAN, `^ES[0-9]{22}$`, stored without spaces.\n- `telefono` had a broken pattern (`^+…`) and `mail` a hand-written one; they are now\n  an E.164-like pattern and `format: email`.\n- The id was a hand-typed `P01-001-A` string sent by the client; the server now\n  assigns a uuid, and input and output use separate schemas.\n- The list answered 404 when empty; it answers 200 with `items: []`, is paginated\n  (`page`, `page_size`, totals and links) and can be filtered and sorted.\n- The list wrapped each item in `{\"cliente\": …}`; items are now plain objects.\n- PUT answered the non-standard 209; it answers 200 with the new `ETag`. `If-Match`\n  is checked on PUT and DELETE (428 when missing, 412 when stale).\n- A duplicate `dni` answered 400; it answers 409. Errors are RFC 9457 problem+json with\n  an `errors` array naming the failing fields; 415, 428, 500 and 503 are declared.\n- The OPTIONS operations (which only returned `Allow`) are not part of the contract:\n  CORS preflight and `Allow` are answered by the service runtime, not per operation.\n",
    "license": {
      "name": "MIT"
    },
    "title": "taller — clientes",
    "version": "2.0.0"
  },
  "openapi": "3.0.3",
  "paths": {
    "/clientes": {
      "get": {
        "description": "A page of customers matching every given filter. Text filters (`nombre`,\n`apellidos`, `direccion`) match a case-insensitive substring; the others match\nexactly. An empty result is 200 with `items: []`.\n",
        "operationId": "list_clientes",
        "parameters": [
          {
            "$ref": "#/components/parameters/page"
          },
          {
            "$ref": "#/components/parameters/page_size"
          },
          {
            "$ref": "#/components/parameters/order"
          },
          {
            "$ref": "#/components/parameters/ordering"
          },
          {
            "description": "Exact DNI or NIE.",
            "in": "query",
            "name": "dni",
            "required": false,
            "schema": {
              "$ref": "#/components/schemas/Dni"
            }
          },
          {
            "description": "Substring of the first name (case-insensitive).",
            "in": "query",
            "name": "nombre",
            "required": false,
            "schema": {
              "maxLength": 100,
              "minLength": 1,
              "type": "string"
            }
          },
          {
            "description": "Substring of the surnames (case-insensitive).",
            "in": "query",
            "name": "apellidos",
            "required": false,
            "schema": {
              "maxLength": 150,
              "minLength": 1,
              "type": "string"
            }
          },
          {
            "description": "Substring of the address (case-insensitive).",
            "in": "query",
            "name": "direccion",
            "required": false,
            "schema": {
              "maxLength": 200,
              "minLength": 1,
              "type": "string"
            }
          },
          {
            "description": "Exact phone number.",
            "in": "query",
            "name": "telefono",
            "required": false,
            "schema": {
              "$ref": "#/components/schemas/Telefono"
            }
          },
          {
            "description": "Exact e-mail address.",
            "in": "query",
            "name": "mail",
            "required": false,
            "schema": {
              "format": "email",
              "type": "string"
            }
          }
        ],
        "responses": {
          "200": {
            "content": {
              "application/json": {
                "examples": {
                  "pagina": {
                    "summary": "Second page of three, ordered by apellidos",
                    "value": {
                      "items": [
                        {
                          "apellidos": "García Pérez",
                          "cuenta_bancaria": "ES9121000418450200051332",
                          "direccion": "Calle Mayor 12, 28013 Madrid",
                          "dni": "12345678Z",
                          "id": "3f6c1d2e-8a4b-4c5d-9e7f-0a1b2c3d4e5f",
                          "links": {
                            "parent": {
                              "href": "/api/v1/clientes"
                            },
                            "self": {
                              "href": "/api/v1/clientes/3f6c1d2e-8a4b-4c5d-9e7f-0a1b2c3d4e5f"
                            }
                          },
                          "mail": "lucia.garcia@example.com",
                          "nombre": "Lucía",
                          "telefono": "+34612345678"
                        }
                      ],
                      "links": {
                        "first": {
                          "href": "/api/v1/clientes?page=1&page_size=1&order=apellidos"
                        },
                        "last": {
                          "href": "/api/v1/clientes?page=3&page_size=1&order=apellidos"
                        },
                        "nextPage": {
                          "href": "/api/v1/clientes?page=3&page_size=1&order=apellidos"
                        },
                        "prevPage": {
                          "href": "/api/v1/clientes?page=1&page_size=1&order=apellidos"
                        },
                        "self": {
                          "href": "/api/v1/clientes?page=2&page_size=1&order=apellidos"
                        }
                      },
                      "page": 2,
                      "page_size": 1,
                      "total": 3,
                      "total_pages": 3
                    }
                  },
                  "vacia": {
                    "summary": "No customer matches the filters",
                    "value": {
                      "items": [],
                      "links": {
                        "first": {
                          "href": "/api/v1/clientes?dni=00000000T&page=1"
                        },
                        "last": {
                          "href": "/api/v1/clientes?dni=00000000T&page=1"
                        },
                        "self": {
                          "href": "/api/v1/clientes?dni=00000000T"
                        }
                      },
                      "page": 1,
                      "page_size": 20,
                      "total": 0,
                      "total_pages": 0
                    }
                  }
                },
                "schema": {
                  "$ref": "#/components/schemas/ClientePagina"
                }
              }
            },
            "description": "A page of customers."
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          }
        },
        "security": [
          {
            "bearerAuth": [
              "clientes:read"
            ]
          }
        ],
        "summary": "List customers",
        "tags": [
          "clientes"
        ]
      },
      "post": {
        "description": "Creates a customer; the server assigns its `id`. A `dni` already registered is a 409.",
        "operationId": "create_cliente",
        "requestBody": {
          "content": {
            "application/json": {
              "examples": {
                "completo": {
                  "summary": "Every field",
                  "value": {
                    "apellidos": "García Pérez",
                    "cuenta_bancaria": "ES9121000418450200051332",
                    "direccion": "Calle Mayor 12, 28013 Madrid",
                    "dni": "12345678Z",
                    "mail": "lucia.garcia@example.com",
                    "nombre": "Lucía",
                    "telefono": "+34612345678"
                  }
                },
                "minimo": {
                  "summary": "Only the required fields, with a NIE",
                  "value": {
                    "apellidos": "Popescu",
                    "dni": "X1234567L",
                    "nombre": "Andrei"
                  }
                }
              },
              "schema": {
                "$ref": "#/components/schemas/ClienteNuevo"
              }
            }
          },
          "required": true
        },
        "responses": {
          "201": {
            "content": {
              "application/json": {
                "example": {
                  "apellidos": "García Pérez",
                  "cuenta_bancaria": "ES9121000418450200051332",
                  "direccion": "Calle Mayor 12, 28013 Madrid",
                  "dni": "12345678Z",
                  "id": "3f6c1d2e-8a4b-4c5d-9e7f-0a1b2c3d4e5f",
                  "links": {
                    "parent": {
                      "href": "/api/v1/clientes"
                    },
                    "self": {
                      "href": "/api/v1/clientes/3f6c1d2e-8a4b-4c5d-9e7f-0a1b2c3d4e5f"
                    }
                  },
                  "mail": "lucia.garcia@example.com",
                  "nombre": "Lucía",
                  "telefono": "+34612345678"
                },
                "schema": {
                  "$ref": "#/components/schemas/Cliente"
                }
              }
            },
            "description": "The customer was created.",
            "headers": {
              "ETag": {
                "$ref": "#/components/headers/ETag"
              },
              "Location": {
                "$ref": "#/components/headers/Location"
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableEntity"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          }
        },
        "security": [
          {
            "bearerAuth": [
              "clientes:write"
            ]
          }
        ],
        "summary": "Register a customer",
        "tags": [
          "clientes"
        ]
      }
    },
    "/clientes/{cliente_id}": {
      "delete": {
        "description": "Deletes the customer. `If-Match` as for PUT (428 without it, 412 when stale).",
        "operationId": "delete_cliente",
        "parameters": [
          {
            "$ref": "#/components/parameters/if_match"
          }
        ],
        "responses": {
          "204": {
            "description": "The customer was deleted."
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "412": {
            "$ref": "#/components/responses/PreconditionFailed"
          },
          "428": {
            "$ref": "#/components/responses/PreconditionRequired"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          }
        },
        "security": [
          {
            "bearerAuth": [
              "clientes:admin"
            ]
          }
        ],
        "summary": "Delete a customer",
        "tags": [
          "clientes"
        ]
      },
      "get": {
        "description": "The customer with this id, with its `ETag` for a later PUT or DELETE.",
        "operationId": "get_cliente",
        "responses": {
          "200": {
            "content": {
              "application/json": {
                "example": {
                  "apellidos": "García Pérez",
                  "cuenta_bancaria": "ES9121000418450200051332",
                  "direccion": "Calle Mayor 12, 28013 Madrid",
                  "dni": "12345678Z",
                  "id": "3f6c1d2e-8a4b-4c5d-9e7f-0a1b2c3d4e5f",
                  "links": {
                    "parent": {
                      "href": "/api/v1/clientes"
                    },
                    "self": {
                      "href": "/api/v1/clientes/3f6c1d2e-8a4b-4c5d-9e7f-0a1b2c3d4e5f"
                    }
                  },
                  "mail": "lucia.garcia@example.com",
                  "nombre": "Lucía",
                  "telefono": "+34612345678"
                },
                "schema": {
                  "$ref": "#/components/schemas/Cliente"
                }
              }
            },
            "description": "The customer.",
            "headers": {
              "ETag": {
                "$ref": "#/components/headers/ETag"
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          }
        },
        "security": [
          {
            "bearerAuth": [
              "clientes:read"
            ]
          }
        ],
        "summary": "Get a customer",
        "tags": [
          "clientes"
        ]
      },
      "parameters": [
        {
          "$ref": "#/components/parameters/cliente_id"
        }
      ],
      "put": {
        "description": "Replaces every field of the customer (fields left out are removed). Send the\n`ETag` from the last GET in `If-Match`: 428 without it, 412 when the customer\nchanged since. Changing `dni` to one held by another customer is a 409.\n",
        "operationId": "update_cliente",
        "parameters": [
          {
            "$ref": "#/components/parameters/if_match"
          }
        ],
        "requestBody": {
          "content": {
            "application/json": {
              "example": {
                "apellidos": "García Pérez",
                "cuenta_bancaria": "ES9121000418450200051332",
                "direccion": "Avenida de América 3, 28002 Madrid",
                "dni": "12345678Z",
                "mail": "lucia.garcia@example.com",
                "nombre": "Lucía",
                "telefono": "+34612345678"
              },
              "schema": {
                "$ref": "#/components/schemas/ClienteActualizacion"
              }
            }
          },
          "required": true
        },
        "responses": {
          "200": {
            "content": {
              "application/json": {
                "example": {
                  "apellidos": "García Pérez",
                  "cuenta_bancaria": "ES9121000418450200051332",
                  "direccion": "Avenida de América 3, 28002 Madrid",
                  "dni": "12345678Z",
                  "id": "3f6c1d2e-8a4b-4c5d-9e7f-0a1b2c3d4e5f",
                  "links": {
                    "parent": {
                      "href": "/api/v1/clientes"
                    },
                    "self": {
                      "href": "/api/v1/clientes/3f6c1d2e-8a4b-4c5d-9e7f-0a1b2c3d4e5f"
                    }
                  },
                  "mail": "lucia.garcia@example.com",
                  "nombre": "Lucía",
                  "telefono": "+34612345678"
                },
                "schema": {
                  "$ref": "#/components/schemas/Cliente"
                }
              }
            },
            "description": "The customer as stored now.",
            "headers": {
              "ETag": {
                "$ref": "#/components/headers/ETag"
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "412": {
            "$ref": "#/components/responses/PreconditionFailed"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableEntity"
          },
          "428": {
            "$ref": "#/components/responses/PreconditionRequired"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          }
        },
        "security": [
          {
            "bearerAuth": [
              "clientes:write"
            ]
          }
        ],
        "summary": "Replace a customer's data",
        "tags": [
          "clientes"
        ]
      }
    }
  },
  "servers": [
    {
      "description": "Through the gateway, which routes `/api/v1/clientes*` to this service and strips `/api/v1`.",
      "url": "/api/v1"
    }
  ],
  "tags": [
    {
      "description": "Customers of the workshop.",
      "name": "clientes"
    }
  ]
}"##;
