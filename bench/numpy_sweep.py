"""The NumPy row of the benchmark: the capacity sweep as a careful NumPy user writes it.

Data are drawn once per trial in the reference's order (w_true, X, X_test, noise); each capacity
is then solved afresh with LAPACK: least squares (lstsq) below the threshold and the minimum-norm
interpolant X_d^T (X_d X_d^T + 1e-8 I)^-1 y from d = n on. rng "numpy" is the legacy RandomState;
"fast" is NumPy's own quick generator (PCG64 with ziggurat normals). Test error "expected" uses
||w_hat - w[:d]||^2 + ||w[d:]||^2 + noise^2 and draws (but does not use) the test matrix for the
legacy stream, as NumPy cannot skip draws.

Usage: python3 numpy_sweep.py '<json list of workloads>' repeats
Prints one JSON object: workload name -> list of wall-clock seconds, one per repeat.
"""
import json
import sys
import time

import numpy as np


def draw(rng_kind, seed, n, m, max_d, noise, sampled):
    if rng_kind == "numpy":
        rs = np.random.RandomState(seed)
        w = rs.randn(max_d) / np.sqrt(max_d)
        x = rs.randn(n, max_d)
        x_test = rs.randn(m, max_d)
        y = x @ w + noise * rs.randn(n)
        y_test = x_test @ w + noise * rs.randn(m) if sampled else None
        return w, x, y, (x_test if sampled else None), y_test
    gen = np.random.default_rng(seed)
    w = gen.standard_normal(max_d) / np.sqrt(max_d)
    x = gen.standard_normal((n, max_d))
    y = x @ w + noise * gen.standard_normal(n)
    if not sampled:
        return w, x, y, None, None
    x_test = gen.standard_normal((m, max_d))
    y_test = x_test @ w + noise * gen.standard_normal(m)
    return w, x, y, x_test, y_test


def sweep(job):
    n, m, max_d, noise = job["nTrain"], job["nTest"], job["maxD"], job["noise"]
    sampled = job["testError"] == "sampled"
    test = np.empty((job["trials"], max_d))
    train = np.empty((job["trials"], max_d))
    for t in range(job["trials"]):
        w, x, y, x_test, y_test = draw(job["rng"], job["seed"] + t, n, m, max_d, noise, sampled)
        tail = np.concatenate([np.cumsum((w**2)[::-1])[::-1], [0.0]])
        for d in range(1, max_d + 1):
            xd = x[:, :d]
            if d < n:
                fit = np.linalg.lstsq(xd, y, rcond=None)[0]
            else:
                alpha = np.linalg.solve(xd @ xd.T + 1e-8 * np.eye(n), y)
                fit = xd.T @ alpha
            train[t, d - 1] = np.mean((y - xd @ fit) ** 2)
            if sampled:
                test[t, d - 1] = np.mean((y_test - x_test[:, :d] @ fit) ** 2)
            else:
                test[t, d - 1] = np.sum((fit - w[:d]) ** 2) + tail[d] + noise**2
    return train.mean(axis=0), test.mean(axis=0)


def main():
    jobs = json.loads(sys.argv[1])
    repeats = int(sys.argv[2])
    out = {"numpy": np.__version__}
    for job in jobs:
        times = []
        for _ in range(repeats):
            start = time.perf_counter()
            sweep(job)
            times.append(time.perf_counter() - start)
        out[job["name"]] = times
    print(json.dumps(out))


main()
