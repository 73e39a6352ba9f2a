#!/usr/bin/env python3
"""Capture Redis's own command metadata (COMMAND INFO + COMMAND DOCS) from a running redis-server 7
into the JSON catalogue that core loads as data:
core/src/main/resources/org/redisonmysql/core/spec/redis-commands.json

Usage: tools/capture_command_specs.py [port]   (a throw-away redis-server on 127.0.0.1:port)

The JSON is structured (named fields, not the raw reply), so it reads well in review; the
encoder in core knows which fields Redis sends as status strings and which as bulk strings.
"""
import json, os, socket, sys

class Resp:
    def __init__(self, port):
        self.s = socket.create_connection(("127.0.0.1", port))
        self.f = self.s.makefile("rb")
    def call(self, *args):
        out = b"*%d\r\n" % len(args)
        for a in args:
            a = a.encode() if isinstance(a, str) else a
            out += b"$%d\r\n%s\r\n" % (len(a), a)
        self.s.sendall(out)
        return self.read()
    def read(self):
        line = self.f.readline()[:-2]
        t, rest = line[:1], line[1:]
        if t == b"+": return rest.decode()
        if t == b"-": raise RuntimeError(rest.decode())
        if t == b":": return int(rest)
        if t == b"$":
            n = int(rest)
            if n < 0: return None
            data = self.f.read(n + 2)[:-2]
            return data.decode()
        if t == b"*":
            n = int(rest)
            return None if n < 0 else [self.read() for _ in range(n)]
        raise RuntimeError("unexpected " + repr(line))

def pairs(flat):
    return {flat[i]: flat[i + 1] for i in range(0, len(flat), 2)}

def key_spec(flat):
    m = pairs(flat)
    out = {}
    for k, v in m.items():
        if k in ("begin_search", "find_keys"):
            inner = pairs(v)
            out[k] = {"type": inner["type"], "spec": pairs(inner["spec"])}
        else:
            out[k] = v
    return out

def argument(flat):
    m = pairs(flat)
    if "arguments" in m:
        m["arguments"] = [argument(a) for a in m["arguments"]]
    return m

def docs(flat):
    m = pairs(flat)
    if "arguments" in m:
        m["arguments"] = [argument(a) for a in m["arguments"]]
    if "history" in m:
        m["history"] = [list(h) for h in m["history"]]
    subs = m.pop("subcommands", None)
    return m, (pairs(subs) if subs else {})

def info(entry, docmap):
    name, arity, flags, first, last, step, acl, tips, specs, subs = entry
    d, subdocs = docs(docmap[name]) if name in docmap else ({}, {})
    return {
        "name": name, "arity": arity, "flags": flags,
        "first_key": first, "last_key": last, "step": step,
        "acl_categories": acl, "tips": tips,
        "key_specs": [key_spec(s) for s in specs],
        "subcommands": [info(s, subdocs) for s in subs],
        "docs": d,
    }

def main():
    port = int(sys.argv[1]) if len(sys.argv) > 1 else 6379
    r = Resp(port)
    version = pairs(r.call("HELLO", "2"))["version"]
    entries = r.call("COMMAND", "INFO")
    names = sorted(e[0] for e in entries)
    docmap = pairs(r.call("COMMAND", "DOCS", *names))
    by_name = {e[0]: e for e in entries}
    catalogue = {"redis_version": version,
                 "commands": [info(by_name[n], docmap) for n in names]}
    here = os.path.dirname(os.path.abspath(__file__))
    path = os.path.join(here, "..", "core", "src", "main", "resources", "org", "redisonmysql",
                        "core", "spec", "redis-commands.json")
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        json.dump(catalogue, f, indent=1, ensure_ascii=False)
        f.write("\n")
    print("wrote %d commands of Redis %s to %s" % (len(names), version, os.path.normpath(path)))

if __name__ == "__main__":
    main()
