#!/usr/bin/env python3
"""Self and total time per function in a DevTools .cpuprofile (from BENCH_PROFILE): python3 cpuprofile-top.py file [n]"""
import json, sys, collections
prof = json.load(open(sys.argv[1]))
n = int(sys.argv[2]) if len(sys.argv) > 2 else 30
nodes = {x['id']: x for x in prof['nodes']}
parent = {c: x['id'] for x in prof['nodes'] for c in x.get('children', [])}
dt = collections.Counter()
for sid, d in zip(prof['samples'], prof['timeDeltas']):
    dt[sid] += d
def name(x):
    f = x['callFrame']
    return f"{f['functionName'] or '(anonymous)'} {f['url'].rsplit('/', 1)[-1]}:{f['lineNumber'] + 1}"
self_t, total_t = collections.Counter(), collections.Counter()
for sid, t in dt.items():
    self_t[name(nodes[sid])] += t
    seen, cur = set(), sid
    while cur is not None:
        k = name(nodes[cur])
        if k not in seen:
            total_t[k] += t
            seen.add(k)
        cur = parent.get(cur)
all_t = sum(dt.values())
print(f"total {all_t / 1000:.0f} ms")
print("-- self"); [print(f"{t / 1000:9.0f} ms  {k}") for k, t in self_t.most_common(n)]
print("-- total"); [print(f"{t / 1000:9.0f} ms  {k}") for k, t in total_t.most_common(n)]
