"""Writes the NumPy values the kernel tests compare against (test/fixtures/numpy-*.json).

Run by hand with python3 and NumPy when a fixture needs to change; the tests themselves only read
the JSON, so CI needs no Python.
"""
import json
import pathlib

import numpy as np

out = pathlib.Path(__file__).resolve().parent.parent / "test" / "fixtures"

stream = {"uniform": {}, "gaussian": {}}
for seed in [0, 1, 12345, 2**32 - 1]:
    stream["uniform"][str(seed)] = np.random.RandomState(seed).random_sample(1000).tolist()
for seed in [0, 7, 2**31]:
    # An odd count ends on a cached second value of a polar pair.
    stream["gaussian"][str(seed)] = np.random.RandomState(seed).randn(1001).tolist()

# One small trial drawn exactly as seed_experiment.py draws its data.
n_train, n_test, max_d, noise, seed = 7, 5, 4, 0.3, 5
rs = np.random.RandomState(seed)
w_true = rs.randn(max_d) / np.sqrt(max_d)
x_train = rs.randn(n_train, max_d)
x_test = rs.randn(n_test, max_d)
y_train = x_train @ w_true + noise * rs.randn(n_train)
y_test = x_test @ w_true + noise * rs.randn(n_test)
trial = {
    "params": {"nTrain": n_train, "nTest": n_test, "maxD": max_d, "noise": noise, "seed": seed},
    "wTrue": w_true.tolist(),
    "xTrain": x_train.ravel().tolist(),
    "xTest": x_test.ravel().tolist(),
    "yTrain": y_train.tolist(),
    "yTest": y_test.tolist(),
}

# For interpolating fits the reference's printed train MSE (~1e-13 to 1e-21) includes its own
# solver's backward error at the 1e-6 level. The exact train MSE of its fit, from the identity
# y - X w = 1e-8 * alpha with alpha = (X X^T + 1e-8 I)^-1 y, is what a more accurate solver gives.
interp = {}
n_train, n_test, max_d, noise = 80, 2000, 300, 0.2
for d in [80, 100, 150, 300]:
    values = []
    for s in range(20):
        rs = np.random.RandomState(s)
        w = rs.randn(max_d) / np.sqrt(max_d)
        x = rs.randn(n_train, max_d)
        rs.randn(n_test, max_d)
        y = x @ w + noise * rs.randn(n_train)
        xd = x[:, :d]
        alpha = np.linalg.solve(xd @ xd.T + 1e-8 * np.eye(n_train), y)
        values.append(float(np.mean((1e-8 * alpha) ** 2)))
    interp[str(d)] = float(np.mean(values))

(out / "numpy-stream.json").write_text(json.dumps(stream))
(out / "numpy-trial.json").write_text(json.dumps(trial, indent=1))
(out / "numpy-interpolating-train.json").write_text(json.dumps(interp, indent=1))
