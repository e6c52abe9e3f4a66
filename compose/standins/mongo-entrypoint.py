"""Entrypoint of the MongoDB stand-in (mongo.Containerfile): first start initialises users, then
SecantusDB serves /data/db on 0.0.0.0:27017, with authentication when a root user is set."""
import os
import subprocess
import sys
import time

import pymongo

DATA = "/data/db"
MARKER = os.path.join(DATA, ".taller-initialised")
# Standalone, like mongo:7.0 without --replSet (otherwise drivers look for a replica set).
# Without --sync-on-commit: with it, a commit's fsync on a busy disk stalled the server past the
# heartbeat timeout recambios then had (2 s; now 5 s) and requests failed with 503. So a journaled write is acknowledged
# before it is on disk here; durability across a database crash is tested against SecantusDB
# on the host (services/recambios/tests), not in this stand-in.
SERVER = ["/opt/secantus/bin/secantusd-py", "--storage-path", DATA, "--port", "27017",
          "--standalone", "--log-level", "WARNING"]


def log(message):
    print(f"[mongo-standin] {message}", file=sys.stderr, flush=True)


def wait_for(client):
    deadline = time.monotonic() + 60
    while True:
        try:
            client.admin.command("ping")
            return
        except pymongo.errors.PyMongoError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.2)


def initialise(root_user, root_password):
    """What the official image does on an empty data directory, without its JavaScript."""
    server = subprocess.Popen(SERVER + ["--host", "127.0.0.1"])
    try:
        client = pymongo.MongoClient("127.0.0.1", 27017, directConnection=True)
        wait_for(client)
        client.admin.command("createUser", root_user, pwd=root_password,
                             roles=[{"role": "root", "db": "admin"}])
        log(f"created root user {root_user}")
        database = os.environ.get("MONGO_INITDB_DATABASE", "test")
        app_user, app_password = os.environ.get("TALLER_DB_USER"), os.environ.get("TALLER_DB_PASSWORD")
        if app_user and app_password:
            client[database].command("createUser", app_user, pwd=app_password,
                                     roles=[{"role": "readWrite", "db": database}])
            log(f"created user {app_user} (readWrite on {database})")
        client.close()
    finally:
        server.terminate()
        server.wait(timeout=30)
    with open(MARKER, "w") as marker:
        marker.write("initialised\n")


def main():
    root_user = os.environ.get("MONGO_INITDB_ROOT_USERNAME")
    root_password = os.environ.get("MONGO_INITDB_ROOT_PASSWORD")
    if root_user and root_password and not os.path.exists(MARKER):
        initialise(root_user, root_password)
    command = SERVER + ["--host", "0.0.0.0"]
    if root_user and root_password:
        command.append("--auth")
    log("serving /data/db on 0.0.0.0:27017" + (" with authentication" if "--auth" in command else ""))
    os.execv(command[0], command + sys.argv[1:])


if __name__ == "__main__":
    main()
