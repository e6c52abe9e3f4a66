"""Turns a rendered overlay (`kubectl kustomize k8s/overlays/dev`) into what `podman kube play`
can run, for scripts/check-kube. Usage: kube_play.py RENDERED OUT_DIR SUBNET_PREFIX IMAGE=REPLACEMENT…

Writes into OUT_DIR:
  <workload>.yaml   one file per Deployment or StatefulSet: its ConfigMaps, a Pod-like Deployment
                    (a StatefulSet becomes a Deployment whose claim template is a named volume,
                    listed in claims.tsv for check-kube to create), and
                    hostAliases standing in for the Services' DNS names;
  secrets/<name>.json  each Secret's data, for `podman secret create` (podman 4.3 cannot read a
                    Secret from the played file);
  plan.tsv          workload, pod ip, container, probe kind, probe (JSON, named ports resolved),
                    expected security (JSON: uid, read_only, added capabilities);
  workloads.tsv     workload, pod ip;
  claims.tsv        claim (volume) name, the pod's fsGroup;
  skipped.txt       the kinds podman does not emulate, with their names.
Dependent environment variables (`$(NAME)` in a `value`, which the kubelet expands from the
container's earlier variables) are expanded here, since podman 4.3 passes them on verbatim.
Images are renamed by prefix (IMAGE=REPLACEMENT, e.g. `mongo:=localhost/x/mongo:secantusdb`).
"""
import base64
import copy
import json
import os
import re
import sys

import yaml

PLAYED = {"Deployment", "StatefulSet"}
USED = {"ConfigMap", "Secret", "Service"}


def expand_env(container, secrets, configmaps):
    """Expands `$(NAME)` in env values as the kubelet does: from the variables defined before it
    in the same container (literal, Secret or ConfigMap keys); `$$` is a literal `$`; an
    unknown name stays as written."""
    known = {}
    for var in container.get("env", []):
        if "value" in var:
            var["value"] = re.sub(r"\$\$|\$\(([A-Za-z_][A-Za-z0-9_.-]*)\)",
                                  lambda m: "$" if m.group(0) == "$$" else known.get(m.group(1), m.group(0)),
                                  var["value"])
            known[var["name"]] = var["value"]
            continue
        source = var.get("valueFrom", {})
        if "secretKeyRef" in source:
            ref = source["secretKeyRef"]
            encoded = secrets.get(ref["name"], {}).get(ref["key"])
            if encoded is not None:
                known[var["name"]] = base64.b64decode(encoded).decode()
        elif "configMapKeyRef" in source:
            ref = source["configMapKeyRef"]
            value = configmaps.get(ref["name"], {}).get("data", {}).get(ref["key"])
            if value is not None:
                known[var["name"]] = value


