// @generated from specs/facturas.yaml by `cargo run -p taller-codegen -- generate`.
// Do not edit: change the spec or codegen/, then regenerate.

//! The contract, bundled into one JSON document: validated against by the router, served at
//! `/openapi.json` and by the docs UI.

/// The OpenAPI document of the service.
pub const CONTRACT_JSON: &str = r##"{
  "components": {
    "examples": {
      "FacturaAnulada": {
        "summary": "Annulled",
        "value": {
          "base_imponible": 135,
          "cuota_iva": 28.35,
          "estado": "Anulada",
          "fecha_factura": "2026-11-27",
          "id_cliente": "X1234567L",
          "id_factura": "2026-0043",
          "importe_total": 163.35,
          "iva": 21,
          "lineas": [
            {
              "cantidad": 3,
              "descripcion": "Diagnóstico de ruido en la dirección",
              "importe": 135,
              "precio_unitario": 45,
              "tipo": "MANO_OBRA",
              "trabajo_id": "7b8c9d0e-1f2a-4b3c-8d4e-5f6a7b8c9d0e"
            }
          ],
          "links": {
            "parent": {
              "href": "/api/v1/facturas"
            },
            "self": {
              "href": "/api/v1/facturas/2026-0043"
            }
          },
          "motivo_anulacion": "Error en la cuenta de horas de mano de obra",
          "trabajos": [
            "7b8c9d0e-1f2a-4b3c-8d4e-5f6a7b8c9d0e"
          ],
          "vin_coche": "WVWZZZ1KZ8W123456"
        }
      },
      "FacturaEmitida": {
        "summary": "Just issued, for one job with labour and two parts",
        "value": {
          "base_imponible": 72.9,
          "cuota_iva": 15.31,
          "estado": "Emitida",
          "fecha_factura": "2026-11-27",
          "id_cliente": "12345678Z",
          "id_factura": "2026-0042",
          "importe_total": 88.21,
          "iva": 21,
          "lineas": [
            {
              "cantidad": 0.5,
              "descripcion": "Cambio de aceite y filtro",
              "importe": 22.5,
              "precio_unitario": 45,
              "tipo": "MANO_OBRA",
              "trabajo_id": "3fa85f64-5717-4562-b3fc-2c963f66afa6"
            },
            {
              "cantidad": 1,
              "descripcion": "Filtro de aceite",
              "importe": 12.4,
              "numero_serie": "Z0000001-A",
              "precio_unitario": 12.4,
              "tipo": "RECAMBIO",
              "trabajo_id": "3fa85f64-5717-4562-b3fc-2c963f66afa6"
            },
            {
              "cantidad": 4,
              "descripcion": "Aceite 5W30 (1 l)",
              "importe": 38,
              "numero_serie": "A0000123-C",
              "precio_unitario": 9.5,
              "tipo": "RECAMBIO",
              "trabajo_id": "3fa85f64-5717-4562-b3fc-2c963f66afa6"
            }
          ],
          "links": {
            "cliente": {
              "href": "/api/v1/clientes?dni=12345678Z"
            },
            "parent": {
              "href": "/api/v1/facturas"
            },
            "self": {
              "href": "/api/v1/facturas/2026-0042"
            },
            "trabajos": [
              {
                "href": "/api/v1/trabajos/3fa85f64-5717-4562-b3fc-2c963f66afa6"
              }
            ],
            "vehiculo": {
              "href": "/api/v1/vehiculos/VF1RFB00X56789012"
            }
          },
          "trabajos": [
            "3fa85f64-5717-4562-b3fc-2c963f66afa6"
          ],
          "vin_coche": "VF1RFB00X56789012"
        }
      },
      "FacturaPagada": {
        "summary": "Paid by card",
        "value": {
          "base_imponible": 72.9,
          "cuota_iva": 15.31,
          "estado": "Pagada",
          "fecha_factura": "2026-11-27",
          "fecha_pago": "2026-11-27",
          "forma_pago": "TARJETA",
          "id_cliente": "12345678Z",
          "id_factura": "2026-0042",
          "importe_total": 88.21,
          "iva": 21,
          "lineas": [
            {
              "cantidad": 0.5,
              "descripcion": "Cambio de aceite y filtro",
              "importe": 22.5,
              "precio_unitario": 45,
              "tipo": "MANO_OBRA",
              "trabajo_id": "3fa85f64-5717-4562-b3fc-2c963f66afa6"
            },
            {
              "cantidad": 1,
              "descripcion": "Filtro de aceite",
              "importe": 12.4,
              "numero_serie": "Z0000001-A",
              "precio_unitario": 12.4,
              "tipo": "RECAMBIO",
              "trabajo_id": "3fa85f64-5717-4562-b3fc-2c963f66afa6"
            },
            {
              "cantidad": 4,
              "descripcion": "Aceite 5W30 (1 l)",
              "importe": 38,
              "numero_serie": "A0000123-C",
              "precio_unitario": 9.5,
              "tipo": "RECAMBIO",
              "trabajo_id": "3fa85f64-5717-4562-b3fc-2c963f66afa6"
            }
          ],
          "links": {
            "parent": {
              "href": "/api/v1/facturas"
            },
            "self": {
              "href": "/api/v1/facturas/2026-0042"
            }
          },
          "trabajos": [
            "3fa85f64-5717-4562-b3fc-2c963f66afa6"
          ],
          "vin_coche": "VF1RFB00X56789012"
        }
      }
    },
    "headers": {
      "ETag": {
        "description": "Version of the invoice (it changes when it is paid or annulled).",
        "example": "\"e4da3b7fbbce2345\"",
        "schema": {
          "type": "string"
        }
      },
      "Location": {
        "description": "Path of the created resource.",
        "example": "/api/v1/facturas/2026-0042",
        "schema": {
          "format": "uri-reference",
          "type": "string"
        }
      }
    },
    "parameters": {
      "factura_id": {
        "description": "The invoice's number, `AAAA-NNNN` (year and number within it).",
        "in": "path",
        "name": "factura_id",
        "required": true,
        "schema": {
          "$ref": "#/components/schemas/IdFactura"
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
              "fecha_invalida": {
                "summary": "A date filter that is not a date",
                "value": {
                  "detail": "fecha_desde must be a date (AAAA-MM-DD)",
                  "errors": [
                    {
                      "detail": "must be a date (AAAA-MM-DD)",
                      "pointer": "/query/fecha_desde"
                    }
                  ],
                  "instance": "/api/v1/facturas?fecha_desde=27/11/2026",
                  "status": 400,
                  "title": "Bad Request",
                  "type": "about:blank"
                }
              },
              "numero_invalido": {
                "summary": "An invoice number in the wrong format",
                "value": {
                  "detail": "factura_id must look like 2026-0042",
                  "errors": [
                    {
                      "detail": "must match ^[0-9]{4}-[0-9]{4}$",
                      "pointer": "/path/factura_id"
                    }
                  ],
                  "instance": "/api/v1/facturas/42",
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
      "Forbidden": {
        "content": {
          "application/problem+json": {
            "example": {
              "detail": "the credentials lack the scope(s) this operation needs: facturas:write",
              "errors": [
                {
                  "detail": "lacks scope facturas:write",
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
              "instance": "/api/v1/facturas",
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
              "detail": "no invoice 2026-0999",
              "instance": "/api/v1/facturas/2026-0999",
              "status": 404,
              "title": "Not Found",
              "type": "about:blank"
            },
            "schema": {
              "$ref": "#/components/schemas/Problem"
            }
          }
        },
        "description": "No invoice has this number."
      },
      "ServiceUnavailable": {
        "content": {
          "application/problem+json": {
            "example": {
              "detail": "the trabajos service is not reachable",
              "instance": "/api/v1/facturas",
              "status": 503,
              "title": "Service Unavailable",
              "type": "about:blank"
            },
            "schema": {
              "$ref": "#/components/schemas/Problem"
            }
          }
        },
        "description": "A dependency (the database, or trabajos when issuing) is down; retry later."
      },
      "TrabajoNoFacturable": {
        "content": {
          "application/problem+json": {
            "examples": {
              "no_terminado": {
                "summary": "A job still in progress",
                "value": {
                  "detail": "job 3fa85f64-5717-4562-b3fc-2c963f66afa6 is INICIADO, not TERMINADO",
                  "errors": [
                    {
                      "detail": "is INICIADO, not TERMINADO",
                      "pointer": "/trabajos/0"
                    }
                  ],
                  "instance": "/api/v1/facturas",
                  "status": 409,
                  "title": "Conflict",
                  "type": "about:blank"
                }
              },
              "ya_facturado": {
                "summary": "A job already invoiced",
                "value": {
                  "detail": "job 3fa85f64-5717-4562-b3fc-2c963f66afa6 is already in invoice 2026-0042",
                  "errors": [
                    {
                      "detail": "already invoiced in 2026-0042",
                      "pointer": "/trabajos/0"
                    }
                  ],
                  "instance": "/api/v1/facturas",
                  "status": 409,
                  "title": "Conflict",
                  "type": "about:blank"
                }
              }
            },
            "schema": {
              "$ref": "#/components/schemas/Problem"
            }
          }
        },
        "description": "A job is not `TERMINADO` (not finished yet, or already invoiced or cancelled)."
      },
      "TransicionInvalida": {
        "content": {
          "application/problem+json": {
            "examples": {
              "anular_pagada": {
                "summary": "Annulling a paid invoice",
                "value": {
                  "detail": "invoice 2026-0042 is Pagada; only an Emitida invoice can be annulled",
                  "instance": "/api/v1/facturas/2026-0042/anular",
                  "status": 409,
                  "title": "Conflict",
                  "type": "about:blank"
                }
              },
              "ya_pagada": {
                "summary": "Paying an invoice twice",
                "value": {
                  "detail": "invoice 2026-0042 is already Pagada",
                  "instance": "/api/v1/facturas/2026-0042/pagar",
                  "status": 409,
                  "title": "Conflict",
                  "type": "about:blank"
                }
              }
            },
            "schema": {
              "$ref": "#/components/schemas/Problem"
            }
          }
        },
        "description": "The invoice's state does not allow this transition; nothing changed."
      },
      "Unauthorized": {
        "content": {
          "application/problem+json": {
            "example": {
              "detail": "the credentials were refused: the token has expired",
              "instance": "/facturas",
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
                "summary": "A field fails the schema",
                "value": {
                  "detail": "1 field is invalid",
                  "errors": [
                    {
                      "detail": "must have at least 1 item",
                      "pointer": "/trabajos"
                    }
                  ],
                  "instance": "/api/v1/facturas",
                  "status": 422,
                  "title": "Unprocessable Entity",
                  "type": "about:blank"
                }
              },
              "trabajo_desconocido": {
                "summary": "A job that does not exist",
                "value": {
                  "detail": "trabajos has no job 9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a",
                  "errors": [
                    {
                      "detail": "unknown job",
                      "pointer": "/trabajos/0"
                    }
                  ],
                  "instance": "/api/v1/facturas",
                  "status": 422,
                  "title": "Unprocessable Entity",
                  "type": "about:blank"
                }
              },
              "vehiculos_distintos": {
                "summary": "Jobs on different vehicles",
                "value": {
                  "detail": "the jobs are on different vehicles; issue one invoice per vehicle",
                  "errors": [
                    {
                      "detail": "is on WVWZZZ1KZ8W123456, not VF1RFB00X56789012",
                      "pointer": "/trabajos/1"
                    }
                  ],
                  "instance": "/api/v1/facturas",
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
              "instance": "/api/v1/facturas",
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
      "Anulacion": {
        "additionalProperties": false,
        "description": "Why an invoice is annulled.",
        "properties": {
          "motivo": {
            "maxLength": 500,
            "minLength": 1,
            "type": "string"
          }
        },
        "required": [
          "motivo"
        ],
        "type": "object"
      },
      "Dni": {
        "description": "The customer's DNI or NIE, as in the clientes service.",
        "example": "12345678Z",
        "pattern": "^([0-9]{8}|[XYZ][0-9]{7})[TRWAGMYFPDXBNJZSQVHLCKE]$",
        "type": "string"
      },
      "EnlacesFactura": {
        "description": "Links of an invoice, to itself and to what it is about.",
        "properties": {
          "cliente": {
            "$ref": "#/components/schemas/Link"
          },
          "parent": {
            "$ref": "#/components/schemas/Link"
          },
          "self": {
            "$ref": "#/components/schemas/Link"
          },
          "trabajos": {
            "items": {
              "$ref": "#/components/schemas/Link"
            },
            "type": "array"
          },
          "vehiculo": {
            "$ref": "#/components/schemas/Link"
          }
        },
        "required": [
          "parent",
          "self"
        ],
        "type": "object"
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
      "EstadoFactura": {
        "description": "`Emitida` issued and unpaid, `Pagada` paid, `Anulada` annulled (final).",
        "enum": [
          "Emitida",
          "Pagada",
          "Anulada"
        ],
        "type": "string"
      },
      "Factura": {
        "description": "An issued invoice.",
        "properties": {
          "base_imponible": {
            "$ref": "#/components/schemas/Importe"
          },
          "cuota_iva": {
            "$ref": "#/components/schemas/Importe"
          },
          "estado": {
            "$ref": "#/components/schemas/EstadoFactura"
          },
          "fecha_factura": {
            "description": "Day of issue.",
            "format": "date",
            "type": "string"
          },
          "fecha_pago": {
            "description": "Day it was paid (`Pagada` only).",
            "format": "date",
            "type": "string"
          },
          "forma_pago": {
            "$ref": "#/components/schemas/FormaPago"
          },
          "id_cliente": {
            "$ref": "#/components/schemas/Dni"
          },
          "id_factura": {
            "$ref": "#/components/schemas/IdFactura"
          },
          "importe_total": {
            "$ref": "#/components/schemas/Importe"
          },
          "iva": {
            "description": "VAT rate in percent (21, the general rate).",
            "maximum": 100,
            "minimum": 0,
            "type": "integer"
          },
          "lineas": {
            "items": {
              "$ref": "#/components/schemas/LineaFactura"
            },
            "type": "array"
          },
          "links": {
            "$ref": "#/components/schemas/EnlacesFactura"
          },
          "motivo_anulacion": {
            "description": "Why it was annulled (`Anulada` only).",
            "type": "string"
          },
          "observaciones": {
            "type": "string"
          },
          "trabajos": {
            "items": {
              "format": "uuid",
              "type": "string"
            },
            "minItems": 1,
            "type": "array"
          },
          "vin_coche": {
            "$ref": "#/components/schemas/Vin"
          }
        },
        "required": [
          "id_factura",
          "estado",
          "fecha_factura",
          "vin_coche",
          "id_cliente",
          "trabajos",
          "lineas",
          "base_imponible",
          "iva",
          "cuota_iva",
          "importe_total",
          "links"
        ],
        "type": "object"
      },
      "FacturaNueva": {
        "additionalProperties": false,
        "description": "The jobs to invoice.",
        "properties": {
          "observaciones": {
            "description": "A note printed on the invoice.",
            "maxLength": 1000,
            "minLength": 1,
            "type": "string"
          },
          "trabajos": {
            "description": "Ids of finished jobs (trabajos service), all on the same vehicle.",
            "items": {
              "format": "uuid",
              "type": "string"
            },
            "maxItems": 50,
            "minItems": 1,
            "type": "array",
            "uniqueItems": true
          }
        },
        "required": [
          "trabajos"
        ],
        "type": "object"
      },
      "FacturaPagina": {
        "description": "A page of invoices.",
        "properties": {
          "items": {
            "items": {
              "$ref": "#/components/schemas/Factura"
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
      "FormaPago": {
        "description": "How the invoice was paid.",
        "enum": [
          "EFECTIVO",
          "TARJETA",
          "TRANSFERENCIA",
          "BIZUM"
        ],
        "type": "string"
      },
      "IdFactura": {
        "description": "Invoice number: the year of issue (the series), a hyphen and the 4-digit number\nwithin that year, consecutive from 0001 (`2026-0001`, `2026-0002`, …).\n",
        "example": "2026-0042",
        "pattern": "^[0-9]{4}-[0-9]{4}$",
        "type": "string"
      },
      "Importe": {
        "description": "An amount in euros, two decimals.",
        "example": 88.21,
        "maximum": 10000000,
        "minimum": 0,
        "type": "number"
      },
      "LineaFactura": {
        "description": "One line of an invoice, labour or a spare part, without VAT.",
        "properties": {
          "cantidad": {
            "description": "Hours (`MANO_OBRA`) or units (`RECAMBIO`).",
            "exclusiveMinimum": true,
            "minimum": 0,
            "type": "number"
          },
          "descripcion": {
            "type": "string"
          },
          "importe": {
            "$ref": "#/components/schemas/Importe"
          },
          "numero_serie": {
            "description": "The part (`RECAMBIO` lines only).",
            "pattern": "^[A-Z][0-9]{7}-[A-Z]$",
            "type": "string"
          },
          "precio_unitario": {
            "$ref": "#/components/schemas/Importe"
          },
          "tipo": {
            "enum": [
              "MANO_OBRA",
              "RECAMBIO"
            ],
            "type": "string"
          },
          "trabajo_id": {
            "description": "The job the line comes from.",
            "format": "uuid",
            "type": "string"
          }
        },
        "required": [
          "tipo",
          "trabajo_id",
          "descripcion",
          "cantidad",
          "precio_unitario",
          "importe"
        ],
        "type": "object"
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
      "Pago": {
        "additionalProperties": false,
        "description": "How and when an invoice was paid.",
        "properties": {
          "fecha_pago": {
            "description": "Defaults to today.",
            "format": "date",
            "type": "string"
          },
          "forma_pago": {
            "$ref": "#/components/schemas/FormaPago"
          }
        },
        "required": [
          "forma_pago"
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
      "Vin": {
        "description": "Vehicle identification number, 17 characters, upper case, no I, O or Q.",
        "example": "VF1RFB00X56789012",
        "pattern": "^[A-HJ-NPR-Z0-9]{17}$",
        "type": "string"
      }
    },
    "securitySchemes": {
      "bearerAuth": {
        "description": "A JWT access token of the workshop's identity provider, sent as\n`Authorization: Bearer <token>`: HS256 for the local run, RS256 with the provider's\nkeys in production; `iss`, `aud` and `exp` are checked. Its `scope` claim\n(space-separated) grants `facturas:read` for reads, `facturas:write` for changes and\n`facturas:admin` for destructive operations. `scripts/run` prints a development token\nwith every scope.\n",
        "flows": {
          "clientCredentials": {
            "scopes": {
              "facturas:admin": "Delete facturas.",
              "facturas:read": "Read facturas.",
              "facturas:write": "Create and change facturas."
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
    "description": "Invoices for finished jobs. An invoice is issued from one or more jobs of the same\nvehicle that are `TERMINADO` in the trabajos service; it itemises their labour and\nspare parts, shows the taxable base, the VAT (IVA, 21 %) and its amount separately, and\nthe total. Issuing it marks the jobs `FACTURADO`.\n\n**Numbering.** `id_factura` is `AAAA-NNNN`: the year of issue (the series) and the\ninvoice's number within it, consecutive from `0001` with no gaps, e.g. `2026-0001`,\n`2026-0002`, … and `2027-0001` on the first invoice of the next year. The server\nassigns it; an annulled invoice keeps its number.\n\n**Amounts** (euros, two decimals): each line's `importe` = `cantidad` × `precio_unitario`;\n`base_imponible` = sum of the lines; `cuota_iva` = `base_imponible` × `iva` / 100, rounded\nto the cent; `importe_total` = `base_imponible` + `cuota_iva`.\n\n**States.** Issued invoices are never edited (no PUT or DELETE): they move by operations,\nand a wrong invoice is annulled and issued again.\n\n| operation                          | from      | to        |\n|------------------------------------|-----------|-----------|\n| `POST /facturas`                   | —         | `Emitida` |\n| `POST /facturas/{id}/pagar`        | `Emitida` | `Pagada`  |\n| `POST /facturas/{id}/anular`       | `Emitida` | `Anulada` |\n\nAny other transition is a 409 and changes nothing.\n\nConventions (routing, errors, lists) are those of `specs/README.md`.\n\n## Fixes to the original (2023) contract\n- `importe_total` was a string like `223.40€` (with a pattern for thousands separators);\n  amounts are numbers in euros. The invoice had no lines, base or VAT; it now itemises\n  labour and parts and shows `base_imponible`, `iva`, `cuota_iva` and `importe_total`.\n- Invoices were created and edited with POST/PUT of any field (state included) and could\n  be deleted; they are now issued from jobs (the server computes every amount and the\n  number), never edited or deleted, and change state only through `pagar` and `anular`\n  (409 when invalid). `Anulada` was added to `Emitida`, `Pagada`.\n- The numbering `^[0-9]{4}-[0-9]{4}$` is kept and now explained (year series,\n  consecutive numbers); the example `2023-0000` was not a valid first number.\n- Field names are the original's in snake_case: `VIN_coche` → `vin_coche`,\n  `Id_cliente` → `id_cliente`; `trabajos`, `estado`, `fecha_factura`, `importe_total`\n  are kept. Job ids are the trabajos service's uuids (they were `T234`).\n- The list's query parameters had spaces in their names (`fecha factura`,\n  `intervalo inferior`, `intervalo superior`) and the amounts needed a trailing `€`;\n  they are `fecha_desde`/`fecha_hasta` (dates), `importe_min`/`importe_max` (numbers),\n  plus `vin_coche`, `id_cliente`, `estado` and `trabajo`. The list answered 404 when\n  empty; it answers 200 with `items: []`, paginated.\n- The list wrapped each item in `{\"factura\": …}`; items are now plain objects.\n- Duplicates answered 400 and PUT the non-standard 209; errors are RFC 9457\n  problem+json with an `errors` array naming the failing fields, with 400, 404, 409,\n  415, 422, 500 and 503 declared. The OPTIONS operations are not part of the contract:\n  CORS preflight and `Allow` are answered by the service runtime.\n",
    "license": {
      "name": "MIT"
    },
    "title": "taller — facturas",
    "version": "2.0.0"
  },
  "openapi": "3.0.3",
  "paths": {
    "/facturas": {
      "get": {
        "description": "A page of invoices matching every given filter: by vehicle, customer, state, a job\nthey include, a range of `fecha_factura` and a range of `importe_total` (all\nbounds inclusive). An empty result is 200 with `items: []`.\n",
        "operationId": "list_facturas",
        "parameters": [
          {
            "$ref": "#/components/parameters/page"
          },
          {
            "$ref": "#/components/parameters/page_size"
          },
          {
            "description": "Field to sort by.",
            "in": "query",
            "name": "order",
            "required": false,
            "schema": {
              "default": "id_factura",
              "enum": [
                "id_factura",
                "fecha_factura"
              ],
              "type": "string"
            }
          },
          {
            "$ref": "#/components/parameters/ordering"
          },
          {
            "description": "Only invoices for this vehicle.",
            "in": "query",
            "name": "vin_coche",
            "required": false,
            "schema": {
              "$ref": "#/components/schemas/Vin"
            }
          },
          {
            "description": "Only invoices to this customer (DNI or NIE).",
            "in": "query",
            "name": "id_cliente",
            "required": false,
            "schema": {
              "$ref": "#/components/schemas/Dni"
            }
          },
          {
            "description": "Only invoices in this state.",
            "in": "query",
            "name": "estado",
            "required": false,
            "schema": {
              "$ref": "#/components/schemas/EstadoFactura"
            }
          },
          {
            "description": "Only the invoice(s) that include this job.",
            "example": "3fa85f64-5717-4562-b3fc-2c963f66afa6",
            "in": "query",
            "name": "trabajo",
            "required": false,
            "schema": {
              "format": "uuid",
              "type": "string"
            }
          },
          {
            "description": "Only invoices issued on or after this day.",
            "example": "2026-11-01",
            "in": "query",
            "name": "fecha_desde",
            "required": false,
            "schema": {
              "format": "date",
              "type": "string"
            }
          },
          {
            "description": "Only invoices issued on or before this day.",
            "example": "2026-11-30",
            "in": "query",
            "name": "fecha_hasta",
            "required": false,
            "schema": {
              "format": "date",
              "type": "string"
            }
          },
          {
            "description": "Only invoices whose `importe_total` is at least this (euros).",
            "example": 50,
            "in": "query",
            "name": "importe_min",
            "required": false,
            "schema": {
              "minimum": 0,
              "type": "number"
            }
          },
          {
            "description": "Only invoices whose `importe_total` is at most this (euros).",
            "example": 500,
            "in": "query",
            "name": "importe_max",
            "required": false,
            "schema": {
              "minimum": 0,
              "type": "number"
            }
          }
        ],
        "responses": {
          "200": {
            "content": {
              "application/json": {
                "examples": {
                  "pagina": {
                    "summary": "A customer's invoices",
                    "value": {
                      "items": [
                        {
                          "base_imponible": 22.5,
                          "cuota_iva": 4.73,
                          "estado": "Pagada",
                          "fecha_factura": "2026-11-27",
                          "fecha_pago": "2026-11-27",
                          "forma_pago": "TARJETA",
                          "id_cliente": "12345678Z",
                          "id_factura": "2026-0042",
                          "importe_total": 27.23,
                          "iva": 21,
                          "lineas": [
                            {
                              "cantidad": 0.5,
                              "descripcion": "Cambio de aceite y filtro",
                              "importe": 22.5,
                              "precio_unitario": 45,
                              "tipo": "MANO_OBRA",
                              "trabajo_id": "3fa85f64-5717-4562-b3fc-2c963f66afa6"
                            }
                          ],
                          "links": {
                            "parent": {
                              "href": "/api/v1/facturas"
                            },
                            "self": {
                              "href": "/api/v1/facturas/2026-0042"
                            }
                          },
                          "trabajos": [
                            "3fa85f64-5717-4562-b3fc-2c963f66afa6"
                          ],
                          "vin_coche": "VF1RFB00X56789012"
                        }
                      ],
                      "links": {
                        "first": {
                          "href": "/api/v1/facturas?id_cliente=12345678Z&page=1"
                        },
                        "last": {
                          "href": "/api/v1/facturas?id_cliente=12345678Z&page=1"
                        },
                        "self": {
                          "href": "/api/v1/facturas?id_cliente=12345678Z"
                        }
                      },
                      "page": 1,
                      "page_size": 20,
                      "total": 1,
                      "total_pages": 1
                    }
                  },
                  "vacia": {
                    "summary": "No invoice in the range",
                    "value": {
                      "items": [],
                      "links": {
                        "first": {
                          "href": "/api/v1/facturas?fecha_desde=2025-01-01&fecha_hasta=2025-01-31&page=1"
                        },
                        "last": {
                          "href": "/api/v1/facturas?fecha_desde=2025-01-01&fecha_hasta=2025-01-31&page=1"
                        },
                        "self": {
                          "href": "/api/v1/facturas?fecha_desde=2025-01-01&fecha_hasta=2025-01-31"
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
                  "$ref": "#/components/schemas/FacturaPagina"
                }
              }
            },
            "description": "A page of invoices."
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
              "facturas:read"
            ]
          }
        ],
        "summary": "List invoices",
        "tags": [
          "facturas"
        ]
      },
      "post": {
        "description": "Issues an invoice (`Emitida`, dated today, with the next number of this year's\nseries) for the given jobs, which must all be `TERMINADO` and on the same vehicle;\nthe lines and amounts come from the jobs' labour and parts, and the jobs become\n`FACTURADO`. 409 when a job is not `TERMINADO` (or already invoiced); 422 when a\njob does not exist or they are on different vehicles.\n",
        "operationId": "create_factura",
        "requestBody": {
          "content": {
            "application/json": {
              "examples": {
                "un_trabajo": {
                  "summary": "One job",
                  "value": {
                    "trabajos": [
                      "3fa85f64-5717-4562-b3fc-2c963f66afa6"
                    ]
                  }
                },
                "varios": {
                  "summary": "Two jobs on the same vehicle, with a note",
                  "value": {
                    "observaciones": "Incluye la revisión de frenos solicitada por el cliente.",
                    "trabajos": [
                      "3fa85f64-5717-4562-b3fc-2c963f66afa6",
                      "7b8c9d0e-1f2a-4b3c-8d4e-5f6a7b8c9d0e"
                    ]
                  }
                }
              },
              "schema": {
                "$ref": "#/components/schemas/FacturaNueva"
              }
            }
          },
          "required": true
        },
        "responses": {
          "201": {
            "content": {
              "application/json": {
                "examples": {
                  "emitida": {
                    "$ref": "#/components/examples/FacturaEmitida"
                  }
                },
                "schema": {
                  "$ref": "#/components/schemas/Factura"
                }
              }
            },
            "description": "The invoice was issued.",
            "headers": {
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
            "$ref": "#/components/responses/TrabajoNoFacturable"
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
              "facturas:write"
            ]
          }
        ],
        "summary": "Issue an invoice for finished jobs",
        "tags": [
          "facturas"
        ]
      }
    },
    "/facturas/{factura_id}": {
      "get": {
        "description": "The invoice with this number, with its lines and amounts.",
        "operationId": "get_factura",
        "responses": {
          "200": {
            "content": {
              "application/json": {
                "examples": {
                  "emitida": {
                    "$ref": "#/components/examples/FacturaEmitida"
                  },
                  "pagada": {
                    "$ref": "#/components/examples/FacturaPagada"
                  }
                },
                "schema": {
                  "$ref": "#/components/schemas/Factura"
                }
              }
            },
            "description": "The invoice.",
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
              "facturas:read"
            ]
          }
        ],
        "summary": "Get an invoice",
        "tags": [
          "facturas"
        ]
      },
      "parameters": [
        {
          "$ref": "#/components/parameters/factura_id"
        }
      ]
    },
    "/facturas/{factura_id}/anular": {
      "parameters": [
        {
          "$ref": "#/components/parameters/factura_id"
        }
      ],
      "post": {
        "description": "`Emitida` → `Anulada`, with the reason. The invoice keeps its number; its jobs stay\n`FACTURADO` (issue a corrected invoice for them by listing them again). 409 from any\nother state (a paid invoice is not annulled).\n",
        "operationId": "anular_factura",
        "requestBody": {
          "content": {
            "application/json": {
              "example": {
                "motivo": "Error en la cuenta de horas de mano de obra"
              },
              "schema": {
                "$ref": "#/components/schemas/Anulacion"
              }
            }
          },
          "required": true
        },
        "responses": {
          "200": {
            "content": {
              "application/json": {
                "examples": {
                  "anulada": {
                    "$ref": "#/components/examples/FacturaAnulada"
                  }
                },
                "schema": {
                  "$ref": "#/components/schemas/Factura"
                }
              }
            },
            "description": "The invoice, now `Anulada`.",
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
            "$ref": "#/components/responses/TransicionInvalida"
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
              "facturas:write"
            ]
          }
        ],
        "summary": "Annul an invoice",
        "tags": [
          "estados"
        ]
      }
    },
    "/facturas/{factura_id}/pagar": {
      "parameters": [
        {
          "$ref": "#/components/parameters/factura_id"
        }
      ],
      "post": {
        "description": "`Emitida` → `Pagada`, recording how and when it was paid (`fecha_pago` defaults to today). 409 from any other state.",
        "operationId": "pagar_factura",
        "requestBody": {
          "content": {
            "application/json": {
              "examples": {
                "tarjeta": {
                  "summary": "Paid by card today",
                  "value": {
                    "forma_pago": "TARJETA"
                  }
                },
                "transferencia": {
                  "summary": "A transfer received on a given day",
                  "value": {
                    "fecha_pago": "2026-11-30",
                    "forma_pago": "TRANSFERENCIA"
                  }
                }
              },
              "schema": {
                "$ref": "#/components/schemas/Pago"
              }
            }
          },
          "required": true
        },
        "responses": {
          "200": {
            "content": {
              "application/json": {
                "examples": {
                  "pagada": {
                    "$ref": "#/components/examples/FacturaPagada"
                  }
                },
                "schema": {
                  "$ref": "#/components/schemas/Factura"
                }
              }
            },
            "description": "The invoice, now `Pagada`.",
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
            "$ref": "#/components/responses/TransicionInvalida"
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
              "facturas:write"
            ]
          }
        ],
        "summary": "Record an invoice's payment",
        "tags": [
          "estados"
        ]
      }
    }
  },
  "servers": [
    {
      "description": "Through the gateway, which routes `/api/v1/facturas*` to this service and strips `/api/v1`.",
      "url": "/api/v1"
    }
  ],
  "tags": [
    {
      "description": "Issuing and querying invoices.",
      "name": "facturas"
    },
    {
      "description": "An invoice's state transitions.",
      "name": "estados"
    }
  ]
}"##;
