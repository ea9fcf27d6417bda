#!/usr/bin/env python3
"""Regenerates src/main/resources/dev/vigil/rego/builtins/builtins.json: the declarations from
OPA's capabilities.json of every builtin a family registers (r.add("name", ...))."""
import json, pathlib, re, sys

here = pathlib.Path(__file__).resolve().parent.parent
caps = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "/work/shared/opa-conformance/capabilities.json")
src = here / "src/main/java/dev/vigil/rego/builtins"
names = set()
for f in src.glob("*.java"):
    names.update(re.findall(r'\br\.add\(\s*"([^"]+)"', f.read_text()))
builtins = [b for b in json.loads(caps.read_text())["builtins"] if b["name"] in names]
missing = names - {b["name"] for b in builtins}
if missing:
    sys.exit("registered but not in capabilities: %s" % sorted(missing))
out = here / "src/main/resources/dev/vigil/rego/builtins/builtins.json"
out.write_text(json.dumps({"builtins": builtins}, indent=1, sort_keys=True) + "\n")
print("%d declarations written to %s" % (len(builtins), out))