def main(rendered, out_dir, subnet, *renames):
    docs = [d for d in yaml.safe_load_all(open(rendered)) if d]
    renames = [r.split("=", 1) for r in renames]
    by_kind = {}
    for doc in docs:
        by_kind.setdefault(doc["kind"], []).append(doc)
    os.makedirs(os.path.join(out_dir, "secrets"), exist_ok=True)

    # podman 4.3 reads a secretKeyRef's Secret as the JSON of its `data` (base64 values).
    secrets = {}
    for secret in by_kind.get("Secret", []):
        data = dict(secret.get("data", {}))
        for key, value in secret.get("stringData", {}).items():
            data[key] = base64.b64encode(value.encode()).decode()
        secrets[secret["metadata"]["name"]] = data
        with open(os.path.join(out_dir, "secrets", secret["metadata"]["name"] + ".json"), "w") as f:
            json.dump(data, f)

    workloads = [d for d in docs if d["kind"] in PLAYED]
    ips = {w["metadata"]["name"]: f"{subnet}.{10 + i}" for i, w in enumerate(workloads)}

    # A Service's name resolves to the pod its selector picks (no ports mapping, no balancing).
    aliases = {}
    for service in by_kind.get("Service", []):
        selector = service["spec"].get("selector", {})
        for w in workloads:
            labels = w["spec"]["template"]["metadata"].get("labels", {})
            if selector and all(labels.get(k) == v for k, v in selector.items()):
                aliases.setdefault(ips[w["metadata"]["name"]], []).append(service["metadata"]["name"])
    host_aliases = [{"ip": ip, "hostnames": names} for ip, names in sorted(aliases.items())]

    configmaps = {c["metadata"]["name"]: c for c in by_kind.get("ConfigMap", [])}
    plan = []
    claims = []
    for w in workloads:
        name = w["metadata"]["name"]
        pod = copy.deepcopy(w["spec"]["template"])
        spec = pod["spec"]
        spec["hostAliases"] = host_aliases
        extra = []
        if w["kind"] == "StatefulSet":
            for claim in w["spec"].get("volumeClaimTemplates", []):
                claim_name = f"{name}-{claim['metadata']['name']}"
                spec.setdefault("volumes", []).append(
                    {"name": claim["metadata"]["name"], "persistentVolumeClaim": {"claimName": claim_name}})
                # Created by check-kube before the play (podman refuses a claim whose volume
                # exists, and would create it root-owned, ignoring fsGroup).
                claims.append([claim_name, str(spec.get("securityContext", {}).get("fsGroup", ""))])
        used_maps = []
        for volume in spec.get("volumes", []):
            if "configMap" in volume:
                used_maps.append(configmaps[volume["configMap"]["name"]])
        for container in spec["containers"]:
            for source in container.get("envFrom", []):
                if "configMapRef" in source:
                    used_maps.append(configmaps[source["configMapRef"]["name"]])
            expand_env(container, secrets, configmaps)
            for old, new in renames:
                if container["image"].startswith(old):
                    container["image"] = new
            named_ports = {p.get("name"): p["containerPort"] for p in container.get("ports", [])}
            context = {**spec.get("securityContext", {}), **container.get("securityContext", {})}
            expect = {"uid": context.get("runAsUser"),
                      "read_only": bool(context.get("readOnlyRootFilesystem")),
                      "add": sorted(context.get("capabilities", {}).get("add", []))}
            # podman 4.3 publishes every containerPort on the host: the played copy has none
            # (the probes' named ports are resolved above; Services are not emulated).
            container.pop("ports", None)
            for kind in ("readinessProbe", "livenessProbe"):
                if kind not in container:
                    continue
                probe = copy.deepcopy(container[kind])
                for action in ("httpGet", "tcpSocket"):
                    if action in probe and isinstance(probe[action]["port"], str):
                        probe[action]["port"] = named_ports[probe[action]["port"]]
                plan.append([name, ips[name], container["name"], kind, json.dumps(probe), json.dumps(expect)])
        deployment = {"apiVersion": "apps/v1", "kind": "Deployment",
                      "metadata": {"name": name, "labels": w["metadata"].get("labels", {})},
                      "spec": {"replicas": 1, "selector": w["spec"]["selector"], "template": pod}}
        with open(os.path.join(out_dir, name + ".yaml"), "w") as f:
            yaml.safe_dump_all(used_maps + extra + [deployment], f, sort_keys=False)

    with open(os.path.join(out_dir, "plan.tsv"), "w") as f:
        for row in plan:
            f.write("\t".join(row) + "\n")
    with open(os.path.join(out_dir, "workloads.tsv"), "w") as f:
        for w in workloads:
            f.write(f"{w['metadata']['name']}\t{ips[w['metadata']['name']]}\n")
    with open(os.path.join(out_dir, "claims.tsv"), "w") as f:
        for row in claims:
            f.write("\t".join(row) + "\n")
    with open(os.path.join(out_dir, "skipped.txt"), "w") as f:
        for kind, items in sorted(by_kind.items()):
            if kind not in PLAYED | USED:
                f.write(f"{kind}: {', '.join(d['metadata']['name'] for d in items)}\n")


if __name__ == "__main__":
    main(*sys.argv[1:])
