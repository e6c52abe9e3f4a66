"""A stand-in for the 2023 recambios service, for scripts/bench-recambios: FastAPI + pymongo,
database `taller`-style collection `recambios` with a unique index on `numero_serie`, the way
../shared/SEED-CONTRACTS.md describes the original (its code is not kept). It answers the same
two requests the benchmark compares — GET by numero_serie and POST — with the original's
plain approach: synchronous pymongo calls in FastAPI's thread pool, one uvicorn worker.

Usage: python fastapi_2023.py <port> <mongodb-uri> <database>
"""

import sys

import pymongo
import uvicorn
from fastapi import FastAPI, HTTPException
from pydantic import BaseModel

port, uri, database = int(sys.argv[1]), sys.argv[2], sys.argv[3]
collection = pymongo.MongoClient(uri)[database]["recambios"]
collection.create_index("numero_serie", unique=True)
app = FastAPI()


class Equivalencia(BaseModel):
    nombre: str
    fabricante: str
    modelo: str


class Recambio(BaseModel):
    numero_serie: str
    nombre: str
    proveedor: str
    equivalencias: list[Equivalencia] = []
    garantia: str
    precio: float
    iva: int
    cantidad: int
    stock_minimo: int = 0


@app.get("/readyz")
def ready():
    collection.database.command("ping")
    return {"status": "ok"}


@app.get("/recambios/{numero_serie}")
def get_recambio(numero_serie: str):
    found = collection.find_one({"numero_serie": numero_serie}, {"_id": 0})
    if found is None:
        raise HTTPException(status_code=404, detail="Recambio no encontrado")
    return found


@app.post("/recambios", status_code=201)
def create_recambio(recambio: Recambio):
    doc = recambio.model_dump()
    doc["importe"] = round(doc["precio"] * (1 + doc["iva"] / 100), 2)
    try:
        collection.insert_one(doc)
    except pymongo.errors.DuplicateKeyError:
        raise HTTPException(status_code=409, detail="Recambio ya existe")
    doc.pop("_id", None)
    return doc


if __name__ == "__main__":
    uvicorn.run(app, host="127.0.0.1", port=port, log_level="warning", access_log=False)
